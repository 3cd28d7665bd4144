package io.zhibiao.text;

/**
 * Line breaks become LF: CRLF loses its CR, a lone CR, NEL (U+0085), the line and paragraph
 * separators (U+2028, U+2029), vertical tab and form feed become {@code '\n'}. Every other char
 * is kept; each break keeps its own offset (no group mapping).
 */
final class LineEndingStep extends EditingStep {

    LineEndingStep() {
        super("line-endings");
    }

    @Override
    void edit(String text, Edits out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    out.delete(i, i + 1);
                } else {
                    out.replace(i, '\n');
                }
            } else if (c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f') {
                out.replace(i, '\n');
            }
        }
    }
}
