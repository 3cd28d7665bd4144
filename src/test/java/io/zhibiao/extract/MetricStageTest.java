package io.zhibiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metric stage: what it gives the resolver beyond the phrase (the sentence's firm, the unit). */
class MetricStageTest {
    private static final IndicatorExtractor EXTRACTOR = IndicatorExtractor.builder().build();

    private static String idOf(String text, String mentionPart, String unit) {
        List<Indicator> rs = EXTRACTOR.extract(text, DocumentContext.ofYear(2020));
        for (Indicator r : rs) {
            if (r.metric().mention().contains(mentionPart) && (unit == null || unit.equals(r.quantity().unit()))) {
                return r.metric().id();
            }
        }
        throw new AssertionError("no record of " + mentionPart + " in " + rs);
    }

    @Test
    void aSentenceThatNamesAFirmMakesItsBareMeasuresTheFirms() {
        assertThat(MetricStage.namesAFirm("重庆宇海精密制造股份有限公司成立之初，员工")).isTrue();
        assertThat(MetricStage.namesAFirm("该公司去年很好。全区规上工业")).isFalse(); // another sentence
        assertThat(MetricStage.namesAFirm("全区规上工业企业实现")).isFalse();
        String t = "重庆宇海精密制造股份有限公司去年实现产值12亿元。";
        assertThat(idOf(t, "产值", null)).isEqualTo("subject_output");
        // without a firm, 产值 alone names nothing
        assertThat(idOf("全区去年实现产值12亿元。", "产值", null)).isNull();
    }

    @Test
    void anAmountWhoseUnitContradictsTheIndicatorKeepsNoId() {
        // 签约金额 is money: a count of projects is not it
        assertThat(idOf("全区项目签约金额120亿元。", "签约金额", "亿元")).isEqualTo("contracted_investment");
        assertThat(idOf("全区地区生产总值超过500亿元的街道有3个。", "地区生产总值", "个")).isNull();
    }
}
