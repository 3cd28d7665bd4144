package io.zhibiao.text;

/**
 * A normalization step written as a list of edits: the step says what to replace, an
 * {@link Edits} writes the output and the map. The same edits can be written naively
 * ({@link #trace}), which is how the tests check the map of every step.
 */
abstract class EditingStep implements NormalizationStep {
    private final String name;

    EditingStep(String name) {
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    /** Reports the edits of {@code text} to {@code out}, in source order; does not call {@link Edits#finish}. */
    abstract void edit(String text, Edits out);

    @Override
    public final Result apply(String text) {
        Edits.Fast out = new Edits.Fast(text);
        edit(text, out);
        return out.result();
    }

    /** The same output with the naive origin of each output char. */
    final Edits.Traced trace(String text) {
        Edits.Trace out = new Edits.Trace(text);
        edit(text, out);
        return out.result();
    }

    /** Edits of one line {@code text[start, end)} (end at its {@code '\n'} or the text's end). */
    interface LineEdit {
        void edit(String text, int start, int end, Edits out);
    }

    /** Calls {@code edit} for every line of {@code text}, in order: for steps that work line by line. */
    static void eachLine(String text, Edits out, LineEdit edit) {
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            edit.edit(text, start, end, out);
            start = end + 1;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
