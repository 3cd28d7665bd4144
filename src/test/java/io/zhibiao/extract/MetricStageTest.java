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

    private static final MetricStage STAGE = new MetricStage(new io.zhibiao.lexicon.MetricResolver(
            io.zhibiao.lexicon.MetricTaxonomy.defaults()), io.zhibiao.lexicon.UnitTable.defaults(), Words.defaults());

    @Test
    void aSentenceThatNamesAFirmMakesItsBareMeasuresTheFirms() {
        assertThat(STAGE.namesAFirm("重庆宇海精密制造股份有限公司成立之初，员工")).isTrue();
        assertThat(STAGE.namesAFirm("该公司去年很好。全区规上工业")).isFalse(); // another sentence
        assertThat(STAGE.namesAFirm("全区规上工业企业实现")).isFalse();
        String t = "重庆宇海精密制造股份有限公司去年实现产值12亿元。";
        assertThat(idOf(t, "产值", null)).isEqualTo("subject_output");
        // without a firm, 产值 alone names nothing
        assertThat(idOf("全区去年实现产值12亿元。", "产值", null)).isNull();
    }

    @Test
    void aSentenceWrappedOverTheLinesOfANarrowColumnIsReadWhole() {
        // the firm opens the sentence three soft line breaks before the figure (seeds/004): the
        // physical line alone ("结出了硕果：实现产值") names none; the joined sentence does
        String column = "落户临空前沿科技城的重庆\n"
                + "智能科技有限公司所建的智能\n"
                + "生态科技园项目占地1524亩，\n"
                + "今年公司产品畅销。在刚刚过\n"
                + "去的2020年，这家公司终于\n"
                + "结出了硕果：实现产值185亿元。\n";
        assertThat(idOf(column, "产值", null)).isEqualTo("subject_output");
        // a firm of an earlier sentence does not reach across a full stop
        String other = "该公司今年产品畅销。在刚刚过\n"
                + "去的2020年，全区各街镇\n"
                + "终于实现产值185亿元。\n";
        assertThat(idOf(other, "产值", null)).isNull();
    }

    @Test
    void aBareHeadTakesTheBreakdownItsSentenceOpensWith() {
        // topic-comment: the sentence's topic is the breakdown of 增加值 (bare no)
        assertThat(idOf("上半年，经开区工业平稳增长。服务业更是加速发展，实现增加值76.2亿元。", "增加值", null))
                .isEqualTo("services_value_added");
        // a sentence that opens with no breakdown word leaves the bare head without an id
        assertThat(idOf("上半年，经开区工业平稳增长。全区上半年实现增加值76.2亿元。", "增加值", null)).isNull();
    }

    @Test
    void aBareIndustryInAParagraphAboutAboveScaleIndustryIsItsValueAdded() {
        String t = "前三季度，全区规模以上工业增加值同比增长6.1%。分行业看，汽车制造业增长8.2%，有色金属冶炼和压延加工业增长12.6%。";
        List<Indicator> rs = EXTRACTOR.extract(t, DocumentContext.ofYear(2020));
        assertThat(rs).anySatisfy(r -> {
            assertThat(r.metric().mention()).isEqualTo("有色金属冶炼和压延加工业");
            assertThat(r.metric().id()).isEqualTo("industrial_value_added_above_scale");
            assertThat(r.metric().modifiers()).containsEntry("industry", "有色金属冶炼和压延加工业");
        });
        // without the paragraph's 规模以上工业 the bare industry names nothing
        assertThat(idOf("前三季度，有色金属冶炼和压延加工业增长12.6%。", "有色金属", null)).isNull();
    }

    @Test
    void anAmountWhoseUnitContradictsTheIndicatorKeepsNoId() {
        // 签约金额 is money: a count of projects is not it
        assertThat(idOf("全区项目签约金额120亿元。", "签约金额", "亿元")).isEqualTo("contracted_investment");
        assertThat(idOf("全区地区生产总值超过500亿元的街道有3个。", "地区生产总值", "个")).isNull();
    }
}
