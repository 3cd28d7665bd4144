package io.zhibiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.QuantityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A count of who attended or spoke at an event is a quantity but never a record (phrases.tsv, kind attendance). */
class NonRecordsTest {
    private static final IndicatorExtractor EXTRACTOR = IndicatorExtractor.builder().documentYear(2020)
            .defaultRegion("重庆市").build();

    private static List<String> evidence(String text) {
        return EXTRACTOR.extract(text).stream().map(Indicator::evidence).toList();
    }

    @Test
    void participantsOfAMeetingAreNoRecord() {
        String text = "8月1日，我市召开2020年区县半年度经济工作视频交流会，12个区县（开发区）代表在会上发言，"
                + "江北区地区生产总值增长4.7%。";
        assertThat(evidence(text)).noneMatch(e -> e.contains("12个")).anyMatch(e -> e.contains("4.7%"));
        List<QuantityMention> qs = EXTRACTOR.quantities(text);
        assertThat(qs).anyMatch(q -> q.text().equals("12个")); // still a quantity
        assertThat(evidence("会上，30家企业作交流发言。")).isEmpty();
        assertThat(evidence("全市共有200名代表出席会议。")).isEmpty();
    }

    @Test
    void theSameCountWithoutAnEventIsARecord() {
        assertThat(evidence("全市新增12个区县级工业园区。")).anyMatch(e -> e.contains("12个"));
        // the attendance phrase only counts in the number's own clause
        assertThat(evidence("全市新增工业园区12个，区县代表在会上发言。")).anyMatch(e -> e.contains("12个"));
    }

    @Test
    void thePhrasesAreData() {
        Phrases p = Phrases.defaults();
        assertThat(p.kindOf("在会上发言")).isEqualTo(NonRecords.ATTENDANCE);
        assertThat(p.kindOf("作交流发言")).isEqualTo(NonRecords.ATTENDANCE);
    }
}
