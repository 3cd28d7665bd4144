package io.zhibiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The period scan tries only positions whose char {@link PeriodFinder#mayStart may start} an
 * expression: on the seeds, the written and held-out fixtures and the record corpus, every
 * position where an expression starts ({@link PeriodFinder#at}) passes that test. A new kind of
 * expression whose first char the test does not know fails here.
 */
class PeriodScanOracleTest {
    private static final PeriodFinder FINDER = PeriodFinder.defaults();

    @Test
    void everyExpressionStartsAtACharTheScanTries() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : new String[] {"seeds", "fixtures/written", "fixtures/heldout", "fixtures/heldout2",
            "fixtures/heldout3", "src/test/resources/corpus/records"}) {
            Path d = Path.of(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(20);
        int found = 0;
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8)
                    + "\n今年前10个月，前11月，去年底，今年初，“五一”假期，中秋国庆8天假期，近3年，截至6月底，到2025年，二〇二四年";
            for (int i = 0; i < text.length(); i++) {
                if (FINDER.at(text, i, null) != null) {
                    found++;
                    assertThat(FINDER.mayStart(text.charAt(i))).as(f + " at " + i + ": " + text.substring(i,
                            Math.min(text.length(), i + 12))).isTrue();
                }
            }
        }
        assertThat(found).isGreaterThan(1000);
    }
}
