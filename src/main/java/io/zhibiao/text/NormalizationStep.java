package io.zhibiao.text;

/**
 * One normalization step: rewrites a text and says, through an {@link OffsetMap}, where each
 * output char came from. Steps are stateless and thread-safe.
 */
public interface NormalizationStep {

    /** A short name used in traces and timings. */
    String name();

    /** Rewrites {@code text}; returns the same text with an identity map when nothing changes. */
    Result apply(String text);

    /** A step's output. */
    record Result(String text, OffsetMap map) {
        public static Result unchanged(String text) {
            return new Result(text, OffsetMap.identity(text.length()));
        }
    }
}
