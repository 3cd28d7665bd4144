package io.zhibiao.reliability;

import io.zhibiao.DocumentContext;
import io.zhibiao.IndicatorExtractor;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * The 100 MB document, measured by hand (it needs more heap than a test JVM is sure to have):
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xss4m -Xmx16g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.zhibiao.reliability.LargeDocumentRun 100
 * </pre>
 *
 * Prints the CPU time, the records and the peak heap for documents of 10 MB and of the given size
 * (seed text repeated, UTF-8 bytes), and the ratio of the times.
 */
public final class LargeDocumentRun {
    private LargeDocumentRun() {
    }

    public static void main(String[] args) {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        IndicatorExtractor x = IndicatorExtractor.builder().build();
        DocumentContext ctx = new DocumentContext(2020, null, "重庆市");
        String seeds = LinearTimeTest.seeds();
        x.extract(seeds, ctx); // warm up
        long[] cpu = new long[2];
        int k = 0;
        for (int size : new int[] {10, mb}) {
            String text = LargeInputTest.ofBytes(seeds, size * 1_000_000L);
            System.gc();
            long t0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            int records = x.extract(text, ctx).size();
            long t = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0;
            long peak = 0;
            for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("%4d MB (%,d chars, %,d bytes): %,d records, %.1f s CPU, %.1f s wall, peak heap %,d MB%n",
                    size, text.length(), text.getBytes(StandardCharsets.UTF_8).length, records, t / 1e9,
                    (System.nanoTime() - w0) / 1e9, peak >> 20);
            cpu[k++] = t;
        }
        System.out.printf("time ratio %d MB / 10 MB: %.1f (size ratio %.1f)%n", mb, (double) cpu[1] / cpu[0], mb / 10.0);
    }
}
