package io.zhibiao.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
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
 * The gazetteer read from the build's snapshot is the one built from the data files: the same
 * maps in the same order, the same scanning trie and segmenter words, and the same records out of
 * a whole pipeline over the seeds and the written and held-out fixtures.
 */
class GazetteerSnapshotTest {
    private static final Gazetteer FILES = Gazetteer.build(false);
    private static final Gazetteer SNAPSHOT = Gazetteer.build(true);

    @Test
    void theBuildMadeAValidSnapshot() {
        assertNotNull(GazetteerSnapshot.find(), GazetteerSnapshot.RESOURCE + " missing or stale: run mvn process-classes");
        assertTrue(Gazetteer.defaults().surfaceTrie() != null);
    }

    @Test
    void aChangedOrMissingDataFileMeansNoSnapshot() {
        for (String source : GazetteerSnapshot.SOURCES) {
            assertNull(GazetteerSnapshot.find(name -> {
                byte[] b = GazetteerSnapshot.resource(name);
                if (name.equals(source)) {
                    b = java.util.Arrays.copyOf(b, b.length + 1);
                    b[b.length - 1] = '\n'; // one more blank line: a different file, the same data
                }
                return b;
            }), source);
            assertNull(GazetteerSnapshot.find(name -> name.equals(source) ? null : GazetteerSnapshot.resource(name)), source);
        }
        assertNull(GazetteerSnapshot.find(name -> name.equals(GazetteerSnapshot.RESOURCE) ? null : GazetteerSnapshot.resource(name)));
        assertNotNull(GazetteerSnapshot.find(GazetteerSnapshot::resource));
    }

    @Test
    void checksumsFromAJarDirectoryAndFromADirectoryAreTheDataFilesCrc(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        byte[] a = "# a\nword\n地区生产总值\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = "# b\nword\n增加值\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path jar = dir.resolve("data.jar");
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("zhibiao/a.tsv")); // deflated: the CRC from the directory
            out.write(a);
            out.closeEntry();
        }
        Files.createDirectories(dir.resolve("classes/zhibiao"));
        Files.write(dir.resolve("classes/zhibiao/b.tsv"), b);
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {
            jar.toUri().toURL(), dir.resolve("classes").toUri().toURL()}, null)) {
            assertEquals(GazetteerSnapshot.crc(a), GazetteerSnapshot.checksum(loader, "zhibiao/a.tsv"));
            assertEquals(GazetteerSnapshot.crc(b), GazetteerSnapshot.checksum(loader, "zhibiao/b.tsv"));
            assertEquals(-1, GazetteerSnapshot.checksum(loader, "zhibiao/c.tsv"));
        }
        for (String source : GazetteerSnapshot.SOURCES) {
            assertEquals(GazetteerSnapshot.crc(GazetteerSnapshot.resource(source)), GazetteerSnapshot.checksum(source));
        }
    }

    @Test
    void sameStructures() {
        assertEquals(FILES.size(), SNAPSHOT.size());
        assertEquals(FILES.shipped.text, SNAPSHOT.shipped.text);
        int n = FILES.shipped.count;
        assertEquals(n, SNAPSHOT.shipped.count);
        for (int i = 0; i < n; i++) {
            assertEquals(FILES.shipped.start[i], SNAPSHOT.shipped.start[i]);
            assertEquals(FILES.shipped.end[i], SNAPSHOT.shipped.end[i]);
            assertEquals(FILES.shipped.lineNo[i], SNAPSHOT.shipped.lineNo[i]);
        }
        assertArrayEquals(FILES.shipped.col, SNAPSHOT.shipped.col);
        sameMap(FILES.bySurface, SNAPSHOT.bySurface);
        sameMap(FILES.byCode, SNAPSHOT.byCode);
        assertEquals(FILES.ended, SNAPSHOT.ended);
        assertEquals(new ArrayList<>(FILES.segmenterWords().entrySet()), new ArrayList<>(SNAPSHOT.segmenterWords().entrySet()));
        assertArrayEquals(FILES.surfaceTrie().surfaces(), SNAPSHOT.surfaceTrie().surfaces());
        for (int id = 0; id < FILES.size(); id++) {
            assertEquals(FILES.entry(id), SNAPSHOT.entry(id));
        }
    }

    @Test
    void snapshotIsReproducible() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        GazetteerSnapshot.write(FILES, a);
        GazetteerSnapshot.write(SNAPSHOT, b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
    }

    @Test
    void sameMatchesAndRecords() throws IOException {
        Lexicons shipped = Lexicons.defaults();
        Lexicons fromFiles = new Lexicons(shipped.units(), shipped.metrics(), shipped.cues(), shipped.periods(),
                shipped.heads(), shipped.phrases(), FILES, shipped.words(), shipped.metricEdges(), shipped.clauses());
        Lexicons fromSnapshot = new Lexicons(shipped.units(), shipped.metrics(), shipped.cues(), shipped.periods(),
                shipped.heads(), shipped.phrases(), SNAPSHOT, shipped.words(), shipped.metricEdges(), shipped.clauses());
        Pipeline a = new Pipeline(fromFiles);
        Pipeline b = new Pipeline(fromSnapshot);
        int docs = 0;
        for (String dir : List.of("seeds", "fixtures/written", "fixtures/heldout", "fixtures/heldout2", "fixtures/heldout3")) {
            for (Path p : texts(Path.of(dir))) {
                String text = Files.readString(p);
                for (int i = 0; i < text.length(); i++) {
                    assertEquals(FILES.matchesAt(text, i), SNAPSHOT.matchesAt(text, i), p + " at " + i);
                }
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

    private static void sameMap(Map<String, int[]> x, Map<String, int[]> y) {
        assertEquals(new ArrayList<>(x.keySet()), new ArrayList<>(y.keySet())); // the same iteration order
        for (Map.Entry<String, int[]> e : x.entrySet()) {
            assertArrayEquals(e.getValue(), y.get(e.getKey()), e.getKey());
        }
    }
}
