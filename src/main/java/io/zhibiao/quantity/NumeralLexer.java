package io.zhibiao.quantity;

import static io.zhibiao.quantity.NumChars.arabic;
import static io.zhibiao.quantity.NumChars.big;
import static io.zhibiao.quantity.NumChars.chineseDigit;
import static io.zhibiao.quantity.NumChars.isArabic;
import static io.zhibiao.quantity.NumChars.isChineseNumeral;
import static io.zhibiao.quantity.NumChars.isChinesePoint;
import static io.zhibiao.quantity.NumChars.isDecimalPoint;
import static io.zhibiao.quantity.NumChars.isInlineSpace;
import static io.zhibiao.quantity.NumChars.isLiang;
import static io.zhibiao.quantity.NumChars.isThousandsComma;
import static io.zhibiao.quantity.NumChars.place;
import static io.zhibiao.quantity.NumChars.tens;
import static io.zhibiao.quantity.NumeralScanner.MAX_DIGITS;
import static io.zhibiao.quantity.NumeralScanner.MAX_TOKENS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the text at a position into the tokens of one numeral: Arabic runs (full-width digits,
 * thousands separators, decimals), Chinese digits, place words (十百千), 廿卅, magnitudes (万亿兆),
 * Chinese decimal parts (点五), the inner markers 余/多/来/几/数 and a leading 半. Spaces are
 * crossed only where the numeral clearly goes on (一 百 五 十). It decides what may follow what
 * (两 after a digit is the unit 两, 百分之 is the percent rule's, 兆瓦 is a unit); the value is
 * {@link NumeralEvaluator}'s.
 */
final class NumeralLexer {
    private NumeralLexer() {
    }

    enum Kind { ARABIC, DIG, ZERO, PLACE, TENS, BIG, FRAC, MARK, SOME, HALF }

    /** One token of a numeral. */
    static final class Tok {
        final Kind kind;
        final int start;
        final int end;
        /** ARABIC and FRAC: the value; DIG/ZERO: the digit; PLACE: 10/100/1000; TENS: 20/30/40. */
        final BigDecimal value;
        /** BIG: the power of ten. */
        final int pow;
        final char ch;
        boolean integer;
        boolean grouped;
        boolean leadingZero;
        boolean tooLong;
        int digits;

        Tok(Kind kind, int start, int end, BigDecimal value, int pow, char ch) {
            this.kind = kind;
            this.start = start;
            this.end = end;
            this.value = value;
            this.pow = pow;
            this.ch = ch;
        }

        boolean isChinese() {
            return kind != Kind.ARABIC;
        }
    }

    static List<Tok> lex(String t, int i) {
        List<Tok> toks = new ArrayList<>();
        int n = t.length();
        int p = i;
        while (p < n && toks.size() < MAX_TOKENS) {
            int q = p;
            Tok last = toks.isEmpty() ? null : toks.get(toks.size() - 1);
            if (last != null && isInlineSpace(t.charAt(q))) {
                int r = q;
                while (r < n && isInlineSpace(t.charAt(r))) {
                    r++;
                }
                if (r >= n) {
                    break;
                }
                char nc = t.charAt(r);
                boolean nextChinese = isChineseNumeral(nc) || (isChinesePoint(nc) && pointDigits(t, r + 1) > 0)
                        || ((nc == '余' || nc == '多') && nextIsBig(t, r + 1)) || nc == '几' || nc == '幾';
                if (!(nextChinese || (last.isChinese() && isArabic(nc)))) {
                    break;
                }
                q = r;
            }
            if (last != null && last.kind == Kind.DIG && t.charAt(q) == '个' && q + 1 < n && big(t.charAt(q + 1)) > 0
                    && t.charAt(q + 1) != '兆') {
                q++; // 两个亿 = 两亿
            }
            Tok tok = next(t, q, toks, last);
            if (tok == null) {
                break;
            }
            toks.add(tok);
            if (tok.tooLong) {
                break;
            }
            p = tok.end;
        }
        return toks;
    }

    private static Tok next(String t, int q, List<Tok> toks, Tok last) {
        int n = t.length();
        char c = t.charAt(q);
        char c1 = q + 1 < n ? t.charAt(q + 1) : 0;
        char c2 = q + 2 < n ? t.charAt(q + 2) : 0;
        if (isArabic(c) || (last == null && isDecimalPoint(c) && isArabic(c1))) {
            if (last != null && (last.kind == Kind.ARABIC || last.kind == Kind.FRAC)) {
                return null;
            }
            return arabicTok(t, q);
        }
        if (isChinesePoint(c)) {
            if (last == null || last.kind == Kind.FRAC || last.kind == Kind.MARK) {
                return null;
            }
            return fracTok(t, q);
        }
        int d = chineseDigit(c);
        if (d >= 0 && isLiang(c) && last != null && (last.kind == Kind.DIG || last.kind == Kind.ARABIC)) {
            return null; // 二两, 3斤5两: 两 after a digit is the unit 两
        }
        if (d >= 0) {
            return new Tok(d == 0 ? Kind.ZERO : Kind.DIG, q, q + 1, BigDecimal.valueOf(d), 0, c);
        }
        int pl = place(c);
        if (pl > 0 && last != null && last.kind == Kind.ARABIC && "米克瓦卡伏字赫帕".indexOf(c1) >= 0) {
            return null; // 12千米, 2.3千克: the place word starts the unit
        }
        if (pl > 0) {
            if (c1 == '分') {
                if (last == null) {
                    if (!(pl == NumChars.TEN && c2 == '之')) {
                        return null; // 百分之, 千分之 (the percent rule), 十分 (very)
                    }
                } else if (isChinesePoint(c2)) {
                    return null; // 3百分点
                }
            }
            return new Tok(Kind.PLACE, q, q + 1, BigDecimal.valueOf(pl), 0, c);
        }
        int tn = tens(c);
        if (tn > 0) {
            return new Tok(Kind.TENS, q, q + 1, BigDecimal.valueOf(tn), 0, c);
        }
        int bg = big(c);
        if (bg > 0) {
            if (c == '兆' && !(q + 1 < n && (isChineseNumeral(c1) || isArabic(c1)))) {
                return null; // 兆瓦, 兆字节: a unit prefix, not 10^12
            }
            if (last == null && c1 == '分') {
                return null; // 万分之
            }
            return new Tok(Kind.BIG, q, q + 1, null, bg, c);
        }
        if ((c == '余' || c == '多' || c == '来') && last != null && nextIsBig(t, q + 1)) {
            return new Tok(Kind.MARK, q, q + 1, null, 0, c);
        }
        if (c == '几' || c == '幾') {
            if (last == null ? (place(c1) > 0 || big(c1) > 0)
                    : (last.kind == Kind.PLACE || last.kind == Kind.ZERO || last.kind == Kind.TENS)) {
                return new Tok(Kind.SOME, q, q + 1, null, 0, c);
            }
            return null;
        }
        if (c == '数' && last == null && (place(c1) > 0 || big(c1) > 0)) {
            return new Tok(Kind.SOME, q, q + 1, null, 0, c);
        }
        if (c == '半' && last == null && (place(c1) > 0 || (big(c1) > 0 && c1 != '兆'))) {
            return new Tok(Kind.HALF, q, q + 1, new BigDecimal("0.5"), 0, c);
        }
        return null;
    }

    private static boolean nextIsBig(String t, int q) {
        while (q < t.length() && isInlineSpace(t.charAt(q))) {
            q++;
        }
        return q < t.length() && big(t.charAt(q)) > 0 && t.charAt(q) != '兆';
    }

    /** Length of the digits after a 点 at {@code q} (spaces allowed before them), 0 if none. */
    static int pointDigits(String t, int q) {
        int n = t.length();
        int r = q;
        while (r < n && isInlineSpace(t.charAt(r))) {
            r++;
        }
        if (r >= n) {
            return 0;
        }
        char c = t.charAt(r);
        if (isArabic(c) || (chineseDigit(c) >= 0 && !isLiang(c))) {
            return r - q + 1;
        }
        return 0;
    }

    private static Tok fracTok(String t, int q) {
        int n = t.length();
        int r = q + 1;
        while (r < n && isInlineSpace(t.charAt(r))) {
            r++;
        }
        if (r >= n) {
            return null;
        }
        StringBuilder sb = new StringBuilder("0.");
        int end;
        if (isArabic(t.charAt(r))) {
            while (r < n && isArabic(t.charAt(r)) && sb.length() < MAX_DIGITS) {
                sb.append(arabic(t.charAt(r)));
                r++;
            }
            end = r;
        } else {
            end = r;
            while (r < n) {
                char c = t.charAt(r);
                int d = chineseDigit(c);
                if (d >= 0 && !isLiang(c) && sb.length() < MAX_DIGITS) {
                    sb.append(d);
                    r++;
                    end = r;
                } else if (isInlineSpace(c)) {
                    r++;
                } else {
                    break;
                }
            }
        }
        if (sb.length() == 2) {
            return null;
        }
        return new Tok(Kind.FRAC, q, end, new BigDecimal(sb.toString()), 0, t.charAt(q));
    }

    /**
     * A comma at {@code p} groups thousands: an ASCII comma always; a full-width one (also the
     * Chinese enumeration comma) only between full-width digits or when more groups or a decimal
     * part follow (82，225.00元), not in 20，300美元 (two numbers).
     */
    private static boolean groupComma(String t, int q, int p) {
        if (t.charAt(p) == ',') {
            return true;
        }
        if (t.charAt(p - 1) >= '０' && t.charAt(p - 1) <= '９') {
            return true;
        }
        char after = p + 4 < t.length() ? t.charAt(p + 4) : 0;
        return (isDecimalPoint(after) && p + 5 < t.length() && isArabic(t.charAt(p + 5))) || isThousandsComma(after)
                || (q > 0 && isThousandsComma(t.charAt(q - 1)));
    }

    private static Tok arabicTok(String t, int q) {
        int n = t.length();
        StringBuilder sb = new StringBuilder();
        int p = q;
        int intDigits = 0;
        boolean grouped = false;
        boolean tooLong = false;
        if (!isDecimalPoint(t.charAt(p))) {
            while (p < n && isArabic(t.charAt(p))) {
                if (intDigits < MAX_DIGITS) {
                    sb.append(arabic(t.charAt(p)));
                } else {
                    tooLong = true;
                }
                intDigits++;
                p++;
            }
            if (intDigits <= 3) {
                while (p + 3 < n && isThousandsComma(t.charAt(p)) && isArabic(t.charAt(p + 1))
                        && isArabic(t.charAt(p + 2)) && isArabic(t.charAt(p + 3))
                        && (p + 4 >= n || !isArabic(t.charAt(p + 4))) && groupComma(t, q, p)) {
                    if (sb.length() < MAX_DIGITS) {
                        sb.append(arabic(t.charAt(p + 1))).append(arabic(t.charAt(p + 2)))
                                .append(arabic(t.charAt(p + 3)));
                    } else {
                        tooLong = true;
                    }
                    grouped = true;
                    intDigits += 3;
                    p += 4;
                }
            }
        } else {
            sb.append('0');
        }
        boolean decimal = false;
        if (p + 1 < n && isDecimalPoint(t.charAt(p)) && isArabic(t.charAt(p + 1))) {
            sb.append('.');
            p++;
            decimal = true;
            int fd = 0;
            while (p < n && isArabic(t.charAt(p))) {
                if (fd < MAX_DIGITS) {
                    sb.append(arabic(t.charAt(p)));
                } else {
                    tooLong = true;
                }
                fd++;
                p++;
            }
        }
        Tok tok = new Tok(Kind.ARABIC, q, p, tooLong ? BigDecimal.ZERO : new BigDecimal(sb.toString()), 0, t.charAt(q));
        tok.integer = !decimal;
        tok.grouped = grouped;
        tok.digits = intDigits;
        tok.leadingZero = !decimal && intDigits >= 2 && sb.charAt(0) == '0';
        tok.tooLong = tooLong;
        return tok;
    }
}
