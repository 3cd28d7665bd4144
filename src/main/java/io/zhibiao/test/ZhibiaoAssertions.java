package io.zhibiao.test;

import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.eval.EvalReport;
import java.util.List;

/**
 * AssertJ assertions for test suites that check extraction: the entry points.
 *
 * <pre>{@code
 * import static io.zhibiao.test.ZhibiaoAssertions.assertThat;
 *
 * assertThat(extractor.extract(text))
 *         .containsIndicator("江北区", "地区生产总值", "617.4", "亿元")
 *         .hasNoIndicatorFor("重庆市");
 * assertThat(extractor).scoresOn(Path.of("gold"), Path.of("docs")).strictF1AtLeast(0.9);
 * }</pre>
 *
 * <p>These methods live beside AssertJ's own {@code Assertions.assertThat}: with both imported
 * statically, Java picks these for a {@code List<Indicator>}, an {@link IndicatorExtractor} and an
 * {@link EvalReport}, being the more specific overloads. AssertJ is a {@code provided} dependency of
 * zhibiao: a test suite that uses this package has AssertJ (3.x) on its test classpath already.
 */
public final class ZhibiaoAssertions {
    private ZhibiaoAssertions() {
    }

    /**
     * Assertions on the records of one text.
     *
     * @param records what {@link IndicatorExtractor#extract(String)} returned
     * @return the assertion object
     */
    public static IndicatorsAssert assertThat(List<Indicator> records) {
        return new IndicatorsAssert(records);
    }

    /**
     * Assertions on an extractor: its records of a text, or its score on gold files.
     *
     * @param extractor the extractor under test
     * @return the assertion object
     */
    public static ExtractorAssert assertThat(IndicatorExtractor extractor) {
        return new ExtractorAssert(extractor);
    }

    /**
     * Assertions on an evaluation report (figure floors; failures list the misses).
     *
     * @param report what {@code io.zhibiao.eval.Evaluator} returned
     * @return the assertion object
     */
    public static EvalReportAssert assertThat(EvalReport report) {
        return new EvalReportAssert(report);
    }
}
