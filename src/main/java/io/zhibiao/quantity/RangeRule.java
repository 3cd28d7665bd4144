package io.zhibiao.quantity;

import static io.zhibiao.quantity.NumChars.isMinus;
import static io.zhibiao.quantity.NumChars.isMinusWord;
import static io.zhibiao.quantity.NumChars.isRangeDash;
import static io.zhibiao.quantity.Numeral.MC;
import static io.zhibiao.quantity.TextScan.at;
import static io.zhibiao.quantity.TextScan.skipSp;

import io.zhibiao.QuantityMention.Type;
import io.zhibiao.lexicon.UnitTable;
import java.math.BigDecimal;

/**
 * The {@code range} rule: a second number after -, —, ~, 至, 到, or 和/与/及 … 之间 joins the first
 * when both read in the same unit and the first is smaller (5%-8%, 两到三万港元 = 2~3 万港元,
 * 从8500到3万港元, 10000与20000之间). A bare lower end shares the upper end's magnitude.
 */
final class RangeRule {
    private final UnitTable units;
    private final NumberRule numbers;

    RangeRule(UnitTable units, NumberRule numbers) {
        this.units = units;
        this.numbers = numbers;
    }

    /**
     * 5%-8%, 20~100个, 两到三万元, 1万-5万元, 20与30之间: joins a second number after a connector
     * when both read in the same unit and the first is smaller.
     */
    void range(String t, Candidate lo) {
        int n = t.length();
        if (lo.upper != null || lo.rule.startsWith("fraction") || lo.rule.equals("tenths") || lo.rule.equals("power")) {
            return;
        }
        int p = skipSp(t, lo.end);
        if (t.startsWith("(含)", p) || t.startsWith("（含）", p)) {
            p = skipSp(t, p + 3); // 1万(含)-5万元
        }
        if (p >= n) {
            return;
        }
        char c = t.charAt(p);
        boolean between = false;
        int q;
        if (isRangeDash(c)) {
            q = p + 1;
            if (q < n && isRangeDash(t.charAt(q))) {
                q++;
            }
        } else if (c == '至' || c == '到') {
            q = p + 1;
        } else if (c == '和' || c == '与' || c == '及') {
            q = p + 1;
            between = true;
        } else {
            return;
        }
        q = skipSp(t, q);
        if (q >= n || !(NumeralScanner.startsNumeral(t, q) || ((isMinus(t.charAt(q)) || isMinusWord(t.charAt(q)))
                && !isRangeDash(c)))) {
            return;
        }
        Candidate hi = numbers.number(t, q, false);
        if (hi == null || hi.veto != null || !hi.rule.equals("number") || hi.upper != null) {
            return;
        }
        if (between && "间".equals(hi.unitKey) && hi.numeral != null) {
            hi.unit = null; // 10000与20000间: 间 closes the range, it is not the counter 间
            hi.unitInfo = null;
            hi.unitKey = null;
            hi.type = Type.NUMBER;
            hi.end = hi.numeral.end;
            hi.value = hi.numeral.value;
        }
        int end = hi.end;
        if (between) {
            if (t.startsWith("之间", end)) {
                end += 2;
            } else if (at(t, end) == '间') {
                end += 1;
            } else {
                return;
            }
        }
        BigDecimal lower;
        boolean loUnit = lo.hasUnit();
        boolean hiUnit = hi.hasUnit();
        if (lo.unitInfo == null) {
            // a bare lower end shares the upper end's magnitude and unit: 两到三万 = 2万 to 3万
            lower = lo.value;
            Numeral hn = hi.numeral;
            if (hi.unitInfo != null && lower.abs().compareTo(hi.value.abs()) > 0) {
                lower = lower.divide(hi.unitInfo.scale().divide(baseScale(hi), MC), MC);
            } else if (hn != null && hn.leadPlace > 0 && lo.numeral != null && lo.numeral.value.scale() <= 0
                    && lo.numeral.value.compareTo(BigDecimal.valueOf(hn.leadDigit)) < 0 && lo.numeral.lone) {
                lower = lower.multiply(BigDecimal.valueOf(hn.leadPlace)); // 两~3百 = 200 to 300
            }
        } else if (hi.unitInfo == null) {
            return;
        } else if (lo.unit.equals(hi.unit)) {
            lower = lo.value;
        } else if (lo.unitInfo.base() == null || (hiUnit && loUnit && lo.unitInfo.base().equals(hi.unitInfo.base())
                && lo.type == hi.type)) {
            if (lo.unitInfo.base() == null && hi.unitInfo.base() == null) {
                lower = lo.value.multiply(lo.unitInfo.scale()).divide(hi.unitInfo.scale(), MC);
            } else if (lo.unitInfo.base() == null) {
                lower = lo.value.multiply(lo.unitInfo.scale()).divide(hi.unitInfo.scale().divide(baseScale(hi), MC), MC);
            } else {
                lower = lo.value.multiply(lo.unitInfo.scale()).divide(hi.unitInfo.scale(), MC);
            }
        } else {
            return;
        }
        if (lower.compareTo(hi.value) >= 0) {
            return;
        }
        if ((c == '到' || c == '至') && at(t, lo.start - 1) == '从') {
            lo.start--; // 从8500到3万港元
        }
        lo.rule = "range";
        lo.value = lower;
        lo.upper = hi.value;
        lo.unit = hi.unit;
        lo.unitInfo = hi.unitInfo;
        lo.unitKey = hi.unitKey;
        lo.type = hi.type;
        lo.end = end;
        lo.skipTo = Math.max(lo.skipTo, end);
        lo.afterPos = hi.afterPos >= 0 && !between ? hi.afterPos : -1;
        lo.high = hi;
        if (hi.inner != null) {
            lo.inner = hi.inner;
        }
    }

    /** The scale of a unit's base unit within its written unit, without the magnitude (万元 → 1). */
    private BigDecimal baseScale(Candidate c) {
        if (c.unitKey == null) {
            return BigDecimal.ONE;
        }
        return units.resolve(c.unitKey).map(UnitTable.Unit::scale).orElse(BigDecimal.ONE);
    }
}
