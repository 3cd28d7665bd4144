package io.zhibiao;

import java.util.Objects;

/**
 * A place a record is about.
 *
 * @param name    canonical full name (秀山土家族苗族自治县, 重庆高新技术产业开发区, 重庆市, 中国); when the
 *                place could not be resolved, the mention as written
 * @param code    six-digit administrative division code (GB/T 2260) or {@code null} when the place
 *                has none (most development zones) or could not be resolved unambiguously
 * @param level   the kind of place
 * @param mention the words of the text the region was resolved from (全区, 渝北, 秀山县 …)
 */
public record Region(String name, String code, Level level, String mention) {

    /** The kind of place. */
    public enum Level {
        COUNTRY, PROVINCE, PREFECTURE, COUNTY,
        /** National new areas, development zones, high-tech zones (两江新区, 重庆经开区). */
        ZONE,
        /** A group of regions reported as one (主城都市区, 渝东北三峡库区城镇群). */
        GROUP,
        /** Resolved from the text but not in the gazetteer. */
        UNKNOWN
    }

    public Region {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (mention == null) {
            mention = name;
        }
    }

    /** True when this region was resolved to an entry of the gazetteer with a code. */
    public boolean hasCode() {
        return code != null;
    }

    // equals and hashCode written out, as the record's own would be (the same values): the generated
    // ones are linked on first call through java.lang.runtime.ObjectMethods, 5-18 ms of CPU at start-up
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Region r && Objects.equals(name, r.name) && Objects.equals(code, r.code)
                && level == r.level && Objects.equals(mention, r.mention);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(name) * 31 + Objects.hashCode(code)) * 31 + Objects.hashCode(level)) * 31
                + Objects.hashCode(mention);
    }
}
