package io.zhibiao.text;

import io.zhibiao.Span;
import java.util.Objects;

/**
 * The original input, its normalized form and the map between them.
 *
 * @param original the input exactly as given
 * @param text     the normalized text every later stage reads
 * @param map      maps offsets of {@code text} back to {@code original}
 */
public record NormalizedText(String original, String text, OffsetMap map) {
    public NormalizedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(map, "map");
        if (map.outputLength() != text.length() || map.sourceLength() != original.length()) {
            throw new IllegalArgumentException("offset map does not fit the texts");
        }
    }

    /** Text that needed no normalization. */
    public static NormalizedText identity(String text) {
        return new NormalizedText(text, text, OffsetMap.identity(text.length()));
    }

    /** The original span of the normalized range {@code [start, end)}. */
    public Span toOriginal(int start, int end) {
        int[] r = map.toSource(start, end);
        return new Span(r[0], r[1]);
    }

    /**
     * The first offset of {@code text} whose original start is at or after {@code originalOffset}
     * (the inverse of {@link #toOriginal} for a span's start): {@link OffsetMap#firstOutputFrom}.
     */
    public int fromOriginal(int originalOffset) {
        return map.firstOutputFrom(originalOffset);
    }
}
