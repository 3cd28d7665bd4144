package io.zhibiao.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhibiao.format.Json;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes a synthetic newspaper archive from {@code seeds/*.txt}: copies of the seeds, one per
 * day and page ({@code 2015/01/01/p001-000_f71c….txt}), until the texts add up to the size asked
 * (in UTF-8 bytes, before compression). Deterministic: same arguments, same bytes.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.zhibiao.bench.MakeArchive \
 *     --format tar.gz --size 1g --out target/bench/corpus-1g.tar.gz [--gb18030-every 10] [--bad-every 5000]
 * </pre>
 *
 * <p>Formats: {@code zip}, {@code tar.gz}, {@code jsonl} (fields id, date, page, source, text) and
 * {@code dir}. {@code --gb18030-every N} writes every Nth document in GB18030;
 * {@code --bad-every N} makes every Nth document unreadable in turn: binary bytes, invalid
 * bytes, and (JSONL) a line that is not JSON or has no text field, to show the error paths at
 * scale.
 */
public final class MakeArchive {
    private MakeArchive() {
    }

    /** What was written. */
    public record Result(Path file, long documents, long textBytes, long chars, long fileBytes) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %d documents, %d text bytes (%.1f MB), %d chars, file %.1f MB", file,
                    documents, textBytes, textBytes / 1048576.0, chars, fileBytes / 1048576.0);
        }
    }

    public static void main(String[] args) throws IOException {
        String format = "jsonl";
        long size = 100L << 20;
        Path out = null;
        Path seeds = Path.of("seeds");
        int gbEvery = 0;
        int badEvery = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> format = args[++i];
                case "--size" -> size = parseSize(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--seeds" -> seeds = Path.of(args[++i]);
                case "--gb18030-every" -> gbEvery = Integer.parseInt(args[++i]);
                case "--bad-every" -> badEvery = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (--format zip|tar.gz|jsonl|dir --size 100m|1g --out FILE --seeds DIR"
                        + " --gb18030-every N --bad-every N)");
            }
        }
        if (out == null) {
            out = Path.of("target/bench/corpus-" + (size >> 20) + "m." + format);
        }
        System.out.println(make(seeds, format, size, out, gbEvery, badEvery));
    }

    /** "100m", "1g", "5000k" or plain bytes. */
    public static long parseSize(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        long mult = 1;
        if (t.endsWith("k")) {
            mult = 1L << 10;
        } else if (t.endsWith("m")) {
            mult = 1L << 20;
        } else if (t.endsWith("g")) {
            mult = 1L << 30;
        }
        if (mult > 1) {
            t = t.substring(0, t.length() - 1);
        }
        return (long) (Double.parseDouble(t) * mult);
    }

    /** The seeds' texts, sorted by file name. */
    public static List<String[]> seeds(Path dir) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (var s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                out.add(new String[] {name.substring(0, name.length() - 4), Files.readString(p)});
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no *.txt seeds in " + dir);
        }
        return out;
    }

    public static Result make(Path seedDir, String format, long size, Path out, int gbEvery, int badEvery)
            throws IOException {
        List<String[]> seeds = seeds(seedDir);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Charset gb = Charset.forName("GB18030");
        long docs = 0;
        long textBytes = 0;
        long chars = 0;
        try (Sink sink = sink(format, out)) {
            LocalDate day = LocalDate.of(2015, 1, 1);
            int page = 0;
            while (textBytes < size) {
                String[] seed = seeds.get((int) (docs % seeds.size()));
                String text = seed[1];
                String date = day.toString().replace('-', '/');
                String id = date + "/p" + String.format(Locale.ROOT, "%03d", page + 1) + "-" + seed[0];
                long n = docs + 1;
                byte[] bytes;
                String badKind = null;
                if (badEvery > 0 && n % badEvery == 0) {
                    badKind = switch ((int) ((n / badEvery) % 3)) {
                        case 0 -> "binary";
                        case 1 -> "invalid";
                        default -> "json";
                    };
                }
                if ("binary".equals(badKind)) {
                    bytes = new byte[4096];
                    for (int i = 0; i < bytes.length; i++) {
                        bytes[i] = (byte) (i * 31 + 7); // has NUL bytes
                    }
                } else if ("invalid".equals(badKind)) {
                    byte[] t = text.getBytes(StandardCharsets.UTF_8);
                    bytes = new byte[t.length + 3];
                    System.arraycopy(t, 0, bytes, 0, t.length);
                    bytes[t.length] = (byte) 0xC3;
                    bytes[t.length + 1] = (byte) 0x28; // invalid in both UTF-8 and GB18030
                    bytes[t.length + 2] = (byte) 0xFF;
                } else if (gbEvery > 0 && n % gbEvery == 0) {
                    bytes = text.getBytes(gb);
                } else {
                    bytes = text.getBytes(StandardCharsets.UTF_8);
                }
                sink.add(id, day.toString(), page + 1, seed[0], text, bytes, badKind);
                docs++;
                textBytes += bytes.length;
                boolean jsonl = format.equals("jsonl");
                boolean readable = badKind == null || (!jsonl && badKind.equals("json"));
                chars += readable ? text.length() : 0;
                page++;
                if (page == 8) { // eight articles a day
                    page = 0;
                    day = day.plusDays(1);
                }
            }
        }
        return new Result(out, docs, textBytes, chars, Files.isDirectory(out) ? textBytes : Files.size(out));
    }

    private interface Sink extends AutoCloseable {
        void add(String id, String date, int page, String source, String text, byte[] bytes, String badKind)
                throws IOException;

        @Override
        void close() throws IOException;
    }

    private static Sink sink(String format, Path out) throws IOException {
        switch (format) {
            case "zip" -> {
                ZipOutputStream z = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16));
                return new Sink() {
                    @Override
                    public void add(String id, String d, int p, String s, String t, byte[] b, String bad) throws IOException {
                        z.putNextEntry(new ZipEntry(id + ".txt"));
                        z.write(b);
                        z.closeEntry();
                    }

                    @Override
                    public void close() throws IOException {
                        z.close();
                    }
                };
            }
            case "tar.gz", "tgz" -> {
                TarWriter tar = new TarWriter(new GZIPOutputStream(
                        new BufferedOutputStream(Files.newOutputStream(out), 1 << 16), 1 << 16));
                return new Sink() {
                    @Override
                    public void add(String id, String d, int p, String s, String t, byte[] b, String bad) throws IOException {
                        tar.add(id + ".txt", b);
                    }

                    @Override
                    public void close() throws IOException {
                        tar.close();
                    }
                };
            }
            case "jsonl" -> {
                OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
                return new Sink() {
                    @Override
                    public void add(String id, String d, int p, String s, String t, byte[] b, String bad) throws IOException {
                        if ("json".equals(bad)) {
                            o.write(("{\"id\": \"" + id + "\", \"date\": \"" + d + "\", \"body\": \"no text field\"}\n")
                                    .getBytes(StandardCharsets.UTF_8));
                            return;
                        }
                        if (bad != null) {
                            o.write(("{\"id\": \"" + id + "\", \"text\": \"broken").getBytes(StandardCharsets.UTF_8));
                            o.write('\n');
                            return;
                        }
                        ObjectNode n = Json.MAPPER.createObjectNode();
                        n.put("id", id);
                        n.put("date", d);
                        n.put("page", p);
                        n.put("source", s);
                        n.put("text", t);
                        o.write(Json.MAPPER.writeValueAsBytes(n));
                        o.write('\n');
                    }

                    @Override
                    public void close() throws IOException {
                        o.close();
                    }
                };
            }
            case "dir" -> {
                return new Sink() {
                    @Override
                    public void add(String id, String d, int p, String s, String t, byte[] b, String bad) throws IOException {
                        Path f = out.resolve(id + ".txt");
                        Files.createDirectories(f.getParent());
                        Files.write(f, b);
                    }

                    @Override
                    public void close() {
                    }
                };
            }
            default -> throw new IllegalArgumentException("unknown format " + format + " (zip, tar.gz, jsonl, dir)");
        }
    }
}
