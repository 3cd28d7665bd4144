package io.zhibiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Very large inputs in one call (issue 7): a single line of 10 MB and a document of 25 MB (UTF-8
 * bytes; the 100 MB document is measured by {@link LargeDocumentRun}, a manual run with more heap
 * than the test JVM is sure to have, see docs/reliability.md). Each completes, gives as many
 * records per megabyte as the seed text it repeats, and every record's span lies inside the input.
 * Time and heap are printed ({@code [large]}).
 */
@Tag("slow")
class LargeInputTest {
    private static final IndicatorExtractor EXTRACTOR = IndicatorExtractor.builder().build();
    private static final DocumentContext CONTEXT = new DocumentContext(2020, null, "重庆市");

    /** Seed text repeated to {@code bytes} bytes of UTF-8 (whole chars), built without a second copy. */
    static String ofBytes(String unit, long bytes) {
        StringBuilder b = new StringBuilder((int) (bytes / 2));
        long n = 0;
        int i = 0;
        while (true) {
            char c = unit.charAt(i);
            int len = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            if (n + len > bytes) {
                break;
            }
            b.append(c);
            n += len;
            i = (i + 1) % unit.length();
        }
        if (b.length() > 0 && Character.isHighSurrogate(b.charAt(b.length() - 1))) {
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }

    static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void check(String name, String unit, String text) {
        double perChar = (double) EXTRACTOR.extract(unit, CONTEXT).size() / unit.length();
        long t0 = cpuNanos();
        List<Indicator> records = EXTRACTOR.extract(text, CONTEXT);
        long t = cpuNanos() - t0;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("[large] %-22s %,12d bytes %,11d chars: %,8d records in %7.1f s CPU; heap used %,d MB of max %,d MB%n",
                name, text.getBytes(StandardCharsets.UTF_8).length, text.length(), records.size(), t / 1e9,
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        double expected = perChar * text.length();
        assertThat((double) records.size()).as("records of %s against the seed rate", name)
                .isBetween(expected * 0.8, expected * 1.2);
        int last = -1;
        for (Indicator r : records) {
            assertThat(r.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(r.span().start()).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(r.span().end());
            last = Math.max(last, r.span().end());
        }
        assertThat(last).as("records reach the end of %s", name).isGreaterThan(text.length() * 9 / 10);
    }

    @Test
    void aTenMegabyteSingleLine() {
        String line = LinearTimeTest.seeds().replace("\n", "");
        String text = ofBytes(line, 10_000_000);
        assertThat(text.indexOf('\n')).isEqualTo(-1);
        check("10 MB single line", line, text);
    }

    @Test
    void aTwentyFiveMegabyteDocument() {
        String seeds = LinearTimeTest.seeds();
        check("25 MB document", seeds, ofBytes(seeds, 25_000_000));
    }
}
