package io.zhibiao.lexicon;

import io.zhibiao.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The metric taxonomy: indicators ({@code zhibiao/lexicon/metrics.tsv}), their surface forms
 * ({@code metric-aliases.tsv}), breakdown words ({@code metric-modifiers.tsv}), the words that do
 * not change an indicator ({@code metric-words.tsv}) and the abbreviation table
 * ({@code abbreviations.tsv}). Immutable and thread-safe. {@link MetricResolver} maps a metric
 * phrase to an indicator with it.
 */
public final class MetricTaxonomy {
    public static final String METRICS_RESOURCE = "zhibiao/lexicon/metrics.tsv";
    public static final String ALIASES_RESOURCE = "zhibiao/lexicon/metric-aliases.tsv";
    public static final String MODIFIERS_RESOURCE = "zhibiao/lexicon/metric-modifiers.tsv";
    public static final String WORDS_RESOURCE = "zhibiao/lexicon/metric-words.tsv";
    public static final String ABBREVIATIONS_RESOURCE = "zhibiao/lexicon/abbreviations.tsv";

    /** One indicator: canonical id, name and the surface forms that name it (any kind). */
    public record Entry(String id, String name, List<String> aliases) {
    }

    /**
     * What metrics.tsv says about an indicator beyond its names.
     *
     * @param context re-scoping rules: in a paragraph with {@code word}, the indicator is {@code id}
     *                with {@code modifiers} added, if every industry modifier is in {@code group}
     */
    public record Info(String en, String parent, String relation, String measure, String unit, List<String> dims,
            String valid, List<Rescope> context, String source) {
        static final Info NONE = new Info("", "", "", "", "", List.of(), "", List.of(), "");
    }

    /** {@code word>id{dim=value}[group]} of metrics.tsv's context column. */
    public record Rescope(String word, String id, Map<String, String> modifiers, String group) {
    }

    /**
     * A surface form of an indicator, for some kinds only (empty: every kind); {@code bare} false
     * for a head word that names the indicator only with a modifier before it (产值, 产量);
     * {@code subject} true for one that names it alone on a record with a subject (a firm, a
     * project, a park: 员工, 年产值 of 宇海精密); {@code cues} words one of which, in the record's
     * context, lets a form that is not bare name the indicator alone (综合收入 after 游客: the
     * tourism revenue); {@code modifiers} the breakdown the form itself says (实际利用港资 is
     * actual_fdi{partner=中国香港}: metric-aliases.tsv id {@code actual_fdi{partner=中国香港}}).
     */
    public record Alias(String id, Set<Kind> kinds, boolean bare, boolean subject, List<String> cues,
            Map<String, String> modifiers) {
        public Alias {
            cues = List.copyOf(cues);
            modifiers = Collections.unmodifiableMap(new TreeMap<>(modifiers));
        }

        public Alias(String id, Set<Kind> kinds, boolean bare, boolean subject, List<String> cues) {
            this(id, kinds, bare, subject, cues, Map.of());
        }

        public Alias(String id, Set<Kind> kinds) {
            this(id, kinds, true, false, List.of());
        }

        public Alias(String id, Set<Kind> kinds, boolean bare) {
            this(id, kinds, bare, false, List.of());
        }

        public Alias(String id, Set<Kind> kinds, boolean bare, boolean subject) {
            this(id, kinds, bare, subject, List.of());
        }

        /** Whether the form names the indicator alone in this (folded) context: one of its cue words is there. */
        public boolean cued(String context) {
            for (String c : cues) {
                if (context.contains(c)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the form names the indicator with no modifier before it (on a record with a subject or not). */
        public boolean bare(boolean hasSubject) {
            return bare || (subject && hasSubject);
        }

        public boolean allows(Kind kind) {
            return kinds.isEmpty() || kind == null || kinds.contains(kind);
        }

        /** The modifiers read before the form plus those the form says itself; null when they disagree. */
        public Map<String, String> withOwn(Map<String, String> before) {
            if (modifiers.isEmpty()) {
                return before;
            }
            Map<String, String> all = new TreeMap<>(before);
            for (Map.Entry<String, String> m : modifiers.entrySet()) {
                String old = all.putIfAbsent(m.getKey(), m.getValue());
                if (old != null && !old.equals(m.getValue())) {
                    return null;
                }
            }
            return Collections.unmodifiableMap(all);
        }
    }

    /** A breakdown word's reading: dimension, canonical value and group (工业 or empty). */
    public record Modifier(String dimension, String value, String group) {
    }

    private final MetricData data;
    private final Map<String, Entry> bySurface;   // name and aliases, as written
    private final Map<String, Entry> byFolded;    // folded name and aliases
    private final List<Map.Entry<String, String>> abbreviations; // longest short form first
    private final java.util.BitSet abbreviationStarts = new java.util.BitSet(); // first chars of the short forms
    private final ResolverTries snapshotTries; // the resolver's tries when read from the lexicon snapshot, else null

    private MetricTaxonomy(MetricData data, List<Map.Entry<String, String>> abbreviations) {
        this.data = data;
        this.snapshotTries = null;
        List<Map.Entry<String, String>> abbr = new ArrayList<>(abbreviations);
        abbr.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
        this.abbreviations = List.copyOf(abbr);
        for (Map.Entry<String, String> e : abbr) {
            abbreviationStarts.set(e.getKey().charAt(0));
        }
        Map<String, Entry> surface = new LinkedHashMap<>();
        Map<String, Entry> folded = new LinkedHashMap<>();
        for (Entry e : data.entries().values()) {
            surface.putIfAbsent(e.name(), e);
            folded.putIfAbsent(fold(e.name()), e);
            for (String a : e.aliases()) {
                surface.putIfAbsent(a, e);
                folded.putIfAbsent(fold(a), e);
            }
        }
        this.bySurface = Collections.unmodifiableMap(surface);
        this.byFolded = Collections.unmodifiableMap(folded);
    }

    /** A taxonomy of parts built before (the lexicon snapshot, {@link MetricSnapshot}); abbreviations longest first. */
    MetricTaxonomy(MetricData data, List<Map.Entry<String, String>> abbreviations, Map<String, Entry> bySurface,
            Map<String, Entry> byFolded, ResolverTries tries) {
        this.data = data;
        this.abbreviations = List.copyOf(abbreviations);
        for (Map.Entry<String, String> e : abbreviations) {
            abbreviationStarts.set(e.getKey().charAt(0));
        }
        this.bySurface = Collections.unmodifiableMap(bySurface);
        this.byFolded = Collections.unmodifiableMap(byFolded);
        this.snapshotTries = tries;
    }

    private static final class Holder {
        static final MetricTaxonomy DEFAULTS = build(true);
    }

    /** The shipped taxonomy, from the lexicon snapshot when asked and valid, else from the data files. */
    static MetricTaxonomy build(boolean useSnapshot) {
        MetricSnapshot snapshot = useSnapshot ? MetricSnapshot.find() : null;
        if (snapshot != null) {
            return snapshot.taxonomy();
        }
        MetricData d = MetricData.empty();
        d = d.withIndicators(TsvReader.readResource(METRICS_RESOURCE));
        d = d.withAliases(TsvReader.readResource(ALIASES_RESOURCE));
        d = d.withModifiers(TsvReader.readResource(MODIFIERS_RESOURCE));
        d = d.withWords(TsvReader.readResource(WORDS_RESOURCE));
        return new MetricTaxonomy(d, abbreviations(TsvReader.readResource(ABBREVIATIONS_RESOURCE)));
    }

    /** The shipped taxonomy. */
    public static MetricTaxonomy defaults() {
        return Holder.DEFAULTS;
    }

    /** True if a data file with this first row belongs to the taxonomy (any of its five kinds). */
    public static boolean accepts(TsvReader.Row first) {
        return first.has("id") || first.has("short") || first.has("alias")
                || (first.has("word") && (first.has("dimension") || first.has("role")));
    }

    /**
     * This taxonomy plus a user file: with an {@code id} column it adds indicators, {@code short}
     * abbreviations, {@code alias} aliases, {@code word}+{@code dimension} modifier words,
     * {@code word}+{@code role} metric words.
     */
    public MetricTaxonomy withFile(Path file) {
        List<TsvReader.Row> rows = TsvReader.readFile(file);
        if (rows.isEmpty()) {
            return this;
        }
        TsvReader.Row first = rows.get(0);
        if (first.has("short")) {
            List<Map.Entry<String, String>> abbr = new ArrayList<>(abbreviations);
            abbr.addAll(abbreviations(rows));
            return new MetricTaxonomy(data, abbr);
        }
        if (first.has("alias")) {
            return new MetricTaxonomy(data.withAliases(rows), abbreviations);
        }
        if (first.has("word") && first.has("dimension")) {
            return new MetricTaxonomy(data.withModifiers(rows), abbreviations);
        }
        if (first.has("word") && first.has("role")) {
            return new MetricTaxonomy(data.withWords(rows), abbreviations);
        }
        return new MetricTaxonomy(data.withIndicators(rows), abbreviations);
    }

    private static List<Map.Entry<String, String>> abbreviations(List<TsvReader.Row> rows) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (TsvReader.Row r : rows) {
            out.add(Map.entry(r.require("short"), r.require("full")));
        }
        return out;
    }

    /** Expands abbreviations, longest first, left to right: 规上工业增加值 → 规模以上工业增加值. */
    public String fold(String metric) {
        if (metric == null || metric.isEmpty()) {
            return metric;
        }
        StringBuilder sb = new StringBuilder(metric.length() + 8);
        int i = 0;
        outer:
        while (i < metric.length()) {
            if (!abbreviationStarts.get(metric.charAt(i))) {
                sb.append(metric.charAt(i++)); // no short form starts here: skip the list
                continue;
            }
            for (Map.Entry<String, String> a : abbreviations) {
                String s = a.getKey();
                if (metric.startsWith(s, i)) {
                    String full = a.getValue();
                    int k = full.indexOf(s);
                    if (k >= 0 && i - k >= 0 && metric.startsWith(full, i - k)) {
                        // the short form is already part of its full form (生产总值 in 地区生产总值)
                        sb.append(s);
                    } else {
                        sb.append(full);
                    }
                    i += s.length();
                    continue outer;
                }
            }
            sb.append(metric.charAt(i++));
        }
        return sb.toString();
    }

    /** The indicator a mention names exactly (as written or after folding), whatever the kind. */
    public Optional<Entry> lookup(String mention) {
        if (mention == null) {
            return Optional.empty();
        }
        Entry e = bySurface.get(mention);
        if (e == null) {
            e = byFolded.get(fold(mention));
        }
        return Optional.ofNullable(e);
    }

    public Optional<Entry> byId(String id) {
        return Optional.ofNullable(data.entries().get(id));
    }

    /**
     * The indicator whose parent is {@code parent} in {@code relation} (metrics.tsv): the completion rate of
     * general_budget_revenue is general_budget_revenue_completion_rate. Empty when none; the first in file order.
     */
    public Optional<Entry> child(String parent, String relation) {
        for (Map.Entry<String, Info> e : data.infos().entrySet()) {
            if (parent.equals(e.getValue().parent()) && relation.equals(e.getValue().relation())) {
                return byId(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The modifiers of {@code modifiers} whose dimensions indicator {@code id} lists (metrics.tsv dims). */
    public Map<String, String> keepDims(String id, Map<String, String> modifiers) {
        Map<String, String> kept = new java.util.LinkedHashMap<>(modifiers);
        kept.keySet().retainAll(info(id).dims());
        return Map.copyOf(kept);
    }

    /** What metrics.tsv says about an indicator (English name, parent, measure …); empty fields when unknown. */
    public Info info(String id) {
        return data.infos().getOrDefault(id, Info.NONE);
    }

    /** Every name and alias with its indicator. */
    public Map<String, Entry> surfaces() {
        return bySurface;
    }

    public List<Entry> entries() {
        return List.copyOf(data.entries().values());
    }

    /** Every surface form (names and aliases, as written) with its readings. */
    /**
     * The ids that measure the record's subject (a firm, project or park: subject_output,
     * subject_employees, project_total_investment …): those with an alias of {@code bare subject}
     * in metric-aliases.tsv. A panel keys their rows by subject ({@code io.zhibiao.panel}).
     */
    public java.util.Set<String> subjectMeasures() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        data.aliases().values().forEach(l -> l.forEach(a -> {
            if (a.subject()) {
                out.add(a.id());
            }
        }));
        return Collections.unmodifiableSet(out);
    }

    Map<String, List<Alias>> aliases() {
        return data.aliases();
    }

    MetricData data() {
        return data;
    }

    /** The abbreviations, longest short form first. */
    List<Map.Entry<String, String>> abbreviationList() {
        return abbreviations;
    }

    Map<String, Entry> byFolded() {
        return byFolded;
    }

    /** The resolver's tries when this taxonomy was read from the lexicon snapshot, else null. */
    ResolverTries snapshotTries() {
        return snapshotTries;
    }

    Map<String, List<Modifier>> modifiers() {
        return data.modifiers();
    }

    /** The breakdown dimensions {@code word} stands for (metric-modifiers.tsv: 美国 → partner), empty when it is none. */
    public java.util.Set<String> dimensionsOf(String word) {
        List<Modifier> ms = data.modifiers().get(word);
        java.util.Set<String> out = new java.util.HashSet<>();
        if (ms != null) {
            for (Modifier m : ms) {
                out.add(m.dimension());
            }
        }
        return out;
    }

    Map<String, String> words() {
        return data.words();
    }

    static Set<Kind> kinds(TsvReader.Row r, String cell) {
        Set<Kind> out = EnumSet.noneOf(Kind.class);
        for (String k : cell.split("\\|")) {
            if (k.isBlank()) {
                continue;
            }
            try {
                out.add(Kind.valueOf(k.strip()));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown kind '" + k.strip() + "' (kinds: " + java.util.Arrays.toString(Kind.values()) + ")");
            }
        }
        return Collections.unmodifiableSet(out);
    }
}
