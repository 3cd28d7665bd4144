package io.zhibiao.extract.region;

import io.zhibiao.Region;

/**
 * A region named in a document.
 *
 * @param start     offset into the normalized text, inclusive
 * @param end       offset into the normalized text, exclusive
 * @param surface   the words as written (宁波江北区, 全区, 秀山县)
 * @param region    what they mean; the code is null when the place has none or the context could not
 *                  decide between several places (then the name is the common name, or the surface)
 * @param role      what the mention does in its sentence
 * @param reference true for a back-reference word (全区, 该县, 我市, 直管区) resolved from context
 */
public record RegionMention(int start, int end, String surface, Region region, Role role, boolean reference) {
}
