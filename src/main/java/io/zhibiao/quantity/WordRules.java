package io.zhibiao.quantity;

import static io.zhibiao.quantity.NumChars.isMinus;
import static io.zhibiao.quantity.NumChars.isMinusWord;
import static io.zhibiao.quantity.TextScan.at;
import static io.zhibiao.quantity.TextScan.signed;
import static io.zhibiao.quantity.TextScan.skipSp;
import static io.zhibiao.quantity.TextScan.wordBoundary;

import io.zhibiao.Qualifier;
import io.zhibiao.QuantityMention.Type;
import io.zhibiao.lexicon.UnitTable;
import java.math.BigDecimal;

/**
 * Amounts written with words around a numeral or none: {@code percent-word} (百分之四十五, 千分之三
 * = 0.3%, 万分之五, 百分之二三十), {@code doubling} (翻一番 = 1倍, 翻两番 = 3倍, 翻番) and {@code half}
 * (一半, 半数, 过半, 半成, 打对折, 半斤).
 */
final class WordRules {
    private final UnitTable units;
    private final NumeralScanner scanner;
    private final UnitMatcher unitMatcher;
    private final UnitRules unitRules;

    WordRules(UnitTable units, NumeralScanner scanner, UnitMatcher unitMatcher, UnitRules unitRules) {
        this.units = units;
        this.scanner = scanner;
        this.unitMatcher = unitMatcher;
        this.unitRules = unitRules;
    }

    /** 百分之四十五, 千分之三 (0.3%), 万分之五 (0.05%), 百分之二三十 (a range). */
    Candidate percentWord(String t, int i) {
        char c = t.charAt(i);
        int pow;
        if (NumChars.place(c) == NumChars.HUNDRED) {
            pow = 0;
        } else if (NumChars.place(c) == NumChars.THOUSAND) {
            pow = -1;
        } else if (NumChars.big(c) == 4) {
            pow = -2;
        } else {
            return null;
        }
        int p = skipSp(t, i + 1);
        if (at(t, p) != '分') {
            return null;
        }
        p = skipSp(t, p + 1);
        if (at(t, p) != '之') {
            return null;
        }
        p = skipSp(t, p + 1);
        boolean neg = false;
        if (p < t.length() && (isMinusWord(t.charAt(p)) || isMinus(t.charAt(p)))) {
            neg = true;
            p = skipSp(t, p + 1);
        }
        if (p >= t.length() || !NumeralScanner.startsNumeral(t, p)) {
            return null;
        }
        Numeral num = scanner.scan(t, p);
        if (num == null || num.tooLong || num.digitString) {
            return null;
        }
        Candidate cd = new Candidate("percent-word", i);
        cd.numeral = num;
        cd.end = num.end;
        cd.skipTo = num.end;
        cd.value = signed(num.value.scaleByPowerOfTen(pow), neg);
        cd.upper = num.upper == null ? null : signed(num.upper.scaleByPowerOfTen(pow), neg);
        unitRules.setPercent(cd);
        cd.inner = num.moreThan ? Qualifier.MORE_THAN : num.upper != null ? Qualifier.APPROX : null;
        cd.afterPos = num.end;
        return cd;
    }

    /** 翻一番 (1倍), 翻两番 (3倍), 翻番: 翻N番 multiplies by 2^N, a growth of 2^N − 1 倍. */
    Candidate doubling(String t, int i) {
        if (t.charAt(i) != '翻') {
            return null;
        }
        int p = i + 1;
        if (at(t, p) == '了') {
            p++;
        }
        int times;
        int end;
        if (at(t, p) == '番') {
            times = 1;
            end = p + 1;
        } else {
            if (p >= t.length() || !NumeralScanner.startsNumeral(t, p)) {
                return null;
            }
            Numeral num = scanner.scan(t, p);
            if (num == null || num.tooLong || num.decimal || at(t, num.end) != '番'
                    || num.value.signum() <= 0 || num.value.compareTo(BigDecimal.TEN) > 0) {
                return null;
            }
            times = num.value.intValue();
            end = num.end + 1;
        }
        Candidate cd = new Candidate("doubling", i);
        cd.value = BigDecimal.valueOf((1L << times) - 1);
        cd.unit = unitRules.multiple.written();
        cd.unitInfo = unitRules.multiple;
        cd.unitKey = "倍";
        cd.type = Type.MULTIPLE;
        cd.end = end;
        return cd;
    }

    /** 一半 and 半数 (50%), 过半 (more than 50%), 半成 (5%), 半折 and 打对折 (50%). */
    Candidate half(String t, int i) {
        char c = t.charAt(i);
        BigDecimal v;
        int start = i;
        int end;
        Qualifier inner = null;
        if (c == '一' && at(t, i + 1) == '半' && at(t, i - 1) != '另' && at(t, i + 2) != '天' && at(t, i + 2) != '年') {
            v = BigDecimal.valueOf(50);
            end = i + 2;
        } else if (c == '过' && at(t, i + 1) == '半' && at(t, i - 1) != '超'
                && (wordBoundary(t, i + 2) || at(t, i + 2) == '数' || at(t, i + 2) == '的')) {
            v = BigDecimal.valueOf(50);
            end = at(t, i + 2) == '数' ? i + 3 : i + 2;
            inner = Qualifier.MORE_THAN;
        } else if (c == '半' && at(t, i + 1) == '数') {
            v = BigDecimal.valueOf(50);
            end = i + 2;
        } else if (c == '半' && at(t, i + 1) == '成') {
            v = BigDecimal.valueOf(5);
            end = i + 2;
        } else if (c == '半' && at(t, i + 1) == '折') {
            v = BigDecimal.valueOf(50);
            end = i + 2;
        } else if (c == '半' && (i + 1 < t.length())) {
            UnitMatcher.Hit h = unitMatcher.match(t, i + 1);
            if (h == null || h.start() != i + 1 || units.isCounter(h.unit())) {
                return null;
            }
            UnitTable.Unit u = units.resolve(h.unit()).orElseThrow();
            if (u.type() != Type.AMOUNT) {
                return null;
            }
            Candidate cd = new Candidate("half", i); // 半斤, 半吨
            cd.value = new BigDecimal("0.5");
            cd.end = h.end();
            cd.unit = u.written();
            cd.unitInfo = u;
            cd.unitKey = h.unit();
            cd.type = u.type();
            return cd;
        } else if (c == '打' && (at(t, i + 1) == '对' || at(t, i + 1) == '對') && at(t, i + 2) == '折') {
            v = BigDecimal.valueOf(50);
            start = i + 1;
            end = i + 3;
        } else {
            return null;
        }
        Candidate cd = new Candidate("half", start);
        cd.value = v;
        cd.end = end;
        cd.inner = inner;
        unitRules.setPercent(cd);
        return cd;
    }
}
