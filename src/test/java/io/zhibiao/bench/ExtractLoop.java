package io.zhibiao.bench;

import io.zhibiao.IndicatorExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code extract()} over the seeds in a loop, for a profile of the warm library (docs/performance.md):
 * a warm-up, then a measured stretch that prints chars per CPU second of this thread.
 *
 * <pre>
 * java -Xss4m -XX:StartFlightRecording=filename=target/bench/loop.jfr,settings=profile,delay=20s \
 *     -cp target/test-classes:target/classes:$CP io.zhibiao.bench.ExtractLoop [--warm 20] [--seconds 60]
 * </pre>
 */
public final class ExtractLoop {
    private ExtractLoop() {
    }

    public static void main(String[] args) throws Exception {
        int warm = 20;
        int seconds = 60;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warm" -> warm = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (--warm 20 --seconds 60)");
            }
        }
        List<String> seeds = new ArrayList<>();
        for (String[] s : MakeArchive.seeds(Path.of("seeds"))) {
            seeds.add(s[1]);
        }
        IndicatorExtractor ex = IndicatorExtractor.builder().build();
        run(ex, seeds, warm, "warm");
        run(ex, seeds, seconds, "measured");
    }

    private static void run(IndicatorExtractor ex, List<String> seeds, int seconds, String what) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        long chars = 0;
        while (System.nanoTime() < until) {
            for (String s : seeds) {
                ex.extract(s);
                chars += s.length();
            }
        }
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf("%s: %d chars in %.2f cpu-s: %.0f chars/cpu-s%n", what, chars, cpu, chars / cpu);
    }
}
