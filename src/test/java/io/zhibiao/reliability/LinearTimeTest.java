package io.zhibiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.DocumentContext;
import io.zhibiao.IndicatorExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole extractor in linear time (issue 7): ten times the input must take less than fifteen
 * times the time, on ordinary text and on inputs built to hurt (one endless line, one sentence of
 * 100,000 clauses, 分别 lists of 80,000 items, 增长 and 、 repeated, colon labels, gigantic numbers, junk
 * characters …). Sizes are 100,000 and 1,000,000 chars. Time is the CPU time of the test thread
 * (ThreadMXBean: other processes on a busy 2-core machine do not count), each size the best of
 * interleaved runs, and a failing ratio is measured again, a few times, so that a pause of the JVM
 * does not decide; a quadratic step fails every time. The figures are printed ({@code [linear]}) and
 * listed in docs/reliability.md.
 */
@Tag("slow")
class LinearTimeTest {
    static final int SMALL = 100_000;
    static final int LARGE = 1_000_000;
    static final double MAX_RATIO = 15.0;

    private static final IndicatorExtractor EXTRACTOR = IndicatorExtractor.builder().build();
    private static final DocumentContext CONTEXT = new DocumentContext(2020, null, "重庆市");

    record Case(String name, IntFunction<String> make) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code unit} repeated to exactly {@code length} chars (no surrogate pair cut at the end). */
    static String repeat(String unit, int length) {
        StringBuilder b = new StringBuilder(length + unit.length());
        while (b.length() < length) {
            b.append(unit);
        }
        b.setLength(length);
        if (length > 0 && Character.isHighSurrogate(b.charAt(length - 1))) {
            b.setCharAt(length - 1, '。');
        }
        return b.toString();
    }

    static String seeds() {
        StringBuilder seeds = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.sorted().toList()) {
                seeds.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return seeds.toString();
    }

    /** A list of about {@code length / 12} items and as many figures after 分别. */
    static String enumeration(int length) {
        return BadApiInputTest.enumeration(length / 12);
    }

    /** 江北区、渝北区…地区生产总值分别增长0%、1%…: regions paired with figures. */
    static String regionEnumeration(int length) {
        String[] rs = {"江北区", "渝北区", "沙坪坝区", "九龙坡区", "南岸区", "北碚区", "巴南区", "渝中区", "大渡口区", "璧山区"};
        int items = length / 10;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items; i++) {
            b.append(i == 0 ? "" : "、").append(rs[i % rs.length]);
        }
        b.append("地区生产总值分别增长");
        for (int i = 0; i < items; i++) {
            b.append(i == 0 ? "" : "、").append(i % 100).append('%');
        }
        return b.toString();
    }

    static Stream<Case> cases() {
        String seed = seeds();
        return Stream.of(
                new Case("repeated seed text", n -> repeat(seed, n)),
                new Case("seed text as one line", n -> repeat(seed.replace("\n", ""), n)),
                new Case("short paragraphs, no headings", n -> repeat("上半年，全区地区生产总值完成617.4亿元，同比增长4.7%。\n", n)),
                new Case("增长 repeated", n -> repeat("增长", n)),
                new Case("、 repeated", n -> repeat("、", n)),
                new Case("分别 with n/12 items", LinearTimeTest::enumeration),
                new Case("分别 with n/10 regions", LinearTimeTest::regionEnumeration),
                new Case("one sentence of clauses", n -> repeat("增长4.7%，", n)),
                new Case("figures, no punctuation", n -> repeat("增长4.7%", n)),
                new Case("regions and back-references", n -> repeat("江北区地区生产总值增长5%，渝北区、全区下降3%；该区", n)),
                new Case("ranks", n -> repeat("居全市第1位，", n)),
                new Case("colon labels", n -> repeat("工业增加值：1-2月增长8.6%，", n)),
                new Case("gigantic numbers", n -> repeat("9".repeat(999) + "亿元，1e309%，一" + "万".repeat(30) + "元。", n)),
                new Case("controls, surrogates, emoji, RTL", n -> repeat(
                        "\u0000增\uD800长\u0001 4.7%\u200B😀\u202Eעברית\u0627\u0644\uDC00地区生产总值617.4亿元\uFEFF。", n)));
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    static long timeOnce(String text) {
        long t0 = cpuNanos();
        int records = EXTRACTOR.extract(text, CONTEXT).size();
        long t = cpuNanos() - t0;
        assertThat(records).isGreaterThanOrEqualTo(0);
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tenTimesTheInputTakesLessThanFifteenTimesTheTime(Case c) {
        String small = c.make().apply(SMALL);
        String large = c.make().apply(LARGE);
        TimeRatio m = TimeRatio.measure(small, large, 2, MAX_RATIO, LinearTimeTest::timeOnce);
        long tSmall = m.smallNanos();
        long tLarge = m.largeNanos();
        double ratio = m.ratio();
        System.out.printf("[linear] %-34s %,9d chars %8.1f ms, %,10d chars %8.1f ms, ratio %.1f%n",
                c.name(), small.length(), tSmall / 1e6, large.length(), tLarge / 1e6, ratio);
        assertThat(ratio).as("time ratio %d/%d chars for %s", large.length(), small.length(), c.name())
                .isLessThan(MAX_RATIO);
    }
}
