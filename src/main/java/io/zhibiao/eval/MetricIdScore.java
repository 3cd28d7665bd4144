package io.zhibiao.eval;

import java.util.Locale;

/**
 * How well records carry the taxonomy id, over the strict matches of counting gold records
 * (docs/evaluation.md, "metricId"): how many predictions have a {@code metricId} at all, and —
 * where the gold file states {@code metricId} — how many equal it (null equals null).
 *
 * @param strict    strict matches of counting gold records
 * @param withId    of those, predictions with a metricId
 * @param annotated of those, matches whose gold record states metricId
 * @param equal     of the annotated, predictions whose metricId equals the gold's
 */
public record MetricIdScore(int strict, int withId, int annotated, int equal) {

    public static MetricIdScore of(EvalReport report) {
        int strict = 0;
        int withId = 0;
        int annotated = 0;
        int equal = 0;
        for (Match m : report.strictCountingMatches()) {
            strict++;
            String predicted = m.predicted().metricId();
            if (predicted != null) {
                withId++;
            }
            if (m.gold().metricIdGiven()) {
                annotated++;
                if (java.util.Objects.equals(predicted, m.gold().metricId())) {
                    equal++;
                }
            }
        }
        return new MetricIdScore(strict, withId, annotated, equal);
    }

    /** Share of strict matches with a metricId; null with none. */
    public Double coverage() {
        return strict == 0 ? null : (double) withId / strict;
    }

    /** Share of annotated strict matches whose metricId equals the gold's; null with none annotated. */
    public Double accuracy() {
        return annotated == 0 ? null : (double) equal / annotated;
    }

    /** For the summary: {@code metricId set 0.812 (300/369) = gold 0.975 (195/200)}. */
    public String line() {
        return String.format(Locale.ROOT, "metricId set %s (%d/%d) = gold %s (%d/%d)",
                fmt(coverage()), withId, strict, fmt(accuracy()), equal, annotated);
    }

    private static String fmt(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }
}
