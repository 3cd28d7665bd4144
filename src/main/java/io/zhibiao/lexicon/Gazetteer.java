package io.zhibiao.lexicon;

import io.zhibiao.LexiconException;
import io.zhibiao.Region;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regions of China: provinces, prefectures, county-level units (current and historical, with
 * their periods of validity), development zones, national new areas, groups of regions and the
 * country, with every surface form news uses for them; plus the reference words (全区, 该县 …)
 * and role cues around them. Loaded from {@code zhibiao/lexicon/regions.tsv},
 * {@code regions-extra.tsv}, {@code regions-zones.tsv}, {@code region-words.tsv} and {@code region-cues.tsv} (see their
 * headers). Immutable and thread-safe; the shipped gazetteer is loaded once, on first use.
 *
 * <p>Surface lookup at a position walks one {@link CharTrie} of every surface and reference word
 * over the text (built on the first scan): no substring is taken, and the cost is bounded by the
 * longest surface that starts there.
 */
public final class Gazetteer {
    public static final String REGIONS_RESOURCE = "zhibiao/lexicon/regions.tsv";
    public static final String EXTRA_RESOURCE = "zhibiao/lexicon/regions-extra.tsv";
    /** The national high-tech zones and economic and technological development zones, hand-written. */
    public static final String ZONES_RESOURCE = "zhibiao/lexicon/regions-zones.tsv";
    public static final String WORDS_RESOURCE = "zhibiao/lexicon/region-words.tsv";
    public static final String CUES_RESOURCE = "zhibiao/lexicon/region-cues.tsv";

    /**
     * The date the shipped data describes: regions valid then count as current when a document has
     * no date (江北区 yes, 两江新区 the district not yet).
     */
    public static final LocalDate DATA_DATE = LocalDate.of(2025, 1, 1);

    static final int MAX_SURFACE = 31;

    /**
     * A surface found in a text: the entries it names and/or the reference word it is (新区 is both a
     * word and the old name of a district of 唐山).
     */
    public record Match(int start, int end, String surface, List<GazetteerEntry> entries, RegionWords.Word word) {
        /** True when it names no region, only a reference word. */
        public boolean isWord() {
            return entries.isEmpty();
        }
    }

    // package-private: the lexicon snapshot (GazetteerSnapshot) writes them
    final GazetteerFile.Lines shipped;                  // lines 0..shipped.count-1 are entries 0..
    private final AtomicReferenceArray<GazetteerEntry> entries;
    final Map<String, int[]> bySurface;
    final Map<String, int[]> byCode;
    final BitSet ended;                          // entries no longer valid at DATA_DATE
    private final RegionWords words;
    private final GazetteerFile.Cache cache = new GazetteerFile.Cache();
    /** Per entry: 0 not known yet, 1 no parent, id + 2 the current parent (filled on use). */
    private final java.util.concurrent.atomic.AtomicIntegerArray parents;

    private Gazetteer(GazetteerFile.Lines shipped, AtomicReferenceArray<GazetteerEntry> entries,
                      Map<String, int[]> bySurface, Map<String, int[]> byCode, BitSet ended,
                      RegionWords words) {
        this.shipped = shipped;
        this.entries = entries;
        this.bySurface = bySurface;
        this.byCode = byCode;
        this.ended = ended;
        this.words = words;
        this.parents = new java.util.concurrent.atomic.AtomicIntegerArray(entries.length());
    }

    /** Scans the shipped lines for surfaces, codes and ends; entries are parsed on first use. */
    private static Gazetteer ofLines(GazetteerFile.Lines lines, List<GazetteerEntry> extra, RegionWords words) {
        GazetteerIndex.Index ix = GazetteerIndex.scan(lines, extra);
        return new Gazetteer(lines, ix.entries(), ix.bySurface(), ix.byCode(), ix.ended(), words);
    }

    /** This gazetteer plus entries (new ones get the next ids; same id replaces). */
    private Gazetteer plus(List<GazetteerEntry> changed, RegionWords w) {
        int n = entries.length();
        int max = n;
        for (GazetteerEntry e : changed) {
            max = Math.max(max, e.id() + 1);
        }
        AtomicReferenceArray<GazetteerEntry> es = new AtomicReferenceArray<>(max);
        for (int i = 0; i < n; i++) {
            es.set(i, entries.get(i));
        }
        Map<String, int[]> surf = new HashMap<>(bySurface);
        Map<String, int[]> codes = new HashMap<>(byCode);
        BitSet end = (BitSet) ended.clone();
        for (GazetteerEntry e : changed) {
            es.set(e.id(), e);
            GazetteerIndex.add(surf, e.name(), e.id());
            for (String f : e.forms()) {
                GazetteerIndex.add(surf, f, e.id());
            }
            if (e.code() != null) {
                GazetteerIndex.addId(codes, e.code(), e.id());
            }
            end.set(e.id(), e.validity().until() != null && !e.validity().until().isAfter(DATA_DATE));
        }
        return new Gazetteer(shipped, es, surf, codes, end, w);
    }

    /** The entry with this id. */
    public GazetteerEntry entry(int id) {
        GazetteerEntry e = entries.get(id);
        if (e == null) {
            e = shipped.entry(id, id, cache);
            if (!entries.compareAndSet(id, null, e)) {
                e = entries.get(id);
            }
        }
        return e;
    }

    private static final class Holder {
        static final Gazetteer DEFAULTS = build(true);
    }

    /** The shipped gazetteer, from the lexicon snapshot when asked and valid, else from the data files. */
    static Gazetteer build(boolean useSnapshot) {
        RegionWords w = RegionWords.empty()
                .withWords(TsvReader.readResource(WORDS_RESOURCE))
                .withCues(TsvReader.readResource(CUES_RESOURCE));
        GazetteerSnapshot snapshot = useSnapshot ? GazetteerSnapshot.find() : null; // built structures made from these files
        GazetteerFile.Lines lines = snapshot != null ? snapshot.lines() : GazetteerFile.readShipped(REGIONS_RESOURCE);
        List<GazetteerEntry> extra = new ArrayList<>();
        GazetteerFile.Cache c = new GazetteerFile.Cache();
        String[] cells = new String[GazetteerFile.COLUMNS.length];
        for (String resource : List.of(EXTRA_RESOURCE, ZONES_RESOURCE)) {
            for (TsvReader.Row r : TsvReader.readResource(resource)) {
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = r.has(GazetteerFile.COLUMNS[i]) ? r.get(GazetteerFile.COLUMNS[i]) : "";
                }
                extra.add(GazetteerFile.entry(lines.count + extra.size(), cells, c, r.file(), r.line()));
            }
        }
        return snapshot != null ? snapshot.gazetteer(extra, w) : ofLines(lines, extra, w);
    }

    /** A gazetteer of parts built before (the lexicon snapshot), its scanning trie and segmenter words included. */
    static Gazetteer of(GazetteerFile.Lines lines, List<GazetteerEntry> extra, Map<String, int[]> bySurface,
                        Map<String, int[]> byCode, BitSet ended, RegionWords words, SurfaceTrie surfaces,
                        Map<String, String> segmenterWords) {
        AtomicReferenceArray<GazetteerEntry> es = new AtomicReferenceArray<>(lines.count + extra.size());
        for (GazetteerEntry e : extra) {
            es.set(e.id(), e);
        }
        Gazetteer g = new Gazetteer(lines, es, bySurface, byCode, ended, words);
        g.surfaces = surfaces;
        g.segmenterWords = segmenterWords;
        return g;
    }


    /** The shipped gazetteer (loaded on first call). */
    public static Gazetteer defaults() {
        return Holder.DEFAULTS;
    }

    /** True when a data file with this first row is one of the gazetteer's (regions, words, cues). */
    public static boolean accepts(TsvReader.Row first) {
        return isRegionFile(first) || RegionWords.isWordFile(first) || RegionWords.isCueFile(first);
    }

    private static boolean isRegionFile(TsvReader.Row first) {
        return first.has("name") && first.has("level") && first.has("code");
    }

    /**
     * This gazetteer plus a user file in one of its formats, recognised by the column header: a
     * regions file (code, name, level …) adds regions, and a line with the code and name of an
     * existing entry adds its forms; a reference-word file (word, refers, mode) adds or replaces
     * words; a cue file (cue, where, role) adds cues.
     *
     * @throws LexiconException naming file and line when the file is malformed
     */
    public Gazetteer withFile(Path file) {
        List<TsvReader.Row> rows = TsvReader.readFile(file);
        if (rows.isEmpty()) {
            return this;
        }
        TsvReader.Row first = rows.get(0);
        if (isRegionFile(first)) {
            return withRows(rows);
        }
        if (RegionWords.isWordFile(first)) {
            return plus(List.of(), words.withWords(rows));
        }
        if (RegionWords.isCueFile(first)) {
            return plus(List.of(), words.withCues(rows));
        }
        throw new LexiconException(file.toString(), first.line(),
                "not a gazetteer file: the column header must be that of regions.tsv, region-words.tsv or region-cues.tsv");
    }

    /**
     * This gazetteer plus region rows: a row with the code, name and level of an existing entry and
     * no dates adds its forms and hosts; any other row adds an entry.
     */
    private Gazetteer withRows(List<TsvReader.Row> rows) {
        Map<String, GazetteerEntry> changed = new LinkedHashMap<>();
        int next = entries.length();
        GazetteerFile.Cache c = new GazetteerFile.Cache();
        String[] cells = new String[GazetteerFile.COLUMNS.length];
        for (TsvReader.Row r : rows) {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = r.has(GazetteerFile.COLUMNS[i]) ? r.get(GazetteerFile.COLUMNS[i]) : "";
            }
            GazetteerEntry e = GazetteerFile.entry(next, cells, c, r.file(), r.line());
            GazetteerEntry old = cells[5].isEmpty() && cells[6].isEmpty() ? same(e, changed) : null;
            if (old == null) {
                changed.put("#" + next, e);
                next++;
                continue;
            }
            List<String> f = new ArrayList<>(old.forms());
            for (String x : e.forms()) {
                if (!f.contains(x) && !x.equals(old.name())) {
                    f.add(x);
                }
            }
            List<String> h = new ArrayList<>(old.hosts());
            for (String x : e.hosts()) {
                if (!h.contains(x)) {
                    h.add(x);
                }
            }
            changed.put("#" + old.id(), new GazetteerEntry(old.id(), old.code(), old.name(), old.level(), old.type(),
                    old.parent(), old.validity(), f, h, old.nbsCode(), old.qualifiedOnly()));
        }
        return plus(new ArrayList<>(changed.values()), words);
    }

    /** An existing entry (here or among {@code pending}) with e's code, name and level. */
    private GazetteerEntry same(GazetteerEntry e, Map<String, GazetteerEntry> pending) {
        for (GazetteerEntry p : pending.values()) {
            if (key(p.code(), p.name(), p.level()).equals(key(e.code(), e.name(), e.level()))) {
                return p;
            }
        }
        for (GazetteerEntry x : lookup(e.name())) {
            if (key(x.code(), x.name(), x.level()).equals(key(e.code(), e.name(), e.level()))) {
                GazetteerEntry p = pending.get("#" + x.id());
                return p != null ? p : x;
            }
        }
        return null;
    }

    private static String key(String code, String name, Region.Level level) {
        return (code == null ? "" : code) + "\t" + name + "\t" + level;
    }

    // --- lookups -----------------------------------------------------------------------------

    /** Number of entries. */
    public int size() {
        return entries.length();
    }

    /** All entries, in file order (parses every line of the shipped file that is not parsed yet). */
    public List<GazetteerEntry> entries() {
        List<GazetteerEntry> out = new ArrayList<>(entries.length());
        for (int i = 0; i < entries.length(); i++) {
            out.add(entry(i));
        }
        return out;
    }

    /** The reference words and role cues. */
    public RegionWords words() {
        return words;
    }

    /** Every entry with this surface form (name or form), any period. */
    public List<GazetteerEntry> lookup(String surface) {
        int[] ids = bySurface.get(surface);
        if (ids == null) {
            return List.of();
        }
        List<GazetteerEntry> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(entry(id));
        }
        return out;
    }

    /**
     * The entries with this surface form that are valid at {@code date}: surely valid ones if any,
     * else those valid in part of a transition year; empty when none is valid then.
     */
    public List<GazetteerEntry> lookup(String surface, LocalDate date) {
        List<GazetteerEntry> all = lookup(surface);
        List<GazetteerEntry> sure = new ArrayList<>();
        List<GazetteerEntry> some = new ArrayList<>();
        for (GazetteerEntry e : all) {
            int v = e.validityAt(date);
            if (v == GazetteerValidity.SURE) {
                sure.add(e);
            } else if (v == GazetteerValidity.TRANSITION) {
                some.add(e);
            }
        }
        return sure.isEmpty() ? some : sure;
    }

    /** Every entry with this code (a code may have had several names). */
    public List<GazetteerEntry> byCodeAll(String code) {
        int[] ids = code == null ? null : byCode.get(code);
        if (ids == null) {
            return List.of();
        }
        List<GazetteerEntry> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(entry(id));
        }
        return out;
    }

    /** The entry with this code that is valid at {@code date}, else the latest one; null if none. */
    public GazetteerEntry byCode(String code, LocalDate date) {
        List<GazetteerEntry> l = byCodeAll(code);
        GazetteerEntry best = null;
        int bestV = -1;
        for (GazetteerEntry e : l) {
            int v = date == null ? (e.validity().open() ? 2 : 0) : e.validityAt(date);
            if (v > bestV || (v == bestV && later(e, best))) {
                best = e;
                bestV = v;
            }
        }
        return best;
    }

    /** The current entry with this code (still valid, else the latest); null if none. */
    public GazetteerEntry byCode(String code) {
        return byCode(code, null);
    }

    private static boolean later(GazetteerEntry a, GazetteerEntry b) {
        if (b == null) {
            return true;
        }
        LocalDate ua = a.validity().until();
        LocalDate ub = b.validity().until();
        if (ua == null) {
            return ub != null;
        }
        return ub != null && ua.isAfter(ub);
    }

    /** The parent of {@code e} at {@code date} (or current), or null. */
    public GazetteerEntry parentOf(GazetteerEntry e, LocalDate date) {
        return e.parent() == null ? null : byCode(e.parent(), date);
    }

    /** The country entry (中国), or null when the data has none. */
    public GazetteerEntry country() {
        for (GazetteerEntry e : lookup("中国")) {
            if (e.level() == Region.Level.COUNTRY) {
                return e;
            }
        }
        return null;
    }

    /**
     * True when {@code ancestor} is {@code e}'s parent, grandparent … (by codes; a zone's or group's
     * parent counts, and so does the country for everything).
     */
    public boolean isAncestor(GazetteerEntry ancestor, GazetteerEntry e) {
        if (ancestor.level() == Region.Level.COUNTRY) {
            return e.level() != Region.Level.COUNTRY;
        }
        String code = ancestor.code();
        if (code == null || !ancestor.sameProvince(e)) {
            return false;
        }
        GazetteerEntry p = parent(e);
        for (int depth = 0; p != null && depth < 4; depth++) {
            if (code.equals(p.code())) {
                return true;
            }
            p = parent(p);
        }
        return false;
    }

    /** The current parent of {@code e} (cached), or null. */
    private GazetteerEntry parent(GazetteerEntry e) {
        int v = e.id() < parents.length() ? parents.get(e.id()) : 0;
        if (v == 0) {
            GazetteerEntry p = e.parent() == null ? null : byCode(e.parent());
            v = p == null ? 1 : p.id() + 2;
            if (e.id() < parents.length()) {
                parents.set(e.id(), v);
            }
            return p;
        }
        return v == 1 ? null : entry(v - 2);
    }

    /**
     * Every surface (region form or reference word) that starts at {@code pos} in {@code text},
     * longest first.
     */
    public List<Match> matchesAt(CharSequence text, int pos) {
        return surfaceTrie().matchesAt(this, text, pos);
    }

    SurfaceTrie surfaceTrie() {
        SurfaceTrie t = surfaces;
        if (t == null) {
            synchronized (this) {
                t = surfaces;
                if (t == null) {
                    t = new SurfaceTrie(bySurface, words, MAX_SURFACE);
                    surfaces = t;
                }
            }
        }
        return t;
    }

    /** Every surface and reference word in one char trie (built on the first scan). */
    private volatile SurfaceTrie surfaces;

    /**
     * The region forms to feed a word segmenter so that 璧山区, 九龙坡区, 两江新区 come out whole:
     * names and forms (two characters or more) of every entry valid at {@link #DATA_DATE} or later,
     * each with HanLP's nature for a place name ({@code ns}).
     */
    public Map<String, String> segmenterWords() {
        Map<String, String> m = segmenterWords;
        if (m == null) {
            m = new java.util.TreeMap<>();
            for (Map.Entry<String, int[]> e : bySurface.entrySet()) {
                for (int id : e.getValue()) {
                    if (!ended.get(id)) {
                        m.put(e.getKey(), "ns");
                        break;
                    }
                }
            }
            m = java.util.Collections.unmodifiableMap(m);
            segmenterWords = m;
        }
        return m;
    }

    private volatile Map<String, String> segmenterWords; // made on first use (an immutable gazetteer: always the same)
}
