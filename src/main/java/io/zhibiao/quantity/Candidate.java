package io.zhibiao.quantity;

import io.zhibiao.Qualifier;
import io.zhibiao.QuantityMention;
import io.zhibiao.lexicon.UnitTable;
import java.math.BigDecimal;

/**
 * A quantity being built by the finder's rules: where it lies, its value and unit, the qualifiers
 * around it, and the name of the rule that built it (or of the check that rejected it). Mutable,
 * confined to one scan.
 */
final class Candidate {
    /** The rule that built it (number, percent-word, fraction, ordinal, rank-top, doubling, half …). */
    String rule;
    /** Offsets: {@code start} includes a leading qualifier once qualified. */
    int start;
    int end;
    int numberStart;
    /** Where the scan goes on if this candidate is rejected (past its number). */
    int skipTo;
    BigDecimal value;
    BigDecimal upper;
    /** The unit in the table's spelling, magnitude included (亿元), or null. */
    String unit;
    UnitTable.Unit unitInfo;
    /** The unit without magnitude as written in the text (元人民币), or null. */
    String unitKey;
    QuantityMention.Type type = QuantityMention.Type.NUMBER;
    /** 余/多/几 written inside the number or between number and unit. */
    Qualifier inner;
    Qualifier prefix;
    int prefixStart = -1;
    Qualifier suffix;
    int suffixEnd = -1;
    /** The core numeral, or null for word rules (一半, 翻一番). */
    Numeral numeral;
    /** Why the candidate is rejected, or null. */
    String veto;
    /** For a number without unit: where the text after it starts (past 余/多), else -1. */
    int afterPos = -1;
    /** Smaller units were read after the unit (五元三角, 一块二). */
    boolean compound;
    /** The upper end of a range, as read on its own. */
    Candidate high;

    Candidate(String rule, int start) {
        this.rule = rule;
        this.start = start;
        this.numberStart = start;
        this.skipTo = start + 1;
    }

    boolean hasUnit() {
        return unit != null && unitInfo != null && unitInfo.base() != null;
    }

    /** The qualifier: what the number itself says (余, 多), else the word before it, else after it. */
    Qualifier qualifier() {
        if (inner != null && inner != Qualifier.EXACT) {
            return inner;
        }
        if (prefix != null && prefix != Qualifier.EXACT) {
            return prefix;
        }
        if (suffix != null) {
            return suffix;
        }
        return Qualifier.EXACT;
    }

    boolean qualified() {
        return qualifier() != Qualifier.EXACT;
    }

    QuantityMatch toMatch() {
        int s = prefixStart >= 0 ? prefixStart : start;
        int e = suffixEnd >= 0 ? suffixEnd : end;
        return new QuantityMatch(s, e, numberStart, Numeral.strip(value),
                upper == null ? null : Numeral.strip(upper), unit, unitInfo, qualifier(), type);
    }

    @Override
    public String toString() {
        return rule + "[" + start + "," + end + ") " + value + (upper == null ? "" : "~" + upper) + " "
                + unit + " " + type + " " + qualifier() + (veto == null ? "" : " veto=" + veto);
    }
}
