package io.zhibiao.text;

/** Shape tests on one line {@code text[s, e)} (without its line break), shared by the line and space steps. */
final class LineShape {
    private LineShape() {
    }

    /** Widest line, in half-ideograph units, that can still be a headline. */
    static final int MAX_HEADING_WIDTH = 80;

    /**
     * The printed width of a line in half-ideograph units: an ideograph, full-width form or CJK
     * punctuation is 2, an ASCII char (digits and Latin print half-width in Chinese newspapers), an
     * ASCII space and the curly quotes (set narrow) are 1, an ideographic space is 2. Spaced-out text
     * counts its spaces: they fill the column like the chars do.
     */
    static int width(String text, int s, int e) {
        int w = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            if (c == '\u3000') {
                w += 2;
            } else if (c < 0x2000 || Chars.isSpace(c) || Chars.isNarrowQuote(c)) {
                w += 1;
            } else {
                w += 2;
            }
        }
        return w;
    }

    /** True if the line has a comma, full stop, semicolon, exclamation or question mark. */
    static boolean hasSentencePunct(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Chars.isSentencePunct(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shaped like a headline or a byline: no sentence punctuation, at most
     * {@value #MAX_HEADING_WIDTH} half-units wide, and a space between two phrases of 2+ ideographs
     * each ({@code 渝北 产业五“千亿” 生态“双十万”}, {@code 九龙坡区委书记 覃昌德}). Spaced-out single
     * chars ({@code 分 别 增 长}) and a space before a number do not count.
     */
    static boolean isHeadingShaped(String text, int s, int e) {
        if (hasSentencePunct(text, s, e) || width(text, s, e) > MAX_HEADING_WIDTH) {
            return false;
        }
        int prevHan = -1; // Han chars in the previous run, -1 before the first run
        boolean prevEndsWell = false;
        int i = s;
        while (i < e) {
            while (i < e && Chars.isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= e) {
                break;
            }
            int runStart = i;
            int han = 0;
            while (i < e && !Chars.isSpace(text.charAt(i))) {
                int cp = text.codePointAt(i);
                if (Chars.isHan(cp)) {
                    han++;
                }
                i += Character.charCount(cp);
            }
            char first = text.charAt(runStart);
            boolean startsWell = Chars.isHan(text.codePointAt(runStart)) || first == '“' || first == '‘'
                    || first == '《' || first == '（' || first == '「';
            if (prevHan >= 2 && prevEndsWell && han >= 2 && startsWell) {
                return true;
            }
            char last = text.charAt(i - 1);
            prevEndsWell = Chars.isHan(text.codePointBefore(i)) || Chars.isClosing(last);
            prevHan = han;
        }
        return false;
    }

    /** Could be a headline, a subtitle, a box title: no sentence punctuation and not wide. */
    static boolean isHeadingLike(String text, int s, int e) {
        return !hasSentencePunct(text, s, e) && width(text, s, e) <= MAX_HEADING_WIDTH;
    }
}
