package io.zhibiao.quantity;

import static io.zhibiao.quantity.NonQuantityChecks.reject;
import static io.zhibiao.quantity.NumChars.isHan;
import static io.zhibiao.quantity.TextScan.at;
import static io.zhibiao.quantity.TextScan.digits;
import static io.zhibiao.quantity.TextScan.wordBoundary;

import io.zhibiao.QuantityMention.Type;
import io.zhibiao.lexicon.UnitTable;

/**
 * What a numeral needs to be read (docs/quantities.md, "Lone Chinese digits"): a numeral of only
 * magnitudes before a word is a category ({@code bare-magnitude}: 亿元产值村, 万元GDP), a lone
 * Chinese or 大写 digit needs a clear construction ({@code lone-digit}: not 一家知名企业, 收拾), and a
 * Chinese numeral without unit before a Han character is part of a name ({@code numeral-in-name}:
 * 十八大, 二十国集团).
 */
final class ReadingPolicy {
    private final UnitTable units;

    ReadingPolicy(UnitTable units) {
        this.units = units;
    }

    /**
     * Nothing around that could make a word with it: text edge, punctuation, space or a quote, but
     * not a line break (text pasted from PDFs breaks lines inside words).
     */
    private static boolean isolated(String t, int start, int end) {
        char b = at(t, start - 1);
        char a = at(t, end);
        return (start == 0 || (!isHan(b) && b != '\n' && b != '\r'))
                && (end >= t.length() || (!isHan(a) && a != '\n' && a != '\r'));
    }

    /** What a numeral needs to be read: digits, or a clear construction around a lone Chinese digit. */
    void policy(String t, Candidate cd, Numeral num) {
        if (num == null || cd.rule.startsWith("fraction")) {
            return;
        }
        boolean unitless = cd.unitInfo == null || cd.unitInfo.base() == null;
        int end = cd.suffixEnd >= 0 ? cd.suffixEnd : cd.end;
        if ((num.bareMagnitude || (!num.hasDigit && num.magText != null && cd.inner == null && !wordBoundary(t, end)))
                && cd.prefix == null && cd.type != Type.ORDINAL) {
            reject(cd, "bare-magnitude", cd.end); // 亿元产值村, 千万元以上项目, 万元GDP
            return;
        }
        boolean financial = num.end - num.start == 1 && NumChars.isFinancialDigit(t.charAt(num.start));
        if (financial && cd.upper == null && cd.type != Type.ORDINAL && !isolated(t, cd.start, cd.end)
                && (unitless || units.isCounter(cd.unitKey))) {
            reject(cd, "lone-digit", cd.skipTo); // 收拾, 队伍, 大陆: 大写 digits are word characters
            return;
        }
        // 十 alone before 件/项/条 (十件实事, 十项重点工程: units.tsv names-after-ten) names a programme like a lone digit does
        boolean single = num.lone || financial || num.loneTen && !unitless && units.namesAfterTen(cd.unitKey);
        if (single && cd.upper == null && cd.type != Type.ORDINAL && num.magText == null && !cd.compound) {
            boolean clear = cd.qualified() || cd.type == Type.PERCENT || cd.type == Type.PERCENTAGE_POINT
                    || cd.type == Type.MULTIPLE
                    || (!unitless && !units.isCounter(cd.unitKey) && !NumChars.isFinancialDigit(t.charAt(num.start)))
                    || isolated(t, cd.start, cd.end);
            if (cd.qualified() && !unitless && units.isCounter(cd.unitKey) && !isolated(t, cd.start, cd.end)) {
                clear = false; // 近两家 would be clear, 签约一批 is not: counters need more than a qualifier
            }
            if (!clear) {
                reject(cd, "lone-digit", cd.skipTo);
                return;
            }
        }
        if (unitless && cd.type == Type.NUMBER && num.hasChinese && !num.hasArabic && !cd.qualified()
                && !wordBoundary(t, cd.suffixEnd >= 0 ? cd.suffixEnd : cd.end)
                && !cd.rule.startsWith("fraction")) {
            reject(cd, "numeral-in-name", cd.skipTo);
        }
    }
}
