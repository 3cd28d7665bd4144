package io.zhibiao.extract.region;

import io.zhibiao.Region;
import io.zhibiao.lexicon.Gazetteer;
import io.zhibiao.lexicon.GazetteerEntry;
import io.zhibiao.lexicon.RegionWords;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The places a document names and what its reference words mean when nothing nearer tells: a speech
 * summary that lists 北碚区、大足区、永川区 is about 重庆市, a bulletin that names eight counties of one
 * prefecture is about that prefecture, so its 全市 is that prefecture and its 全省 the province.
 *
 * <p>Every resolved place named as a subject or a byline counts twice, one named in passing (a partner,
 * a ranking scope) once, a comparison, a name part (长沙天虹购物中心) and the country not at all. For a
 * word (全市: a city) each place votes for its nearest self-or-ancestor of the word's kind (县 → its
 * city); the word means the place with a strict majority of the votes, else nothing: a document about
 * several cities has no "the city" (its 全市 stays unresolved, and gives no region). When no place has
 * a majority, a second count lets county-level units vote for their prefecture when the document names at
 * least three of its counties (河津市、永济市、闻喜县 → 运城市, not 寿光市 alone next to 潍坊): county-level cities then stand for the counties they are.
 */
final class DocumentGeography {
    private final Gazetteer gazetteer;
    private final LocalDate date;
    /** Evidence: distinct places with their weight. */
    private final Map<GazetteerEntry, Integer> places = new LinkedHashMap<>();
    private final Map<RegionWords.Word, GazetteerEntry> cache = new HashMap<>();

    DocumentGeography(Gazetteer gazetteer, LocalDate date, List<Mention> mentions) {
        this.gazetteer = gazetteer;
        this.date = date;
        for (Mention m : mentions) {
            if (m.isWord() || m.entry == null || m.entry.level() == Region.Level.COUNTRY) {
                continue;
            }
            int w = weight(m.role);
            if (w > 0) {
                places.merge(m.entry, w, Integer::sum);
            }
        }
    }

    private static int weight(Role role) {
        return switch (role) {
            case SUBJECT, BYLINE -> 2;
            case OTHER, SCOPE -> 1;
            case COMPARISON, NAME_PART -> 0;
        };
    }

    /** The place a reference word means by the document's geography, or null when it does not tell. */
    GazetteerEntry referent(RegionWords.Word w) {
        if (cache.containsKey(w)) {
            return cache.get(w);
        }
        GazetteerEntry out = majority(w, false);
        if (out == null) {
            // 河津市、永济市、闻喜县、临猗县 with no city named: the county-level cities are counties of
            // one prefecture here, and vote for it
            out = majority(w, true);
        }
        cache.put(w, out);
        return out;
    }

    /** How many county-level units of one prefecture a document names before they speak for it. */
    private static final int MIN_COUNTIES = 3;

    private GazetteerEntry majority(RegionWords.Word w, boolean countyCitiesUp) {
        Map<GazetteerEntry, Integer> counties = new HashMap<>();
        if (countyCitiesUp) {
            for (GazetteerEntry e : places.keySet()) {
                GazetteerEntry parent = e.level() == Region.Level.COUNTY ? gazetteer.parentOf(e, date) : null;
                if (parent != null) {
                    counties.merge(parent, 1, Integer::sum);
                }
            }
        }
        Map<GazetteerEntry, Integer> votes = new LinkedHashMap<>();
        int total = 0;
        for (Map.Entry<GazetteerEntry, Integer> p : places.entrySet()) {
            GazetteerEntry e = p.getKey();
            GazetteerEntry parent = e.level() == Region.Level.COUNTY ? gazetteer.parentOf(e, date) : null;
            GazetteerEntry x = parent != null && counties.getOrDefault(parent, 0) >= MIN_COUNTIES
                    ? selfOrAncestor(parent, w) : selfOrAncestor(e, w);
            if (x != null) {
                votes.merge(x, p.getValue(), Integer::sum);
                total += p.getValue();
            }
        }
        GazetteerEntry best = null;
        int top = 0;
        for (Map.Entry<GazetteerEntry, Integer> v : votes.entrySet()) {
            if (v.getValue() > top) {
                top = v.getValue();
                best = v.getKey();
            }
        }
        return best != null && top * 2 > total ? best : null;
    }

    /**
     * The place the document is about, when its named places say so: the place (not a zone, not the
     * country) with a strict majority of the weight of all such places; else null.
     */
    GazetteerEntry mainPlace() {
        if (main == null) {
            int total = 0;
            int top = 0;
            GazetteerEntry best = null;
            for (Map.Entry<GazetteerEntry, Integer> p : places.entrySet()) {
                if (p.getKey().level() == Region.Level.ZONE || p.getKey().level() == Region.Level.GROUP) {
                    continue;
                }
                total += p.getValue();
                if (p.getValue() > top) {
                    top = p.getValue();
                    best = p.getKey();
                }
            }
            main = java.util.Optional.ofNullable(best != null && top * 2 > total ? best : null);
        }
        return main.orElse(null);
    }

    private java.util.Optional<GazetteerEntry> main;

    /**
     * A development zone named inside the place the document is about is reported as part of it
     * (a report on 江阴 that names 江阴高新区, one on 东莞 that names 松山湖高新区: the zone is the
     * subject, the place the region): the zone's host (its one host district or county, else its
     * parent) when that is the document's main place; null otherwise, the zone being a region of its
     * own (成都高新区 in a report on Sichuan). National new areas are always regions of their own.
     */
    GazetteerEntry hostIfInside(GazetteerEntry zone) {
        if (zone.level() != Region.Level.ZONE || "national_new_area".equals(zone.type())) {
            return null;
        }
        GazetteerEntry m = mainPlace();
        if (m == null) {
            return null;
        }
        GazetteerEntry host = zone.hosts().size() == 1 ? gazetteer.byCode(zone.hosts().get(0), date)
                : zone.hosts().isEmpty() ? gazetteer.parentOf(zone, date) : null;
        return host != null && host.id() == m.id() ? host : null;
    }

    /** The place itself or its nearest ancestor that the word can mean, or null. */
    private GazetteerEntry selfOrAncestor(GazetteerEntry e, RegionWords.Word w) {
        GazetteerEntry p = e;   // (null: no parent)
        for (int depth = 0; p != null && depth < 5; depth++) {
            if (w.refersTo(p)) {
                return p;
            }
            p = gazetteer.parentOf(p, date);
        }
        return null;
    }

    /**
     * 全市 or 我市 after a county-level city (仁怀市) in a document whose places point to its prefecture
     * (红花岗区、汇川区、仁怀市、桐梓县…) or published there: the prefecture the document is about, not the
     * last 市 named; but never when that county-level city is the publisher's own (the document's default).
     */
    GazetteerEntry widened(GazetteerEntry e, RegionWords.Word w, GazetteerEntry defaultEntry) {
        if (e.level() != Region.Level.COUNTY || w.mode() == RegionWords.Mode.LAST) {   // 该市 is the last 市 named
            return e;
        }
        if (e.equals(defaultEntry)) {
            return e;   // 全市 in a 福清 paper that compares with 福州市 and names 闽侯县: the publisher's own city
        }
        GazetteerEntry up = ancestorOfKind(e, w);
        if (up != null && up.equals(defaultEntry)) {
            return up;   // 全市 in a 岳阳 paper after 汨罗市: the publisher's city
        }
        GazetteerEntry g = referent(w);
        return g != null && !g.equals(e) && g.equals(up) ? g : e;
    }

    GazetteerEntry ancestorOfKind(GazetteerEntry e, RegionWords.Word w) {
        GazetteerEntry p = gazetteer.parentOf(e, date);
        for (int depth = 0; p != null && depth < 4; depth++) {
            if (w.refersTo(p)) {
                return p;
            }
            p = gazetteer.parentOf(p, date);
        }
        return null;
    }
}
