package io.zhibiao.test;

import static io.zhibiao.test.ZhibiaoAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.Kind;
import io.zhibiao.Metric;
import io.zhibiao.Period;
import io.zhibiao.Qualifier;
import io.zhibiao.Quantity;
import io.zhibiao.Region;
import io.zhibiao.Span;
import io.zhibiao.eval.GoldContext;
import io.zhibiao.eval.GoldFile;
import io.zhibiao.eval.GoldFormat;
import io.zhibiao.eval.GoldRecord;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZhibiaoAssertionsTest {
    static final String TEXT = "上半年，江北区完成地区生产总值617.4亿元，增长4.7%。全市GDP增长0.9%。";

    @TempDir
    Path dir;

    static Indicator record(String region, String metric, String metricName, Kind kind, String value, String unit,
            int start, int end) {
        return new Indicator(region == null ? null : new Region(region, null, Region.Level.COUNTY, null),
                new Metric(null, metricName, metric), null, kind, new Quantity(new BigDecimal(value), unit, null, null, null),
                Qualifier.EXACT, Period.of("上半年"), null, null, null, TEXT.substring(start, end), new Span(start, end),
                List.of());
    }

    static final List<Indicator> RECORDS = List.of(
            record("江北区", "地区生产总值", "地区生产总值", Kind.AMOUNT, "617.4", "亿元", 4, 22),
            record("江北区", "地区生产总值", "地区生产总值", Kind.GROWTH_RATE, "4.7", "%", 4, 28),
            record(null, "GDP", null, Kind.GROWTH_RATE, "0.9", "%", 30, 39));

    @Test
    void containsIndicatorFindsARecordByRegionMetricValueAndUnit() {
        assertThat(RECORDS)
                .containsIndicator("江北区", "地区生产总值", "617.4", "亿元")
                .containsIndicator("江北区", "地区生产总值", "617.40", "亿元") // numerically equal
                .containsIndicator("江北区", "GDP", Kind.GROWTH_RATE, "4.7", "%") // abbreviation folded
                .containsIndicator(null, "地区生产总值", "0.9", "%") // GDP as written, region-less
                .hasNoIndicatorFor("重庆市")
                .hasIndicatorCount(3)
                .spansLieWithin(TEXT);
    }

    @Test
    void aMissingIndicatorIsReportedWithTheClosestRecordsAndTheList() {
        assertThatThrownBy(() -> assertThat(RECORDS).containsIndicator("江北区", "地区生产总值", "617.4", "万元"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the records to contain\n  江北区 | 地区生产总值 | 617.4 万元")
                .hasMessageContaining("but none of the 3 records matches")
                .hasMessageContaining("Closest (differing in one or two fields):\n"
                        + "  #0 江北区 | 地区生产总值 | AMOUNT 617.4 亿元 | 上半年 「江北区完成地区生产总值617.4亿元」\n"
                        + "      differs: unit 亿元 ≠ 万元")
                .hasMessageContaining("Records:\n  #0 ")
                .hasMessageContaining("  #2 (no region) | GDP | GROWTH_RATE 0.9 % | 上半年");
        // wrong region and kind: both named
        assertThatThrownBy(() -> assertThat(RECORDS).containsIndicator("重庆市", "地区生产总值", Kind.AMOUNT, "4.7", "%"))
                .hasMessageContaining("differs: region 江北区 ≠ 重庆市; kind GROWTH_RATE ≠ AMOUNT");
        // a metric that is only similar does not count
        assertThatThrownBy(() -> assertThat(RECORDS).containsIndicator("江北区", "地区生产", "617.4", "亿元"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("metric 地区生产总值 ≠ 地区生产");
    }

    @Test
    void recordsForAForbiddenRegionAreListed() {
        assertThatThrownBy(() -> assertThat(RECORDS).hasNoIndicatorFor("江北区"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting no record for 江北区 but found 2:\n  #0 江北区 | 地区生产总值 | AMOUNT 617.4 亿元")
                .hasMessageContaining("  #1 江北区 | 地区生产总值 | GROWTH_RATE 4.7 %");
        assertThatThrownBy(() -> assertThat(RECORDS).hasNoIndicatorFor(null))
                .hasMessageContaining("Expecting no record for (no region) but found 1:");
        assertThatThrownBy(() -> assertThat(RECORDS).hasIndicatorCount(2))
                .hasMessageContaining("Expecting 2 records but found 3:");
        assertThatThrownBy(() -> assertThat(RECORDS).spansLieWithin("short"))
                .hasMessageContaining("Expecting every span inside the text (length 5)")
                .hasMessageContaining("[4, 22) #0 江北区");
        assertThatThrownBy(() -> assertThat(RECORDS).as("seed 000").hasNoIndicatorFor("江北区"))
                .hasMessageStartingWith("[seed 000] ");
    }

    /** A gold file that says exactly what the extractor says scores 1; one more record does not. */
    @Test
    void scoresOnGoldFilesAndListsTheMissesOnFailure() throws Exception {
        IndicatorExtractor extractor = IndicatorExtractor.builder().build();
        List<Indicator> predicted = extractor.extract(TEXT);
        assertThat(predicted).isNotEmpty().spansLieWithin(TEXT);
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(docs.resolve("a.txt"), TEXT);
        GoldFormat.write(new GoldFile("a.txt", new GoldContext(null, null, null), GoldRecord.ofAll(predicted)),
                gold.resolve("a.json"));

        assertThat(extractor).scoresOn(gold, docs)
                .strictF1AtLeast(1.0).strictPrecisionAtLeast(1.0).strictRecallAtLeast(1.0).valueF1AtLeast(1.0)
                .hasNoProblems();
        assertThat(extractor).extracting(TEXT).hasIndicatorCount(predicted.size());

        List<GoldRecord> more = new ArrayList<>(GoldRecord.ofAll(predicted));
        more.add(GoldRecord.of("江北区", "规模以上工业企业数量", Kind.AMOUNT, "123", "家").withEvidence("规上工业企业123家"));
        GoldFormat.write(new GoldFile("a.txt", new GoldContext(null, null, null), more), gold.resolve("a.json"));
        assertThatThrownBy(() -> assertThat(extractor).scoresOn(gold, docs).strictF1AtLeast(0.99))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting strict F1 of at least 0.990 but was ")
                .hasMessageContaining("on 1 document(s)")
                .hasMessageContaining("strict  P 1.000")
                .hasMessageContaining("Misses (why each record failed):")
                .hasMessageContaining("== a.txt: 1 missed or mismatched, 0 spurious")
                .hasMessageContaining("规模以上工业企业数量")
                .hasMessageContaining("missed number");
    }

    @Test
    void nothingToScoreFailsWithTheReason() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(docs.resolve("b.txt"), TEXT);
        IndicatorExtractor extractor = IndicatorExtractor.builder().build();
        assertThatThrownBy(() -> assertThat(extractor).scoresOn(gold, docs))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No document was scored against the gold files in " + gold)
                .hasMessageContaining("b.txt: no gold file");
        assertThatThrownBy(() -> assertThat(extractor).scoresOn(dir.resolve("nope"), docs))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cannot score");
        assertThatThrownBy(() -> assertThat(extractor).scoresOn(gold, docs.resolve("b.txt")))
                .isInstanceOf(AssertionError.class);
    }
}
