package io.zhibiao.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.text.Normalizers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MetricResolver#plain}: the normalizer is skipped only where it would change nothing. */
class MetricResolverFoldTest {

    @Test
    void plainPhrasesAreWhatTheNormalizerMakesOfThem() {
        MetricTaxonomy t = MetricTaxonomy.defaults();
        List<String> all = new ArrayList<>(t.aliases().keySet());
        all.addAll(t.modifiers().keySet());
        all.addAll(t.words().keySet());
        int plain = 0;
        for (String s : all) {
            if (MetricResolver.plain(s)) {
                plain++;
                assertThat(Normalizers.standard().normalize(s).text()).as(s).isEqualTo(s);
            }
        }
        assertThat(plain).as("most shipped words take the fast path").isGreaterThan(all.size() / 2);
    }

    @Test
    void whatTheNormalizerWouldChangeIsNotPlain() {
        for (String s : new String[] {"地区 生产总值", "ＧＤＰ", "地區生產總值", "生产总值生产总值", "看看", "GDP\n", "增加值\u200b",
            "工业（规上）", "１２"}) {
            assertThat(MetricResolver.plain(s)).as(s).isFalse();
        }
        assertThat(MetricResolver.plain("地区生产总值")).isTrue();
        assertThat(MetricResolver.plain("GDP")).isTrue();
    }
}
