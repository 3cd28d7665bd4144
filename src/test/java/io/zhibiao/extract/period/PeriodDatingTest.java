package io.zhibiao.extract.period;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.DateSource;
import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.Period;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates without being told: one case per rule of docs/schema.md, Dates. */
class PeriodDatingTest {
    private static final IndicatorExtractor EXTRACTOR = IndicatorExtractor.builder().build();

    private static Period periodOf(String text, DocumentContext context, String metricPart) {
        List<Indicator> rs = EXTRACTOR.extract(text, context);
        for (Indicator r : rs) {
            if (r.metric().mention().contains(metricPart)) {
                assertThat(r.period()).as("period of " + metricPart).isNotNull();
                return r.period();
            }
        }
        throw new AssertionError("no record of " + metricPart + " in " + rs);
    }

    private static void assertDates(Period p, String start, String end, DateSource source) {
        assertThat(p.start()).as(p.text() + " start").isEqualTo(start == null ? null : LocalDate.parse(start));
        assertThat(p.end()).as(p.text() + " end").isEqualTo(end == null ? null : LocalDate.parse(end));
        assertThat(p.dateSource()).as(p.text() + " source").isEqualTo(source);
    }

    @Test
    void theClausesReportingYearDatesABarePart() {
        String t = "2023年，全市经济稳中向好。上半年，全市地区生产总值增长5.1%。";
        assertDates(periodOf(t, DocumentContext.NONE, "地区生产总值"), "2023-01-01", "2023-06-30", DateSource.TEXT);
    }

    @Test
    void aSpanOfYearsIsOnePeriodFromTheFirstYearToTheLast() {
        assertDates(periodOf("1991—1995年全县国内生产总值年均增长11.8%。", DocumentContext.NONE, "国内生产总值"),
                "1991-01-01", "1995-12-31", DateSource.TEXT);
        assertDates(periodOf("2016年至2020年，全市一般公共预算收入年均增长7.2%。", DocumentContext.NONE, "一般公共预算收入"),
                "2016-01-01", "2020-12-31", DateSource.TEXT);
        assertThat(periodOf("2016-2020年全市进出口总额年均增长9.1%。", DocumentContext.NONE, "进出口总额").text()).isEqualTo("2016-2020年");
        // a month after the second year: no span of years
        assertThat(periodOf("2019年至2020年3月全县新增就业1.2万人。", DocumentContext.NONE, "新增就业").start())
                .isNotEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void periodWordsKeepTheirWholeWording() {
        assertThat(periodOf("今年以来，全市城镇新增就业1.2万人。", DocumentContext.ofYear(2024), "城镇新增就业").text()).isEqualTo("今年以来");
        assertThat(periodOf("“十三五”以来，全市城镇新增就业12万人。", DocumentContext.NONE, "城镇新增就业").text()).isEqualTo("“十三五”以来");
        assertThat(periodOf("上年度公司实现利润总额3.2亿元。", DocumentContext.ofYear(2024), "利润总额").text()).isEqualTo("上年度");
        assertThat(periodOf("报告期内，公司实现营业收入12.3亿元。", DocumentContext.ofYear(2024), "营业收入").text()).isEqualTo("报告期内");
        assertThat(periodOf("截至报告期末，公司总资产465.3亿元。", DocumentContext.ofYear(2024), "总资产").text()).isEqualTo("截至报告期末");
    }

    @Test
    void aTitleYearDatesAnAnnualBulletin() {
        String t = "射洪市2022年国民经济和社会发展统计公报\n\n全年全市规模以上工业增加值比上年增长8.6%。\n";
        assertDates(periodOf(t, DocumentContext.NONE, "规模以上工业增加值"), "2022-01-01", "2022-12-31", DateSource.TEXT);
    }

    @Test
    void descriptiveYearsAreNotReportingYears() {
        String t = "该企业成立于2015年。今年1—8月，全市规上工业增加值增长6%，较2019年同期增长10%。";
        Period p = periodOf(t, DocumentContext.NONE.withPublished(LocalDate.of(2021, 9, 20)), "规上工业增加值");
        assertDates(p, "2021-01-01", "2021-08-31", DateSource.METADATA);
    }

    @Test
    void anAnnualReviewPublishedInJanuaryIsAboutTheYearBefore() {
        String t = "全年全市社会消费品零售总额增长6.2%。";
        Period p = periodOf(t, DocumentContext.NONE.withPublished(LocalDate.of(2024, 1, 18)), "社会消费品零售总额");
        assertDates(p, "2023-01-01", "2023-12-31", DateSource.METADATA);
    }

    @Test
    void aDatelineIsThePublicationDate() {
        String t = "2023年7月31日 星期一\n\n本报讯 今年上半年，全市GDP增长5.5%。目前，全市市场主体总数达到12万户。";
        assertDates(periodOf(t, DocumentContext.NONE, "GDP"), "2023-01-01", "2023-06-30", DateSource.DATELINE);
        assertDates(periodOf(t, DocumentContext.NONE, "市场主体"), "2023-07-31", "2023-07-31", DateSource.DATELINE);
    }

    @Test
    void aMomentIsADateForAStockAndARangeForAFlow() {
        String t = "截至2024年6月末，全市金融机构本外币存款余额5000亿元。截至2024年6月末，全市累计完成固定资产投资300亿元。";
        assertDates(periodOf(t, DocumentContext.NONE, "存款余额"), "2024-06-30", "2024-06-30", DateSource.TEXT);
        assertDates(periodOf(t, DocumentContext.NONE, "固定资产投资"), "2024-01-01", "2024-06-30", DateSource.TEXT);
    }

    @Test
    void monthRangesAndMonthsAreRead() {
        String t = "2025年1月至11月，全市进出口总额增长8%。2025年5月份，全市出口增长3%。";
        assertDates(periodOf(t, DocumentContext.NONE, "进出口"), "2025-01-01", "2025-11-30", DateSource.TEXT);
        assertDates(periodOf(t, DocumentContext.NONE, "出口"), "2025-01-01", "2025-11-30", DateSource.TEXT);
    }

    @Test
    void holidaysTakeTheOfficialDates() {
        String table = "2021年春节黄金周期间，全省接待游客196万人次。";
        assertDates(periodOf(table, DocumentContext.NONE, "游客"), "2021-02-11", "2021-02-17", DateSource.TEXT);
    }

    @Test
    void everyPublicHolidayIsDated() {
        assertDates(periodOf("2023年端午节假期，全市接待游客120.5万人次。", DocumentContext.NONE, "游客"),
                "2023-06-22", "2023-06-24", DateSource.TEXT);
        assertDates(periodOf("2024年清明假期，全市接待游客80.3万人次。", DocumentContext.NONE, "游客"),
                "2024-04-04", "2024-04-06", DateSource.TEXT);
        assertDates(periodOf("中秋假期，全市接待游客46.1万人次。", DocumentContext.ofYear(2022), "游客"),
                "2022-09-10", "2022-09-12", DateSource.GIVEN);
        // 元旦 of 2023 began on 31 December 2022 (元旦：2022年12月31日至2023年1月2日放假调休)
        assertDates(periodOf("2023年元旦假期，全市接待游客50.2万人次。", DocumentContext.NONE, "游客"),
                "2022-12-31", "2023-01-02", DateSource.TEXT);
        assertDates(periodOf("2023年元旦假期（12月31日至1月2日），全市接待游客50.2万人次。", DocumentContext.NONE, "游客"),
                "2022-12-31", "2023-01-02", DateSource.TEXT);
    }

    @Test
    void twoHolidaysNamedTogetherAreOneBlockOrBoth() {
        // 2017: 中秋节、国庆节：10月1日至8日放假调休，共8天 — 中秋 alone is that block too
        assertDates(periodOf("2017年中秋节期间，全市接待游客80.6万人次。", DocumentContext.NONE, "游客"),
                "2017-10-01", "2017-10-08", DateSource.TEXT);
        assertDates(periodOf("2023年中秋国庆假期，全市接待游客326.5万人次。", DocumentContext.NONE, "游客"),
                "2023-09-29", "2023-10-06", DateSource.TEXT);
        // 2024: 中秋 9月15日至17日, 国庆 10月1日至7日 — the text speaks of both
        assertDates(periodOf("2024年中秋国庆假期，全市接待游客326.5万人次。", DocumentContext.NONE, "游客"),
                "2024-09-15", "2024-10-07", DateSource.TEXT);
    }

    @Test
    void fiveYearPlansAreTheirFiveYears() {
        String t = "“十四五”期间，全市固定资产投资年均增长8%。";
        assertDates(periodOf(t, DocumentContext.NONE, "固定资产投资"), "2021-01-01", "2025-12-31", DateSource.TEXT);
    }

    @Test
    void aGivenYearOverridesAndNothingLeavesNoDates() {
        String t = "上半年，全市地区生产总值增长5%。";
        assertDates(periodOf(t, DocumentContext.ofYear(2019), "地区生产总值"), "2019-01-01", "2019-06-30",
                DateSource.GIVEN);
        assertDates(periodOf(t, DocumentContext.NONE, "地区生产总值"), null, null, DateSource.NONE);
    }

    @Test
    void aTitlesMonthRangeIsNoDate() {
        // 2019年1-8 is not 8 January 2019 (1-8月 would have ended after it: dated 2018)
        String t = "2019年1-8月全市经济运行情况\n\n今年以来，全市经济运行总体平稳。\n\n1-8月，全市规模以上工业增加值增长5%。\n";
        assertDates(periodOf(t, DocumentContext.NONE, "工业增加值"), "2019-01-01", "2019-08-31", DateSource.TEXT);
        assertThat(Anchors.number("二〇二四")).isEqualTo(2024);
        assertThat(Anchors.number("十")).isEqualTo(10);
        assertThat(Anchors.number("二十一")).isEqualTo(21);
    }

    @Test
    void aDatelineInChineseNumeralsIsThePublicationDate() {
        String t = "政府工作报告\n——二〇二四年一月十日在湄潭县第十八届人民代表大会第三次会议上\n\n"
                + "过去一年，全县地区生产总值增长6%。\n";
        assertDates(periodOf(t, DocumentContext.NONE, "地区生产总值"), "2023-01-01", "2023-12-31", DateSource.DATELINE);
    }

    @Test
    void aReviewOfAWholeYearWasPublishedTheYearAfter() {
        String t = "朝阳区去年地区生产总值增长9.2%\n\n本报讯 记者日前获悉，2013年，朝阳区实现地区生产总值582.6亿元。"
                + "今年，全区固定资产投资力争增长10%。\n";
        assertDates(periodOf(t, DocumentContext.NONE, "固定资产投资"), "2014-01-01", "2014-12-31", DateSource.TEXT);
        // a report within the year (1-8月) is published in that year
        String within = "2019年，全市经济平稳。1-8月，全市规模以上工业增加值增长5%。今年，全市固定资产投资力争增长10%。";
        assertDates(periodOf(within, DocumentContext.NONE, "固定资产投资"), "2019-01-01", "2019-12-31", DateSource.TEXT);
    }

    @Test
    void aHolidayWithItsDatesGivesTheYearAndLaterMentionsOfTheHoliday() {
        String t = "春节黄金周（2月11日至17日）期间，全省共接待游客196.37万人次。";
        assertDates(periodOf(t, DocumentContext.NONE, "游客"), "2021-02-11", "2021-02-17", DateSource.TEXT);
        String later = "中秋国庆8天假期（9月29日至10月6日），文旅消费火热。假期8天，全市共接待游客186.4万人次。";
        assertDates(periodOf(later, DocumentContext.NONE, "游客"), "2023-09-29", "2023-10-06", DateSource.TEXT);
    }

    @Test
    void aGivenPublicationYearLeavesTheTitlesReportingYear() {
        String t = "玉林市2012年国民经济和社会发展统计公报\n\n全年全市生产总值1198.6亿元。\n";
        assertDates(periodOf(t, DocumentContext.ofYear(2013), "生产总值"), "2012-01-01", "2012-12-31", DateSource.TEXT);
    }

    @Test
    void yearsBeforeAndTheEndOfLastYear() {
        DocumentContext jan = DocumentContext.NONE.withPublished(LocalDate.of(2026, 1, 20));
        assertDates(periodOf("五年来，全市固定资产投资年均增长6.4%。", jan, "固定资产投资"), "2021-01-01", "2025-12-31",
                DateSource.METADATA);
        assertDates(periodOf("截至去年底，全市个体工商户有9.6万户。", jan, "个体工商户"), "2025-12-31", "2025-12-31",
                DateSource.METADATA);
    }

    @Test
    void publicationDatesFromMetadata() {
        assertThat(PublicationDates.find("news/2023/07/31/a.html")).isEqualTo(LocalDate.of(2023, 7, 31));
        assertThat(PublicationDates.find("20230731_a.txt")).isEqualTo(LocalDate.of(2023, 7, 31));
        assertThat(PublicationDates.find("2023-07-31T08:00:00+08:00")).isEqualTo(LocalDate.of(2023, 7, 31));
        assertThat(PublicationDates.find("h01_jinzhou_2019.txt")).isNull();
        assertThat(PublicationDates.find("2023-13-45")).isNull();
    }

    @Test
    void publicationYearsFromAPath() {
        assertThat(PublicationDates.findYear("h01_jinzhou_2019.txt")).isEqualTo(2019);
        assertThat(PublicationDates.findYear("archive/2013/0523.txt")).isEqualTo(2013);
        assertThat(PublicationDates.findYear("2013年统计公报.txt")).isEqualTo(2013);
        assertThat(PublicationDates.findYear("news/2013/a_2013.txt")).isEqualTo(2013);
        assertThat(PublicationDates.findYear("review_2016-2020.txt")).isNull();   // a span, not a date
        assertThat(PublicationDates.findYear("w06_liangjiang_2026q1.txt")).isEqualTo(2026); // a quarter after the year
        assertThat(PublicationDates.findYear("gdp_2021H1.txt")).isEqualTo(2021);
        assertThat(PublicationDates.findYear("id_2021x1.txt")).isNull();                    // other letters touch it
        assertThat(PublicationDates.findYear("news/2023/07/31/a.html")).isNull(); // a full date: find()
        assertThat(PublicationDates.findYear("a1999b.txt")).isNull();
        assertThat(PublicationDates.findYear("top_1000.txt")).isNull();
        assertThat(PublicationDates.findYear("001_ba639974d9f8cf50.txt")).isNull();
        assertThat(PublicationDates.findYear("/home/u/2025/zhibiao/fixtures/heldout/a.txt")).isNull(); // too far up
    }

    @Test
    void aYearFromThePathDatesLikeAGivenYearWithMetadataAsSource() {
        DocumentContext path = DocumentContext.NONE.withPublishedYear(2019);
        assertDates(periodOf("上半年，全市地区生产总值增长6.2%。", path, "地区生产总值"), "2019-01-01", "2019-06-30",
                DateSource.METADATA);
        assertDates(periodOf("今年1-5月，全市社会消费品零售总额增长8.1%。", path, "社会消费品零售总额"), "2019-01-01", "2019-05-31",
                DateSource.METADATA);
        // a year the text writes still dates its clause
        assertDates(periodOf("2018年，全市地区生产总值增长6.5%。", path, "地区生产总值"), "2018-01-01", "2018-12-31",
                DateSource.TEXT);
        // a dateline of another year wins over the path's year
        DocumentContext other = DocumentContext.NONE.withPublishedYear(2015);
        assertDates(periodOf("2019年7月31日 星期三\n上半年，全市地区生产总值增长6.2%。", other, "地区生产总值"),
                "2019-01-01", "2019-06-30", DateSource.DATELINE);
        // a full metadata date makes the year moot
        assertThat(DocumentContext.NONE.withPublished(LocalDate.of(2020, 3, 1)).withPublishedYear(2015).publishedYear()).isNull();
    }
}
