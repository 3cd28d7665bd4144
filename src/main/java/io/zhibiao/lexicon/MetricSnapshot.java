package io.zhibiao.lexicon;

import io.zhibiao.Kind;
import io.zhibiao.lexicon.MetricTaxonomy.Alias;
import io.zhibiao.lexicon.MetricTaxonomy.Entry;
import io.zhibiao.lexicon.MetricTaxonomy.Info;
import io.zhibiao.lexicon.MetricTaxonomy.Modifier;
import io.zhibiao.lexicon.MetricTaxonomy.Rescope;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shipped metric taxonomy and its resolver's tries in one binary resource, {@value #RESOURCE},
 * made by the build from the data files ({@code mvn process-classes} runs {@link #main}) and read
 * at start-up instead of parsing the five taxonomy files, checking every row and folding every
 * alias with the normalizer (docs/performance.md, "Issue 16, fifth pass").
 *
 * <p>A cache, never a source, like {@link GazetteerSnapshot}: it holds the CRC-32 of each file it
 * was made from ({@link #SOURCES}: the taxonomy's five files and the normalizer's tables, which
 * the folded keys depend on) and is used only when the files on the classpath have the same
 * checksums; otherwise, and with {@code -Dzhibiao.snapshot=false}, the taxonomy is built from the
 * files. Users' {@code --lexicon} files are added on top as before (a taxonomy with a user file
 * folds its resolver's keys anew). Every map is filled in the order the files' build gave it, so
 * that iteration orders are the same too; {@code MetricSnapshotTest} checks both ways agree.
 *
 * <p>Layout: magic, the sources' checksums, a table of distinct strings, one block of ints that
 * refer to them (the taxonomy's tables, then the resolver's phrases), then the three tries.
 */
final class MetricSnapshot {
    static final String RESOURCE = "zhibiao/lexicon/metrics.snapshot";
    static final List<String> SOURCES = List.of(MetricTaxonomy.METRICS_RESOURCE, MetricTaxonomy.ALIASES_RESOURCE,
            MetricTaxonomy.MODIFIERS_RESOURCE, MetricTaxonomy.WORDS_RESOURCE, MetricTaxonomy.ABBREVIATIONS_RESOURCE,
            "zhibiao/text/t2s.tsv", "zhibiao/text/width.tsv", "zhibiao/text/layout.tsv");
    private static final int MAGIC = 0x5A424D31; // "ZBM1"
    private static final Kind[] KINDS = Kind.values();

    private final ByteBuffer in;
    private final String[] strings;
    private final int[] ints;
    private int at;

    private MetricSnapshot(ByteBuffer in) {
        this.in = in;
        this.strings = GazetteerSnapshot.strings(in);
        this.ints = GazetteerSnapshot.ints(in, in.getInt());
    }

    /** The snapshot on the classpath when it was made from the files there, else null (build from the files). */
    static MetricSnapshot find() {
        if ("false".equals(System.getProperty("zhibiao.snapshot"))) {
            return null;
        }
        return find(GazetteerSnapshot::resource, GazetteerSnapshot::checksum);
    }

    /** The snapshot, with resources read by {@code resource} (null when one is missing). */
    static MetricSnapshot find(java.util.function.Function<String, byte[]> resource) {
        return find(resource, name -> {
            byte[] b = resource.apply(name);
            return b == null ? -1 : GazetteerSnapshot.crc(b);
        });
    }

    /** The snapshot, its sources' CRC-32 given by {@code checksum} (-1 when one is missing). */
    static MetricSnapshot find(java.util.function.Function<String, byte[]> resource,
            java.util.function.ToLongFunction<String> checksum) {
        ByteBuffer in = SnapshotHeader.open(resource, checksum, RESOURCE, MAGIC, SOURCES);
        if (in == null) {
            return null;
        }
        return new MetricSnapshot(in);
    }

    private int next() {
        return ints[at++];
    }

    private String str() {
        return strings[ints[at++]];
    }

    private List<String> strList() {
        String[] a = new String[next()];
        for (int i = 0; i < a.length; i++) {
            a[i] = str();
        }
        return List.of(a);
    }

    private Map<String, String> strMap() {
        Map<String, String> m = new TreeMap<>();
        for (int n = next(); n > 0; n--) {
            m.put(str(), str());
        }
        return Collections.unmodifiableMap(m);
    }

    /** The taxonomy (read once: a snapshot is read by one call). */
    MetricTaxonomy taxonomy() {
        List<Map.Entry<String, String>> abbreviations = new ArrayList<>();
        for (int n = next(); n > 0; n--) {
            abbreviations.add(Map.entry(str(), str()));
        }
        Entry[] entries = new Entry[next()];
        Map<String, Entry> es = new LinkedHashMap<>(entries.length * 2);
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new Entry(str(), str(), strList());
            es.put(entries[i].id(), entries[i]);
        }
        Map<String, Info> is = new LinkedHashMap<>();
        for (int n = next(); n > 0; n--) {
            String id = str();
            String en = str();
            String parent = str();
            String relation = str();
            String measure = str();
            String unit = str();
            List<String> dims = strList();
            String valid = str();
            Rescope[] context = new Rescope[next()];
            for (int i = 0; i < context.length; i++) {
                context[i] = new Rescope(str(), str(), strMap(), str());
            }
            is.put(id, new Info(en, parent, relation, measure, unit, dims, valid, List.of(context), str()));
        }
        List<Alias> allAliases = new ArrayList<>();
        Map<String, List<Alias>> as = new LinkedHashMap<>();
        for (int n = next(); n > 0; n--) {
            String surface = str();
            List<Alias> l = new ArrayList<>();
            for (int k = next(); k > 0; k--) {
                String id = str();
                Set<Kind> kinds = kinds(next());
                int flags = next();
                Alias a = new Alias(id, kinds, (flags & 1) != 0, (flags & 2) != 0, strList(), strMap());
                l.add(a);
                allAliases.add(a);
            }
            as.put(surface, l);
        }
        List<Modifier> allModifiers = new ArrayList<>();
        Map<String, List<Modifier>> ms = new LinkedHashMap<>();
        for (int n = next(); n > 0; n--) {
            String word = str();
            List<Modifier> l = new ArrayList<>();
            for (int k = next(); k > 0; k--) {
                Modifier m = new Modifier(str(), str(), str());
                l.add(m);
                allModifiers.add(m);
            }
            ms.put(word, l);
        }
        Map<String, String> ws = new LinkedHashMap<>();
        for (int n = next(); n > 0; n--) {
            ws.put(str(), str());
        }
        Map<String, Entry> bySurface = entryMap(entries);
        Map<String, Entry> byFolded = entryMap(entries);
        MetricData data = new MetricData(Collections.unmodifiableMap(es), Collections.unmodifiableMap(is),
                Collections.unmodifiableMap(as), Collections.unmodifiableMap(ms), Collections.unmodifiableMap(ws));
        String[] headPhrases = new String[next()];
        Object[] headValues = new Object[headPhrases.length];
        for (int i = 0; i < headPhrases.length; i++) {
            headPhrases[i] = str();
            Alias[] l = new Alias[next()];
            for (int k = 0; k < l.length; k++) {
                l[k] = allAliases.get(next());
            }
            headValues[i] = List.of(l);
        }
        String[] modifierPhrases = new String[next()];
        Object[] modifierValues = new Object[modifierPhrases.length];
        for (int i = 0; i < modifierPhrases.length; i++) {
            modifierPhrases[i] = str();
            Modifier[] l = new Modifier[next()];
            for (int k = 0; k < l.length; k++) {
                l[k] = allModifiers.get(next());
            }
            modifierValues[i] = List.of(l);
        }
        String[] wordPhrases = new String[next()];
        Object[] wordValues = new Object[wordPhrases.length];
        for (int i = 0; i < wordPhrases.length; i++) {
            wordPhrases[i] = str();
            wordValues[i] = str();
        }
        ResolverTries tries = new ResolverTries(PhraseTrie.of(CharTrie.read(in), headPhrases, headValues),
                PhraseTrie.of(CharTrie.read(in), modifierPhrases, modifierValues),
                PhraseTrie.of(CharTrie.read(in), wordPhrases, wordValues));
        return new MetricTaxonomy(data, abbreviations, bySurface, byFolded, tries);
    }

    private Map<String, Entry> entryMap(Entry[] entries) {
        int n = next();
        Map<String, Entry> m = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            m.put(str(), entries[next()]);
        }
        return m;
    }

    private static Set<Kind> kinds(int mask) {
        if (mask == 0) {
            return Set.of();
        }
        Set<Kind> out = EnumSet.noneOf(Kind.class);
        for (Kind k : KINDS) {
            if ((mask & 1 << k.ordinal()) != 0) {
                out.add(k);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** Writes the snapshot of {@code t} (the shipped taxonomy built from its files) and its resolver's tries. */
    static void write(MetricTaxonomy t, OutputStream os) throws IOException {
        Ints o = new Ints();
        List<Map.Entry<String, String>> abbreviations = t.abbreviationList();
        o.add(abbreviations.size());
        abbreviations.forEach(e -> o.str(e.getKey()).str(e.getValue()));
        MetricData d = t.data();
        Map<Entry, Integer> entryIndex = new IdentityHashMap<>();
        o.add(d.entries().size());
        for (Entry e : d.entries().values()) {
            entryIndex.put(e, entryIndex.size());
            o.str(e.id()).str(e.name()).strList(e.aliases());
        }
        o.add(d.infos().size());
        d.infos().forEach((id, x) -> {
            o.str(id).str(x.en()).str(x.parent()).str(x.relation()).str(x.measure()).str(x.unit()).strList(x.dims())
                    .str(x.valid()).add(x.context().size());
            x.context().forEach(c -> o.str(c.word()).str(c.id()).strMap(c.modifiers()).str(c.group()));
            o.str(x.source());
        });
        Map<Alias, Integer> aliasIndex = new IdentityHashMap<>();
        o.add(d.aliases().size());
        d.aliases().forEach((surface, l) -> {
            o.str(surface).add(l.size());
            for (Alias a : l) {
                aliasIndex.put(a, aliasIndex.size());
                int mask = 0; // no kinds: every kind (read back as Set.of(), equal to an empty EnumSet)
                for (Kind k : a.kinds()) {
                    mask |= 1 << k.ordinal();
                }
                o.str(a.id()).add(mask).add((a.bare() ? 1 : 0) | (a.subject() ? 2 : 0)).strList(a.cues()).strMap(a.modifiers());
            }
        });
        Map<Modifier, Integer> modifierIndex = new IdentityHashMap<>();
        o.add(d.modifiers().size());
        d.modifiers().forEach((w, l) -> {
            o.str(w).add(l.size());
            for (Modifier m : l) {
                modifierIndex.put(m, modifierIndex.size());
                o.str(m.dimension()).str(m.value()).str(m.group());
            }
        });
        o.add(d.words().size());
        d.words().forEach((w, c) -> o.str(w).str(c));
        for (Map<String, Entry> m : List.of(t.surfaces(), t.byFolded())) {
            o.add(m.size());
            m.forEach((k, e) -> o.str(k).add(index(entryIndex, e)));
        }
        ResolverTries r = t.snapshotTries() != null ? t.snapshotTries() : ResolverTries.build(t);
        o.add(r.heads().size());
        for (int i = 0; i < r.heads().size(); i++) {
            o.str(r.heads().phrase(i)).add(r.heads().value(i).size());
            r.heads().value(i).forEach(a -> o.add(index(aliasIndex, a)));
        }
        o.add(r.modifierWords().size());
        for (int i = 0; i < r.modifierWords().size(); i++) {
            o.str(r.modifierWords().phrase(i)).add(r.modifierWords().value(i).size());
            r.modifierWords().value(i).forEach(m -> o.add(index(modifierIndex, m)));
        }
        o.add(r.words().size());
        for (int i = 0; i < r.words().size(); i++) {
            o.str(r.words().phrase(i)).str(r.words().value(i));
        }
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os));
        out.writeInt(MAGIC);
        out.writeInt(SOURCES.size());
        for (String source : SOURCES) {
            out.writeLong(GazetteerSnapshot.crc(GazetteerSnapshot.resource(source)));
        }
        GazetteerSnapshot.writeStrings(out, new ArrayList<>(o.strings.keySet()));
        out.writeInt(o.size);
        GazetteerSnapshot.writeInts(out, java.util.Arrays.copyOf(o.ints, o.size));
        r.heads().trie().write(out);
        r.modifierWords().trie().write(out);
        r.words().trie().write(out);
        out.flush();
    }

    private static <K> int index(Map<K, Integer> m, K k) {
        Integer i = m.get(k);
        if (i == null) {
            throw new IllegalStateException("not in the taxonomy's tables: " + k);
        }
        return i;
    }

    /** The int block being written, with its table of distinct strings. */
    private static final class Ints {
        final Map<String, Integer> strings = new LinkedHashMap<>();
        int[] ints = new int[1 << 14];
        int size;

        Ints add(int x) {
            if (size == ints.length) {
                ints = java.util.Arrays.copyOf(ints, size * 2);
            }
            ints[size++] = x;
            return this;
        }

        Ints str(String s) {
            return add(strings.computeIfAbsent(s, k -> strings.size()));
        }

        Ints strList(List<String> l) {
            add(l.size());
            l.forEach(this::str);
            return this;
        }

        Ints strMap(Map<String, String> m) {
            add(m.size());
            m.forEach((k, v) -> str(k).str(v));
            return this;
        }
    }

    /** Makes the snapshot: {@code java -cp target/classes io.zhibiao.lexicon.MetricSnapshot FILE}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            write(MetricTaxonomy.build(false), os); // from the data files, never from an older snapshot
        }
    }
}
