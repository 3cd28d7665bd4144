package io.zhibiao.lexicon;

import io.zhibiao.Region;
import java.util.Locale;

/**
 * The kinds of region a reference word can mean (全区 → a district, a zone or an autonomous
 * region; 全市 → a city). Used by {@code region-words.tsv}.
 */
public enum RegionKind {
    COUNTRY, PROVINCE, AUTONOMOUS_REGION,
    /** A municipality, a prefecture-level city or a county-level city. */
    CITY,
    /** A 地区. */
    PREFECTURE, AUTONOMOUS_PREFECTURE, LEAGUE,
    DISTRICT, COUNTY, BANNER,
    /** Any development zone or new area. */
    ZONE,
    /** A national new area, or a district named …新区 (浦东新区, 两江新区 from 2026). */
    NEW_AREA,
    /** An economic and technological development zone. */
    ETDZ,
    /** A high-tech zone. */
    HIGH_TECH_ZONE;

    /** The kind named in a data file ({@code autonomous_region}, {@code city} …). */
    public static RegionKind parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    /** True when {@code e} is of this kind. */
    public boolean matches(GazetteerEntry e) {
        String t = e.type();
        String n = e.name();
        Region.Level l = e.level();
        return switch (this) {
            case COUNTRY -> l == Region.Level.COUNTRY;
            case PROVINCE -> l == Region.Level.PROVINCE && t.equals("province");
            case AUTONOMOUS_REGION -> l == Region.Level.PROVINCE && t.equals("autonomous_region");
            case CITY -> (l == Region.Level.PROVINCE && t.equals("municipality"))
                    || (l == Region.Level.PREFECTURE && t.equals("prefecture_level_city"))
                    || (l == Region.Level.COUNTY && t.equals("county_level_city"));
            case PREFECTURE -> l == Region.Level.PREFECTURE && t.equals("prefecture");
            case AUTONOMOUS_PREFECTURE -> l == Region.Level.PREFECTURE && t.equals("autonomous_prefecture");
            case LEAGUE -> l == Region.Level.PREFECTURE && t.equals("league");
            case DISTRICT -> l == Region.Level.COUNTY && (t.equals("district") || t.equals("special_district")
                    || t.equals("forestry_district"));
            case COUNTY -> l == Region.Level.COUNTY && (t.equals("county") || t.equals("autonomous_county"));
            case BANNER -> l == Region.Level.COUNTY && (t.equals("banner") || t.equals("autonomous_banner"));
            case ZONE -> l == Region.Level.ZONE;
            case NEW_AREA -> (l == Region.Level.ZONE && t.equals("national_new_area"))
                    || ((l == Region.Level.COUNTY || l == Region.Level.ZONE) && n.endsWith("新区"));
            case ETDZ -> l == Region.Level.ZONE && (n.contains("经济技术开发区") || n.contains("经开区")
                    || t.contains("etdz"));
            case HIGH_TECH_ZONE -> l == Region.Level.ZONE && n.contains("高新");
        };
    }
}
