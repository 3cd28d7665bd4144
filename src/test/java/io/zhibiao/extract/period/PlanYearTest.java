package io.zhibiao.extract.period;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.DateSource;
import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 今年是“十二五”开局之年 names the year of a text that writes no year (Anchors.planYear, words.tsv plan-year-*). */
class PlanYearTest {
    static final IndicatorExtractor EXTRACTOR = IndicatorExtractor.builder().build();

    private static Indicator first(String text) {
        List<Indicator> rs = EXTRACTOR.extract(text, new DocumentContext(null, null, "湖北省"));
        assertThat(rs).isNotEmpty();
        return rs.get(0);
    }

    @Test
    void theFirstYearOfAPlan() {
        Indicator r = first("今年是“十二五”开局之年。上半年，全省地区生产总值增长9.8%。");
        assertThat(r.period().start()).isEqualTo(LocalDate.of(2011, 1, 1));
        assertThat(r.period().end()).isEqualTo(LocalDate.of(2011, 6, 30));
        assertThat(r.period().dateSource()).isEqualTo(DateSource.TEXT);
    }

    @Test
    void theLastYearOfAPlan() {
        Indicator r = first("今年是“十三五”收官之年，上半年全省地区生产总值增长2.1%。");
        assertThat(r.period().start()).isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void aPlanNamedOtherwiseDatesNothing() {
        // 十二五 named, but not as this year's place in it: no year
        Indicator r = first("“十二五”期间，全省规划了一批项目。上半年，全省地区生产总值增长9.8%。");
        assertThat(r.period().isResolved()).isFalse();
    }
}
