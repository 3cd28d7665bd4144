/**
 * Internal: text normalization with an offset map back to the original, documents, sentence and
 * clause splitting, and the segmenter (HanLP types stay in this package). Not API.
 */
package io.zhibiao.text;
