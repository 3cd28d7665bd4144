package io.zhibiao.lexicon;

import io.zhibiao.Region;
import java.time.LocalDate;
import java.util.List;

/**
 * One region of the gazetteer in one period of validity (a line of {@code regions.tsv}).
 *
 * @param id            index in its gazetteer
 * @param code          six-digit GB/T 2260 code, or null (zones, groups, the country, a district
 *                      whose new code is not known yet)
 * @param name          canonical name (秀山土家族苗族自治县, 两江新区, 重庆高新技术产业开发区)
 * @param level         the kind of place
 * @param type          finer type as in the data file (district, autonomous_county, national_etdz …)
 * @param parent        code of the parent unit, or null
 * @param validity      when the entry is valid
 * @param forms         other surface forms (short name, news form, prefixed form)
 * @param hosts         zones: the county-level units they lie in; groups: their members
 * @param nbsCode       NBS statistical code of a functional zone, or null
 * @param qualifiedOnly an ordinary word (城区, 郊区) recognised only right after its parent's name
 */
public record GazetteerEntry(int id, String code, String name, Region.Level level, String type, String parent,
                             GazetteerValidity validity, List<String> forms, List<String> hosts, String nbsCode,
                             boolean qualifiedOnly) {

    public GazetteerEntry {
        forms = List.copyOf(forms);
        hosts = List.copyOf(hosts);
    }

    /** The region of the public API for this entry, with the words it was found by. */
    public Region toRegion(String mention) {
        return new Region(name, code, level, mention);
    }

    /** The province-level code this entry belongs to ("500000"), or null when unknown. */
    public String provinceCode() {
        String c = code != null ? code : parent;
        if (c == null || c.length() != 6) {
            return null;
        }
        return c.substring(0, 2) + "0000";
    }

    /** True when both lie in the same province-level unit (by the first two digits of code or parent). */
    public boolean sameProvince(GazetteerEntry other) {
        String a = code != null ? code : parent;
        String b = other.code != null ? other.code : other.parent;
        return a != null && b != null && a.length() == 6 && b.length() == 6 && a.charAt(0) == b.charAt(0)
                && a.charAt(1) == b.charAt(1);
    }

    /** {@link GazetteerValidity#SURE}, {@code TRANSITION} or {@code INVALID} at {@code date}. */
    public int validityAt(LocalDate date) {
        return validity.at(date);
    }

    /**
     * True when {@code surface} is a bare short form of this entry: not its name and not ending with
     * the name's unit (渝北, 秀山, 红旗 of 红旗区; not 秀山县, 恩施州, 重庆经开区). Bare forms of counties and
     * prefectures need support from the document to count.
     */
    public boolean isBare(String surface) {
        if (surface.equals(name)) {
            return false;
        }
        return surface.charAt(surface.length() - 1) != name.charAt(name.length() - 1);
    }

    @Override
    public String toString() {
        return (code == null ? "-" : code) + " " + name + " " + level;
    }
}
