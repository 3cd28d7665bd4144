package io.zhibiao.quantity;

import static io.zhibiao.quantity.NumChars.isHan;
import static io.zhibiao.quantity.NumChars.isInlineSpace;

import java.math.BigDecimal;

/**
 * Small helpers of the finder's rules over the text being scanned: the character at a position (0
 * outside), skipping spaces inside a line, word boundaries, a written sign, digits as a string.
 */
final class TextScan {
    private TextScan() {
    }

    /** The first position at or after {@code p} that is not a space inside a line. */
    static int skipSp(String t, int p) {
        int n = t.length();
        while (p < n && isInlineSpace(t.charAt(p))) {
            p++;
        }
        return p;
    }

    /** The character at {@code p}, or 0 outside the text. */
    static char at(String t, int p) {
        return p >= 0 && p < t.length() ? t.charAt(p) : 0;
    }

    /** Not part of a word: text edge, punctuation, space, digit or Latin letter. */
    static boolean wordBoundary(String t, int p) {
        return p < 0 || p >= t.length() || !isHan(t.charAt(p));
    }

    /** {@code v}, negated when a minus sign was written. */
    static BigDecimal signed(BigDecimal v, boolean neg) {
        return neg ? v.negate() : v;
    }

    /** The Arabic digits (ASCII or full-width) in [s, e) as an ASCII string. */
    static String digits(String t, int s, int e) {
        StringBuilder sb = new StringBuilder();
        for (int k = s; k < e; k++) {
            sb.append(NumChars.arabic(t.charAt(k)));
        }
        return sb.toString();
    }
}
