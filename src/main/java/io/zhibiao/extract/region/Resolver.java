package io.zhibiao.extract.region;

import io.zhibiao.Region;
import io.zhibiao.lexicon.Gazetteer;
import io.zhibiao.lexicon.GazetteerEntry;
import io.zhibiao.lexicon.GazetteerValidity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which place a name means. Candidates are ranked by, in order: how closely the document's
 * other places relate to them (an ancestor or sibling named in the same sentence or paragraph counts
 * most, the default region least), whether they are valid at the document's date, and how fully the
 * words name them (the full name before a bare short name). A tie between different places leaves
 * the code null.
 */
final class Resolver {

    /** A resolved place the document names, used as context for the others. */
    record Anchor(GazetteerEntry entry, int start, int paragraph, int sentence) {
    }

    /**
     * The anchors of a document grouped by place, each place with its occurrences in text order, so
     * that scoring a candidate costs one relation test per distinct place (and a binary search for
     * the nearest occurrence), not one per occurrence: linear in the length of the document.
     */
    static final class Anchors {
        final List<Anchor> all;
        final List<GazetteerEntry> places = new ArrayList<>();
        final List<List<Anchor>> occurrences = new ArrayList<>();

        Anchors(List<Anchor> anchors) {
            this.all = List.copyOf(anchors);
            java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
            for (Anchor a : all) {
                Integer k = index.get(a.entry.id());
                if (k == null) {
                    k = places.size();
                    index.put(a.entry.id(), k);
                    places.add(a.entry);
                    occurrences.add(new ArrayList<>());
                }
                occurrences.get(k).add(a);
            }
            for (List<Anchor> l : occurrences) {
                l.sort((x, y) -> Integer.compare(x.start, y.start));
            }
        }

        static final Anchors NONE = new Anchors(List.of());

        /** The best proximity of place {@code k} to mention {@code m} (the mention itself excluded). */
        int proximity(int k, Mention m) {
            List<Anchor> occ = occurrences.get(k);
            if (m == null) {
                return occ.isEmpty() ? 0 : 1;
            }
            int lo = 0;
            int hi = occ.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (occ.get(mid).start < m.start) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int best = 0;
            for (int i = Math.max(0, lo - 1); i <= Math.min(occ.size() - 1, lo + 1); i++) {
                Anchor a = occ.get(i);
                if (a.start != m.start) {
                    best = Math.max(best, Resolver.proximity(m, a));
                }
            }
            if (best == 0) {
                for (Anchor a : occ) {
                    if (a.start != m.start) {
                        best = 1;   // named elsewhere, beyond the neighbours looked at
                        break;
                    }
                }
            }
            return best;
        }
    }

    private final Gazetteer gazetteer;
    private final LocalDate date;

    Resolver(Gazetteer gazetteer, LocalDate date) {
        this.gazetteer = gazetteer;
        this.date = date;
    }

    LocalDate date() {
        return date;
    }

    /** The single place {@code candidates} name without any context, or null. */
    GazetteerEntry unique(List<GazetteerEntry> candidates, String surface) {
        List<GazetteerEntry> best = best(candidates, surface, null, Anchors.NONE, null);
        return best.size() == 1 ? best.get(0) : null;
    }

    /**
     * The best candidates for a mention (one when decided, several on a tie, empty when none is
     * left). {@code m} gives the position for proximity; null for a lookup outside the text.
     */
    List<GazetteerEntry> best(List<GazetteerEntry> candidates, String surface, Mention m, Anchors anchors,
                              GazetteerEntry defaultEntry) {
        List<GazetteerEntry> top = new ArrayList<>();
        long topScore = Long.MIN_VALUE;
        for (GazetteerEntry c : candidates) {
            long ctx = 0;
            for (int k = 0; k < anchors.places.size(); k++) {
                int rel = relation(c, anchors.places.get(k));
                if (rel > 0 && (long) rel * 4 > ctx) {
                    ctx = Math.max(ctx, (long) rel * anchors.proximity(k, m));
                }
            }
            if (defaultEntry != null) {
                ctx = Math.max(ctx, relation(c, defaultEntry));
            }
            long score = ctx * 100 + validity(c) * 10 + quality(c, surface);
            if (score > topScore) {
                top.clear();
                top.add(c);
                topScore = score;
            } else if (score == topScore) {
                top.add(c);
            }
        }
        return samePlace(top);
    }

    /** The same code (or same name and level without code) in several periods counts once: the best period. */
    private List<GazetteerEntry> samePlace(List<GazetteerEntry> top) {
        if (top.size() <= 1) {
            return top;
        }
        Set<String> keys = new HashSet<>();
        for (GazetteerEntry e : top) {
            keys.add(e.code() != null ? e.code() : e.name() + "/" + e.level());
        }
        if (keys.size() > 1) {
            return top;
        }
        GazetteerEntry best = top.get(0);
        for (GazetteerEntry e : top) {
            if (e.validity().open() && !best.validity().open()) {
                best = e;
            }
        }
        return List.of(best);
    }

    /** How a candidate relates to an anchor: same place 4, ancestor or descendant 3, sibling 2, same province 1. */
    int relation(GazetteerEntry c, GazetteerEntry a) {
        if (c.id() == a.id() || (c.code() != null && c.code().equals(a.code()))) {
            return 4;
        }
        if (a.level() == Region.Level.COUNTRY || c.level() == Region.Level.COUNTRY) {
            return 0;
        }
        if (!c.sameProvince(a)) {
            return 0;
        }
        if (gazetteer.isAncestor(a, c) || gazetteer.isAncestor(c, a)) {
            return 3;
        }
        if (c.parent() != null && c.parent().equals(a.parent())) {
            return 2;
        }
        return c.sameProvince(a) ? 1 : 0;
    }

    boolean isAncestor(GazetteerEntry ancestor, GazetteerEntry e) {
        return gazetteer.isAncestor(ancestor, e);
    }

    static int proximity(Mention m, Anchor a) {
        if (m == null) {
            return 1;
        }
        if (a.sentence == m.sentence) {
            return 4;
        }
        if (a.paragraph == m.paragraph) {
            return 3;
        }
        return Math.abs(a.start - m.start) <= 300 ? 2 : 1;
    }

    private int validity(GazetteerEntry c) {
        return c.validityAt(date);
    }

    private static int quality(GazetteerEntry c, String surface) {
        if (surface == null) {
            return 0;
        }
        if (surface.equals(c.name())) {
            return 2;
        }
        return c.isBare(surface) ? 0 : 1;
    }

    /** True when the entry is valid at the date (surely or in a transition year). */
    boolean valid(GazetteerEntry e) {
        return e.validityAt(date) != GazetteerValidity.INVALID;
    }

    /** A region for an undecided mention: the common name and level of the candidates, no code. */
    static Region undecided(List<GazetteerEntry> candidates, String surface) {
        String name = null;
        Region.Level level = null;
        for (GazetteerEntry e : candidates) {
            name = name == null || name.equals(e.name()) ? e.name() : "";
            level = level == null || level == e.level() ? e.level() : Region.Level.UNKNOWN;
        }
        if (name == null || name.isEmpty()) {
            // places of different names (朝阳: 朝阳市, 朝阳区, 朝阳县): no name to give, the level says so
            return new Region(surface, null, Region.Level.UNKNOWN, surface);
        }
        return new Region(name, null, level == null ? Region.Level.UNKNOWN : level, surface);
    }
}
