package io.zhibiao.quantity;

import io.zhibiao.Qualifier;
import io.zhibiao.QuantityMention;
import io.zhibiao.lexicon.UnitTable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity found in normalized text.
 *
 * @param start      offset into the normalized text, inclusive; includes qualifier words written
 *                   before the number (约, 超过, 近, 突破 …)
 * @param end        offset, exclusive; includes the unit and trailing qualifier words (余, 多,
 *                   以上, 左右 …)
 * @param numberStart where the number itself starts (after any leading qualifier word)
 * @param value      the value as written with magnitudes inside the unit resolved; for a range its
 *                   lower end; never negative for a change (signs come from 下降 etc. later), but
 *                   negative when the text writes a minus sign (-3.2%)
 * @param upper      the upper end of a range (5%-8% → 8), else {@code null}
 * @param unit       the unit as written with its magnitude (亿元, 万人次, %, 个百分点, 倍), normalized
 *                   to the unit table's spelling (亿元人民币 → 亿元); {@code null} for a bare number
 *                   or an ordinal
 * @param unitInfo   the unit table's entry for {@code unit}, or {@code null}
 * @param qualifier  约/超/余/不足 … as a typed value
 * @param type       what sort of number this is
 */
public record QuantityMatch(
        int start,
        int end,
        int numberStart,
        BigDecimal value,
        BigDecimal upper,
        String unit,
        UnitTable.Unit unitInfo,
        Qualifier qualifier,
        QuantityMention.Type type) {

    public QuantityMatch {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start || numberStart < start || numberStart > end) {
            throw new IllegalArgumentException("bad offsets " + start + "/" + numberStart + "/" + end);
        }
    }

    // equals and hashCode written out, as the record's own would be (the same values): the generated
    // ones are linked on first call through java.lang.runtime.ObjectMethods, 5-18 ms of CPU at start-up
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof QuantityMatch q && start == q.start && end == q.end
                && numberStart == q.numberStart && Objects.equals(value, q.value) && Objects.equals(upper, q.upper)
                && Objects.equals(unit, q.unit) && Objects.equals(unitInfo, q.unitInfo)
                && Objects.equals(qualifier, q.qualifier) && Objects.equals(type, q.type);
    }

    @Override
    public int hashCode() {
        int h = Integer.hashCode(start);
        h = h * 31 + Integer.hashCode(end);
        h = h * 31 + Integer.hashCode(numberStart);
        h = h * 31 + Objects.hashCode(value);
        h = h * 31 + Objects.hashCode(upper);
        h = h * 31 + Objects.hashCode(unit);
        h = h * 31 + Objects.hashCode(unitInfo);
        h = h * 31 + Objects.hashCode(qualifier);
        return h * 31 + Objects.hashCode(type);
    }

    /** The value in base units (617.4亿元 → 61740000000), or the value itself without unit. */
    public BigDecimal baseValue() {
        return unitInfo == null ? value : value.multiply(unitInfo.scale());
    }

    /** The base unit (元), or {@code null}. */
    public String baseUnit() {
        return unitInfo == null ? null : unitInfo.base();
    }

    /** The unit family (money, count, percent …), or {@code null}. */
    public String family() {
        return unitInfo == null ? null : unitInfo.family();
    }

    /** The text of this match in {@code text}. */
    public String text(String text) {
        return text.substring(start, end);
    }
}
