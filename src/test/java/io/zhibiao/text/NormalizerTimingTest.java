package io.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * word; one 10M-char line; full-width, spaced-out text with CRLF). Sizes are in chars (UTF-16
 * units): 1M and 10M. Each size is timed as the best of several runs, and a failing ratio is
 * measured again (the build machine is shared), so that a pause of the JVM or the machine does
 * not decide; a real quadratic step would fail every time.
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

    static long bestNanos(String text, int runs) {
        Normalizer normalizer = Normalizers.standard();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            NormalizedText n = normalizer.normalize(text);
            long t = System.nanoTime() - t0;
            assertThat(n.map().outputLength()).isEqualTo(n.text().length());
            best = Math.min(best, t);
        }
        return best;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tenTimesTheInputTakesLessThanFifteenTimesTheTime(Case c) {
        String small = repeat(c.unit(), SMALL);
        String large = repeat(c.unit(), LARGE);
        bestNanos(small, 3); // warm up
        double ratio = Double.MAX_VALUE;
        long tSmall = 0;
        long tLarge = 0;
        for (int attempt = 0; attempt < 3 && ratio >= MAX_RATIO; attempt++) {
            tSmall = bestNanos(small, 5);
            tLarge = bestNanos(large, 3);
            ratio = (double) tLarge / tSmall;
        }
        System.out.printf("[normalize] timing %-34s 1M chars %6.1f ms, 10M chars %7.1f ms, ratio %.1f%n",
                c.name(), tSmall / 1e6, tLarge / 1e6, ratio);
        assertThat(ratio).as("time ratio 10M/1M for %s", c.name()).isLessThan(MAX_RATIO);
    }
}
