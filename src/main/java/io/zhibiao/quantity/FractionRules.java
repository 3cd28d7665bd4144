package io.zhibiao.quantity;

import static io.zhibiao.quantity.NumChars.isArabic;
import static io.zhibiao.quantity.NumChars.isHan;
import static io.zhibiao.quantity.NumChars.isMinus;
import static io.zhibiao.quantity.NumChars.isMinusWord;
import static io.zhibiao.quantity.Numeral.MC;
import static io.zhibiao.quantity.TextScan.at;
import static io.zhibiao.quantity.TextScan.signed;
import static io.zhibiao.quantity.TextScan.skipSp;

import java.math.BigDecimal;

/**
 * Parts of a whole after a numeral: {@code fraction} (三分之一 = 33.3…%, 一百分之二 = 2%),
 * {@code fraction-slash} (3/5 = 60%; 4/19 before 日 is a date), {@code fraction-mixed} (三又三分之一,
 * 1 3/5: a NUMBER) and {@code tenths} (三成 = 30%, 七成六, 三成半; 八五折 = 85%, 9.9折, 五折).
 */
final class FractionRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final NumeralScanner scanner;
    private final UnitMatcher unitMatcher;
    private final UnitRules unitRules;

    FractionRules(NumeralScanner scanner, UnitMatcher unitMatcher, UnitRules unitRules) {
        this.scanner = scanner;
        this.unitMatcher = unitMatcher;
        this.unitRules = unitRules;
    }

    /**
     * Fractions as percents: 三分之一 (33.3…%), 一百分之二 (2%), 3/5 (60%); a whole number with a
     * fraction (三又三分之一, 1 3/5) is a NUMBER. A denominator of zero is not a fraction.
     */
    Candidate fraction(String t, Candidate base, Numeral num, boolean neg) {
        int n = t.length();
        int q = num.end;
        // whole 又 fraction
        int y = skipSp(t, q);
        if (at(t, y) == '又' || (at(t, q) == ' ' && num.arabicInteger && isArabic(at(t, q + 1)))) {
            boolean you = at(t, y) == '又';
            int r = skipSp(t, you ? y + 1 : q + 1);
            if (r < n && NumeralScanner.startsNumeral(t, r)) {
                Numeral den = scanner.scan(t, r);
                if (den != null && !den.tooLong && !den.digitString) {
                    BigDecimal[] f = fractionAfter(t, den);
                    if (f != null && (you || f[2].intValue() == 1)) {
                        Candidate cd = new Candidate("fraction-mixed", base.start);
                        cd.numeral = num;
                        cd.value = signed(num.value.add(f[0]), neg);
                        cd.end = f[1].intValue();
                        cd.skipTo = cd.end;
                        return cd;
                    }
                }
            }
        }
        BigDecimal[] f = fractionAfter(t, num);
        if (f == null) {
            return null;
        }
        Candidate cd = new Candidate(f[2].intValue() == 1 ? "fraction-slash" : "fraction", base.start);
        cd.numeral = num;
        cd.value = signed(f[0].multiply(HUNDRED), neg);
        cd.end = f[1].intValue();
        cd.skipTo = cd.end;
        if (f.length > 3 && f[3] != null) {
            cd.upper = signed(f[3].multiply(HUNDRED), neg);
        }
        unitRules.setPercent(cd);
        if (f[2].intValue() == 2) {
            cd.veto = "date";
        }
        return cd;
    }

    /**
     * The fraction with denominator {@code den}: {value, end, kind (0 分之, 1 slash, 2 a date),
     * upper} or null.
     */
    private BigDecimal[] fractionAfter(String t, Numeral den) {
        int n = t.length();
        int q = den.end;
        int r = skipSp(t, q);
        if (at(t, r) == '分' && at(t, skipSp(t, r + 1)) == '之') {
            r = skipSp(t, skipSp(t, r + 1) + 1);
            boolean neg = false;
            if (r < n && (isMinusWord(t.charAt(r)) || isMinus(t.charAt(r)))) {
                neg = true;
                r = skipSp(t, r + 1);
            }
            if (r >= n || !NumeralScanner.startsNumeral(t, r) || den.value.signum() == 0 || den.upper != null) {
                return null;
            }
            Numeral num = scanner.scan(t, r);
            if (num == null || num.tooLong || num.digitString) {
                return null;
            }
            BigDecimal v = num.value.divide(den.value.abs(), MC);
            BigDecimal up = num.upper == null ? null : num.upper.divide(den.value.abs(), MC);
            return new BigDecimal[] {neg ? v.negate() : v, BigDecimal.valueOf(num.end), BigDecimal.ZERO, up};
        }
        if ((at(t, q) == '/' || at(t, q) == '／') && den.arabicInteger && isArabic(at(t, q + 1))) {
            Numeral d = scanner.scan(t, q + 1);
            if (d == null || d.tooLong || !d.arabicInteger) {
                return null;
            }
            char after = at(t, d.end);
            if (((after == '/' || after == '／') && isArabic(at(t, d.end + 1))) || after == '号' || after == '日'
                    || after == '月' || after == '期') {
                return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(d.end), BigDecimal.valueOf(2)};
            }
            if (d.value.signum() == 0) {
                return null;
            }
            return new BigDecimal[] {den.value.divide(d.value, MC), BigDecimal.valueOf(d.end), BigDecimal.ONE};
        }
        return null;
    }

    /** 三成 (30%), 七成六 (76%), 三成半 (35%); 八五折 (85%), 9.9折 (99%), 五折 (50%). */
    boolean tenths(String t, Candidate cd, Numeral num, boolean neg, int u) {
        BigDecimal v = num.value;
        BigDecimal pct;
        int end = u + 1;
        if (v.signum() <= 0 || num.upper != null || neg) {
            return false;
        }
        if (t.charAt(u) == '成') {
            if (num.digitString || v.compareTo(BigDecimal.TEN) > 0) {
                return false;
            }
            pct = v.multiply(BigDecimal.TEN);
            int r = skipSp(t, end);
            if (at(t, end) == '半') {
                pct = pct.add(BigDecimal.valueOf(5));
                end++;
            } else if (r < t.length() && num.value.scale() <= 0 && (NumChars.chineseDigit(t.charAt(r)) > 0
                    || isArabic(t.charAt(r))) && !NumeralScanner.startsNumeral(t, r + 1) && !isHan(at(t, r + 1))
                    && unitMatcher.match(t, r + 1) == null) {
                int d = isArabic(t.charAt(r)) ? NumChars.arabic(t.charAt(r)) : NumChars.chineseDigit(t.charAt(r));
                pct = pct.add(BigDecimal.valueOf(d));
                end = r + 1;
            }
        } else {
            if (num.digitString) {
                if (num.chineseChars != 2 || num.decimal) {
                    return false;
                }
                pct = v;
            } else if (num.decimal) {
                if (v.compareTo(BigDecimal.TEN) >= 0) {
                    return false;
                }
                pct = v.multiply(BigDecimal.TEN);
            } else if (v.compareTo(BigDecimal.TEN) < 0) {
                pct = v.multiply(BigDecimal.TEN);
            } else if (v.compareTo(BigDecimal.TEN) > 0 && v.compareTo(BigDecimal.valueOf(100)) < 0 && num.hasArabic) {
                pct = v;
            } else {
                return false;
            }
        }
        cd.rule = "tenths";
        cd.value = pct;
        cd.upper = null;
        cd.end = end;
        cd.skipTo = end;
        unitRules.setPercent(cd);
        return true;
    }
}
