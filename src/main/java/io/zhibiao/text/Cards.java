package io.zhibiao.text;

/**
 * The cards of a post's infographic text (图解, 一图读懂, 数说): a block of short lines between
 * blank lines where a label line names an indicator and figure lines give its values, one per
 * line. Read line by line, such a block is no sentence; joined as below it is one clause the
 * record stage reads like running text, and every char still maps back to the original.
 *
 * <pre>
 * 💰地区生产总值        →  💰地区生产总值1356.8亿元，同比增长3.9%
 * 1356.8亿元
 * 同比增长3.9%
 *
 * 2985.6亿元            →  2985.6亿元：地区生产总值，同比增长4.5%   (figure first: a 数读 box item)
 * 地区生产总值
 * 同比增长4.5%
 * </pre>
 *
 * A block is a card when each of its 2 to 8 lines is a <b>label</b> (2 to 16 ideographs, no
 * digit, no sentence punctuation, maybe after a pictograph or a marker) or a <b>figure</b> (a digit,
 * at most {@value #FIGURE_WORDS} ideographs around it, no punctuation but %, ., +, - and arrows,
 * no date: 7月28日), and the lines run label, figure, figure …, label, figure … (every label
 * followed by a figure), or figure, label, figure … (one card, its figure first). Between a label
 * and its first figure the break vanishes, between two figures it becomes {@code ，}, after the
 * leading figure {@code ：}; a break before a label, and the breaks around a card, are paragraph
 * breaks. Stateless.
 */
final class Cards {
    /** The most ideographs a figure line has besides its number (同比增长, 居全省第位). */
    static final int FIGURE_WORDS = 8;
    static final int MAX_LINES = 8;
    static final int MAX_LABEL = 16;

    /** The joiner of a break that ends a card or comes before one: a paragraph break. */
    static final String END = "\n";

    private Cards() {
    }

    /**
     * For the {@code n} non-blank lines with content bounds {@code cs}/{@code ce} and line numbers
     * {@code lineNo}, the joiner each break {@code k} (between lines k and k + 1) takes inside a card
     * ("" soft, "，", "："), {@link #END} around one (a paragraph break), or null where no card decides it.
     */
    static String[] joiners(String t, int n, int[] cs, int[] ce, int[] lineNo, LayoutMarks marks) {
        String[] out = new String[Math.max(0, n - 1)];
        int k = 0;
        while (k < n) {
            int end = k + 1; // the block: lines k .. end-1, no blank line between them
            while (end < n && lineNo[end] - lineNo[end - 1] == 1) {
                end++;
            }
            int len = end - k;
            if (len >= 2 && len <= MAX_LINES) {
                card(t, k, end, cs, ce, marks, out);
            }
            k = end;
        }
        return out;
    }

    private static void card(String t, int from, int to, int[] cs, int[] ce, LayoutMarks marks, String[] out) {
        char[] kind = new char[to - from];
        for (int i = from; i < to; i++) {
            int s = contentStart(t, cs[i], ce[i], marks);
            kind[i - from] = isFigure(t, s, ce[i]) ? 'F' : isLabel(t, s, ce[i]) ? 'L' : '?';
            if (kind[i - from] == '?') {
                return;
            }
        }
        boolean figureFirst = kind[0] == 'F';
        if (figureFirst) {
            // figure, label, figure …: one card
            if (kind[1] != 'L') {
                return;
            }
            for (int i = 2; i < kind.length; i++) {
                if (kind[i] != 'F') {
                    return;
                }
            }
            if (!startsWithDigit(t, contentStart(t, cs[from], ce[from], marks), ce[from])) {
                return; // 同比增长4.5% above a label is no card's leading figure
            }
        } else {
            // label, figure, figure …, label, figure …: every label has a figure after it
            for (int i = 0; i < kind.length; i++) {
                if (kind[i] == 'L' && (i + 1 >= kind.length || kind[i + 1] != 'F')) {
                    return;
                }
            }
        }
        for (int i = 0; i + 1 < kind.length; i++) {
            String j;
            if (figureFirst && i == 0) {
                j = "：";
            } else if (kind[i] == 'L') {
                j = figureFirst ? "，" : "";
            } else if (kind[i + 1] == 'F') {
                j = "，";
            } else {
                j = null; // a figure, then the next card's label: the line rules' paragraph break
            }
            out[from + i] = j;
        }
        if (from > 0) {
            out[from - 1] = END; // a card is a paragraph of its own: never glued to the line before
        }
        if (to - 1 < out.length) {
            out[to - 1] = END; // … nor to the line after (4.5% / blank / 1288.3亿元 is no number going on)
        }
    }

    /** After any leading pictographs, markers and spaces. */
    static int contentStart(String t, int s, int e, LayoutMarks marks) {
        int i = s;
        while (i < e) {
            int cp = t.codePointAt(i);
            if (Chars.isPictograph(cp) || marks.isMarker(t.charAt(i)) || Chars.isSpace(t.charAt(i)) || cp == 0xFE0F) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return i;
    }

    /** 1356.8亿元, 同比增长3.9%, ↑5.6%, +4.2%, 居全省第3位: a number and a few words, nothing else. */
    static boolean isFigure(String t, int s, int e) {
        boolean digit = false;
        int words = 0;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
                if (i + 1 < e && "年月日时".indexOf(t.charAt(i + 1)) >= 0) {
                    return false; // a date or a time: 7月28日
                }
            } else if (Character.isIdeographic(c)) {
                words++;
            } else if (".%+-↑↓⬆⬇ ".indexOf(c) < 0 && !Character.isLetter(c)) {
                return false; // punctuation, a colon, a hashtag: no card's figure
            }
        }
        return digit && words <= FIGURE_WORDS;
    }

    /** 地区生产总值, 规上工业增加值增速: ideographs (maybe quoted or bracketed), no digit, no sentence. */
    static boolean isLabel(String t, int s, int e) {
        int words = 0;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (Character.isIdeographic(c)) {
                words++;
            } else if ("“”（）()《》、·：:".indexOf(c) < 0 && !(Character.isLetter(c) && c < 0x80)) {
                return false;
            }
        }
        return words >= 2 && words <= MAX_LABEL && !(e > s && "：:".indexOf(t.charAt(s)) >= 0);
    }

    private static boolean startsWithDigit(String t, int s, int e) {
        return s < e && t.charAt(s) >= '0' && t.charAt(s) <= '9';
    }
}
