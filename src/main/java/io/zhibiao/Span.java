package io.zhibiao;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into the original input text.
 *
 * @param start first char, inclusive, {@code >= 0}
 * @param end   last char, exclusive, {@code >= start}
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** Number of UTF-16 chars covered. */
    public int length() {
        return end - start;
    }

    /** The covered text of {@code text}, which must be the text this span points into. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** True if {@code other} lies within this span. */
    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }
}
