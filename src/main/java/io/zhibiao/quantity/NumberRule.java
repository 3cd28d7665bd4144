package io.zhibiao.quantity;

import static io.zhibiao.quantity.NonQuantityChecks.datePattern;
import static io.zhibiao.quantity.NumChars.isArabic;
import static io.zhibiao.quantity.NumChars.isLatin;
import static io.zhibiao.quantity.NumChars.isMinus;
import static io.zhibiao.quantity.NumChars.isMinusWord;
import static io.zhibiao.quantity.NumChars.isPlus;
import static io.zhibiao.quantity.NumChars.isRangeDash;
import static io.zhibiao.quantity.Numeral.MC;
import static io.zhibiao.quantity.TextScan.at;
import static io.zhibiao.quantity.TextScan.digits;
import static io.zhibiao.quantity.TextScan.signed;
import static io.zhibiao.quantity.TextScan.skipSp;
import static io.zhibiao.quantity.TextScan.wordBoundary;

import io.zhibiao.Qualifier;
import io.zhibiao.lexicon.UnitTable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The {@code number} rule: a numeral ({@link NumeralScanner}) with its sign (-3.2%, 负11.7亿元,
 * 零下四摄氏度), inner 余/多/几/来 before its unit, its unit ({@link UnitRules}), powers (2e5, 2^5);
 * it hands over to {@link FractionRules} (三分之一, 三成) and, for a first number, to
 * {@link RangeRule} (5%-8%). A date written with digits is rejected here already.
 */
final class NumberRule {
    private static final int MAX_EXPONENT = 400;

    private final UnitTable units;
    private final QuantityLexicon lex;
    private final NumeralScanner scanner;
    private final UnitMatcher unitMatcher;
    private final UnitRules unitRules;
    private final FractionRules fractions;
    private final RangeRule ranges;

    NumberRule(UnitTable units, QuantityLexicon lex, NumeralScanner scanner, UnitMatcher unitMatcher,
            UnitRules unitRules, FractionRules fractions) {
        this.units = units;
        this.lex = lex;
        this.scanner = scanner;
        this.unitMatcher = unitMatcher;
        this.unitRules = unitRules;
        this.fractions = fractions;
        this.ranges = new RangeRule(units, this);
    }

    /**
     * A number with its sign, unit and qualifiers inside; a fraction, tenths, a power; a range when
     * {@code allowRange} and a second number follows a connector.
     */
    Candidate number(String t, int i, boolean allowRange) {
        int n = t.length();
        int p = i;
        boolean neg = false;
        char c = t.charAt(p);
        if (t.startsWith("零下", i) && i + 2 < n && NumeralScanner.startsNumeral(t, i + 2)) {
            neg = true; // 零下四摄氏度
            p = i + 2;
        } else if (isMinus(c) || isMinusWord(c) || isPlus(c)) {
            if (i > 0) {
                char b = t.charAt(i - 1);
                if (!isMinusWord(c) && (isArabic(b) || isLatin(b) || isRangeDash(b) || b == '.' || b == '/')) {
                    return null;
                }
                if (isMinusWord(c) && Character.isIdeographic(b) && "为是至到达及和或".indexOf(b) < 0) {
                    return null; // 减负11.7亿元, 扭负为正: 负 ends a word, it is no minus sign
                }
            }
            neg = !isPlus(c);
            p = skipSp(t, p + 1);
            if (p >= n || !NumeralScanner.startsNumeral(t, p)) {
                return null;
            }
        }
        Numeral num = scanner.scan(t, p);
        if (num == null) {
            return null;
        }
        Candidate cd = new Candidate("number", i);
        cd.numeral = num;
        cd.skipTo = num.end;
        cd.end = num.end;
        cd.value = BigDecimal.ZERO;
        if (num.tooLong) {
            cd.veto = "too-long";
            return cd;
        }
        if (num.hasArabic && !neg) {
            int d = datePattern(t, num.start, true);
            if (d > 0) {
                cd.veto = "date";
                cd.skipTo = d;
                return cd;
            }
        }
        int q = num.end;
        if (!num.digitString) {
            Candidate f = fractions.fraction(t, cd, num, neg);
            if (f != null) {
                return f;
            }
        }
        if (num.hasArabic && !num.hasChinese) {
            power(t, cd, num, neg);
            q = cd.end;
        }
        if (cd.value.signum() == 0 && cd.end == num.end) {
            cd.value = signed(num.value, neg);
            cd.upper = num.upper == null ? null : signed(num.upper, neg);
        }
        int u = skipSp(t, q);
        if (u < n && (t.charAt(u) == '成' || t.charAt(u) == '折') && lex.notUnit.longestAt(t, u) == null
                && !num.moreThan && q == cd.end) {
            if (fractions.tenths(t, cd, num, neg, u)) {
                return cd;
            }
        }
        if (num.digitString) {
            cd.veto = "digit-string";
            return cd;
        }
        cd.inner = num.moreThan ? Qualifier.MORE_THAN : num.upper != null || num.about ? Qualifier.APPROX : null;
        // 余/多/几/来 between the number and its unit
        int unitPos = u;
        boolean marker = false;
        char m = at(t, u);
        if (u == q && (m == '余' || m == '多' || m == '几' || m == '来')) {
            UnitMatcher.Hit h = unitMatcher.match(t, u + 1);
            if (h != null || (m != '来' && m != '几' && wordBoundary(t, u + 1))) {
                marker = true;
                unitPos = u + 1;
                cd.inner = m == '来' ? Qualifier.APPROX : Qualifier.MORE_THAN; // 20来个: about 20
            }
        }
        UnitMatcher.Hit hit = null;
        if (!marker && at(t, u) == '个' && at(t, u + 1) == '半') {
            hit = unitRules.halfCounter(t, u); // 十个半月 = 10.5 个月
        }
        if (hit == null) {
            hit = unitMatcher.match(t, unitPos);
        }
        boolean markerChar = m == '余' || m == '多' || m == '几' || m == '来';
        int afterMarker = marker || (markerChar && u == q) ? u + 1 : u;
        if (hit != null) {
            unitRules.applyUnit(cd, num, hit.unit());
            cd.end = hit.end();
            if (hit.moreThan()) {
                cd.inner = Qualifier.MORE_THAN;
            }
            if (hit.start() == u && at(t, u) == '个' && at(t, u + 1) == '半') {
                cd.value = cd.value.add(new BigDecimal("0.5"));
            }
            unitRules.halfAfterUnit(t, cd);
            unitRules.compound(t, cd);
            unitRules.currencyAfterYuan(t, cd);
        } else {
            if (num.magText != null && cd.end == num.end) {
                Optional<UnitTable.Unit> r = units.resolve(num.magText);
                if (r.isPresent()) {
                    cd.unit = r.get().written();
                    cd.unitInfo = r.get();
                    cd.value = signed(num.coefficient(), neg);
                    cd.upper = num.upper == null ? null : signed(num.upperCoefficient(), neg);
                }
            }
            if (marker) {
                cd.end = Math.max(cd.end, afterMarker);
            }
            cd.afterPos = afterMarker;
        }
        if (allowRange) {
            ranges.range(t, cd);
        }
        return cd;
    }

    /** 2e5, 1.2E-3, 2^5, 1.1^+23: powers written after an Arabic number. */
    private void power(String t, Candidate cd, Numeral num, boolean neg) {
        int q = num.end;
        char c = at(t, q);
        if (c == 'e' || c == 'E') {
            int p = q + 1;
            boolean eneg = false;
            if (isMinus(at(t, p)) || isPlus(at(t, p))) {
                eneg = isMinus(at(t, p));
                p++;
            }
            int s = p;
            while (p < t.length() && isArabic(t.charAt(p)) && p - s < 4) {
                p++;
            }
            if (p == s || isLatin(at(t, p)) || isArabic(at(t, p))) {
                return;
            }
            int exp = Integer.parseInt(digits(t, s, p));
            if (exp > MAX_EXPONENT) {
                return;
            }
            cd.value = signed(num.value.scaleByPowerOfTen(eneg ? -exp : exp), neg);
            cd.end = p;
            cd.skipTo = p;
            cd.rule = "power";
        } else if (c == '^') {
            int p = q + 1;
            int minus = 0;
            while (p < t.length() && (isMinus(t.charAt(p)) || isPlus(t.charAt(p))) && p - q < 4) {
                if (isMinus(t.charAt(p))) {
                    minus++;
                }
                p++;
            }
            int s = p;
            while (p < t.length() && isArabic(t.charAt(p)) && p - s < 3) {
                p++;
            }
            if (p == s || isArabic(at(t, p))) {
                return;
            }
            int exp = Integer.parseInt(digits(t, s, p));
            if (exp > 64) {
                return;
            }
            BigDecimal v = num.value.pow(exp, MC);
            if (minus % 2 == 1) {
                if (v.signum() == 0) {
                    return;
                }
                v = BigDecimal.ONE.divide(v, MC);
            }
            cd.value = signed(v, neg);
            cd.end = p;
            cd.skipTo = p;
            cd.rule = "power";
        }
    }
}
