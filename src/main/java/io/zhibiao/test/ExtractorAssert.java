package io.zhibiao.test;

import io.zhibiao.IndicatorExtractor;
import io.zhibiao.eval.EvalReport;
import io.zhibiao.eval.Evaluator;
import io.zhibiao.eval.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an extractor. Get one with
 * {@link ZhibiaoAssertions#assertThat(IndicatorExtractor)}.
 *
 * <pre>{@code
 * assertThat(extractor).scoresOn(Path.of("src/test/resources/gold"), Path.of("src/test/resources/docs"))
 *         .strictF1AtLeast(0.9)
 *         .valueF1AtLeast(0.95);
 * assertThat(extractor).extracting("上半年，江北区完成地区生产总值617.4亿元。")
 *         .containsIndicator("江北区", "地区生产总值", "617.4", "亿元");
 * }</pre>
 */
public final class ExtractorAssert extends AbstractAssert<ExtractorAssert, IndicatorExtractor> {

    ExtractorAssert(IndicatorExtractor extractor) {
        super(extractor, ExtractorAssert.class);
    }

    /**
     * Extracts {@code text} and continues with assertions on its records.
     *
     * @param text the text to extract
     * @return assertions on the records
     */
    public IndicatorsAssert extracting(String text) {
        isNotNull();
        return new IndicatorsAssert(actual.extract(Objects.requireNonNull(text, "text")));
    }

    /**
     * Scores the extractor on documents against their gold files, as {@code zhibiao eval} does
     * (docs/evaluation.md): each document is matched to the gold file whose {@code doc} is its file
     * name and extracted with that file's context. Fails at once when no document could be scored
     * (naming why: no gold file, unreadable input, bad gold file).
     *
     * @param gold a directory of gold files (searched recursively for {@code *.json}) or one file
     * @param docs text files, or directories searched recursively for {@code *.txt}
     * @return assertions on the report (figure floors)
     */
    public EvalReportAssert scoresOn(Path gold, Path... docs) {
        return scoresOn(gold, List.of(docs));
    }

    /**
     * As {@link #scoresOn(Path, Path...)}.
     *
     * @param gold a directory of gold files or one gold file
     * @param docs text files or directories
     * @return assertions on the report
     */
    public EvalReportAssert scoresOn(Path gold, List<Path> docs) {
        isNotNull();
        Objects.requireNonNull(gold, "gold");
        EvalReport report;
        try {
            report = Evaluator.evaluate(actual, gold, docs);
        } catch (IllegalArgumentException e) {
            failWithMessage("%s", "\nCannot score: " + e.getMessage());
            return null; // not reached
        }
        if (report.documents().isEmpty()) {
            StringBuilder m = new StringBuilder("\nNo document was scored against the gold files in " + gold + ":\n");
            for (Problem p : report.problems()) {
                m.append("  ").append(p.path()).append(": ").append(p.reason()).append('\n');
            }
            if (report.problems().isEmpty()) {
                m.append("  (no documents given: ").append(docs).append(")\n");
            }
            failWithMessage("%s", m.toString());
        }
        return new EvalReportAssert(report);
    }
}
