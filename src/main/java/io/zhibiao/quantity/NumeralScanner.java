package io.zhibiao.quantity;

import static io.zhibiao.quantity.NumChars.big;
import static io.zhibiao.quantity.NumChars.isArabic;
import static io.zhibiao.quantity.NumChars.isChineseNumeral;
import static io.zhibiao.quantity.NumChars.isDecimalPoint;
import static io.zhibiao.quantity.NumChars.place;
import static io.zhibiao.quantity.NumeralEvaluator.evaluate;
import static io.zhibiao.quantity.NumeralLexer.lex;

import io.zhibiao.quantity.NumeralEvaluator.Eval;
import io.zhibiao.quantity.NumeralLexer.Kind;
import io.zhibiao.quantity.NumeralLexer.Tok;
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
 * <p>The tokens are {@link NumeralLexer}'s and their value {@link NumeralEvaluator}'s; this class
 * puts them together into a {@link Numeral} with what the rules ask of it (digit string, lone
 * digit, trailing magnitude, inner 余/多/来).
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
        n.loneTen = tokensOfValue == 1 && first.kind == Kind.PLACE && first.ch == '十';
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
