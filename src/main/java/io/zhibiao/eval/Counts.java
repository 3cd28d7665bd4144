package io.zhibiao.eval;

/**
 * The counts behind every figure of one document, or summed over documents (micro average).
 * Optional gold records and the predictions matched to them are left out of every figure.
 *
 * @param gold           gold records that count (not optional)
 * @param optionalGold   optional gold records
 * @param predicted      predicted records
 * @param strictTp       predictions strictly matched to a counting gold record
 * @param strictIgnored  predictions strictly matched to an optional gold record
 * @param valueTp        predictions value-matched (kind and quantity) to a counting gold record;
 *                       every strict match is a value match
 * @param valueIgnored   predictions value-matched to an optional gold record
 * @param regionRight    value matches (counting gold) with the right region
 * @param metricRight    value matches (counting gold) whose metrics agree
 * @param qualifierRight strict matches (counting gold) with the right qualifier
 * @param periodRight    strict matches (counting gold) with the right period
 * @param basisRight     strict matches (counting gold) with the right basis
 * @param statusRight    strict matches (counting gold) with the right status
 * @param datesGold      strict matches (counting gold) whose gold has periodStart/periodEnd
 * @param datesRight     of those, the ones whose predicted dates are the gold's
 */
public record Counts(
        int gold,
        int optionalGold,
        int predicted,
        int strictTp,
        int strictIgnored,
        int valueTp,
        int valueIgnored,
        int regionRight,
        int metricRight,
        int qualifierRight,
        int periodRight,
        int basisRight,
        int statusRight,
        int datesGold,
        int datesRight) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Counts without dates scored. */
    public Counts(int gold, int optionalGold, int predicted, int strictTp, int strictIgnored, int valueTp,
            int valueIgnored, int regionRight, int metricRight, int qualifierRight, int periodRight, int basisRight,
            int statusRight) {
        this(gold, optionalGold, predicted, strictTp, strictIgnored, valueTp, valueIgnored, regionRight, metricRight,
                qualifierRight, periodRight, basisRight, statusRight, 0, 0);
    }

    /** Among strict matches whose gold has dates, how often the predicted dates are the gold's; null when none. */
    public Double datesAccuracy() {
        return ratio(datesRight, datesGold);
    }

    /** Strict precision/recall/F1: kind, quantity, region and metric all agree. */
    public Prf strict() {
        return new Prf(strictTp, predicted - strictTp - strictIgnored, gold - strictTp);
    }

    /** Value precision/recall/F1: kind and quantity agree — are the numbers found at all. */
    public Prf value() {
        return new Prf(valueTp, predicted - valueTp - valueIgnored, gold - valueTp);
    }

    /** Among value matches, how often the region is right; null when there are none. */
    public Double regionAccuracy() {
        return ratio(regionRight, valueTp);
    }

    /** Among value matches, how often the metrics agree; null when there are none. */
    public Double metricAccuracy() {
        return ratio(metricRight, valueTp);
    }

    /** Among strict matches, how often the qualifier is right; null when there are none. */
    public Double qualifierAccuracy() {
        return ratio(qualifierRight, strictTp);
    }

    /** Among strict matches, how often the period is right; null when there are none. */
    public Double periodAccuracy() {
        return ratio(periodRight, strictTp);
    }

    /** Among strict matches, how often the basis is right; null when there are none. */
    public Double basisAccuracy() {
        return ratio(basisRight, strictTp);
    }

    /** Among strict matches, how often the status is right; null when there are none. */
    public Double statusAccuracy() {
        return ratio(statusRight, strictTp);
    }

    private static Double ratio(int right, int of) {
        return of == 0 ? null : (double) right / of;
    }

    /** The sum of two count sets (micro averaging). */
    public Counts plus(Counts o) {
        return new Counts(gold + o.gold, optionalGold + o.optionalGold, predicted + o.predicted,
                strictTp + o.strictTp, strictIgnored + o.strictIgnored, valueTp + o.valueTp,
                valueIgnored + o.valueIgnored, regionRight + o.regionRight, metricRight + o.metricRight,
                qualifierRight + o.qualifierRight, periodRight + o.periodRight, basisRight + o.basisRight,
                statusRight + o.statusRight, datesGold + o.datesGold, datesRight + o.datesRight);
    }
}
