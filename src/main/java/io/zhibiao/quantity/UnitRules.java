package io.zhibiao.quantity;

import static io.zhibiao.quantity.NumChars.isArabic;
import static io.zhibiao.quantity.NumChars.isHan;
import static io.zhibiao.quantity.NumChars.isInlineSpace;
import static io.zhibiao.quantity.Numeral.MC;
import static io.zhibiao.quantity.TextScan.at;
import static io.zhibiao.quantity.TextScan.signed;

import io.zhibiao.QuantityMention.Type;
import io.zhibiao.lexicon.UnitTable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The unit side of a number: the unit after it with the numeral's magnitude moved in (617.4亿元 →
 * 617.4 亿元), 个半 (十个半月), 半 after a unit (一吨半), money and weight compounds (五元三角, 一块二,
 * 三斤五两), a currency named after 元 (9000元日币) or before the number (人民币50元, 港币两千元).
 */
final class UnitRules {
    private final UnitTable units;
    private final NumeralScanner scanner;
    final UnitTable.Unit percent;
    final UnitTable.Unit multiple;
    /** Currency names that may stand before a number (人民币, 港币, 美元 …). */
    private final WordTable<String> currencies;

    UnitRules(UnitTable units, NumeralScanner scanner) {
        this.units = units;
        this.scanner = scanner;
        this.percent = units.resolve("%").orElseThrow(() -> new IllegalStateException("unit table has no %"));
        this.multiple = units.resolve("倍").orElseThrow(() -> new IllegalStateException("unit table has no 倍"));
        java.util.Map<String, String> cur = new java.util.HashMap<>();
        units.units().forEach((k, u) -> {
            if ("money".equals(u.family()) && (k.length() >= 2 || !isHan(k.charAt(0))) && !k.endsWith("钱")
                    && !k.startsWith("元")) {
                cur.put(k, u.written());
            }
        });
        this.currencies = new WordTable<>(cur);
    }

    /** Makes the candidate a percent (unit %). */
    void setPercent(Candidate cd) {
        cd.unit = percent.written();
        cd.unitInfo = percent;
        cd.unitKey = "%";
        cd.type = Type.PERCENT;
    }

    /** Sets the unit: the magnitude of the numeral goes into it when the unit takes one. */
    void applyUnit(Candidate cd, Numeral num, String key) {
        UnitTable.Unit info = null;
        boolean negative = cd.value.signum() < 0;
        if (num.magText != null && !cd.rule.equals("power")) {
            Optional<UnitTable.Unit> r = units.resolve(num.magText + key);
            if (r.isPresent()) {
                info = r.get();
                cd.value = signed(num.coefficient(), negative);
                cd.upper = num.upper == null ? null : signed(num.upperCoefficient(), negative);
            }
        }
        if (info == null) {
            info = units.resolve(key).orElseThrow();
        }
        cd.unit = info.written();
        cd.unitInfo = info;
        cd.unitKey = key;
        cd.type = info.type();
    }

    /** 个半月, 个半小时: the unit 个月/个小时 with half a unit more (the caller adds the half). */
    UnitMatcher.Hit halfCounter(String t, int u) {
        for (int len = Math.min(4, t.length() - u - 2); len >= 1; len--) {
            String key = "个" + t.substring(u + 2, u + 2 + len);
            if (units.isUnit(key) && units.isCounter(key)) {
                return new UnitMatcher.Hit(key, u, u + 2 + len, false);
            }
        }
        return null;
    }

    /** 三斤半, 一吨半, 两米半: half a unit more (not after counters, percents or multiples). */
    void halfAfterUnit(String t, Candidate cd) {
        if (at(t, cd.end) != '半' || units.isCounter(cd.unitKey) || cd.type != Type.AMOUNT || cd.upper != null) {
            return;
        }
        if (isHan(at(t, cd.end + 1)) && at(t, cd.end + 1) != '的') {
            return;
        }
        cd.value = cd.value.add(new BigDecimal("0.5"));
        cd.end++;
    }

    /** Smaller units written after a money or weight unit: 五元三角, 50元6角三分, 一块二, 两毛五, 三斤五两. */
    void compound(String t, Candidate cd) {
        if (cd.unitInfo == null || cd.upper != null) {
            return;
        }
        String family = cd.unitInfo.family();
        if (!family.equals("money") && !family.equals("weight")) {
            return;
        }
        BigDecimal scale = cd.unitInfo.scale();
        BigDecimal extra = BigDecimal.ZERO;
        int p = cd.end;
        for (int step = 0; step < 2; step++) {
            int r = p;
            boolean zero = false;
            if (at(t, r) == '零' || at(t, r) == '〇') {
                zero = true;
                r++;
            }
            if (r >= t.length() || !(isArabic(t.charAt(r)) || NumChars.chineseDigit(t.charAt(r)) > 0)) {
                break;
            }
            Numeral d = scanner.scan(t, r);
            if (d == null || d.tooLong || d.decimal || d.digitString || d.value.compareTo(BigDecimal.valueOf(99)) > 0) {
                break;
            }
            String sub = String.valueOf(at(t, d.end));
            BigDecimal subScale = compoundScale(family, sub);
            if (subScale != null && subScale.compareTo(scale) < 0) {
                extra = extra.add(d.value.multiply(subScale));
                scale = subScale;
                p = d.end + 1;
                continue;
            }
            // a bare last digit: 一块二 = 1.2, 两毛五 = 0.25, 三块零四 = 3.04
            if (family.equals("money") && d.value.compareTo(BigDecimal.TEN) < 0 && !d.hasArabic
                    && wordBoundaryOrEnd(t, d.end)) {
                BigDecimal next = scale.divide(BigDecimal.TEN, MC);
                if (zero) {
                    next = next.divide(BigDecimal.TEN, MC);
                }
                extra = extra.add(d.value.multiply(next));
                p = d.end;
            }
            break;
        }
        if (p > cd.end) {
            cd.value = cd.value.add(extra.divide(cd.unitInfo.scale(), MC));
            cd.end = p;
            cd.compound = true;
        }
        if (family.equals("money") && at(t, cd.end) == '钱') {
            cd.end++;
        }
    }

    private static boolean wordBoundaryOrEnd(String t, int p) {
        return p >= t.length() || !(isHan(t.charAt(p)) || isArabic(t.charAt(p))) || "钱以左的到至".indexOf(t.charAt(p)) >= 0;
    }

    private BigDecimal compoundScale(String family, String sub) {
        if (family.equals("money")) {
            switch (sub) {
                case "角": case "毛": case "毫":
                    return new BigDecimal("0.1");
                case "分": case "仙":
                    return new BigDecimal("0.01");
                default:
                    return null;
            }
        }
        if (sub.equals("两") || sub.equals("兩")) {
            return units.resolve("两").map(UnitTable.Unit::scale).orElse(null);
        }
        return null;
    }

    /** 9000元日币, 三万元欧元: a currency name right after 元 is the currency. */
    void currencyAfterYuan(String t, Candidate cd) {
        if (!"元".equals(cd.unitKey)) {
            return;
        }
        WordTable.Hit<String> w = currencies.longestAt(t, cd.end);
        if (w == null) {
            return;
        }
        String mag = cd.unit.substring(0, cd.unit.length() - 1);
        Optional<UnitTable.Unit> u = units.resolve(mag + w.word());
        if (u.isPresent()) {
            cd.unit = u.get().written();
            cd.unitInfo = u.get();
            cd.unitKey = w.word();
            cd.end = w.end();
        }
    }

    /**
     * 人民币50元, 港币两千九百六十元, 新台币177.1亿元, 人民幣3.14: a currency written before the number
     * gives (or replaces the 元 of) its unit, and the mention starts at the currency word.
     */
    void currencyPrefix(String t, Candidate cd, int lastEnd) {
        if (!(cd.rule.equals("number") || cd.rule.equals("range")) || cd.numeral == null) {
            return;
        }
        boolean unitless = cd.unitInfo == null || cd.unitInfo.base() == null;
        boolean yuan = !unitless && "money".equals(cd.unitInfo.family()) && "元".equals(cd.unitInfo.base());
        if (!unitless && !yuan) {
            return;
        }
        int k = cd.start;
        while (k > lastEnd && isInlineSpace(t.charAt(k - 1))) {
            k--;
        }
        WordTable.Hit<String> w = currencies.longestEndingAt(t, k, lastEnd);
        if (w == null) {
            return;
        }
        String mag = "";
        if (unitless) {
            mag = cd.unit == null ? "" : cd.unit;
        } else {
            String spelled = units.spelling(cd.unitKey);
            mag = cd.unit.endsWith(spelled) ? cd.unit.substring(0, cd.unit.length() - spelled.length()) : "";
        }
        Optional<UnitTable.Unit> u = units.resolve(mag + w.word());
        if (u.isEmpty()) {
            return;
        }
        cd.unit = u.get().written();
        cd.unitInfo = u.get();
        cd.unitKey = w.word();
        cd.type = u.get().type();
        cd.start = w.start();
        cd.afterPos = -1;
    }
}
