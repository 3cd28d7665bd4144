package io.zhibiao.quantity;

import static io.zhibiao.quantity.NumChars.isArabic;
import static io.zhibiao.quantity.NumChars.isChinesePoint;
import static io.zhibiao.quantity.NumChars.isCloseQuote;
import static io.zhibiao.quantity.NumChars.isDecimalPoint;
import static io.zhibiao.quantity.NumChars.isInlineSpace;
import static io.zhibiao.quantity.NumChars.isLatin;
import static io.zhibiao.quantity.NumChars.isMinus;
import static io.zhibiao.quantity.NumChars.isOpenQuote;
import static io.zhibiao.quantity.NumChars.isRangeDash;
import static io.zhibiao.quantity.TextScan.at;
import static io.zhibiao.quantity.TextScan.digits;

import io.zhibiao.QuantityMention.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks that reject a candidate that is not an amount, each naming itself in the candidate's
 * {@code veto}: {@code date} (2020-05-26, 7·25), {@code after-word} (2020年, 22届, 12吋 … from
 * contexts.tsv), {@code after-unit-word} (万吨级), {@code per-word} (每千人), {@code before-word}
 * (编号12), {@code clock} (18:59, 九点零九), {@code url}, {@code code} (D887, eight digits or more,
 * 400-123-4567), {@code model} (5G, C919), {@code slogan} (“1253”), {@code list-marker} (一、, (1)),
 * {@code year} (a bare 1900–2099) and {@code version} (2.0); then the {@link ReadingPolicy}.
 */
final class NonQuantityChecks {
    private final QuantityLexicon lex;
    private final ReadingPolicy policy;

    NonQuantityChecks(QuantityLexicon lex, ReadingPolicy policy) {
        this.lex = lex;
        this.policy = policy;
    }

    /** Rejects what is not an amount; sets {@code veto} and where the scan goes on. */
    void check(String t, Candidate cd, int[] urls) {
        Numeral num = cd.numeral;
        int n = t.length();
        boolean unitless = cd.unitInfo == null || cd.unitInfo.base() == null;
        boolean plainNumber = cd.type == Type.NUMBER && (cd.rule.equals("number") || cd.rule.equals("range"));
        int coreStart = num == null ? cd.start : num.start;
        int coreEnd = num == null ? cd.end : num.end;
        if (num != null && num.hasArabic) {
            int d = datePattern(t, coreStart, unitless);
            if (d > 0) {
                reject(cd, "date", d);
                return;
            }
        }
        if (cd.afterPos >= 0 && cd.suffix == null && (unitless || cd.type == Type.NUMBER)) {
            WordTable.Hit<QuantityLexicon.Context> w = lex.afterWords.longestAt(t, cd.afterPos);
            if (w != null && !(cd.type == Type.PERCENT)) {
                reject(cd, "after-word:" + w.word(), Math.max(cd.skipTo, cd.afterPos));
                return;
            }
            if (isChinesePoint(at(t, cd.afterPos)) && cd.type == Type.NUMBER && num != null
                    && num.value.compareTo(BigDecimal.valueOf(24)) <= 0) {
                reject(cd, "clock", cd.afterPos + 1);
                return;
            }
        }
        int end = cd.suffixEnd >= 0 ? cd.suffixEnd : cd.end;
        if (lex.afterUnitWords.longestAt(t, end) != null && cd.type != Type.ORDINAL) {
            reject(cd, "after-unit-word", end);
            return;
        }
        if (cd.prefixStart < 0 && lex.perWords.longestEndingAt(t, cd.start, 0) != null && cd.type != Type.ORDINAL) {
            reject(cd, "per-word", end); // 每千人拥有…: the denominator of a rate
            return;
        }
        if (cd.prefixStart < 0 && lex.beforeWords.longestEndingAt(t, cd.start, 0) != null && cd.type != Type.ORDINAL
                && unitless) {
            reject(cd, "before-word", cd.skipTo);
            return;
        }
        if (num != null && num.decimal && plainNumber && unitless && clockWithPoint(t, num)) {
            reject(cd, "clock", cd.skipTo); // 9点20, 九点零九
            return;
        }
        if (num != null && inUrl(urls, coreStart)) {
            reject(cd, "url", cd.skipTo);
            return;
        }
        if (num != null && num.hasArabic && plainNumber) {
            char a = at(t, coreEnd);
            char b = at(t, coreStart - 1);
            if (num.arabicInteger && num.arabicDigits <= 2 && (((a == ':' || a == '：') && clockPart(t, coreEnd + 1, true))
                    || ((b == ':' || b == '：') && clockPart(t, coreStart - 2, false)))) {
                reject(cd, "clock", cd.skipTo); // 18:59, 09:36:46; not a ratio 14.6:44.9
                return;
            }
            if (((a == '·' || a == '•' || a == '.') && isArabic(at(t, coreEnd + 1)))
                    || ((b == '·' || b == '•') && isArabic(at(t, coreStart - 2)))) {
                reject(cd, "date", cd.skipTo);
                return;
            }
        }
        if (num != null && num.hasArabic && num.arabicInteger && cd.type != Type.ORDINAL && isLatin(at(t, cd.start - 1))
                && !isLatin(at(t, cd.start - 2))) {
            reject(cd, "code", cd.skipTo); // D887次, G1234次: one letter and digits name a train or a line
            return;
        }
        if (num != null && unitless && cd.type != Type.ORDINAL) {
            char b = at(t, cd.start - 1);
            int after = cd.afterPos >= 0 ? cd.afterPos : cd.end;
            if (isLatin(b) || (isMinus(b) && isLatin(at(t, cd.start - 2))) || isLatin(at(t, after))
                    || (cd.type == Type.PERCENT && isLatin(at(t, coreEnd)))) {
                reject(cd, "model", cd.skipTo);
                return;
            }
        }
        if (plainNumber && unitless && num != null && slogan(t, coreStart, cd.end, num)) {
            reject(cd, "slogan", cd.skipTo);
            return;
        }
        if (plainNumber && unitless && num != null && listMarker(t, coreStart, cd.end, num)) {
            reject(cd, "list-marker", cd.skipTo);
            return;
        }
        if (plainNumber && unitless && num != null && num.hasArabic) {
            if ((num.arabicInteger && (num.arabicDigits >= 8 || num.leadingZero)) || dashChain(t, coreStart, coreEnd)) {
                reject(cd, "code", cd.skipTo);
                return;
            }
            if (num.arabicInteger && num.arabicDigits == 4 && cd.unitInfo == null && !cd.qualified()
                    && num.value.compareTo(BigDecimal.valueOf(1900)) >= 0
                    && num.value.compareTo(BigDecimal.valueOf(2099)) <= 0 && cd.value.signum() > 0
                    && (cd.upper == null || cd.upper.compareTo(BigDecimal.valueOf(2099)) <= 0)) {
                reject(cd, "year", cd.skipTo);
                return;
            }
            if (cd.unitInfo == null && cd.upper == null && num.decimal && !num.hasChinese && coreEnd - coreStart == 3
                    && at(t, coreEnd - 1) == '0' && num.value.compareTo(BigDecimal.TEN) < 0 && !cd.qualified()) {
                reject(cd, "version", cd.skipTo);
                return;
            }
        }
        policy.policy(t, cd, num);
    }

    /** Length of a date written with digits (2020-05-26, 2019.9.6, 2019/04/19) at {@code p}, else 0. */
    static int datePattern(String t, int p, boolean unitless) {
        int n = t.length();
        int a = p;
        while (a < n && isArabic(t.charAt(a))) {
            a++;
        }
        if (a - p != 4 && a - p != 2) {
            return 0;
        }
        char sep = at(t, a);
        if (sep != '-' && sep != '/' && sep != '.' && sep != '－' && sep != '／' && sep != '．') {
            return 0;
        }
        int b = a + 1;
        while (b < n && isArabic(t.charAt(b)) && b - a <= 3) {
            b++;
        }
        int monthDigits = b - a - 1;
        if (monthDigits < 1 || monthDigits > 2 || isArabic(at(t, b))) {
            return 0;
        }
        int month = Integer.parseInt(digits(t, a + 1, b));
        if (month < 1 || month > 12) {
            return 0;
        }
        if (at(t, b) == sep && isArabic(at(t, b + 1))) {
            int c = b + 1;
            while (c < n && isArabic(t.charAt(c)) && c - b <= 3) {
                c++;
            }
            if (c - b - 1 <= 2) {
                return c;
            }
            return 0;
        }
        if (a - p == 4 && unitless && (sep != '.' || monthDigits == 2 || isRangeDash(at(t, b)))) {
            int year = Integer.parseInt(digits(t, p, a));
            if (year >= 1900 && year <= 2100) {
                char s2 = at(t, b);
                if ((s2 == '-' || s2 == '/' || s2 == '.' || s2 == '－') && isArabic(at(t, b + 1))) {
                    int c = b + 1;
                    while (c < n && isArabic(t.charAt(c)) && c - b <= 3) {
                        c++;
                    }
                    if (c - b - 1 <= 2 && !isDecimalPoint(at(t, c))) {
                        return c; // 1994.01-19
                    }
                }
                return b;
            }
        }
        return 0;
    }

    /** One or two digits, not part of a decimal, at {@code p} (reading forward or backward). */
    private static boolean clockPart(String t, int p, boolean forward) {
        int k = p;
        int digits = 0;
        while (k >= 0 && k < t.length() && isArabic(t.charAt(k))) {
            digits++;
            k += forward ? 1 : -1;
        }
        char c = at(t, k);
        return digits >= 1 && digits <= 2 && !isDecimalPoint(c) && c != '．';
    }

    /** 9点20 (Arabic hour, 点, two-digit minute) and 九点零九 (hour, 点, 零 and a digit) are clock times. */
    private static boolean clockWithPoint(String t, Numeral num) {
        int p = -1;
        for (int k = num.start; k < num.end; k++) {
            if (isChinesePoint(t.charAt(k))) {
                p = k;
                break;
            }
        }
        if (p < 0 || num.value.compareTo(BigDecimal.valueOf(25)) >= 0) {
            return false;
        }
        String frac = t.substring(p + 1, num.end).strip();
        if (frac.length() != 2) {
            return false;
        }
        if (isArabic(frac.charAt(0)) && isArabic(frac.charAt(1)) && isArabic(t.charAt(p - 1))) {
            return NumChars.arabic(frac.charAt(0)) <= 5;
        }
        return (frac.charAt(0) == '零' || frac.charAt(0) == '〇') && NumChars.chineseDigit(frac.charAt(1)) > 0
                && num.value.compareTo(BigDecimal.ONE) >= 0;
    }

    /** The runs of URLs (http://…, www.…) in a text, as [start, end) pairs in text order; linear. */
    static int[] urls(String t) {
        List<int[]> runs = new ArrayList<>();
        int from = 0;
        int n = t.length();
        while (from < n) {
            int a = t.indexOf("://", from);
            int b = t.indexOf("www.", from);
            int k = a < 0 ? b : b < 0 ? a : Math.min(a, b);
            if (k < 0) {
                break;
            }
            int s = k;
            int limit = runs.isEmpty() ? 0 : runs.get(runs.size() - 1)[1];
            while (s > limit && urlChar(t.charAt(s - 1))) {
                s--;
            }
            int e = k + 3;
            while (e < n && urlChar(t.charAt(e))) {
                e++;
            }
            runs.add(new int[] {s, e});
            from = e;
        }
        int[] out = new int[runs.size() * 2];
        for (int r = 0; r < runs.size(); r++) {
            out[2 * r] = runs.get(r)[0];
            out[2 * r + 1] = runs.get(r)[1];
        }
        return out;
    }

    private static boolean urlChar(char c) {
        return c > ' ' && c <= '~';
    }

    /** True if {@code pos} lies in one of the URL runs. */
    private static boolean inUrl(int[] urls, int pos) {
        int lo = 0;
        int hi = urls.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (pos < urls[2 * mid]) {
                hi = mid - 1;
            } else if (pos >= urls[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** “1253”, “3+6”: a number that is the whole content of quotation marks (three characters or more). */
    private static boolean slogan(String t, int start, int end, Numeral num) {
        int l = start - 1;
        int count = 0;
        while (l >= 0 && count < 12 && sloganChar(t.charAt(l))) {
            l--;
            count++;
        }
        if (l < 0 || !isOpenQuote(t.charAt(l))) {
            return false;
        }
        int r = end;
        count = 0;
        while (r < t.length() && count < 12 && sloganChar(t.charAt(r))) {
            r++;
            count++;
        }
        return r < t.length() && isCloseQuote(t.charAt(r)) && r - l - 1 >= 3;
    }

    private static boolean sloganChar(char c) {
        return isArabic(c) || NumChars.isChineseNumeral(c) || c == '+' || c == '＋' || c == '·' || c == '-'
                || isInlineSpace(c) || c == 'N' || c == 'X';
    }

    /** 一、 1、 (1) （一） at the start of a line or an enumeration. */
    private static boolean listMarker(String t, int start, int end, Numeral num) {
        if (num.decimal || num.arabicDigits > 2 || (num.hasChinese && num.chineseChars > 3)) {
            return false;
        }
        char a = at(t, end);
        char b = at(t, start - 1);
        if ((b == '(' || b == '（' || b == '【' || b == '[' || b == '［') && (a == ')' || a == '）' || a == '】' || a == ']'
                || a == '］')) {
            return true;
        }
        boolean lineStart = start == 0 || b == '\n' || b == '\r';
        if (!lineStart) {
            int k = start - 1;
            while (k >= 0 && isInlineSpace(t.charAt(k))) {
                k--;
            }
            lineStart = k < 0 || t.charAt(k) == '\n' || t.charAt(k) == '\r';
        }
        if (a == '、') {
            return lineStart || num.hasChinese;
        }
        if ((a == '.' || a == '．') && !isArabic(at(t, end + 1))) {
            return lineStart;
        }
        return (a == ')' || a == '）') && lineStart;
    }

    /** 400-123-4567: three or more digit groups joined by dashes. */
    private static boolean dashChain(String t, int start, int end) {
        int groups = 1;
        int p = start;
        for (int k = 0; k < 2; k++) {
            if (p >= 2 && isMinus(t.charAt(p - 1)) && isArabic(t.charAt(p - 2))) {
                p -= 2;
                while (p > 0 && isArabic(t.charAt(p - 1))) {
                    p--;
                }
                groups++;
            } else {
                break;
            }
        }
        p = end;
        for (int k = 0; k < 2; k++) {
            if (p + 1 < t.length() && isMinus(t.charAt(p)) && isArabic(t.charAt(p + 1))) {
                p += 1;
                while (p < t.length() && isArabic(t.charAt(p))) {
                    p++;
                }
                groups++;
            } else {
                break;
            }
        }
        return groups >= 3;
    }

    static void reject(Candidate cd, String why, int skipTo) {
        cd.veto = why;
        cd.skipTo = Math.max(cd.skipTo, skipTo);
    }
}
