package io.zhibiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.eval.EvalReport;
import io.zhibiao.eval.Evaluator;
import io.zhibiao.eval.GoldSet;
import io.zhibiao.text.Normalizers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A 繁體 twin of a simplified fixture (fixtures/script/README.md): it passes at the same strict F1
 * as its simplified twin, and its records are in traditional script as the text writes them, with
 * the same regions and metric ids.
 */
class TraditionalTwinTest {
    static final Path SIMPLIFIED = Path.of("fixtures/written/w04_ningbo_jiangbei_2025.txt");
    static final Path TRADITIONAL = Path.of("fixtures/script/w04t_ningbo_jiangbei_2025_traditional.txt");

    private final IndicatorExtractor extractor = IndicatorExtractor.builder().build();

    @Test
    void theTwinScoresAsItsSimplifiedTwin() {
        EvalReport simplified = Evaluator.evaluate(extractor, Path.of("fixtures/written"), List.of(SIMPLIFIED));
        EvalReport traditional = Evaluator.evaluate(extractor, Path.of("fixtures/script"), List.of(TRADITIONAL));
        assertThat(traditional.problems()).isEmpty();
        assertThat(traditional.documents()).hasSize(1);
        assertThat(traditional.totals().strict().f1()).isEqualTo(simplified.totals().strict().f1());
        assertThat(traditional.totals().strict().f1()).isGreaterThan(0.9);
    }

    @Test
    void itsWordsAreTraditionalItsRegionsAndIdsTheSame() throws IOException {
        String s = Files.readString(SIMPLIFIED, StandardCharsets.UTF_8);
        String t = Files.readString(TRADITIONAL, StandardCharsets.UTF_8);
        assertThat(t).hasSameSizeAs(s);
        Set<Character> converted = new HashSet<>(); // simplified chars the twin writes otherwise
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != t.charAt(i) && Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                converted.add(s.charAt(i));
            }
        }
        List<Indicator> rs = extractor.extract(s);
        List<Indicator> rt = extractor.extract(t);
        assertThat(rt).hasSameSizeAs(rs);
        int traditional = 0;
        for (int i = 0; i < rs.size(); i++) {
            Indicator a = rs.get(i);
            Indicator b = rt.get(i);
            assertThat(b.region()).isEqualTo(a.region());
            assertThat(b.metric().id()).isEqualTo(a.metric().id());
            assertThat(b.span()).isEqualTo(a.span());
            assertThat(Normalizers.toSimplified(b.metric().mention())).isEqualTo(a.metric().mention());
            assertThat(b.evidence()).isEqualTo(t.substring(b.span().start(), b.span().end()).strip());
            for (String w : new String[] {b.metric().mention(), b.subject(), b.basis(),
                b.period() == null ? null : b.period().text()}) {
                if (w != null) {
                    for (char c : w.toCharArray()) {
                        assertThat(converted).as("a simplified char in '" + w + "'").doesNotContain(c);
                    }
                }
            }
            traditional += b.metric().mention().equals(a.metric().mention()) ? 0 : 1;
        }
        assertThat(traditional).as("records whose metric the twin writes in traditional script").isGreaterThan(10);
    }
}
