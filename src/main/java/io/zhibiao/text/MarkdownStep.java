package io.zhibiao.text;

/**
 * Markdown left in text copied from a web page or a chat export: a heading's hashes
 * ({@code ## 一、总体情况}), a block quote's {@code >} and a list item's bullet ({@code - }, {@code * },
 * {@code + }) at the start of a line go, and so do the markers of bold or italic text written in pairs
 * on one line ({@code **278.6万户**}, {@code __增长10.2%__}) and a link's brackets and address
 * ({@code [统计公报](https://…)} → {@code 统计公报}). A table's pipes stay (the table reader reads them);
 * a lone {@code *} or {@code #} (a footnote mark, a hashtag) stays text. The offset map keeps every
 * record's evidence on the original characters.
 */
final class MarkdownStep extends EditingStep {
    MarkdownStep() {
        super("markdown");
    }

    @Override
    void edit(String text, Edits out) {
        int n = text.length();
        int start = 0;
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            editLine(text, start, end, out);
            start = end + 1;
        }
    }

    private static void editLine(String t, int s, int e, Edits out) {
        int i = s;
        while (i < e && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        int lead = leadingMarker(t, i, e);
        if (lead > i) {
            out.delete(i, lead);
            i = lead;
        }
        while (i < e) {
            char c = t.charAt(i);
            if ((c == '*' || c == '_') && i + 1 < e && t.charAt(i + 1) == c) {
                int close = t.indexOf(String.valueOf(new char[] {c, c}), i + 2);
                if (close > i + 2 && close + 2 <= e) {
                    out.delete(i, i + 2);
                    out.delete(close, close + 2);
                    i = close + 2;
                    continue;
                }
            } else if (c == '[') {
                int close = t.indexOf("](", i + 1);
                int paren = close < 0 ? -1 : t.indexOf(')', close + 2);
                if (close > i + 1 && close < e && paren > close && paren < e && isAddress(t, close + 2, paren)) {
                    out.delete(i, i + 1);
                    out.delete(close, paren + 1);
                    i = paren + 1;
                    continue;
                }
            }
            i++;
        }
    }

    /** The end of a heading's hashes, a quote's > or a bullet (with the spaces after it) at i, or i. */
    private static int leadingMarker(String t, int i, int e) {
        int j = i;
        if (j < e && t.charAt(j) == '#') {
            while (j < e && j - i < 6 && t.charAt(j) == '#') {
                j++;
            }
        } else if (j < e && (t.charAt(j) == '>' || t.charAt(j) == '-' || t.charAt(j) == '*' || t.charAt(j) == '+')) {
            j++;
        } else {
            return i;
        }
        if (j >= e || t.charAt(j) != ' ') {
            return i; // #数说#, -5.2%, *注: no marker
        }
        while (j < e && t.charAt(j) == ' ') {
            j++;
        }
        char m = t.charAt(i);
        if ((m == '-' || m == '+') && j < e && Character.isDigit(t.charAt(j))) {
            return i; // - 1,200,000: a signed number, not a bullet
        }
        return j;
    }

    private static boolean isAddress(String t, int s, int e) {
        if (e - s < 4) {
            return false;
        }
        for (int k = s; k < e; k++) {
            if (Character.isWhitespace(t.charAt(k))) {
                return false;
            }
        }
        return t.startsWith("http", s) || t.startsWith("/", s) || t.startsWith("www", s);
    }
}
