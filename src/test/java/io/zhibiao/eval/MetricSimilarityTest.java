package io.zhibiao.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricSimilarityTest {
    private final MetricSimilarity sim = MetricSimilarity.defaults();

    @Test
    void equalNamesAgreeFully() {
        assertThat(sim.similarity("工业投资", "工业投资")).isEqualTo(1.0);
    }

    @Test
    void abbreviationsFoldBeforeComparing() {
        assertThat(sim.normalize("GDP")).isEqualTo("地区生产总值");
        assertThat(sim.similarity("GDP", "地区生产总值")).isEqualTo(1.0);
        assertThat(sim.similarity("规上工业增加值", "规模以上工业增加值")).isEqualTo(1.0);
        // without folding these share little
        assertThat(MetricSimilarity.dice("GDP", "地区生产总值")).isZero();
    }

    @Test
    void widthAndWhitespaceDoNotCount() {
        assertThat(sim.similarity("ＧＤＰ", "GDP")).isEqualTo(1.0);
        assertThat(sim.similarity("地区生产\n总值", "地 区 生 产 总 值")).isEqualTo(1.0);
        assertThat(sim.similarity("地区生产总值（GDP）", "地区生产总值(GDP)")).isEqualTo(1.0);
    }

    @Test
    void containmentAgreesWhenTheShorterIsAtLeastHalf() {
        // a one-char name has no bigrams: only containment can make it agree
        assertThat(sim.similarity("税", "税收")).isEqualTo(0.5);
        assertThat(sim.agree("税", "税收")).isTrue();
        assertThat(sim.similarity("税", "税收收")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(sim.agree("税", "税收收")).isFalse();
        // for longer names the bigram Dice of a contained name is at least shorter/longer:
        // 4 of 8 chars, Dice 2*3/(3+7) = 0.6
        assertThat(sim.similarity("工业投资", "工业投资项目数量")).isCloseTo(0.6, within(1e-12));
        // 4 of 11: containment 0.36, Dice 2*3/(3+10) = 0.46
        assertThat(sim.agree("工业投资", "工业投资项目数量多一些")).isFalse();
    }

    @Test
    void aMetricPaddedWithItsNeighboursWordsDoesNotAgree() {
        assertThat(sim.agree("地区生产总值", "上半年完成地区生产总值617.4亿元")).isFalse();
        assertThat(sim.agree("GDP", "上半年，重庆高新区GDP增长")).isFalse();
    }

    @Test
    void bigramDiceAtTheThreshold() {
        // 一二,二三 shared of 4+4 bigrams: 2*2/8 = 0.5
        assertThat(MetricSimilarity.dice("一二三四五", "一二三六七")).isEqualTo(0.5);
        assertThat(sim.agree("一二三四五", "一二三六七")).isTrue();
        // one shared bigram of 4+4: 0.25
        assertThat(sim.agree("一二三四五", "一二六七八")).isFalse();
        // contained (4/6) and Dice 2*3/(5+3) = 0.75: the larger counts
        assertThat(sim.similarity("企业利润总额", "企业利润")).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void bigramsAreAMultiset() {
        // 哈哈哈 has bigram 哈哈 twice, 哈哈 once: common = min(2, 1) = 1 → 2*1/(2+1)
        assertThat(MetricSimilarity.dice("哈哈哈", "哈哈")).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void aOneCharNameHasNoBigramsButCanBeContained() {
        assertThat(MetricSimilarity.dice("税", "税收")).isZero();
        assertThat(sim.agree("税", "税收")).isTrue(); // contained, 1 of 2
        assertThat(sim.agree("税", "税收收入")).isFalse(); // contained, 1 of 4
        assertThat(sim.agree("税", "费")).isFalse();
    }

    @Test
    void emptyOrNullAgreesWithNothing() {
        assertThat(sim.similarity("", "")).isZero();
        assertThat(sim.similarity(null, "GDP")).isZero();
        assertThat(sim.similarity("  ", "GDP")).isZero();
    }

    @Test
    void similarityIsSymmetric() {
        String[] names = {"GDP", "地区生产总值", "规上工业增加值", "工业投资", "工业投资项目数量", "税", "税收", "一二三四五"};
        for (String a : names) {
            for (String b : names) {
                assertThat(sim.similarity(a, b)).as(a + " / " + b).isEqualTo(sim.similarity(b, a));
            }
        }
    }

    @Test
    void aliasesOfOneIndicatorAreEqual() {
        MetricSimilarity m = MetricSimilarity.defaults();
        assertThat(m.similarity("经济总量", "地区生产总值")).isEqualTo(1.0);
        assertThat(m.similarity("社零", "社会消费品零售总额")).isEqualTo(1.0);
        assertThat(m.similarity("经济增速", "地区生产总值增速")).isEqualTo(1.0);
        // different indicators stay different, and so do different measures of one
        assertThat(m.agree("经济总量", "一般公共预算收入")).isFalse();
        assertThat(m.similarity("经济增速", "地区生产总值")).isLessThan(1.0);
    }
}
