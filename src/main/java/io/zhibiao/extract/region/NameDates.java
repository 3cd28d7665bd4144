package io.zhibiao.extract.region;

import io.zhibiao.Region;
import io.zhibiao.lexicon.GazetteerEntry;
import io.zhibiao.lexicon.GazetteerValidity;
import java.time.LocalDate;
import java.util.List;

/**
 * The date a document's own place names give it, when the caller gives none. A text that names a
 * unit in full by a name no longer in use (襄阳区, abolished 2010; 铜梁县, 2014) was written while that
 * name was in use: resolving its places at the data's date would turn them into their successors
 * (襄樊 → 襄阳市, and 全市 after 襄阳区 → 襄阳市), places the text never names.
 *
 * <p>Only full names count (the surface is the entry's canonical name: 襄阳区, not a bare 襄阳), of
 * provinces, prefectures and counties, every unit of that name being out of use at the data's date,
 * and not after 原 (原江北区 names a former unit in a text of any date). The date is the last day on
 * which all such names were surely in use; none when they never were at once.
 */
final class NameDates {
    private NameDates() {
    }

    /** The last day the document's out-of-use full names were all in use, or {@code fallback}. */
    static LocalDate infer(String text, List<Mention> mentions, LocalDate fallback) {
        LocalDate latest = null;
        LocalDate earliest = null;
        for (Mention m : mentions) {
            if (m.isWord() || m.qualifier != null || m.candidates.isEmpty()
                    || (m.start > 0 && text.charAt(m.start - 1) == '原')) {
                continue;
            }
            GazetteerValidity named = outOfUse(m, fallback);
            if (named == null) {
                continue;
            }
            LocalDate last = named.untilSure().minusDays(1);
            if (latest == null || last.isBefore(latest)) {
                latest = last;
            }
            LocalDate first = named.fromSure() == null ? last : named.fromSure();
            if (earliest == null || first.isAfter(earliest)) {
                earliest = first;
            }
        }
        if (latest == null || earliest.isAfter(latest)) {
            return fallback;
        }
        return latest;
    }

    /**
     * The validity of the unit the mention names in full when every unit of that name is out of use
     * at {@code date} (the latest-ending one), else null.
     */
    private static GazetteerValidity outOfUse(Mention m, LocalDate date) {
        GazetteerValidity best = null;
        for (GazetteerEntry e : m.candidates) {
            if (e.validityAt(date) != GazetteerValidity.INVALID) {
                return null;   // 务川县: an old full name, and a news form of today's 务川仡佬族苗族自治县
            }
            if (!e.name().equals(m.surface)) {
                continue;
            }
            Region.Level l = e.level();
            if (l != Region.Level.PROVINCE && l != Region.Level.PREFECTURE && l != Region.Level.COUNTY) {
                return null;
            }
            if (e.validityAt(date) != GazetteerValidity.INVALID) {
                return null;
            }
            GazetteerValidity v = e.validity();
            if (v.untilSure() == null) {
                return null;
            }
            if (best == null || v.untilSure().isAfter(best.untilSure())) {
                best = v;
            }
        }
        return best;
    }
}
