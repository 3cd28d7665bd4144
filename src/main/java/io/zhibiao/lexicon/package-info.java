/**
 * Internal: reference data behind the extractor: the gazetteer (regions, codes, aliases,
 * back-reference words like 全区), the metric taxonomy and the unit table. Everything here is
 * loaded from data files under {@code src/main/resources/zhibiao/}; loaders report errors as
 * {@code file:line}. Not API.
 */
package io.zhibiao.lexicon;
