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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one numeral at a position: Arabic (full-width, thousands separators, decimals), Chinese
 * (小写, 大写, 繁體, 廿卅), mixed (3.2万亿, 5万4千6百, 1千零20), with Chinese decimals (二十三点五),
 * abbreviated tails (一万三 = 13000, 两千四百五 = 2450), approximate pairs (三五百, 八九亿 as a
 * range) and the inner markers 余/多/几 (十余万, 二十几万). Chinese digits read one by one (一二三,
 * 二〇二〇) come back flagged as a digit string, which is not an amount.
 *
 * <p>The scan is linear in the numeral's length; Arabic runs longer than {@link #MAX_DIGITS}
 * digits and Chinese numerals longer than {@link #MAX_TOKENS} tokens come back flagged
 * {@code tooLong} (no value), so that the finder can skip them whole.
 */
final class NumeralScanner {
    /** Longest Arabic digit run read as a number. */
    static final int MAX_DIGITS = 1000;
    /** Longest Chinese numeral read, in tokens (the longest real numeral has about 30). */
    static final int MAX_TOKENS = 64;

    private final Set<String> magnitudes;

    /** @param magnitudes the magnitudes a unit may carry (万, 亿, 万亿 …), from the unit table */
    NumeralScanner(Set<String> magnitudes) {
        this.magnitudes = magnitudes;
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

    /** A numeral read from the text. */
    static final class Numeral {
        int start;
        int end;
        /** The full value (magnitudes multiplied out); for an approximate pair its lower end. */
        BigDecimal value;
        /** The upper end of an approximate pair (三五百 → 500), else null. */
        BigDecimal upper;
        /** The trailing magnitude that goes with the unit (万, 亿, 万亿), else null. */
        String magText;
        /** Its power of ten (0 when none). */
        int magPow;
        /** Where the trailing magnitude starts. */
        int magStart = -1;
        boolean hasArabic;
        boolean hasChinese;
        /** A single Chinese digit and nothing else (一, 两, 叁). */
        boolean lone;
        /** Only magnitude characters (万, 亿万), no digit and no place word. */
        boolean bareMagnitude;
        /** Contains 十/百/千 or 廿. */
        boolean hasPlace;
        /** Chinese digits read one by one (一二三, 二〇二〇, 五五): not an amount by itself. */
        boolean digitString;
        boolean decimal;
        /** 余/多/几/数 inside (十余万, 二十几万, 数十亿). */
        boolean moreThan;
        /** 来 inside (十来万): about. */
        boolean about;
        /** The last digit is an abbreviated tail (一万三). */
        boolean abbreviated;
        /** A plain Arabic integer: no separators, no decimals, nothing Chinese. */
        boolean arabicInteger;
        /** Digits of a plain Arabic integer. */
        int arabicDigits;
        boolean leadingZero;
        boolean grouped;
        /** Beyond the reading limit: not a number; skip it whole. */
        boolean tooLong;
        /** The numeral ends with a place word (三百, 九千). */
        boolean endsWithPlace;
        /** The last place word's value when the numeral is a single digit times a place (3百 → 100). */
        int leadPlace;
        int leadDigit;
        /** Number of Chinese numeral characters. */
        int chineseChars;
        /** Contains a digit (Arabic or Chinese, or a decimal part): 上千 and 万 have none. */
        boolean hasDigit;

        /** The value with the trailing magnitude taken out (617.4亿 → 617.4). */
        BigDecimal coefficient() {
            return strip(value.movePointLeft(magPow));
        }

        BigDecimal upperCoefficient() {
            return upper == null ? null : strip(upper.movePointLeft(magPow));
        }
    }

    static BigDecimal strip(BigDecimal d) {
        if (d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** True if a numeral may start at {@code i}. */
    static boolean startsNumeral(String t, int i) {
        if (i < 0 || i >= t.length()) {
            return false;
        }
        char c = t.charAt(i);
        if (isArabic(c) || isChineseNumeral(c)) {
            return true;
        }
        if (isDecimalPoint(c)) {
            char b = i > 0 ? t.charAt(i - 1) : ' ';
            return i + 1 < t.length() && isArabic(t.charAt(i + 1)) && !isArabic(b) && !isDecimalPoint(b)
                    && !NumChars.isLatin(b) && b != '/' && b != ':' && b != '%';
        }
        if (c == '几' || c == '幾' || c == '数' || c == '半') {
            return i + 1 < t.length() && (place(t.charAt(i + 1)) > 0 || big(t.charAt(i + 1)) > 0);
        }
        return false;
    }

    /** Reads the numeral starting at {@code i}, or null. */
    Numeral scan(String t, int i) {
        List<Tok> toks = lex(t, i);
        if (toks.isEmpty()) {
            return null;
        }
        Tok first = toks.get(0);
        if (first.tooLong) {
            Numeral n = new Numeral();
            n.start = i;
            n.end = first.end;
            n.value = BigDecimal.ZERO;
            n.tooLong = true;
            n.hasArabic = true;
            return n;
        }
        if (toks.size() >= MAX_TOKENS) {
            Numeral n = new Numeral();
            n.start = i;
            n.end = toks.get(toks.size() - 1).end;
            n.value = BigDecimal.ZERO;
            n.tooLong = true;
            n.hasChinese = true;
            return n;
        }
        if (toks.size() >= 2 && isDigitTok(first) && isDigitTok(toks.get(1))) {
            return digitsOrPair(t, toks);
        }
        Eval e = evaluate(toks, 0);
        if (e.consumed == 0) {
            return null;
        }
        return build(toks, e, null);
    }

    private static boolean isDigitTok(Tok k) {
        return k.kind == Kind.DIG || k.kind == Kind.ZERO;
    }

    /** 三五百, 八九亿 (an approximate pair) or 一二三, 二〇二〇 (a digit string). */
    private Numeral digitsOrPair(String t, List<Tok> toks) {
        Tok a = toks.get(0);
        Tok b = toks.get(1);
        int va = a.value.intValue();
        int vb = b.value.intValue();
        boolean pair = (vb == va + 1 && va >= 2 && va <= 8) || (va == 3 && vb == 5);
        if (pair && toks.size() >= 3 && (toks.get(2).kind == Kind.PLACE || toks.get(2).kind == Kind.BIG)) {
            List<Tok> low = new ArrayList<>(toks.subList(1, toks.size()));
            low.set(0, new Tok(Kind.DIG, a.start, b.end, a.value, 0, a.ch));
            List<Tok> high = new ArrayList<>(toks.subList(1, toks.size()));
            high.set(0, new Tok(Kind.DIG, a.start, b.end, b.value, 0, b.ch));
            Eval el = evaluate(low, 0);
            Eval eh = evaluate(high, 0);
            if (el.consumed >= 2 && el.consumed == eh.consumed) {
                Numeral n = build(low, el, eh.value);
                n.chineseChars++;
                return n;
            }
        }
        // a digit string: every digit one by one, then perhaps a decimal part
        StringBuilder sb = new StringBuilder();
        int k = 0;
        while (k < toks.size() && isDigitTok(toks.get(k))) {
            sb.append(toks.get(k).value.intValue());
            k++;
        }
        int end = toks.get(k - 1).end;
        boolean decimal = false;
        if (k < toks.size() && toks.get(k).kind == Kind.FRAC) {
            sb.append(toks.get(k).value.toPlainString().substring(1));
            end = toks.get(k).end;
            decimal = true;
        }
        Numeral n = new Numeral();
        n.start = toks.get(0).start;
        n.end = end;
        n.value = new BigDecimal(sb.toString());
        n.digitString = true;
        n.hasChinese = true;
        n.hasDigit = true;
        n.decimal = decimal;
        n.chineseChars = k;
        return n;
    }

    // ---------------------------------------------------------------- lexing

    private List<Tok> lex(String t, int i) {
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

    private Tok next(String t, int q, List<Tok> toks, Tok last) {
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

    // ---------------------------------------------------------------- evaluation

    /** The result of evaluating a token list: how many tokens make a valid numeral, and its value. */
    private static final class Eval {
        int consumed;
        BigDecimal value = BigDecimal.ZERO;
        boolean moreThan;
        boolean abbreviated;
    }

    private static BigDecimal pow10(int p) {
        return BigDecimal.ONE.scaleByPowerOfTen(p);
    }

    /**
     * Evaluates tokens from {@code from}, stopping at the first token that cannot continue a valid
     * numeral. Place words must fall (一千一百一十), 万/亿 multiply what precedes them when larger
     * than the last magnitude (五百万亿) and add a new section when smaller (四亿五千万).
     */
    private static Eval evaluate(List<Tok> toks, int from) {
        Eval ev = new Eval();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal pending = null;
        BigDecimal frac = null;
        int lastPlace = Integer.MAX_VALUE;
        int lastBig = -1;
        boolean closed = false;
        boolean sectionHasNumber = false;
        Kind prev = null; // previous token kind, MARK skipped
        int prevPlace = 0;
        for (int k = from; k < toks.size(); k++) {
            Tok t = toks.get(k);
            Tok next = k + 1 < toks.size() ? toks.get(k + 1) : null;
            Kind nk = next == null ? null : next.kind;
            boolean first = k == from;
            switch (t.kind) {
                case ARABIC:
                    if (pending != null || frac != null || closed || t.tooLong) {
                        return finish(ev, total, section, pending, frac);
                    }
                    if (!t.integer && nk != null && nk != Kind.BIG && nk != Kind.MARK) {
                        // 1.5千? read only the decimal number
                        pending = t.value;
                        ev.consumed = k + 1;
                        return finish(ev, total, section, pending, frac);
                    }
                    pending = t.value;
                    sectionHasNumber = true;
                    break;
                case DIG: {
                    if (pending != null || frac != null || closed) {
                        return finish(ev, total, section, pending, frac);
                    }
                    boolean nextScales = nk == Kind.PLACE || nk == Kind.BIG || nk == Kind.TENS;
                    if (isLiang(t.ch) && !first && !nextScales) {
                        return finish(ev, total, section, pending, frac); // 三十两: 两 is the unit
                    }
                    boolean afterScale = (prev == Kind.PLACE && prevPlace >= 100) || prev == Kind.BIG;
                    if (afterScale && !nextScales && !isLiang(t.ch)) {
                        // abbreviated tail: 一万三 = 13000, 两千四百五 = 2450
                        int unit = prev == Kind.BIG ? lastBig - 1 : log10(prevPlace) - 1;
                        section = section.add(t.value.multiply(pow10(unit)));
                        closed = true;
                        ev.abbreviated = true;
                    } else {
                        pending = t.value;
                    }
                    sectionHasNumber = true;
                    break;
                }
                case ZERO:
                    if (pending != null || frac != null || closed) {
                        return finish(ev, total, section, pending, frac);
                    }
                    if (first && (nk == null || nk == Kind.FRAC)) {
                        pending = BigDecimal.ZERO; // 零, 零点五
                    }
                    sectionHasNumber = true;
                    break;
                case PLACE: {
                    int p = t.value.intValue();
                    if (frac != null || closed || p >= lastPlace) {
                        return finish(ev, total, section, pending, frac);
                    }
                    BigDecimal mult;
                    if (pending != null) {
                        mult = pending;
                    } else if (first || prev == Kind.ZERO || p == NumChars.TEN || prev == Kind.BIG) {
                        mult = BigDecimal.ONE;
                        if (prev == Kind.BIG && p != NumChars.TEN) {
                            return finish(ev, total, section, pending, frac);
                        }
                    } else {
                        return finish(ev, total, section, pending, frac);
                    }
                    section = section.add(mult.multiply(t.value));
                    pending = null;
                    lastPlace = p;
                    sectionHasNumber = true;
                    break;
                }
                case TENS:
                    if (frac != null || closed || pending != null || lastPlace <= NumChars.TEN) {
                        return finish(ev, total, section, pending, frac);
                    }
                    section = section.add(t.value);
                    lastPlace = NumChars.TEN;
                    sectionHasNumber = true;
                    break;
                case SOME:
                    if (pending != null || frac != null || closed) {
                        return finish(ev, total, section, pending, frac);
                    }
                    pending = first ? BigDecimal.ONE : BigDecimal.ZERO;
                    ev.moreThan = true;
                    sectionHasNumber = true;
                    break;
                case HALF:
                    if (!first) {
                        return finish(ev, total, section, pending, frac);
                    }
                    pending = t.value;
                    sectionHasNumber = true;
                    break;
                case MARK:
                    ev.moreThan = true;
                    ev.consumed = k + 1;
                    continue; // prev stays
                case FRAC:
                    if (frac != null || (pending == null && !sectionHasNumber && total.signum() == 0 && lastBig < 0)) {
                        return finish(ev, total, section, pending, frac);
                    }
                    if (pending != null && pending.scale() > 0) {
                        return finish(ev, total, section, pending, frac); // 1.5点3
                    }
                    frac = t.value;
                    break;
                case BIG: {
                    BigDecimal sv = section.add(pending == null ? BigDecimal.ZERO : pending)
                            .add(frac == null ? BigDecimal.ZERO : frac);
                    int effective = t.pow;
                    if (prev == Kind.BIG && !sectionHasNumber) {
                        total = total.multiply(pow10(t.pow)); // 万亿, 万万, 万余亿
                        effective = lastBig + t.pow;
                    } else {
                        if (!sectionHasNumber) {
                            if (!first) {
                                return finish(ev, total, section, pending, frac);
                            }
                            sv = BigDecimal.ONE; // 万九 (Duckling: 19000), bare 万
                        }
                        if (lastBig < 0 || t.pow > lastBig) {
                            total = total.add(sv).multiply(pow10(t.pow));
                        } else if (t.pow < lastBig) {
                            total = total.add(sv.multiply(pow10(t.pow)));
                        } else {
                            return finish(ev, total, section, pending, frac);
                        }
                    }
                    lastBig = effective;
                    section = BigDecimal.ZERO;
                    pending = null;
                    frac = null;
                    lastPlace = Integer.MAX_VALUE;
                    closed = false;
                    sectionHasNumber = false;
                    break;
                }
                default:
                    return finish(ev, total, section, pending, frac);
            }
            prev = t.kind;
            prevPlace = t.kind == Kind.PLACE ? t.value.intValue() : 0;
            ev.consumed = k + 1;
        }
        return finish(ev, total, section, pending, frac);
    }

    private static Eval finish(Eval ev, BigDecimal total, BigDecimal section, BigDecimal pending, BigDecimal frac) {
        BigDecimal v = total.add(section);
        if (pending != null) {
            v = v.add(pending);
        }
        if (frac != null) {
            v = v.add(frac);
        }
        ev.value = v;
        return ev;
    }

    private static int log10(int p) {
        return p == NumChars.TEN ? 1 : p == NumChars.HUNDRED ? 2 : 3;
    }

    /**
     * Builds the numeral from the tokens an evaluation consumed. A trailing MARK (余 not followed
     * by its magnitude in the consumed part) is dropped.
     */
    private Numeral build(List<Tok> toks, Eval e, BigDecimal upper) {
        int consumed = e.consumed;
        while (consumed > 0 && toks.get(consumed - 1).kind == Kind.MARK) {
            consumed--;
        }
        Numeral n = new Numeral();
        n.start = toks.get(0).start;
        n.end = toks.get(consumed - 1).end;
        n.value = e.value;
        n.upper = upper;
        n.abbreviated = e.abbreviated;
        boolean digitOrPlace = false;
        int tokensOfValue = 0;
        for (int k = 0; k < consumed; k++) {
            Tok t = toks.get(k);
            switch (t.kind) {
                case ARABIC:
                    n.hasArabic = true;
                    n.hasDigit = true;
                    n.grouped |= t.grouped;
                    n.decimal |= !t.integer;
                    digitOrPlace = true;
                    break;
                case FRAC:
                    n.decimal = true;
                    n.hasDigit = true;
                    break;
                case PLACE: case TENS:
                    n.hasPlace = true;
                    n.hasChinese = true;
                    n.chineseChars++;
                    digitOrPlace = true;
                    break;
                case MARK:
                    if (t.ch == '来') {
                        n.about = true;
                    } else {
                        n.moreThan = true;
                    }
                    break;
                default:
                    n.hasChinese = true;
                    n.chineseChars++;
                    if (t.kind != Kind.BIG) {
                        digitOrPlace = true;
                    }
                    if (t.kind == Kind.DIG || t.kind == Kind.ZERO || t.kind == Kind.SOME || t.kind == Kind.HALF) {
                        n.hasDigit = true;
                    }
                    if (t.kind == Kind.SOME) {
                        n.moreThan = true;
                    }
                    break;
            }
            if (t.kind != Kind.MARK) {
                tokensOfValue++;
            }
        }
        Tok first = toks.get(0);
        n.bareMagnitude = !digitOrPlace;
        n.lone = tokensOfValue == 1 && (first.kind == Kind.DIG || first.kind == Kind.ZERO);
        if (tokensOfValue == 1 && first.kind == Kind.ARABIC && first.integer && !first.grouped) {
            n.arabicInteger = true;
            n.arabicDigits = first.digits;
            n.leadingZero = first.leadingZero;
        }
        Tok last = toks.get(consumed - 1);
        n.endsWithPlace = last.kind == Kind.PLACE;
        if (consumed == 2 && last.kind == Kind.PLACE && (first.kind == Kind.DIG || first.kind == Kind.ARABIC)
                && first.value.scale() <= 0 && first.value.compareTo(BigDecimal.TEN) < 0) {
            n.leadPlace = last.value.intValue();
            n.leadDigit = first.value.intValue();
        }
        // the trailing magnitude: the run of 万/亿 at the end (marks in between allowed)
        int k = consumed - 1;
        int pow = 0;
        StringBuilder mag = new StringBuilder();
        int magStart = -1;
        while (k >= 0 && (toks.get(k).kind == Kind.BIG || toks.get(k).kind == Kind.MARK)) {
            Tok t = toks.get(k);
            if (t.kind == Kind.BIG) {
                String candidate = NumChars.simplifiedBig(t.ch) + mag.toString();
                if (!magnitudes.contains(candidate) || t.ch == '兆') {
                    break;
                }
                mag.insert(0, NumChars.simplifiedBig(t.ch));
                pow += t.pow;
                magStart = t.start;
            }
            k--;
        }
        if (pow > 0) {
            n.magText = mag.toString();
            n.magPow = pow;
            n.magStart = magStart;
        }
        return n;
    }
}
