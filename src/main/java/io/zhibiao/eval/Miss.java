package io.zhibiao.eval;

/**
 * One error of a document: a gold record that was not strictly matched, a prediction that was
 * not, or both at once when they are each other's counterpart. Every miss has exactly one
 * {@link Reason}; the error summary counts misses by reason.
 *
 * <ul>
 *   <li>{@link Type#MISMATCH}: {@code gold} and {@code predicted} are a pair that failed; the gold
 *       record counts as missed and the prediction as spurious, once each.</li>
 *   <li>{@link Type#MISSED}: {@code gold} only; {@code nearest} is the prediction that resembles it
 *       most, for the reader (or null).</li>
 *   <li>{@link Type#SPURIOUS}: {@code predicted} only, or a failed pair whose gold record is
 *       optional; {@code nearest} is the gold record that resembles it most (or null).</li>
 * </ul>
 *
 * @param type           see above
 * @param reason         why it failed
 * @param goldIndex      index of the gold record, or -1
 * @param gold           the gold record, or null
 * @param predictedIndex index of the prediction, or -1
 * @param predicted      the prediction, or null
 * @param nearest        for MISSED and SPURIOUS: the closest record on the other side, or null
 * @param why            a one-line explanation showing both sides of what differs
 */
public record Miss(
        Type type,
        Reason reason,
        int goldIndex,
        GoldRecord gold,
        int predictedIndex,
        GoldRecord predicted,
        GoldRecord nearest,
        String why) {

    /** Which side failed. */
    public enum Type {
        MISMATCH, MISSED, SPURIOUS
    }

    /** Why a record failed; {@link #label()} is what the error summary prints. */
    public enum Reason {
        /** Kind and quantity right, metric agrees, region wrong. */
        REGION_WRONG("region wrong"),
        /** Kind, quantity and region right, metrics do not agree. */
        METRIC_NOT_SIMILAR("metric not similar"),
        /** Kind and quantity right, region wrong and metrics do not agree. */
        REGION_AND_METRIC_WRONG("region and metric wrong"),
        /** Same number of the same clause, another kind (GROWTH_RATE for PERCENT …). */
        WRONG_KIND("wrong kind"),
        /** Same kind and number, opposite sign (-50 for 50). */
        WRONG_SIGN("wrong sign"),
        /** Same kind and metric (or clause), another number or unit (617.4万元 for 617.4亿元). */
        WRONG_VALUE("wrong value/unit"),
        /** A gold record with no prediction near it. */
        MISSED_NUMBER("missed number"),
        /** A prediction with no gold record near it. */
        SPURIOUS_NUMBER("spurious number");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
