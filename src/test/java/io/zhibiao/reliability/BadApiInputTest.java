package io.zhibiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.QuantityMention;
import io.zhibiao.Zhibiao;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input to the public API (issue 7): null is a programming error and throws a
 * {@link NullPointerException} naming the argument; empty and blank text give an empty list; any
 * other text, however odd, gives records that satisfy {@link Invariants}. The timing side (linear
 * time on the same inputs) is {@link LinearTimeTest}.
 */
class BadApiInputTest {
    private static final IndicatorExtractor EXTRACTOR = IndicatorExtractor.builder().documentYear(2020)
            .defaultRegion("重庆市").build();

    // ---- null ----------------------------------------------------------------------------------

    @Test
    void nullTextThrowsNullPointerExceptionNamingTheArgument() {
        assertThatThrownBy(() -> EXTRACTOR.extract(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> EXTRACTOR.extract(null, DocumentContext.NONE))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> EXTRACTOR.quantities(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> Zhibiao.extract(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> Zhibiao.extract(null, 2020, "重庆市"))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> Zhibiao.quantities(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void nullContextThrowsNullPointerExceptionNamingTheArgument() {
        assertThatThrownBy(() -> EXTRACTOR.extract("增长5%", null))
                .isInstanceOf(NullPointerException.class).hasMessage("context");
    }

    @Test
    void nullBuilderArgumentsAreRejectedAtOnce() {
        assertThatThrownBy(() -> IndicatorExtractor.builder().lexicon(null))
                .isInstanceOf(NullPointerException.class).hasMessage("file");
        assertThatThrownBy(() -> IndicatorExtractor.builder().documentDate(null))
                .isInstanceOf(NullPointerException.class).hasMessage("date");
    }

    // ---- empty and blank -----------------------------------------------------------------------

    static Stream<String> blank() {
        return Stream.of("", " ", "\n", "\r\n\r\n", "\t \u3000\u00A0", " ".repeat(100_000), "\n".repeat(100_000));
    }

    @ParameterizedTest
    @MethodSource("blank")
    void emptyAndBlankTextGiveEmptyLists(String text) {
        assertThat(EXTRACTOR.extract(text)).isEmpty();
        assertThat(EXTRACTOR.extract(text, DocumentContext.NONE)).isEmpty();
        assertThat(EXTRACTOR.quantities(text)).isEmpty();
        assertThat(Zhibiao.extract(text)).isEmpty();
        assertThat(Zhibiao.quantities(text)).isEmpty();
    }

    // ---- odd text ------------------------------------------------------------------------------

    static String repeat(String unit, int times) {
        return unit.repeat(times);
    }

    /** 分别 with {@code n} items and {@code n} values. */
    static String enumeration(int n) {
        String cs = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥东南西北春夏秋冬金木水火土";
        StringBuilder b = new StringBuilder("全市");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : "、").append(cs.charAt(i % cs.length()))
                    .append(cs.charAt(i / cs.length() % cs.length())).append(cs.charAt(i / cs.length() / cs.length() % cs.length()))
                    .append("产业");
        }
        b.append("增加值分别增长");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : "、").append(i % 97).append('.').append(i % 10).append('%');
        }
        return b.append("。").toString();
    }

    static Stream<Arguments> odd() {
        String sentence = "上半年，全区实现地区生产总值617.4亿元，同比增长4.7%。";
        return Stream.of(
                Arguments.of("control characters", "增\u0001长\u0007 4.7%\u001B，地区\u0008生产总值617.4亿元\u007F。"),
                Arguments.of("NUL bytes", "\u0000上半年，\u0000地区生产总值617.4\u0000亿元，同比增长4.7%\u0000。"),
                Arguments.of("lone surrogates", "\uD800上半年\uDC00，地区生产总值617.4亿元\uD83D，同比增长4.7%\uDE00。\uD800"),
                Arguments.of("only lone surrogates", "\uDFFF\uD800".repeat(1000)),
                Arguments.of("mixed scripts", "GDP同比增长4.7%，Москва 617.4亿元，Ελλάδα 3%，한국 5.5%，日本の成長率2%。"),
                Arguments.of("emoji", "😀地区生产总值😀617.4亿元😀，同比增长4.7%👍🏽，第1名🥇。👨‍👩‍👧"),
                Arguments.of("right-to-left", "\u202B地区生产总值617.4亿元\u202C，\u05E2\u05D1\u05E8\u05D9\u05EA 4.7%，"
                        + "\u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u0661\u0662\u0663\u066A，同比增长4.7%\u200F。"),
                Arguments.of("supplementary CJK", "𠀀𠀁𪚥地区生产总值617.4亿元，𠮷野家增长4.7%。"),
                Arguments.of("500-digit number", "全区地区生产总值" + "9".repeat(500) + "亿元，同比增长" + "9".repeat(500) + "%。"),
                Arguments.of("1e309", "全区地区生产总值1e309亿元，增长1e308%，规模1E-309万元，2^1023元。"),
                Arguments.of("tiny decimal", "增长0." + "0".repeat(400) + "1%。"),
                Arguments.of("stacked magnitudes", "全区投资一" + "万".repeat(200) + "亿元，" + "1" + "亿".repeat(200) + "元。"),
                Arguments.of("增长 × 100k", repeat("增长", 100_000)),
                Arguments.of("、 × 100k", repeat("、", 100_000)),
                Arguments.of("分别 with 10k items", enumeration(10_000)),
                Arguments.of("one sentence, 20k clauses", repeat("增长4.7%，", 20_000)),
                Arguments.of("no punctuation", repeat("地区生产总值617.4亿元增长4.7%", 10_000)),
                Arguments.of("one line of 50k sentences", repeat(sentence, 50_000)),
                Arguments.of("only digits", "1".repeat(200_000)),
                Arguments.of("only numeral chars", repeat("一二三四五六七八九十百千万亿", 10_000)),
                Arguments.of("brackets", repeat("（（（增长4.7%）", 10_000) + repeat("“", 10_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("odd")
    void oddTextGivesWellFormedResults(String name, String text) {
        List<Indicator> records = EXTRACTOR.extract(text);
        Invariants.records(text, records);
        Invariants.records(text, EXTRACTOR.extract(text, DocumentContext.NONE));
        List<QuantityMention> mentions = EXTRACTOR.quantities(text);
        Invariants.mentions(text, mentions);
    }

    @Test
    void gigantic_numbersStayExactThroughTheWholePipeline() {
        String digits = "9".repeat(500);
        List<Indicator> r = EXTRACTOR.extract("全区地区生产总值" + digits + "亿元。");
        assertThat(r).hasSize(1);
        assertThat(r.get(0).quantity().value()).isEqualByComparingTo(new BigDecimal(digits));
        assertThat(r.get(0).quantity().baseValue()).isEqualByComparingTo(new BigDecimal(digits + "00000000"));
        assertThat(r.get(0).quantity().value().doubleValue()).as("what a double would have made of it").isInfinite();

        List<QuantityMention> big = EXTRACTOR.quantities("规模1e309元");
        assertThat(big).hasSize(1);
        assertThat(big.get(0).quantity().value()).isEqualByComparingTo(new BigDecimal("1e309"));
        assertThat(big.get(0).quantity().baseValue()).isEqualByComparingTo(new BigDecimal("1e309"));
        assertThat(big.get(0).quantity().value().doubleValue()).as("beyond Double.MAX_VALUE").isInfinite();
        Invariants.mentions("规模1e309元", big);
    }

    @Test
    void enumerationOfTenThousandItemsGivesTenThousandRecordsSharingOneEvidence() {
        String text = enumeration(10_000);
        List<Indicator> r = EXTRACTOR.extract(text);
        assertThat(r).hasSize(10_000);
        // one clause: the records share its text instead of holding 10,000 copies of it
        assertThat(r.stream().map(Indicator::evidence).distinct().count()).isEqualTo(1);
        assertThat(r.get(0).evidence()).isSameAs(r.get(9_999).evidence());
    }
}
