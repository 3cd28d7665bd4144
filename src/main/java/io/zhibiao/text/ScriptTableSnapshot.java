package io.zhibiao.text;

import io.zhibiao.lexicon.TsvReader;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The script table of {@link TraditionalToSimplifiedStep} as built from {@code t2s.tsv}, in one
 * binary resource, {@value #RESOURCE}, made by the build ({@code mvn process-classes} runs
 * {@link #main}) and read at start-up with a few bulk reads instead of parsing and checking 4,300
 * lines (docs/performance.md, "Issue 16, fifth pass").
 *
 * <p>A cache, never a source, like the lexicon snapshots: it holds the CRC-32 of {@code t2s.tsv} and
 * is used only when the file on the classpath has that checksum; otherwise, and with
 * {@code -Dzhibiao.snapshot=false}, the table is built from the file. {@code
 * TraditionalToSimplifiedStepTest} checks that both ways give the same table.
 */
final class ScriptTableSnapshot {
    static final String RESOURCE = "zhibiao/text/t2s.snapshot";
    private static final int MAGIC = 0x5A425431; // "ZBT1"

    private ScriptTableSnapshot() {
    }

    /** The table from the snapshot on the classpath when it was made from the t2s.tsv there, else null. */
    static TraditionalToSimplifiedStep.Table find() {
        if ("false".equals(System.getProperty("zhibiao.snapshot"))) {
            return null;
        }
        return find(resource(RESOURCE), TsvReader.resourceChecksum(TraditionalToSimplifiedStep.RESOURCE));
    }

    /** The table in {@code bytes} when it was made from a file of CRC-32 {@code sourceCrc}, else null. */
    static TraditionalToSimplifiedStep.Table find(byte[] bytes, long sourceCrc) {
        if (bytes == null || bytes.length < 12) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (in.getInt() != MAGIC || sourceCrc < 0 || in.getLong() != sourceCrc) {
            return null;
        }
        char[] bmp = new char[Character.MAX_VALUE + 1];
        boolean[] trigger = new boolean[Character.MAX_VALUE + 1];
        char[] from = chars(in, in.getInt());
        char[] to = chars(in, from.length);
        for (int i = 0; i < from.length; i++) {
            bmp[from[i]] = to[i];
        }
        for (char c : chars(in, in.getInt())) {
            trigger[c] = true;
        }
        int[] cps = new int[in.getInt()];
        in.asIntBuffer().get(cps);
        in.position(in.position() + cps.length * 4);
        Map<Integer, String> other = new HashMap<>(cps.length * 2);
        for (int cp : cps) {
            other.put(cp, string(in));
        }
        Map<Character, String[][]> phrases = new HashMap<>();
        for (int n = in.getInt(); n > 0; n--) {
            char first = in.getChar();
            String[][] list = new String[in.getInt()][];
            for (int i = 0; i < list.length; i++) {
                list[i] = new String[] {string(in), string(in)};
            }
            phrases.put(first, list);
        }
        return new TraditionalToSimplifiedStep.Table(bmp, other, trigger, phrases);
    }

    /** Writes the snapshot of {@code table} (built from the file of CRC-32 {@code sourceCrc}). */
    static void write(TraditionalToSimplifiedStep.Table table, long sourceCrc, OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os));
        out.writeInt(MAGIC);
        out.writeLong(sourceCrc);
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        StringBuilder trigger = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (table.bmp[c] != 0) {
                from.append((char) c);
                to.append(table.bmp[c]);
            }
            if (table.trigger[c]) {
                trigger.append((char) c);
            }
        }
        out.writeInt(from.length());
        out.writeChars(from.toString());
        out.writeChars(to.toString());
        out.writeInt(trigger.length());
        out.writeChars(trigger.toString());
        List<Integer> cps = new ArrayList<>(new java.util.TreeSet<>(table.other.keySet()));
        out.writeInt(cps.size());
        for (int cp : cps) {
            out.writeInt(cp);
        }
        for (int cp : cps) {
            string(out, table.other.get(cp));
        }
        List<Character> firsts = new ArrayList<>(new java.util.TreeSet<>(table.phrases.keySet()));
        out.writeInt(firsts.size());
        for (char c : firsts) {
            out.writeChar(c);
            String[][] list = table.phrases.get(c);
            out.writeInt(list.length);
            for (String[] p : list) {
                string(out, p[0]);
                string(out, p[1]);
            }
        }
        out.flush();
    }

    /** Makes the snapshot: {@code java -cp target/classes io.zhibiao.text.ScriptTableSnapshot FILE}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        byte[] source = resource(TraditionalToSimplifiedStep.RESOURCE);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(source, 0, source.length);
        try (OutputStream os = Files.newOutputStream(out)) {
            write(TraditionalToSimplifiedStep.Table.load(TsvReader.readResource(TraditionalToSimplifiedStep.RESOURCE)),
                    crc.getValue(), os);
        }
    }

    private static char[] chars(ByteBuffer in, int n) {
        char[] a = new char[n];
        in.asCharBuffer().get(a);
        in.position(in.position() + n * 2);
        return a;
    }

    private static String string(ByteBuffer in) {
        return new String(chars(in, in.getInt()));
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    static byte[] resource(String name) {
        try (InputStream in = ScriptTableSnapshot.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
