/**
 * Internal: region understanding. {@link io.zhibiao.extract.region.RegionAnalyzer} finds the region
 * mentions of a normalized document (longest match over the gazetteer, qualified names like 宁波江北区
 * merged), gives each a {@link io.zhibiao.extract.region.Role} from the words around it (高于全市 is a
 * comparison, 全市第一 a scope, 重庆大学 a name part), resolves ambiguous names from the document's
 * context and date, resolves back-references (全区, 该县, 我市, 直管区), and answers which region a
 * figure at an offset is about, following docs/annotation.md 3.1 (clause, sentence, paragraph,
 * section, default region). See docs/regions.md. Not API.
 */
package io.zhibiao.extract.region;
