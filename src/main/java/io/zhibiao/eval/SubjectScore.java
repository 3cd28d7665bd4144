package io.zhibiao.eval;

import java.util.Locale;
import java.util.Objects;

/**
 * How well records name their {@code subject} (a firm, project, park or industry inside the region,
 * docs/annotation.md), over the strict matches of counting gold records: of the predictions that name
 * a subject, how many name the gold's (precision); of the gold records that name one, how many
 * predictions name the same (recall). Subjects compare as the scorer compares bases (squeezed, scripts
 * folded). A diagnostic beside the section-5 figures, like {@link MetricIdScore}: a subject is no
 * match condition.
 *
 * @param strict    strict matches of counting gold records
 * @param gold      of those, gold records with a subject
 * @param predicted of those, predictions with a subject
 * @param equal     matches where both name the same subject
 */
public record SubjectScore(int strict, int gold, int predicted, int equal) {

    public static SubjectScore of(EvalReport report) {
        int strict = 0;
        int gold = 0;
        int predicted = 0;
        int equal = 0;
        for (Match m : report.strictCountingMatches()) {
            strict++;
            String g = blankToNull(m.gold().subject());
            String p = blankToNull(m.predicted().subject());
            gold += g != null ? 1 : 0;
            predicted += p != null ? 1 : 0;
            if (g != null && p != null && Objects.equals(MetricSimilarity.squeeze(g), MetricSimilarity.squeeze(p))) {
                equal++;
            }
        }
        return new SubjectScore(strict, gold, predicted, equal);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Share of predicted subjects that are the gold's; null with none predicted. */
    public Double precision() {
        return predicted == 0 ? null : (double) equal / predicted;
    }

    /** Share of gold subjects predicted; null with none in the gold. */
    public Double recall() {
        return gold == 0 ? null : (double) equal / gold;
    }

    /** For the summary: {@code subject P 0.744 R 0.696 (32 of 43 predicted, 46 gold)}. */
    public String line() {
        return String.format(Locale.ROOT, "subject P %s R %s (%d of %d predicted, %d gold)",
                fmt(precision()), fmt(recall()), equal, predicted, gold);
    }

    private static String fmt(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }
}
