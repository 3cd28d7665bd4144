package io.zhibiao.bench;

import io.zhibiao.IndicatorExtractor;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a fresh JVM warms up (docs/performance.md, "Issue 16, fifth pass"): {@code extract()} over the
 * seeds on one thread, {@code --threads N} threads at once, and for each slice of {@code --slice}
 * seconds the chars the threads did per CPU second of their own, the process's CPU beside theirs
 * (the rest is the JIT compilers and the collector) and the JIT's and the collector's time.
 *
 * <pre>
 * java -Xmx256m -Xss4m -cp target/test-classes:target/classes:$CP io.zhibiao.bench.WarmCurve [--seconds 60] [--slice 5] [--threads 1]
 * </pre>
 */
public final class WarmCurve {
    private WarmCurve() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = 60;
        int slice = 5;
        int threads = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--slice" -> slice = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (--seconds 60 --slice 5 --threads 1)");
            }
        }
        List<String> seeds = new ArrayList<>();
        for (String[] s : MakeArchive.seeds(Path.of("seeds"))) {
            seeds.add(s[1]);
        }
        IndicatorExtractor ex = IndicatorExtractor.builder().build();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        java.util.concurrent.atomic.LongAdder chars = new java.util.concurrent.atomic.LongAdder();
        long[] ids = new long[threads];
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(null, () -> {
                while (System.nanoTime() < until) {
                    for (String s : seeds) {
                        ex.extract(s);
                        chars.add(s.length());
                    }
                }
            }, "curve-" + t, 16L << 20);
            ids[t] = th.getId();
            ts.add(th);
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long lastChars = 0;
        double lastWork = 0;
        double lastProcess = os.getProcessCpuTime() / 1e9;
        long lastJit = jit.getTotalCompilationTime();
        long lastGc = gcMillis();
        ts.forEach(Thread::start);
        System.out.printf(Locale.ROOT, "%6s %12s %10s %10s %10s %8s %8s  load%n", "t s", "chars/cpu-s", "work cpu",
                "proc cpu", "other", "jit ms", "gc ms");
        for (int s = slice; s <= seconds; s += slice) {
            Thread.sleep(slice * 1000L);
            long c = chars.sum();
            double work = 0;
            for (long id : ids) {
                long t = mx.getThreadCpuTime(id);
                work += t < 0 ? 0 : t / 1e9;
            }
            double process = os.getProcessCpuTime() / 1e9;
            long j = jit.getTotalCompilationTime();
            long g = gcMillis();
            System.out.printf(Locale.ROOT, "%6d %12.0f %10.2f %10.2f %10.2f %8d %8d  %.2f%n", s,
                    (c - lastChars) / Math.max(1e-9, work - lastWork), work - lastWork, process - lastProcess,
                    process - lastProcess - (work - lastWork), j - lastJit, g - lastGc, os.getSystemLoadAverage());
            lastChars = c;
            lastWork = work;
            lastProcess = process;
            lastJit = j;
            lastGc = g;
        }
        for (Thread t : ts) {
            t.join();
        }
    }

    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }
}
