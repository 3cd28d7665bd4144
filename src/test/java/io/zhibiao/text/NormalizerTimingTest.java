package io.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.reliability.TimeRatio;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Linear time: ten times the input must take less than fifteen times the time, on repeated seed
 * text and on inputs built to hurt (one long run of spaces, of newlines, of one char, of one
 * word; one 10M-char line; full-width, spaced-out text with CRLF; HTML; R&D without a
 * semicolon after it). Sizes are in chars (UTF-16
 * units): 1M and 10M. Time is the CPU time of the test thread (the build machine is shared with
 * other builds), each size the best of interleaved runs, and a failing ratio is measured again,
 * so that a pause of the JVM or the machine does not decide; a quadratic step would fail every
 * time.
 */
@Tag("slow")
class NormalizerTimingTest {
    static final int SMALL = 1_000_000;
    static final int LARGE = 10_000_000;
    static final double MAX_RATIO = 15.0;

    record Case(String name, String unit) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        StringBuilder seeds = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.sorted().toList()) {
                seeds.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        String seed = seeds.toString();
        return Stream.of(
                new Case("repeated seed text", seed),
                new Case("spaces", " "),
                new Case("newlines", "\n"),
                new Case("one char", "增"),
                new Case("增长 repeated", "增长"),
                new Case("one line of seed text", seed.replace("\n", "")),
                new Case("full-width spaced-out CRLF lines", "１２．３％ 增 长\r\n"),
                new Case("traditional script", "上半年地區生產總值增長4.7%，"),
                new Case("ampersands, no semicolon, one line", "R&D经费增长5%，A&B两园区"),
                new Case("OCR misreadings in figures", "增长l2.5%，2O19年投资86.3亿兀，"),
                new Case("one digit run with letters", "1l0O"),
                new Case("HTML tags and references", "<p>上半年&nbsp;<span>增长</span>4.7%&#65292;<td>"),
                new Case("doubled headline lines", "1212区县区县““双晒会双晒会””上晒高招上晒高招\n"));
    }

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

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of this thread: what the normalizer costs, not what other processes on the machine take. */
    static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    static long timeOnce(String text) {
        long t0 = cpuNanos();
        NormalizedText n = Normalizers.standard().normalize(text);
        long t = cpuNanos() - t0;
        assertThat(n.map().outputLength()).isEqualTo(n.text().length());
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tenTimesTheInputTakesLessThanFifteenTimesTheTime(Case c) {
        String small = repeat(c.unit(), SMALL);
        String large = repeat(c.unit(), LARGE);
        TimeRatio m = TimeRatio.measure(small, large, 5, MAX_RATIO, NormalizerTimingTest::timeOnce);
        long tSmall = m.smallNanos();
        long tLarge = m.largeNanos();
        double ratio = m.ratio();
        System.out.printf("[normalize] timing %-34s 1M chars %6.1f ms, 10M chars %7.1f ms, ratio %.1f%n",
                c.name(), tSmall / 1e6, tLarge / 1e6, ratio);
        assertThat(ratio).as("time ratio 10M/1M for %s", c.name()).isLessThan(MAX_RATIO);
    }
}
