package io.zhibiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.Qualifier;
import io.zhibiao.QuantityMention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code quantities} and records agree on the number: the number layer owns a qualifier written
 * after the unit (左右, 以上, 以内) and reads bare fractions (六分之一, 三分之二), so a record's value
 * and qualifier are those of a quantity mention inside its evidence.
 */
class QuantitiesAgreeTest {
    private static final IndicatorExtractor EXTRACTOR = IndicatorExtractor.builder().documentYear(2020).build();

    @ParameterizedTest
    @CsvSource({
        "今年全区实现工业产值100亿元左右。, 100亿元左右, APPROX",
        "全区固定资产投资增长10%以上。, 10%以上, MORE_THAN",
        "全区居民消费价格涨幅控制在3%以内。, 3%以内, LESS_THAN",
        "渝北区已有外资企业占全市总数的六分之一。, 六分之一, EXACT",
        "全区三分之二的企业实现增长。, 三分之二, EXACT",
    })
    void theRecordHasTheQuantitysValueAndQualifier(String text, String mention, Qualifier qualifier) {
        List<QuantityMention> qs = EXTRACTOR.quantities(text);
        QuantityMention q = qs.stream().filter(m -> m.text().equals(mention)).findFirst().orElseThrow(
                () -> new AssertionError("no quantity " + mention + " in " + qs));
        assertThat(q.qualifier()).isEqualTo(qualifier);
        List<Indicator> records = EXTRACTOR.extract(text);
        assertThat(records).as(text).isNotEmpty();
        Indicator r = records.get(0);
        assertThat(r.quantity().value().abs()).isEqualByComparingTo(q.quantity().value().abs());
        assertThat(r.qualifier()).isEqualTo(qualifier);
        assertThat(r.span().start()).isLessThanOrEqualTo(q.span().start());
        assertThat(r.span().end()).isGreaterThanOrEqualTo(q.span().end());
    }

    @Test
    void aQualifierAwayFromTheNumberIsTheRecordsOnly() {
        // 约占…的六分之一: 约 qualifies the share, not the numeral; the number layer cannot see it
        String text = "渝北区已有外资企业约占全市总数的六分之一。";
        assertThat(EXTRACTOR.quantities(text)).singleElement()
                .satisfies(q -> assertThat(q.qualifier()).isEqualTo(Qualifier.EXACT));
        assertThat(EXTRACTOR.extract(text).get(0).qualifier()).isEqualTo(Qualifier.APPROX);
    }
}
