package io.zhibiao.extract;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Process-wide wall-clock time spent in each pipeline stage, summed over all threads and
 * documents. Always on: a stage costs two {@link System#nanoTime()} calls and two
 * {@link LongAdder} updates per document, which is noise next to the stage itself. Read by the
 * CLI's {@code --stats} and the benchmarks; {@link #reset()} between measurements.
 *
 * <pre>{@code
 * long t = System.nanoTime();
 * NormalizedText n = normalizer.normalize(text);
 * t = StageTimer.add(StageTimer.Stage.NORMALIZE, t);   // returns "now" for the next stage
 * }</pre>
 */
public final class StageTimer {

    /** The stages of {@link Pipeline}, in order. */
    public enum Stage {
        /** the normalizer (raw text to clean text and its offset map), plus sentence splitting */
        NORMALIZE,
        /** HanLP segmentation of the whole normalized text */
        SEGMENT,
        /** the number layer: quantity mentions */
        QUANTITIES,
        /** region analysis (mentions and their scopes), when the pipeline has it */
        REGIONS,
        /** record assembly (periods, cues, metrics, clause reading; pieces reuse the document's words) */
        ASSEMBLE
    }

    /** Total nanos and number of calls of one stage. */
    public record Total(long nanos, long calls) {
    }

    private static final LongAdder[] NANOS = new LongAdder[Stage.values().length];
    private static final LongAdder[] CALLS = new LongAdder[Stage.values().length];

    static {
        for (int i = 0; i < NANOS.length; i++) {
            NANOS[i] = new LongAdder();
            CALLS[i] = new LongAdder();
        }
    }

    private StageTimer() {
    }

    /**
     * Adds the time from {@code since} (a {@link System#nanoTime()} reading) to now to {@code stage}.
     *
     * @return now, to start the next stage from
     */
    public static long add(Stage stage, long since) {
        long now = System.nanoTime();
        NANOS[stage.ordinal()].add(now - since);
        CALLS[stage.ordinal()].increment();
        return now;
    }

    /** The totals so far, every stage present (zero when it never ran). */
    public static Map<Stage, Total> snapshot() {
        Map<Stage, Total> m = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            m.put(s, new Total(NANOS[s.ordinal()].sum(), CALLS[s.ordinal()].sum()));
        }
        return m;
    }

    /** Sets every total back to zero (not atomic with respect to stages running meanwhile). */
    public static void reset() {
        for (int i = 0; i < NANOS.length; i++) {
            NANOS[i].reset();
            CALLS[i].reset();
        }
    }
}
