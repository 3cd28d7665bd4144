package io.zhibiao.eval;

/**
 * A gold record and the prediction matched to it: same kind and quantity (a value match), and
 * whether the rest agrees.
 *
 * @param goldIndex        index of the gold record in its list
 * @param predictedIndex   index of the prediction in its list
 * @param gold             the gold record
 * @param predicted        the prediction
 * @param regionRight      same region (null only with null)
 * @param metricSimilarity similarity of the metrics, see {@link MetricSimilarity}
 * @param qualifierRight   same qualifier
 * @param periodRight      gold period null, or equal with 今年 removed
 * @param basisRight       same basis
 * @param statusRight      same status
 */
public record Match(
        int goldIndex,
        int predictedIndex,
        GoldRecord gold,
        GoldRecord predicted,
        boolean regionRight,
        double metricSimilarity,
        boolean qualifierRight,
        boolean periodRight,
        boolean basisRight,
        boolean statusRight) {

    /** The metrics agree (similarity ≥ 0.5). */
    public boolean metricRight() {
        return metricSimilarity >= MetricSimilarity.THRESHOLD;
    }

    /** All four conditions of section 5: kind, quantity, region, metric. */
    public boolean strict() {
        return regionRight && metricRight();
    }

    /** How many of qualifier, period, basis, status are right. */
    int attributesRight() {
        return (qualifierRight ? 1 : 0) + (periodRight ? 1 : 0) + (basisRight ? 1 : 0) + (statusRight ? 1 : 0);
    }
}
