package io.zhibiao.text;

import java.util.Arrays;

/**
 * Maps offsets of a derived text (the output of a normalization step) back to the text it was
 * derived from, in the manner of Lucene's {@code BaseCharFilter}: the derived text is described as
 * a sequence of segments, each a run of output chars produced from a run of source chars. Runs of
 * equal length map char by char; runs of unequal length (a replacement) map as a whole. Deleted
 * source chars simply produce no segment. Lookups are a binary search, so cost grows with the
 * number of edits, not with the text.
 *
 * <p>Contract, for an output text of length {@code n} and a source of length {@code m}:
 * <ul>
 *   <li>{@link #toSourceStart}{@code (i)}, {@code i < n}: the first source char the output char
 *       {@code i} comes from; {@code toSourceStart(n) == m}.
 *   <li>{@link #toSourceEnd}{@code (i)}, {@code i > 0}: the end (exclusive) of the source of the
 *       output char {@code i - 1}; {@code toSourceEnd(0) == 0}.
 *   <li>Both are monotone (never decrease as {@code i} grows) and lie in {@code [0, m]}.
 * </ul>
 *
 * <p>Maps compose: {@link #andThen(OffsetMap)} gives a map from a later text straight back to the
 * first one, so a chain of steps is mapped back once, where a span is made. Immutable and
 * thread-safe.
 */
public final class OffsetMap {
    // segment k: output [outStart[k], outStart[k+1]) comes from source [srcStart[k], srcEnd[k]);
    // when the two lengths are equal the mapping is char by char. outStart is strictly increasing
    // (no segment has an empty output) and source runs never go back.
    private final int[] outStart;
    private final int[] srcStart;
    private final int[] srcEnd;
    private final int segments;
    private final int outLength;
    private final int srcLength;
    private final OffsetMap previous; // map of this map's source to an earlier text, or null

    private OffsetMap(int[] outStart, int[] srcStart, int[] srcEnd, int segments, int outLength, int srcLength,
            OffsetMap previous) {
        this.outStart = outStart;
        this.srcStart = srcStart;
        this.srcEnd = srcEnd;
        this.segments = segments;
        this.outLength = outLength;
        this.srcLength = srcLength;
        this.previous = previous;
    }

    /** The map of a text to itself. */
    public static OffsetMap identity(int length) {
        Builder b = new Builder(length);
        b.copy(0, length);
        return b.build();
    }

    /** Length of the derived (output) text. */
    public int outputLength() {
        return outLength;
    }

    /** Length of the first source text of the chain. */
    public int sourceLength() {
        return previous == null ? srcLength : previous.sourceLength();
    }

    /** Number of segments of this map and the maps it is chained to: a measure of its cost. */
    public int segmentCount() {
        return segments + (previous == null ? 0 : previous.segmentCount());
    }

    /**
     * Where the output char at {@code offset} starts in the source; {@code offset == outputLength()}
     * maps to the end of the source.
     */
    public int toSourceStart(int offset) {
        int local = localStart(offset);
        return previous == null ? local : previous.toSourceStart(local);
    }

    /**
     * The first output offset whose source start is at or after {@code sourceOffset} (an offset of
     * the first source of the chain), or {@link #outputLength()} when no output char's is: the
     * inverse of {@link #toSourceStart} for a span's start. Since every map of the chain is
     * monotone, it is worked out map by map from the first source on (a binary search over each
     * map's segments), not by a search over the whole chain's lookups.
     */
    public int firstOutputFrom(int sourceOffset) {
        if (sourceOffset > sourceLength()) {
            return outLength;
        }
        int x = previous == null ? sourceOffset : previous.firstOutputFrom(sourceOffset);
        // the first segment whose last output char starts at or after x (these last starts grow
        // with the segment), then the first char of it that does
        int lo = 0;
        int hi = segments;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lastStart(mid) >= x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (lo == segments) {
            return outLength;
        }
        if (!isOneToOne(lo)) {
            return outStart[lo];
        }
        return outStart[lo] + Math.max(0, x - srcStart[lo]);
    }

    /** The local source start of the last output char of segment {@code k}. */
    private int lastStart(int k) {
        return isOneToOne(k) ? srcStart[k] + (segEnd(k) - 1 - outStart[k]) : srcStart[k];
    }

    /**
     * Where an output range ending (exclusively) at {@code offset} ends in the source: the end of
     * the source of the output char at {@code offset - 1}; {@code 0} maps to {@code 0}.
     */
    public int toSourceEnd(int offset) {
        int local = localEnd(offset);
        return previous == null ? local : previous.toSourceEnd(local);
    }

    /**
     * Maps a half-open output range to a half-open source range {@code {start, end}}. An empty
     * range maps to an empty range at the source of its start. The result is never inverted.
     */
    public int[] toSource(int start, int end) {
        if (start > end) {
            throw new IllegalArgumentException("inverted range [" + start + ", " + end + ")");
        }
        int s = toSourceStart(start);
        int e = start == end ? s : toSourceEnd(end);
        return new int[] {s, Math.max(s, e)};
    }

    /**
     * A map from the output of {@code next} (whose first source is this map's output) back to this
     * map's first source.
     */
    public OffsetMap andThen(OffsetMap next) {
        if (next.sourceLength() != outLength) {
            throw new IllegalArgumentException(
                    "map lengths differ: output " + outLength + " vs next source " + next.sourceLength());
        }
        return next.withPrevious(this);
    }

    private OffsetMap withPrevious(OffsetMap prev) {
        OffsetMap newPrev = previous == null ? prev : previous.withPrevious(prev);
        return new OffsetMap(outStart, srcStart, srcEnd, segments, outLength, srcLength, newPrev);
    }

    private void check(int offset) {
        if (offset < 0 || offset > outLength) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + outLength + "]");
        }
    }

    private int segmentOf(int offset) {
        int h = hint;
        if (h < segments && outStart[h] <= offset) { // lookups mostly walk forward: try the last segment and the next
            if (h + 1 == segments || outStart[h + 1] > offset) {
                return h;
            }
            if (h + 2 == segments || outStart[h + 2] > offset) {
                hint = h + 1;
                return h + 1;
            }
        }
        int k = Arrays.binarySearch(outStart, 0, segments, offset);
        k = k >= 0 ? k : -k - 2;
        if (k >= 0) {
            hint = k;
        }
        return k;
    }

    // the segment of the last lookup: only a guess, checked before use, so threads sharing the map
    // may overwrite each other's freely (an int is written whole)
    private int hint;

    private int localStart(int offset) {
        check(offset);
        if (offset == outLength) {
            return srcLength;
        }
        int k = segmentOf(offset);
        if (isOneToOne(k)) {
            return srcStart[k] + (offset - outStart[k]);
        }
        return srcStart[k];
    }

    private int localEnd(int offset) {
        check(offset);
        if (offset == 0) {
            return 0;
        }
        int k = segmentOf(offset - 1);
        if (isOneToOne(k)) {
            return srcStart[k] + (offset - outStart[k]);
        }
        return srcEnd[k];
    }

    private boolean isOneToOne(int k) {
        return segEnd(k) - outStart[k] == srcEnd[k] - srcStart[k];
    }

    private int segEnd(int k) {
        return k + 1 < segments ? outStart[k + 1] : outLength;
    }

    @Override
    public String toString() {
        return "OffsetMap[" + srcLength + " -> " + outLength + ", " + segments + " segments"
                + (previous == null ? "" : ", after " + previous) + "]";
    }

    /**
     * Builds a map while a step writes its output: call {@link #copy} for source chars kept as
     * they are, {@link #replace} for a source run rewritten (possibly to nothing), in source order.
     * Source chars skipped between calls are deleted. Equal-length rewrites (a width fold, a
     * one-char conversion) map char by char and cost no extra segment when contiguous.
     */
    public static final class Builder {
        private int[] outStart = new int[16];
        private int[] srcStart = new int[16];
        private int[] srcEnd = new int[16];
        private int segments;
        private int out;
        private int src;
        private final int srcLength;

        public Builder(int sourceLength) {
            if (sourceLength < 0) {
                throw new IllegalArgumentException("negative source length " + sourceLength);
            }
            this.srcLength = sourceLength;
        }

        /** Source chars [from, to) appear unchanged next in the output. */
        public Builder copy(int from, int to) {
            checkRun(from, to);
            src = from; // chars skipped in between are deleted
            if (to > from) {
                addOneToOne(from, to);
                out += to - from;
                src = to;
            }
            return this;
        }

        /** Source chars [from, to) were rewritten to {@code outputChars} output chars (0 = deleted). */
        public Builder replace(int from, int to, int outputChars) {
            checkRun(from, to);
            if (outputChars < 0) {
                throw new IllegalArgumentException("bad replacement [" + from + ", " + to + ") -> " + outputChars);
            }
            if (outputChars > 0) {
                if (outputChars == to - from) {
                    addOneToOne(from, to);
                } else {
                    add(out, from, to);
                }
                out += outputChars;
            }
            src = to;
            return this;
        }

        private void checkRun(int from, int to) {
            if (from < src) {
                throw new IllegalArgumentException("source offsets must not go back: " + from + " < " + src);
            }
            if (to < from || to > srcLength) {
                throw new IllegalArgumentException(
                        "bad source run [" + from + ", " + to + ") of a source of length " + srcLength);
            }
        }

        private void addOneToOne(int from, int to) {
            int last = segments - 1;
            if (last >= 0 && srcEnd[last] == from
                    && out - outStart[last] == srcEnd[last] - srcStart[last]) {
                srcEnd[last] = to; // extend the previous 1:1 segment
            } else {
                add(out, from, to);
            }
        }

        private void add(int o, int s, int e) {
            if (segments == outStart.length) {
                int n = segments * 2;
                outStart = Arrays.copyOf(outStart, n);
                srcStart = Arrays.copyOf(srcStart, n);
                srcEnd = Arrays.copyOf(srcEnd, n);
            }
            outStart[segments] = o;
            srcStart[segments] = s;
            srcEnd[segments] = e;
            segments++;
        }

        /** Output chars written so far. */
        public int outputLength() {
            return out;
        }

        /** The map; the builder may be used on, without affecting it. */
        public OffsetMap build() {
            return new OffsetMap(Arrays.copyOf(outStart, segments), Arrays.copyOf(srcStart, segments),
                    Arrays.copyOf(srcEnd, segments), segments, out, srcLength, null);
        }
    }
}
