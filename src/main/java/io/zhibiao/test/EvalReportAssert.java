package io.zhibiao.test;

import io.zhibiao.eval.Counts;
import io.zhibiao.eval.EvalReport;
import io.zhibiao.eval.Problem;
import io.zhibiao.eval.ReportFormat;
import java.util.Locale;
import org.assertj.core.api.AbstractAssert;

/**
 * Floors on the figures of an evaluation (micro averages over all documents, docs/evaluation.md).
 * A failure names the figure and its floor, prints the summary of {@code zhibiao eval}, and lists
 * the misses (missed, spurious and mismatched records with the reason for each, as
 * {@code zhibiao eval --misses} does; the first {@value #MISS_LINES} lines).
 */
public final class EvalReportAssert extends AbstractAssert<EvalReportAssert, EvalReport> {
    /** How many lines of the miss list a failure message shows at most. */
    public static final int MISS_LINES = 120;

    EvalReportAssert(EvalReport report) {
        super(report, EvalReportAssert.class);
    }

    /**
     * Asserts strict F1 (kind, quantity, region and metric right) of at least {@code floor}.
     *
     * @param floor the lowest acceptable figure, in [0, 1]
     * @return this assertion object
     */
    public EvalReportAssert strictF1AtLeast(double floor) {
        return atLeast("strict F1", totals().strict().f1(), floor);
    }

    /**
     * Asserts strict precision of at least {@code floor}.
     *
     * @param floor the lowest acceptable figure, in [0, 1]
     * @return this assertion object
     */
    public EvalReportAssert strictPrecisionAtLeast(double floor) {
        return atLeast("strict precision", totals().strict().precision(), floor);
    }

    /**
     * Asserts strict recall of at least {@code floor}.
     *
     * @param floor the lowest acceptable figure, in [0, 1]
     * @return this assertion object
     */
    public EvalReportAssert strictRecallAtLeast(double floor) {
        return atLeast("strict recall", totals().strict().recall(), floor);
    }

    /**
     * Asserts value F1 (kind and quantity right: are the numbers found at all) of at least
     * {@code floor}.
     *
     * @param floor the lowest acceptable figure, in [0, 1]
     * @return this assertion object
     */
    public EvalReportAssert valueF1AtLeast(double floor) {
        return atLeast("value F1", totals().value().f1(), floor);
    }

    /**
     * Asserts region accuracy (among value matches) of at least {@code floor}; no value match
     * at all fails.
     *
     * @param floor the lowest acceptable figure, in [0, 1]
     * @return this assertion object
     */
    public EvalReportAssert regionAccuracyAtLeast(double floor) {
        Double a = totals().regionAccuracy();
        return atLeast("region accuracy", a == null ? Double.NaN : a, floor);
    }

    /**
     * Asserts that every input was scored: each document had a gold file, could be read, and
     * every gold file was valid.
     *
     * @return this assertion object
     */
    public EvalReportAssert hasNoProblems() {
        isNotNull();
        if (!actual.problems().isEmpty()) {
            StringBuilder m = new StringBuilder("\nExpecting every input to be scored, but:\n");
            for (Problem p : actual.problems()) {
                m.append("  ").append(p.path()).append(": ").append(p.reason()).append('\n');
            }
            failWithMessage("%s", m.toString());
        }
        return myself;
    }

    private Counts totals() {
        isNotNull();
        return actual.totals();
    }

    private EvalReportAssert atLeast(String figure, double value, double floor) {
        if (floor < 0 || floor > 1) {
            throw new IllegalArgumentException(figure + " floor must lie in [0, 1]: " + floor);
        }
        if (!(value >= floor)) {
            failWithMessage("%s", message(figure, value, floor));
        }
        return myself;
    }

    private String message(String figure, double value, double floor) {
        StringBuilder m = new StringBuilder();
        m.append(String.format(Locale.ROOT, "%nExpecting %s of at least %.3f but was %s on %d document(s).%n",
                figure, floor, Double.isNaN(value) ? "undefined (no value matches)"
                        : String.format(Locale.ROOT, "%.3f", value), actual.documents().size()));
        m.append(ReportFormat.summary(actual));
        String misses = ReportFormat.misses(actual);
        String[] lines = misses.split("\n", -1);
        int n = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        m.append("\nMisses (why each record failed):\n");
        for (int i = 0; i < n && i < MISS_LINES; i++) {
            m.append(lines[i]).append('\n');
        }
        if (n > MISS_LINES) {
            m.append("… ").append(n - MISS_LINES)
                    .append(" more lines: run `zhibiao eval --gold DIR --misses PATH…` for all of them\n");
        }
        for (Problem p : actual.problems()) {
            m.append("not scored: ").append(p.path()).append(": ").append(p.reason()).append('\n');
        }
        return m.toString();
    }
}
