package io.zhibiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two builds of zhibiao side by side in one JVM (each in its own class loader, with HanLP), their
 * {@code extract()} over the seeds alternating pass by pass, this thread's CPU time per side: an
 * A/B comparison that a loaded machine disturbs much less than two processes run one after the
 * other (docs/performance.md).
 *
 * <pre>
 * java -Xss4m -cp target/test-classes:target/classes:$CP io.zhibiao.bench.AbLoop \
 *     OLD/target/classes NEW/target/classes target/cp.txt [--warm 20] [--rounds 20] [--passes 10]
 * </pre>
 */
public final class AbLoop {
    private AbLoop() {
    }

    public static void main(String[] args) throws Exception {
        int warm = 20;
        int rounds = 20;
        int passes = 10;
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
                case "--warm" -> warm = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<URL> deps = new ArrayList<>();
        for (String p : Files.readString(Path.of(args[2])).trim().split(java.io.File.pathSeparator)) {
            deps.add(Path.of(p).toUri().toURL());
        }
        List<String> seeds = new ArrayList<>();
        for (String[] s : MakeArchive.seeds(Path.of("seeds"))) {
            seeds.add(s[1]);
        }
        long chars = seeds.stream().mapToLong(String::length).sum();
        Side[] sides = {side(args[0], deps), side(args[1], deps)};
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long until = System.nanoTime() + warm * 1_000_000_000L;
        while (System.nanoTime() < until) {
            for (Side s : sides) {
                s.pass(seeds);
            }
        }
        double[] cpu = new double[2];
        for (int r = 0; r < rounds; r++) {
            double[] rc = new double[2];
            for (int k = 0; k < 2; k++) {
                int side = (r + k) % 2;
                long c0 = mx.getCurrentThreadCpuTime();
                for (int t = 0; t < passes; t++) {
                    sides[side].pass(seeds);
                }
                rc[side] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
                cpu[side] += rc[side];
            }
            System.out.printf("round %2d load %5.2f: A %.3f cpu-s, B %.3f cpu-s, B/A time %.3f%n", r + 1,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), rc[0], rc[1],
                    rc[1] / rc[0]);
        }
        System.out.printf("A %.0f chars/cpu-s, B %.0f chars/cpu-s: B/A speed %.3f%n", chars * passes * rounds / cpu[0],
                chars * passes * rounds / cpu[1], cpu[0] / cpu[1]);
    }

    private record Side(Object extractor, Method extract) {
        void pass(List<String> seeds) throws Exception {
            for (String s : seeds) {
                extract.invoke(extractor, s);
            }
        }
    }

    private static Side side(String classes, List<URL> deps) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(Path.of(classes).toUri().toURL());
        urls.addAll(deps);
        ClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Class<?> c = Class.forName("io.zhibiao.IndicatorExtractor", true, cl);
        Object builder = c.getMethod("builder").invoke(null);
        Object ex = builder.getClass().getMethod("build").invoke(builder);
        return new Side(ex, c.getMethod("extract", String.class));
    }
}
