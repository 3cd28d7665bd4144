package io.zhibiao.lexicon;

import io.zhibiao.lexicon.MetricTaxonomy.Alias;
import io.zhibiao.lexicon.MetricTaxonomy.Entry;
import io.zhibiao.lexicon.MetricTaxonomy.Info;
import io.zhibiao.lexicon.MetricTaxonomy.Modifier;
import io.zhibiao.lexicon.MetricTaxonomy.Rescope;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The taxonomy's tables, read from their data files; every {@code with…} returns a copy. */
record MetricData(Map<String, Entry> entries, Map<String, Info> infos, Map<String, List<Alias>> aliases,
        Map<String, List<Modifier>> modifiers, Map<String, String> words) {

    static final Set<String> WORD_CLASSES = Set.of("lead", "filler", "scope", "tail", "total", "share");
    static final Set<String> RELATIONS = Set.of("", "component", "of_which", "scope", "completion");
    static final Set<String> MEASURES = Set.of("", "flow_ytd", "stock", "rate", "index");
    private static final Pattern RESCOPE = Pattern.compile("([^>]+)>([a-z][a-z0-9_]*)(?:\\{([^}]*)})?(?:\\[([^]]*)])?");

    static MetricData empty() {
        return new MetricData(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    private static final java.util.regex.Pattern SNAKE_CASE = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");

    /** Indicators: {@code id name} and optionally {@code aliases en parent relation measure unit dims valid context source}. */
    MetricData withIndicators(List<TsvReader.Row> rows) {
        Map<String, Entry> es = new LinkedHashMap<>(entries);
        Map<String, Info> is = new LinkedHashMap<>(infos);
        Map<String, List<Alias>> as = copy(aliases);
        for (TsvReader.Row r : rows) {
            String id = r.require("id");
            if (!SNAKE_CASE.matcher(id).matches()) {
                throw r.error("id must be snake_case: '" + id + "'");
            }
            String name = r.has("name") ? r.get("name") : "";
            List<String> more = new ArrayList<>();
            if (r.has("aliases")) {
                for (String a : r.get("aliases").split("\\|")) {
                    if (!a.isBlank()) {
                        more.add(a.strip());
                    }
                }
            }
            Entry old = es.get(id);
            if (old == null && name.isEmpty()) {
                throw r.error("new indicator '" + id + "' needs a name");
            }
            List<String> merged = new ArrayList<>(old == null ? List.of() : old.aliases());
            more.stream().filter(a -> !merged.contains(a)).forEach(merged::add);
            Entry e = new Entry(id, name.isEmpty() ? old.name() : name, List.copyOf(merged));
            es.put(id, e);
            add(as, e.name(), new Alias(id, Set.of()));
            for (String a : more) {
                add(as, a, new Alias(id, Set.of()));
            }
            if (r.has("en") || old == null) {
                is.put(id, info(r));
            }
        }
        return new MetricData(Collections.unmodifiableMap(es), Collections.unmodifiableMap(is),
                Collections.unmodifiableMap(as), modifiers, words);
    }

    private static Info info(TsvReader.Row r) {
        String relation = cell(r, "relation");
        if (!RELATIONS.contains(relation)) {
            throw r.error("relation must be one of component, of_which, scope, completion: '" + relation + "'");
        }
        String measure = cell(r, "measure");
        if (!MEASURES.contains(measure)) {
            throw r.error("measure must be one of flow_ytd, stock, rate, index: '" + measure + "'");
        }
        List<String> dims = split(cell(r, "dims"));
        List<Rescope> context = new ArrayList<>();
        for (String c : split(cell(r, "context"))) {
            Matcher m = RESCOPE.matcher(c);
            if (!m.matches()) {
                throw r.error("context must read word>id{dim=value}[group]: '" + c + "'");
            }
            Map<String, String> mods = new TreeMap<>();
            if (m.group(3) != null) {
                for (String kv : m.group(3).split(",")) {
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw r.error("context modifier must read dim=value: '" + kv + "'");
                    }
                    mods.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
                }
            }
            context.add(new Rescope(m.group(1).strip(), m.group(2), Collections.unmodifiableMap(mods),
                    m.group(4) == null ? "" : m.group(4).strip()));
        }
        return new Info(cell(r, "en"), cell(r, "parent"), relation, measure, cell(r, "unit"), dims, cell(r, "valid"),
                List.copyOf(context), cell(r, "source"));
    }

    /** Aliases: {@code alias id [kinds] [bare]}; the id must exist. */
    MetricData withAliases(List<TsvReader.Row> rows) {
        Map<String, List<Alias>> as = copy(aliases);
        Map<String, Entry> es = new LinkedHashMap<>(entries);
        for (TsvReader.Row r : rows) {
            String alias = r.require("alias");
            String id = r.require("id");
            Map<String, String> mods = new TreeMap<>();
            int brace = id.indexOf('{');
            if (brace >= 0) { // actual_fdi{partner=香港}: the form says its breakdown
                if (!id.endsWith("}")) {
                    throw r.error("id with modifiers must read id{dim=value,dim=value}: '" + id + "'");
                }
                for (String kv : id.substring(brace + 1, id.length() - 1).split(",")) {
                    int eq = kv.indexOf('=');
                    if (eq <= 0 || eq == kv.length() - 1) {
                        throw r.error("alias modifier must read dim=value: '" + kv + "'");
                    }
                    mods.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
                }
                id = id.substring(0, brace).strip();
            }
            Entry e = es.get(id);
            if (e == null) {
                throw r.error("unknown indicator id '" + id + "' (add it to a metrics file first)");
            }
            Info info = infos.get(id);
            for (String dim : mods.keySet()) {
                if (info == null || !info.dims().contains(dim)) {
                    throw r.error("indicator '" + id + "' has no dimension '" + dim + "' (metrics.tsv, column dims)");
                }
            }
            String bare = cell(r, "bare");
            List<String> cues = List.of();
            if (bare.startsWith("with:")) {
                cues = java.util.Arrays.stream(bare.substring(5).split("\\|")).map(String::strip)
                        .filter(w -> !w.isEmpty()).toList();
                if (cues.isEmpty()) {
                    throw r.error("bare with: needs words (with:游客|旅游): '" + bare + "'");
                }
            } else if (!bare.isEmpty() && !bare.equals("yes") && !bare.equals("no") && !bare.equals("subject")) {
                throw r.error("bare must be yes, no, subject or with:WORD|WORD: '" + bare + "'");
            }
            add(as, alias, new Alias(id, r.has("kinds") ? MetricTaxonomy.kinds(r, r.get("kinds")) : Set.of(),
                    bare.isEmpty() || bare.equals("yes"), bare.equals("subject"), cues, mods));
            // a form with its own breakdown is no name of the whole indicator (住宅投资 is not 房地产开发投资)
            if (mods.isEmpty() && !e.aliases().contains(alias) && !e.name().equals(alias)) {
                List<String> more = new ArrayList<>(e.aliases());
                more.add(alias);
                es.put(id, new Entry(id, e.name(), List.copyOf(more)));
            }
        }
        return new MetricData(Collections.unmodifiableMap(es), infos, Collections.unmodifiableMap(as), modifiers, words);
    }

    /** Modifier words: {@code word dimension value [group]}. */
    MetricData withModifiers(List<TsvReader.Row> rows) {
        Map<String, List<Modifier>> ms = copy(modifiers);
        for (TsvReader.Row r : rows) {
            Modifier m = new Modifier(r.require("dimension"), r.require("value"), cell(r, "group"));
            List<Modifier> l = ms.computeIfAbsent(r.require("word"), k -> new ArrayList<>());
            if (!contains(l, m)) {
                l.add(m);
            }
        }
        return new MetricData(entries, infos, aliases, Collections.unmodifiableMap(ms), words);
    }

    /** Metric words: {@code word class}. */
    MetricData withWords(List<TsvReader.Row> rows) {
        Map<String, String> ws = new LinkedHashMap<>(words);
        for (TsvReader.Row r : rows) {
            String c = r.require("role");
            if (!WORD_CLASSES.contains(c)) {
                throw r.error("class must be one of " + WORD_CLASSES + ": '" + c + "'");
            }
            ws.put(r.require("word"), c);
        }
        return new MetricData(entries, infos, aliases, modifiers, Collections.unmodifiableMap(ws));
    }

    /** {@code l.contains(m)}, field by field (a record's generated equals is slow until compiled, and this runs at start-up). */
    private static boolean contains(List<Modifier> l, Modifier m) {
        for (Modifier x : l) {
            if (java.util.Objects.equals(x.dimension(), m.dimension()) && java.util.Objects.equals(x.value(), m.value())
                    && java.util.Objects.equals(x.group(), m.group())) {
                return true;
            }
        }
        return false;
    }

    private static <V> Map<String, List<V>> copy(Map<String, List<V>> m) {
        Map<String, List<V>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return out;
    }

    private static void add(Map<String, List<Alias>> as, String surface, Alias a) {
        List<Alias> l = as.computeIfAbsent(surface, k -> new ArrayList<>());
        l.removeIf(x -> x.id().equals(a.id()));
        l.add(a);
    }

    private static String cell(TsvReader.Row r, String column) {
        return r.has(column) ? r.get(column) : "";
    }

    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
