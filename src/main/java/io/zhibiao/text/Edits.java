package io.zhibiao.text;

import java.util.Arrays;

/**
 * Where a step writes its edits of a source text, in source order. Source chars that no call
 * mentions are kept as they are, so a step that finds nothing to change makes no call and its
 * output is its input.
 *
 * <p>Two implementations: {@link Fast} writes the output and an {@link OffsetMap} (what
 * {@link NormalizationStep#apply} returns), {@link Trace} writes the output and, naively, the
 * origin of every output char in two plain arrays (what the tests compare the map with).
 */
abstract class Edits {
    protected final String source;
    private int pos; // source chars before pos have been written or deleted

    Edits(String source) {
        this.source = source;
    }

    /** The text being edited. */
    final String source() {
        return source;
    }

    /** Source chars [from, to) become {@code with}; chars between the last edit and {@code from} are kept. */
    final void replace(int from, int to, CharSequence with) {
        if (from < pos || to < from || to > source.length()) {
            throw new IllegalArgumentException("edit [" + from + ", " + to + ") out of order (at " + pos
                    + ", length " + source.length() + ")");
        }
        if (from > pos) {
            keep(pos, from);
        }
        if (to > from || with.length() > 0) {
            rewrite(from, to, with);
        }
        pos = to;
    }

    /** Source chars [from, to) are deleted. */
    final void delete(int from, int to) {
        replace(from, to, "");
    }

    /** Source char {@code at} becomes {@code c}. */
    final void replace(int at, char c) {
        replace(at, at + 1, String.valueOf(c));
    }

    /** Keeps the rest of the source; call once, at the end. */
    final void finish() {
        if (pos < source.length()) {
            keep(pos, source.length());
            pos = source.length();
        }
    }

    /** Writes source chars [from, to) unchanged. */
    abstract void keep(int from, int to);

    /** Writes {@code with} for source chars [from, to). */
    abstract void rewrite(int from, int to, CharSequence with);

    /** Writes the output and an {@link OffsetMap}; the text stays the same instance when nothing changed. */
    static final class Fast extends Edits {
        private StringBuilder out;
        private OffsetMap.Builder map;
        private boolean changed;

        Fast(String source) {
            super(source);
        }

        private void start() {
            if (out == null) {
                out = new StringBuilder(source.length());
                map = new OffsetMap.Builder(source.length());
            }
        }

        @Override
        void keep(int from, int to) {
            start();
            out.append(source, from, to);
            map.copy(from, to);
        }

        @Override
        void rewrite(int from, int to, CharSequence with) {
            start();
            if (!changed && (to - from != with.length() || !source.regionMatches(from, with.toString(), 0, to - from))) {
                changed = true;
            }
            out.append(with);
            map.replace(from, to, with.length());
        }

        NormalizationStep.Result result() {
            finish();
            if (!changed) {
                return NormalizationStep.Result.unchanged(source);
            }
            return new NormalizationStep.Result(out.toString(), map.build());
        }
    }

    /**
     * The slow, plainly correct record: for output char {@code j}, the source run
     * {@code [starts[j], ends[j])} it comes from. A kept char comes from itself, so does each char of
     * an equal-length rewrite; every char of an unequal-length rewrite comes from the whole run.
     */
    static final class Trace extends Edits {
        private final StringBuilder out = new StringBuilder();
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private int n;

        Trace(String source) {
            super(source);
        }

        private void add(int s, int e) {
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = s;
            ends[n] = e;
            n++;
        }

        @Override
        void keep(int from, int to) {
            for (int i = from; i < to; i++) {
                out.append(source.charAt(i));
                add(i, i + 1);
            }
        }

        @Override
        void rewrite(int from, int to, CharSequence with) {
            boolean oneToOne = with.length() == to - from;
            for (int k = 0; k < with.length(); k++) {
                out.append(with.charAt(k));
                if (oneToOne) {
                    add(from + k, from + k + 1);
                } else {
                    add(from, to);
                }
            }
        }

        /** The traced output. */
        Traced result() {
            finish();
            return new Traced(source, out.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }
    }

    /**
     * A step's output with the naive origin of every output char.
     *
     * @param source the input
     * @param text   the output
     * @param starts for each output char, the first source char it comes from
     * @param ends   for each output char, the end (exclusive) of its source
     */
    record Traced(String source, String text, int[] starts, int[] ends) {
        /** The naive {@link OffsetMap#toSourceStart}. */
        int toSourceStart(int offset) {
            return offset == text.length() ? source.length() : starts[offset];
        }

        /** The naive {@link OffsetMap#toSourceEnd}. */
        int toSourceEnd(int offset) {
            return offset == 0 ? 0 : ends[offset - 1];
        }

        /** This trace followed by {@code next}, whose source is this trace's text: composed naively. */
        Traced andThen(Traced next) {
            if (!next.source.equals(text)) {
                throw new IllegalArgumentException("traces do not chain");
            }
            int m = next.text.length();
            int[] s = new int[m];
            int[] e = new int[m];
            for (int j = 0; j < m; j++) {
                s[j] = toSourceStart(next.starts[j]);
                e[j] = toSourceEnd(next.ends[j]);
            }
            return new Traced(source, next.text, s, e);
        }
    }
}
