package io.zhibiao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.cli.Main;
import io.zhibiao.format.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The whole-process benchmark (docs/performance.md): over a corpus of repeated seeds (JSONL,
 * made by {@link MakeArchive} when missing), in one JVM:
 * <ol>
 * <li>plain HanLP {@code StandardTokenizer.segment} on every text, one thread;</li>
 * <li>{@code zhibiao extract} as a batch (read, decode, extract, write JSONL) with each thread count asked;</li>
 * </ol>
 * and prints chars/s of each (wall clock and per CPU second of the process), their ratio, and the
 * speed-up over one thread. Both are warmed up on the seeds first.
 *
 * <pre>
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/cp.txt) io.zhibiao.bench.Throughput \
 *     [--size 100m] [--corpus FILE.jsonl] [--threads 1,2]
 * </pre>
 */
public final class Throughput {
    private Throughput() {
    }

    public static void main(String[] args) throws Exception {
        long size = 100L << 20;
        Path corpus = null;
        String threads = "1,2";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> size = MakeArchive.parseSize(args[++i]);
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--threads" -> threads = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (--size 100m --corpus FILE.jsonl --threads 1,2)");
            }
        }
        if (corpus == null) {
            corpus = Path.of("target/bench/corpus-" + (size >> 20) + "m.jsonl");
        }
        if (!Files.exists(corpus)) {
            System.out.println("making " + MakeArchive.make(Path.of("seeds"), "jsonl", size, corpus, 0, 0));
        }
        System.out.printf(Locale.ROOT, "cpus %d, max heap %d MB, load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        warmUp();

        // 1. HanLP alone, one thread
        long chars = 0;
        long docs = 0;
        long segNanos = 0;
        long cpu0 = processCpu();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = Json.mapper().readTree(line);
                String text = n.get("text").textValue();
                long t = System.nanoTime();
                StandardTokenizer.segment(text);
                segNanos += System.nanoTime() - t;
                chars += text.length();
                docs++;
            }
        }
        long hanlpCpu = processCpu() - cpu0;
        double hanlp = chars / (segNanos / 1e9);
        double hanlpPerCpu = chars / (hanlpCpu / 1e9);
        System.out.printf(Locale.ROOT, "corpus %s: %d docs, %d chars, %.1f MB%n", corpus, docs, chars,
                Files.size(corpus) / 1048576.0);
        System.out.printf(Locale.ROOT, "%-34s %12.0f chars/s  %12.0f chars/cpu-s  (%.1f s)%n",
                "hanlp StandardTokenizer, 1 thread", hanlp, hanlpPerCpu, segNanos / 1e9);

        // 2. zhibiao extract, the whole batch, per thread count
        double first = 0;
        Path out = corpus.resolveSibling("throughput-out.jsonl");
        for (String t : threads.split(",")) {
            int n = Integer.parseInt(t.trim());
            long c0 = processCpu();
            long w0 = System.nanoTime();
            int code = Main.run("extract", "--threads", String.valueOf(n), "--no-progress", "--format", "jsonl",
                    "-o", out.toString(), corpus.toString());
            double wall = (System.nanoTime() - w0) / 1e9;
            double cpu = (processCpu() - c0) / 1e9;
            if (code != 0) {
                System.out.println("extract exited with " + code);
            }
            double z = chars / wall;
            System.out.printf(Locale.ROOT, "%-34s %12.0f chars/s  %12.0f chars/cpu-s  (%.1f s, %d records)%n",
                    "zhibiao extract, " + n + " thread" + (n > 1 ? "s" : ""), z, chars / cpu, wall,
                    Files.lines(out).count());
            if (first == 0) {
                first = z;
                System.out.printf(Locale.ROOT, "ratio zhibiao/hanlp, 1 thread: %.3f (wall), %.3f (per cpu second)%n",
                        z / hanlp, (chars / cpu) / hanlpPerCpu);
            } else {
                System.out.printf(Locale.ROOT, "speed-up %d threads / first: %.2f%n", n, z / first);
            }
        }
        System.out.printf(Locale.ROOT, "load average at the end %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Both paths over the seeds (20 passes and 10 s each at least), so that neither is timed while the JIT compiles it. */
    private static void warmUp() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (String[] s : MakeArchive.seeds(Path.of("seeds"))) {
            seeds.add(s[1]);
        }
        IndicatorExtractor ex = IndicatorExtractor.builder().build();
        // at least 20 passes and 10 s per path: the C2 compiler has then settled on both
        for (int path = 0; path < 2; path++) {
            long until = System.nanoTime() + 10_000_000_000L;
            for (int i = 0; i < 20 || System.nanoTime() < until; i++) {
                for (String s : seeds) {
                    if (path == 0) {
                        StandardTokenizer.segment(s);
                    } else {
                        ex.extract(s);
                    }
                }
            }
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
