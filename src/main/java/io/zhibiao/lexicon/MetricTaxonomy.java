package io.zhibiao.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metric taxonomy ({@code zhibiao/lexicon/metrics.tsv}) and the abbreviation table
 * ({@code abbreviations.tsv}). Immutable and thread-safe.
 */
public final class MetricTaxonomy {
    public static final String METRICS_RESOURCE = "zhibiao/lexicon/metrics.tsv";
    public static final String ABBREVIATIONS_RESOURCE = "zhibiao/lexicon/abbreviations.tsv";

    /** One indicator: canonical id, name and the surface forms that name it. */
    public record Entry(String id, String name, List<String> aliases) {
    }

    private final Map<String, Entry> byId;
    private final Map<String, Entry> bySurface;   // name and aliases, as written
    private final Map<String, Entry> byFolded;    // folded name and aliases
    private final List<Map.Entry<String, String>> abbreviations; // longest short form first
    private final java.util.BitSet abbreviationStarts = new java.util.BitSet(); // first chars of the short forms

    private MetricTaxonomy(Map<String, Entry> byId, List<Map.Entry<String, String>> abbreviations) {
        this.byId = Collections.unmodifiableMap(byId);
        List<Map.Entry<String, String>> abbr = new ArrayList<>(abbreviations);
        abbr.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
        this.abbreviations = List.copyOf(abbr);
        for (Map.Entry<String, String> e : abbr) {
            abbreviationStarts.set(e.getKey().charAt(0));
        }
        Map<String, Entry> surface = new LinkedHashMap<>();
        Map<String, Entry> folded = new LinkedHashMap<>();
        for (Entry e : byId.values()) {
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

    private static final class Holder {
        static final MetricTaxonomy DEFAULTS = new MetricTaxonomy(
                entries(TsvReader.readResource(METRICS_RESOURCE), new LinkedHashMap<>()),
                abbreviations(TsvReader.readResource(ABBREVIATIONS_RESOURCE)));
    }

    /** The shipped taxonomy. */
    public static MetricTaxonomy defaults() {
        return Holder.DEFAULTS;
    }

    /** This taxonomy plus a user file: with an {@code id} column it adds indicators, with {@code short} abbreviations. */
    public MetricTaxonomy withFile(Path file) {
        List<TsvReader.Row> rows = TsvReader.readFile(file);
        if (!rows.isEmpty() && rows.get(0).has("short")) {
            List<Map.Entry<String, String>> abbr = new ArrayList<>(abbreviations);
            abbr.addAll(abbreviations(rows));
            return new MetricTaxonomy(new LinkedHashMap<>(byId), abbr);
        }
        return new MetricTaxonomy(entries(rows, new LinkedHashMap<>(byId)), abbreviations);
    }

    private static Map<String, Entry> entries(List<TsvReader.Row> rows, Map<String, Entry> into) {
        for (TsvReader.Row r : rows) {
            String id = r.require("id");
            if (!id.matches("[a-z][a-z0-9_]*")) {
                throw r.error("id must be snake_case: '" + id + "'");
            }
            String name = r.get("name");
            List<String> aliases = new ArrayList<>();
            for (String a : r.get("aliases").split("\\|")) {
                if (!a.isBlank()) {
                    aliases.add(a.strip());
                }
            }
            Entry old = into.get(id);
            if (old != null) {
                List<String> merged = new ArrayList<>(old.aliases());
                aliases.stream().filter(a -> !merged.contains(a)).forEach(merged::add);
                into.put(id, new Entry(id, name.isEmpty() ? old.name() : name, List.copyOf(merged)));
            } else {
                if (name.isEmpty()) {
                    throw r.error("new indicator '" + id + "' needs a name");
                }
                into.put(id, new Entry(id, name, List.copyOf(aliases)));
            }
        }
        return into;
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

    /** The indicator a mention names exactly (as written or after folding). */
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
        return Optional.ofNullable(byId.get(id));
    }

    /** Every name and alias with its indicator. */
    public Map<String, Entry> surfaces() {
        return bySurface;
    }

    public List<Entry> entries() {
        return List.copyOf(byId.values());
    }
}
