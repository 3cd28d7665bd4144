package io.zhibiao.lexicon;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The gazetteer's index over its data lines: surface form → entry ids, code → entry ids, and which
 * entries had ended by {@link Gazetteer#DATA_DATE}. The shipped lines are scanned cell by cell without
 * parsing their entries (that happens on first use); extra entries are indexed whole. Stateless.
 */
final class GazetteerIndex {
    /** What a scan found: the entry slots (extra entries filled in), surfaces, codes, ended entries. */
    record Index(AtomicReferenceArray<GazetteerEntry> entries, Map<String, int[]> bySurface,
                 Map<String, int[]> byCode, BitSet ended) {
    }

    private GazetteerIndex() {
    }

    /** Scans the shipped lines for surfaces, codes and ends; the extra entries are indexed whole. */
    static Index scan(GazetteerFile.Lines lines, List<GazetteerEntry> extra) {
        int n = lines.count;
        Map<String, int[]> surf = new HashMap<>(n * 3);
        Map<String, int[]> codes = new HashMap<>(n * 2);
        BitSet ended = new BitSet(n);
        String text = lines.text;
        int nameCol = column("name");
        int formsCol = column("forms");
        int codeCol = column("code");
        int toCol = column("to");
        int[] col = lines.col;
        for (int row = 0; row < n; row++) {
            int p = lines.start[row];
            int e = lines.end[row];
            for (int i = 0; i < col.length && p <= e; i++) {
                int t = indexOf(text, '\t', p, e);
                int c = col[i];
                if (t > p) {
                    if (c == nameCol) {
                        add(surf, text.substring(p, t).strip(), row);
                    } else if (c == formsCol) {
                        int q = p;
                        while (q < t) {
                            int bar = indexOf(text, '|', q, t);
                            add(surf, text.substring(q, bar).strip(), row);
                            q = bar + 1;
                        }
                    } else if (c == codeCol) {
                        addId(codes, text.substring(p, t).strip(), row);
                    } else if (c == toCol && endedBefore(text, p, t)) {
                        ended.set(row);
                    }
                }
                p = t + 1;
            }
        }
        AtomicReferenceArray<GazetteerEntry> es = new AtomicReferenceArray<>(n + extra.size());
        for (GazetteerEntry e : extra) {
            es.set(e.id(), e);
            add(surf, e.name(), e.id());
            for (String f : e.forms()) {
                add(surf, f, e.id());
            }
            if (e.code() != null) {
                addId(codes, e.code(), e.id());
            }
            ended.set(e.id(), e.validity().until() != null && !e.validity().until().isAfter(Gazetteer.DATA_DATE));
        }
        return new Index(es, surf, codes, ended);
    }

    /** The first {@code c} in [from, to) of {@code text}, or {@code to} (a bounded indexOf: a cell never looks past its row). */
    private static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return to;
    }

    private static int column(String name) {
        return java.util.Arrays.asList(GazetteerFile.COLUMNS).indexOf(name);
    }

    /**
     * True when a 'to' cell (YYYY: abolished during that year, or YYYY-MM-DD) ends on or before
     * Gazetteer.DATA_DATE; compared as text, malformed cells are reported when their entry is parsed.
     */
    private static boolean endedBefore(String text, int from, int to) {
        int len = to - from;
        if (len == 4) {
            return compare(text, from, "2024") <= 0;
        }
        return len == 10 && compare(text, from, "2025-01-01") <= 0;
    }

    private static int compare(String text, int from, String s) {
        for (int i = 0; i < s.length(); i++) {
            int d = text.charAt(from + i) - s.charAt(i);
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    static void add(Map<String, int[]> m, String surface, int id) {
        if (surface.length() < 2 || surface.length() > Gazetteer.MAX_SURFACE) {
            return;
        }
        addId(m, surface, id);
    }

    /** Adds {@code id} under {@code key}; true when the key is new. */
    static boolean addId(Map<String, int[]> m, String key, int id) {
        int[] ids = m.get(key);
        if (ids == null) {
            m.put(key, new int[] {id});
            return true;
        }
        for (int i : ids) {
            if (i == id) {
                return false;
            }
        }
        int[] more = java.util.Arrays.copyOf(ids, ids.length + 1);
        more[ids.length] = id;
        m.put(key, more);
        return false;
    }
}
