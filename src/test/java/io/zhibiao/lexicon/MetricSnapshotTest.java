package io.zhibiao.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
import io.zhibiao.Kind;
import io.zhibiao.extract.Lexicons;
import io.zhibiao.extract.Pipeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The metric taxonomy read from the build's snapshot is the one built from the data files: the same
 * tables in the same order, the same resolver tries, the same resolutions, and the same records out
 * of a whole pipeline over the seeds and the written, script and held-out fixtures.
 */
class MetricSnapshotTest {
    private static final MetricTaxonomy FILES = MetricTaxonomy.build(false);
    private static final MetricTaxonomy SNAPSHOT = MetricTaxonomy.build(true);

    @Test
    void theBuildMadeAValidSnapshot() {
        assertNotNull(MetricSnapshot.find(), MetricSnapshot.RESOURCE + " missing or stale: run mvn process-classes");
        assertNotNull(SNAPSHOT.snapshotTries());
        assertNull(FILES.snapshotTries());
        assertNotNull(MetricTaxonomy.defaults().snapshotTries(), "the shipped taxonomy comes from the snapshot");
    }

    @Test
    void aChangedOrMissingSourceMeansNoSnapshot() {
        for (String source : MetricSnapshot.SOURCES) {
            assertNull(MetricSnapshot.find(name -> {
                byte[] b = GazetteerSnapshot.resource(name);
                if (name.equals(source)) {
                    b = java.util.Arrays.copyOf(b, b.length + 1);
                    b[b.length - 1] = '\n'; // one more blank line: a different file, the same data
                }
                return b;
            }), source);
            assertNull(MetricSnapshot.find(name -> name.equals(source) ? null : GazetteerSnapshot.resource(name)), source);
        }
        assertNull(MetricSnapshot.find(name -> name.equals(MetricSnapshot.RESOURCE) ? null : GazetteerSnapshot.resource(name)));
        assertNotNull(MetricSnapshot.find(GazetteerSnapshot::resource));
    }

    @Test
    void sameTables() {
        MetricData a = FILES.data();
        MetricData b = SNAPSHOT.data();
        sameMap(a.entries(), b.entries());
        sameMap(a.infos(), b.infos());
        sameMap(a.aliases(), b.aliases());
        sameMap(a.modifiers(), b.modifiers());
        sameMap(a.words(), b.words());
        sameMap(FILES.surfaces(), SNAPSHOT.surfaces());
        sameMap(FILES.byFolded(), SNAPSHOT.byFolded());
        assertEquals(FILES.abbreviationList(), SNAPSHOT.abbreviationList());
        // the maps' entries are the taxonomy's own (a resolution's entry is compared by identity)
        SNAPSHOT.surfaces().values().forEach(e -> assertSame(SNAPSHOT.byId(e.id()).orElseThrow(), e));
        SNAPSHOT.byFolded().values().forEach(e -> assertSame(SNAPSHOT.byId(e.id()).orElseThrow(), e));
        assertEquals(FILES.subjectMeasures(), SNAPSHOT.subjectMeasures());
        for (String s : List.of("规上工业增加值", "社零额", "GDP", "固投增速")) {
            assertEquals(FILES.fold(s), SNAPSHOT.fold(s), s);
        }
    }

    @Test
    void sameResolverTries() {
        ResolverTries a = new MetricResolver(FILES).tries();
        ResolverTries b = new MetricResolver(SNAPSHOT).tries();
        sameTrie(a.heads(), b.heads());
        sameTrie(a.modifierWords(), b.modifierWords());
        sameTrie(a.words(), b.words());
        // the resolver's readings are the taxonomy's own alias and modifier objects
        for (int i = 0; i < b.heads().size(); i++) {
            for (MetricTaxonomy.Alias x : b.heads().value(i)) {
                assertTrue(SNAPSHOT.aliases().values().stream().anyMatch(l -> l.stream().anyMatch(y -> y == x)));
            }
        }
    }

    @Test
    void sameResolutions() {
        MetricResolver a = new MetricResolver(FILES);
        MetricResolver b = new MetricResolver(SNAPSHOT);
        List<String> phrases = new ArrayList<>(FILES.aliases().keySet());
        for (String m : FILES.modifiers().keySet()) {
            phrases.add(m + "增加值");
            phrases.add("全市" + m + "投资增速");
        }
        for (String p : phrases) {
            for (Kind k : new Kind[] {null, Kind.AMOUNT, Kind.GROWTH_RATE}) {
                assertEquals(a.resolve(p, k, "规模以上工业", false), b.resolve(p, k, "规模以上工业", false), p);
                assertEquals(a.resolve(p, k, null, true), b.resolve(p, k, null, true), p);
            }
        }
    }

    @Test
    void snapshotIsReproducible() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        MetricSnapshot.write(FILES, a);
        MetricSnapshot.write(SNAPSHOT, b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
    }

    @Test
    void userFilesAreAddedOnTop(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("aliases.tsv");
        Files.writeString(f, "# user aliases\nalias\tid\n总产出规模\tgdp\n");
        MetricTaxonomy a = FILES.withFile(f);
        MetricTaxonomy b = SNAPSHOT.withFile(f);
        assertNull(b.snapshotTries(), "a taxonomy with a user file folds its own keys");
        sameMap(a.data().aliases(), b.data().aliases());
        assertEquals(new MetricResolver(a).resolve("总产出规模", Kind.AMOUNT, null), new MetricResolver(b).resolve("总产出规模", Kind.AMOUNT, null));
        assertEquals("gdp", new MetricResolver(b).resolve("总产出规模", Kind.AMOUNT, null).orElseThrow().entry().id());
    }

    @Test
    void sameRecords() throws IOException {
        Lexicons shipped = Lexicons.defaults();
        Pipeline a = new Pipeline(new Lexicons(shipped.units(), FILES, shipped.cues(), shipped.periods(), shipped.heads(),
                shipped.phrases(), shipped.regions(), shipped.words(), shipped.metricEdges(), shipped.clauses()));
        Pipeline b = new Pipeline(new Lexicons(shipped.units(), SNAPSHOT, shipped.cues(), shipped.periods(), shipped.heads(),
                shipped.phrases(), shipped.regions(), shipped.words(), shipped.metricEdges(), shipped.clauses()));
        int docs = 0;
        for (String dir : List.of("seeds", "fixtures/written", "fixtures/script", "fixtures/heldout", "fixtures/heldout2",
                "fixtures/heldout3")) {
            for (Path p : texts(Path.of(dir))) {
                String text = Files.readString(p);
                List<Indicator> x = a.extract(text, DocumentContext.NONE);
                List<Indicator> y = b.extract(text, DocumentContext.NONE);
                assertEquals(x, y, p.toString());
                docs++;
            }
        }
        assertTrue(docs > 20, "documents read: " + docs);
    }

    private static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static <V> void sameMap(Map<String, V> x, Map<String, V> y) {
        assertEquals(new ArrayList<>(x.keySet()), new ArrayList<>(y.keySet())); // the same iteration order
        for (Map.Entry<String, V> e : x.entrySet()) {
            assertEquals(e.getValue(), y.get(e.getKey()), e.getKey());
        }
    }

    private static <V> void sameTrie(PhraseTrie<V> x, PhraseTrie<V> y) {
        assertEquals(x.size(), y.size());
        for (int i = 0; i < x.size(); i++) {
            assertEquals(x.phrase(i), y.phrase(i));
            assertEquals(x.value(i), y.value(i), x.phrase(i));
            assertEquals(i, y.trie().exact(y.phrase(i), 0, y.phrase(i).length()), y.phrase(i));
        }
        assertEquals(x.trie().maxLength(), y.trie().maxLength());
    }
}
