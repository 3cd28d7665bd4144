package io.zhibiao.lexicon;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The shipped gazetteer's built structures in one binary resource, {@value #RESOURCE}, made by the
 * build from the data files ({@code mvn process-classes} runs {@link #main}) and read at start-up
 * with a few bulk reads instead of parsing 7,000 lines, filling the maps line by line and building
 * the scanning trie and the segmenter's word list (docs/performance.md, "Issue 16, fourth pass").
 *
 * <p>It is a cache, never a source: it holds the CRC-32 of each data file it was made from
 * ({@link #SOURCES}) and is used only when the files on the classpath have the same checksums, so
 * an edited data file (or a missing or older snapshot) falls back to building from the files, as
 * does {@code -Dzhibiao.snapshot=false}. Users' {@code --lexicon} files are added on top as before.
 * The maps are filled in the order the files' build gave them, so that their iteration order is
 * the same too. {@code GazetteerSnapshotTest} checks that both ways give the same gazetteer.
 */
final class GazetteerSnapshot {
    static final String RESOURCE = "zhibiao/lexicon/gazetteer.snapshot";
    /** The data files the snapshot is made from, in the order their checksums are stored. */
    static final List<String> SOURCES = List.of(Gazetteer.REGIONS_RESOURCE, Gazetteer.EXTRA_RESOURCE,
            Gazetteer.ZONES_RESOURCE, Gazetteer.WORDS_RESOURCE, Gazetteer.CUES_RESOURCE);
    private static final int MAGIC = 0x5A424731; // "ZBG1"

    private final ByteBuffer in;
    private final GazetteerFile.Lines lines;

    private GazetteerSnapshot(ByteBuffer in) {
        this.in = in;
        int count = in.getInt();
        int[] start = ints(in, count);
        int[] end = ints(in, count);
        int[] lineNo = ints(in, count);
        int[] col = ints(in, in.getInt());
        String text = new String(chars(in, in.getInt()));
        this.lines = new GazetteerFile.Lines(Gazetteer.REGIONS_RESOURCE, text, start, end, lineNo, col, count);
    }

    /**
     * The snapshot on the classpath when it was made from the data files there, else null (build
     * from the files).
     */
    static GazetteerSnapshot find() {
        if ("false".equals(System.getProperty("zhibiao.snapshot"))) {
            return null;
        }
        return find(GazetteerSnapshot::resource, GazetteerSnapshot::checksum);
    }

    /** The snapshot, with resources read by {@code resource} (null when one is missing). */
    static GazetteerSnapshot find(java.util.function.Function<String, byte[]> resource) {
        return find(resource, name -> {
            byte[] b = resource.apply(name);
            return b == null ? -1 : crc(b);
        });
    }

    /** The snapshot, its sources' CRC-32 given by {@code checksum} (-1 when one is missing). */
    static GazetteerSnapshot find(java.util.function.Function<String, byte[]> resource,
            java.util.function.ToLongFunction<String> checksum) {
        ByteBuffer in = SnapshotHeader.open(resource, checksum, RESOURCE, MAGIC, SOURCES);
        if (in == null) {
            return null;
        }
        return new GazetteerSnapshot(in);
    }

    /** The shipped lines of {@code regions.tsv} (entries are parsed from them on first use). */
    GazetteerFile.Lines lines() {
        return lines;
    }

    /** The gazetteer: these lines, the extra entries and words built from their files, the rest read. */
    Gazetteer gazetteer(List<GazetteerEntry> extra, RegionWords words) {
        if (in.getInt() != lines.count + extra.size()) {
            throw new IllegalStateException(RESOURCE + " does not match its data files");
        }
        String[] surfaces = strings(in);
        int[][] surfaceIds = idLists(in, surfaces.length);
        Map<String, int[]> bySurface = new HashMap<>(lines.count * 3); // as Gazetteer.ofLines: the same order
        for (int i = 0; i < surfaces.length; i++) {
            bySurface.put(surfaces[i], surfaceIds[i]);
        }
        String[] codes = strings(in);
        int[][] codeIds = idLists(in, codes.length);
        Map<String, int[]> byCode = new HashMap<>(lines.count * 2);
        for (int i = 0; i < codes.length; i++) {
            byCode.put(codes[i], codeIds[i]);
        }
        BitSet ended = BitSet.valueOf(longs(in, in.getInt()));
        CharTrie trie = CharTrie.read(in);
        String[] wordOnly = strings(in);
        int[] ref = ints(in, trie.size());
        int[] isWord = ints(in, trie.size());
        String[] keys = new String[ref.length];
        int[][] ids = new int[ref.length][];
        RegionWords.Word[] word = new RegionWords.Word[ref.length];
        for (int i = 0; i < ref.length; i++) {
            keys[i] = ref[i] >= 0 ? surfaces[ref[i]] : wordOnly[-ref[i] - 1];
            ids[i] = ref[i] >= 0 ? surfaceIds[ref[i]] : null;
            word[i] = isWord[i] != 0 ? words.word(keys[i]) : null;
        }
        SurfaceTrie surfaceTrie = new SurfaceTrie(trie, keys, ids, word, Gazetteer.MAX_SURFACE);
        int[] segmenter = ints(in, in.getInt());
        Map<String, String> segmenterWords = new LinkedHashMap<>(segmenter.length * 2); // sorted, as the TreeMap
        for (int s : segmenter) {
            segmenterWords.put(surfaces[s], "ns");
        }
        return Gazetteer.of(lines, extra, bySurface, byCode, ended, words, surfaceTrie,
                Collections.unmodifiableMap(segmenterWords));
    }

    /** Writes the snapshot of {@code g} (the shipped gazetteer built from its files). */
    static void write(Gazetteer g, OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os));
        out.writeInt(MAGIC);
        out.writeInt(SOURCES.size());
        for (String source : SOURCES) {
            out.writeLong(crc(resource(source)));
        }
        GazetteerFile.Lines l = g.shipped;
        out.writeInt(l.count);
        writeInts(out, Arrays.copyOf(l.start, l.count));
        writeInts(out, Arrays.copyOf(l.end, l.count));
        writeInts(out, Arrays.copyOf(l.lineNo, l.count));
        out.writeInt(l.col.length);
        writeInts(out, l.col);
        out.writeInt(l.text.length());
        out.writeChars(l.text);
        out.writeInt(g.size());
        List<String> surfaces = new ArrayList<>(g.bySurface.keySet());
        writeStrings(out, surfaces);
        writeIdLists(out, g.bySurface, surfaces);
        List<String> codes = new ArrayList<>(g.byCode.keySet());
        writeStrings(out, codes);
        writeIdLists(out, g.byCode, codes);
        long[] ended = g.ended.toLongArray();
        out.writeInt(ended.length);
        for (long x : ended) {
            out.writeLong(x);
        }
        SurfaceTrie t = g.surfaceTrie();
        t.trie().write(out);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < surfaces.size(); i++) {
            index.put(surfaces.get(i), i);
        }
        List<String> wordOnly = new ArrayList<>();
        int[] ref = new int[t.surfaces().length];
        int[] isWord = new int[ref.length];
        for (int i = 0; i < ref.length; i++) {
            String k = t.surfaces()[i];
            Integer at = index.get(k);
            if (at == null) {
                wordOnly.add(k);
                ref[i] = -wordOnly.size();
            } else {
                ref[i] = at;
            }
            isWord[i] = g.words().word(k) != null ? 1 : 0;
        }
        writeStrings(out, wordOnly);
        writeInts(out, ref);
        writeInts(out, isWord);
        Map<String, String> segmenterWords = g.segmenterWords();
        out.writeInt(segmenterWords.size());
        for (String w : segmenterWords.keySet()) {
            out.writeInt(index.get(w));
        }
        out.flush();
    }

    /** Makes the snapshot: {@code java -cp target/classes io.zhibiao.lexicon.GazetteerSnapshot FILE}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            write(Gazetteer.build(false), os); // from the data files, never from an older snapshot
        }
    }

    // --- the binary form: big-endian ints, longs and UTF-16 chars, arrays read in bulk ---

    static int[] ints(ByteBuffer in, int n) {
        int[] a = new int[n];
        in.asIntBuffer().get(a);
        in.position(in.position() + n * 4);
        return a;
    }

    static long[] longs(ByteBuffer in, int n) {
        long[] a = new long[n];
        in.asLongBuffer().get(a);
        in.position(in.position() + n * 8);
        return a;
    }

    private static char[] chars(ByteBuffer in, int n) {
        char[] a = new char[n];
        in.asCharBuffer().get(a);
        in.position(in.position() + n * 2);
        return a;
    }

    /** Strings written by {@link #writeStrings}: their lengths, then their chars in one block. */
    static String[] strings(ByteBuffer in) {
        int[] len = ints(in, in.getInt());
        char[] all = chars(in, in.getInt());
        String[] out = new String[len.length];
        int p = 0;
        for (int i = 0; i < len.length; i++) {
            out[i] = new String(all, p, len[i]);
            p += len[i];
        }
        return out;
    }

    private static int[][] idLists(ByteBuffer in, int n) {
        int[] len = ints(in, n);
        int[] all = ints(in, in.getInt());
        int[][] out = new int[n][];
        int p = 0;
        for (int i = 0; i < n; i++) {
            out[i] = Arrays.copyOfRange(all, p, p + len[i]);
            p += len[i];
        }
        return out;
    }

    static void writeInts(DataOutputStream out, int[] a) throws IOException {
        for (int x : a) {
            out.writeInt(x);
        }
    }

    static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        int total = 0;
        for (String s : strings) {
            out.writeInt(s.length());
            total += s.length();
        }
        out.writeInt(total);
        for (String s : strings) {
            out.writeChars(s);
        }
    }

    private static void writeIdLists(DataOutputStream out, Map<String, int[]> m, List<String> keys) throws IOException {
        int total = 0;
        for (String k : keys) {
            out.writeInt(m.get(k).length);
            total += m.get(k).length;
        }
        out.writeInt(total);
        for (String k : keys) {
            writeInts(out, m.get(k));
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = GazetteerSnapshot.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CRC-32 of a resource on this class's class path, -1 when there is none. */
    static long checksum(String name) {
        return checksum(GazetteerSnapshot.class.getClassLoader(), name);
    }

    /**
     * The CRC-32 of a resource, -1 when there is none. From a jar, the one its directory holds for
     * the entry (the same CRC-32 of the uncompressed bytes: nothing is inflated); else read and
     * computed.
     */
    static long checksum(ClassLoader loader, String name) {
        java.net.URL url = loader.getResource(name);
        if (url == null) {
            return -1;
        }
        if ("jar".equals(url.getProtocol())) {
            try {
                if (url.openConnection() instanceof java.net.JarURLConnection jar) {
                    long crc = jar.getJarEntry().getCrc();
                    if (crc >= 0) {
                        return crc;
                    }
                }
            } catch (IOException e) {
                // read it below
            }
        }
        try (InputStream in = url.openStream()) {
            return crc(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b, 0, b.length);
        return c.getValue();
    }
}
