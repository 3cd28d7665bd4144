package io.zhibiao.bench;

import com.hankcs.hanlp.HanLP;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.format.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * zhibiao side by side with HanLP in one run (docs/performance.md, issue 16), each figure with the
 * load average, the two sides alternating round by round so that a change of load hits both:
 * <ol>
 * <li>{@code lib}: {@code extract()} vs {@code HanLP.segment} on the seeds in this JVM, warm;
 * wall clock and this thread's CPU time;</li>
 * <li>{@code process}: the CLI ({@code java -jar target/zhibiao.jar extract}, one thread) over the
 * seeds ×400 as JSONL vs a HanLP-only process ({@link HanlpOnly}) over the same file; wall and
 * the process's CPU (user + sys);</li>
 * <li>{@code first}: time from launch to the first record of a one-line document, through the
 * launcher {@code target/zhibiao} and with plain {@code java -jar};</li>
 * <li>{@code threads}: the CLI with 2 threads vs 1 over a corpus of at least 30 M chars, with the
 * writer thread's share of the process's CPU ({@code --stats}).</li>
 * </ol>
 *
 * <pre>
 * mvn -q -o -DskipTests package    # target/zhibiao.jar, target/zhibiao, target/zhibiao.jsa
 * java -Xss4m -cp $CP io.zhibiao.bench.SideBySide [--only lib,process,first,threads] [--rounds 5]
 *     [--first-runs 10] [--size 85m]
 * </pre>
 */
public final class SideBySide {
    private static final Path BENCH = Path.of("target/bench");
    private static final String JAR = "target/zhibiao.jar";
    private static final String LAUNCHER = "target/zhibiao";

    private SideBySide() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> only = Set.of("lib", "process", "first", "threads");
        int rounds = 5;
        int firstRuns = 10;
        long size = 85L << 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--only" -> only = Set.of(args[++i].split(","));
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--first-runs" -> firstRuns = Integer.parseInt(args[++i]);
                case "--size" -> size = MakeArchive.parseSize(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (--only lib,process,first,threads --rounds 5 --first-runs 10 --size 85m)");
            }
        }
        Files.createDirectories(BENCH);
        say("cpus %d, %s", Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
        if (only.contains("lib")) {
            library(rounds);
        }
        if (only.contains("process")) {
            processes(Math.max(1, rounds / 2));
        }
        if (only.contains("first")) {
            firstRecord(firstRuns);
        }
        if (only.contains("threads")) {
            threads(size);
        }
    }

    // --- 1. the library, warm ------------------------------------------------------------------

    private static void library(int rounds) throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String[] s : MakeArchive.seeds(Path.of("seeds"))) {
            seeds.add(s[1]);
        }
        long chars = seeds.stream().mapToLong(String::length).sum() * 10;
        IndicatorExtractor ex = IndicatorExtractor.builder().build();
        for (int path = 0; path < 2; path++) { // warm: 20 passes and 15 s each at least
            long until = System.nanoTime() + 15_000_000_000L;
            for (int i = 0; i < 20 || System.nanoTime() < until; i++) {
                pass(path, seeds, ex, 1);
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] wall = new double[2];
        double[] cpu = new double[2];
        say("lib: extract() vs HanLP.segment, the seeds ×10 (%d chars) per round, warm, alternating", chars);
        for (int r = 0; r < rounds; r++) {
            double[] rw = new double[2];
            double[] rc = new double[2];
            for (int k = 0; k < 2; k++) {
                int path = (r + k) % 2; // alternate which side goes first
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                pass(path, seeds, ex, 10);
                rw[path] = (System.nanoTime() - w0) / 1e9;
                rc[path] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
                wall[path] += rw[path];
                cpu[path] += rc[path];
            }
            say("  round %d: hanlp %.2f s wall %.2f s cpu, extract %.2f s wall %.2f s cpu: ratio %.3f wall, %.3f cpu",
                    r + 1, rw[0], rc[0], rw[1], rc[1], rw[0] / rw[1], rc[0] / rc[1]);
        }
        say("lib: HanLP.segment %.0f chars/cpu-s, extract() %.0f chars/cpu-s: extract/hanlp %.3f (cpu), %.3f (wall)",
                chars * rounds / cpu[0], chars * rounds / cpu[1], cpu[0] / cpu[1], wall[0] / wall[1]);
    }

    private static void pass(int path, List<String> seeds, IndicatorExtractor ex, int times) {
        for (int t = 0; t < times; t++) {
            for (String s : seeds) {
                if (path == 0) {
                    HanLP.segment(s);
                } else {
                    ex.extract(s);
                }
            }
        }
    }

    // --- 2. whole processes ---------------------------------------------------------------------

    private static void processes(int rounds) throws Exception {
        Path corpus = BENCH.resolve("seeds-x400.jsonl");
        long chars = seedsTimes(corpus, 400);
        List<String> zhibiao = List.of("java", "-Xmx256m", "-jar", JAR, "extract", "--threads", "1", "--no-progress",
                "--stats", "--format", "jsonl", "-o", BENCH.resolve("sbs-out.jsonl").toString(), corpus.toString());
        List<String> hanlp = List.of("java", "-Xmx256m", "-cp", JAR + java.io.File.pathSeparator + "target/test-classes",
                HanlpOnly.class.getName(), corpus.toString());
        say("process: seeds ×400 (%d chars), one thread, alternating", chars);
        double[] wall = new double[2];
        double[] cpu = new double[2];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int side = (r + k) % 2;
                Path err = BENCH.resolve("sbs-process-stats.txt");
                double[] t = timed(side == 0 ? hanlp : zhibiao, side == 0 ? null : err);
                wall[side] += t[0];
                cpu[side] += t[1];
                say("  round %d %-8s %6.2f s wall %6.2f s cpu%s", r + 1, side == 0 ? "hanlp" : "zhibiao", t[0], t[1],
                        side == 0 ? "" : "; " + writerShare(err));
            }
        }
        say("process: zhibiao/hanlp-only %.3f (cpu), %.3f (wall); zhibiao %.0f chars/cpu-s, hanlp %.0f chars/cpu-s",
                cpu[0] / cpu[1], wall[0] / wall[1], chars * rounds / cpu[1], chars * rounds / cpu[0]);
    }

    /** Writes the seeds {@code times} over as JSONL (if missing); returns the chars. */
    static long seedsTimes(Path out, int times) throws IOException {
        List<String[]> seeds = MakeArchive.seeds(Path.of("seeds"));
        long chars = 0;
        for (String[] s : seeds) {
            chars += s[1].length();
        }
        if (!Files.exists(out)) {
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (int i = 0; i < times; i++) {
                    for (String[] s : seeds) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("id", i + "/" + s[0]);
                        row.put("text", s[1]);
                        w.write(Json.line(row));
                        w.write('\n');
                    }
                }
            }
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return chars * times;
    }

    /** Runs {@code cmd} (stdout dropped, stderr kept in {@code err} if given): wall and CPU seconds. */
    private static double[] timed(List<String> cmd, Path err) throws Exception {
        List<String> c = new ArrayList<>(List.of("bash", "-c",
                "TIMEFORMAT='%R %U %S'; { time \"$@\" >/dev/null 2>\"$ERR\"; } 2>&1", "_"));
        c.addAll(cmd);
        ProcessBuilder pb = new ProcessBuilder(c).redirectErrorStream(true);
        pb.environment().put("ERR", err == null ? "/dev/null" : err.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            say("  (exit code %d: %s)", p.exitValue(), String.join(" ", cmd));
        }
        String[] f = out.substring(out.lastIndexOf('\n') + 1).trim().split(" ");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2])};
    }

    // --- 3. first record -----------------------------------------------------------------------

    private static void firstRecord(int runs) throws Exception {
        Path doc = BENCH.resolve("one-line.txt");
        Files.writeString(doc, "2024年，江北区完成地区生产总值1617.4亿元，同比增长6.3%。\n", StandardCharsets.UTF_8);
        Map<String, List<String>> cmds = new LinkedHashMap<>();
        if (Files.isExecutable(Path.of(LAUNCHER))) {
            cmds.put("launcher", List.of(LAUNCHER, "extract", "--format", "jsonl", doc.toString()));
        }
        cmds.put("java -jar", List.of("java", "-jar", JAR, "extract", "--format", "jsonl", doc.toString()));
        Map<String, double[]> ms = new LinkedHashMap<>();
        cmds.keySet().forEach(k -> ms.put(k, new double[runs]));
        say("first: launch to the first record of a one-line document, %d runs each, alternating", runs);
        for (int r = 0; r < runs; r++) {
            for (Map.Entry<String, List<String>> e : cmds.entrySet()) {
                ms.get(e.getKey())[r] = firstLine(e.getValue());
            }
        }
        for (Map.Entry<String, double[]> e : ms.entrySet()) {
            double[] v = e.getValue().clone();
            Arrays.sort(v);
            say("first: %-9s median %4.0f ms, best %4.0f ms, worst %4.0f ms", e.getKey(), v[v.length / 2], v[0],
                    v[v.length - 1]);
        }
    }

    private static double firstLine(List<String> cmd) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        double ms;
        try (InputStream in = p.getInputStream()) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = r.readLine();
            ms = (System.nanoTime() - t0) / 1e6;
            if (line == null) {
                throw new IOException("no record from " + cmd);
            }
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        p.waitFor();
        return ms;
    }

    // --- 4. threads ----------------------------------------------------------------------------

    private static final Pattern WRITER = Pattern.compile("writer thread CPU ([0-9.]+) s of the process's ([0-9.]+) s");

    private static void threads(long size) throws Exception {
        Path corpus = BENCH.resolve("corpus-" + (size >> 20) + "m.jsonl");
        if (!Files.exists(corpus)) {
            say("making %s", MakeArchive.make(Path.of("seeds"), "jsonl", size, corpus, 0, 0));
        }
        long chars = 0;
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                chars += Json.mapper().readTree(line).get("text").textValue().length();
            }
        }
        say("threads: %s, %d chars, the CLI with 1 and 2 threads (--stats)", corpus, chars);
        double[] wall = new double[3];
        for (int n : new int[] {1, 2}) {
            Path err = BENCH.resolve("sbs-threads-" + n + ".txt");
            double[] t = timed(List.of("java", "-Xmx256m", "-jar", JAR, "extract", "--threads", String.valueOf(n),
                    "--no-progress", "--stats", "--format", "jsonl", "-o", BENCH.resolve("sbs-threads.jsonl").toString(),
                    corpus.toString()), err);
            wall[n] = t[0];
            String writer = writerShare(err);
            say("  %d thread%s: %6.1f s wall, %6.1f s cpu, %.0f chars/s; %s", n, n > 1 ? "s" : "", t[0], t[1],
                    chars / t[0], writer);
        }
        say("threads: speed-up 2 threads / 1: %.2f (wall)", wall[1] / wall[2]);
    }

    /** The writer thread's share of the process's CPU, from a --stats output. */
    private static String writerShare(Path statsOutput) throws IOException {
        Matcher m = WRITER.matcher(Files.readString(statsOutput));
        return m.find() ? String.format(Locale.ROOT, "writer %.2f s cpu = %.2f%% of the process's",
                Double.parseDouble(m.group(1)), 100 * Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2)))
                : "writer share not printed";
    }

    private static void say(String format, Object... args) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "[load %5.2f] " + format + "%n", prepend(load, args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] a = new Object[rest.length + 1];
        a[0] = first;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return a;
    }
}
