/**
 * Internal: the gold format of docs/annotation.md (section 4), the matcher and the scorer
 * (section 5): strict and value precision/recall/F1, region and metric accuracy, attribute
 * accuracy, per document. Not API.
 */
package io.zhibiao.eval;
