package io.zhibiao;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A resolved number with its unit.
 *
 * @param value     the number as written, magnitudes inside the unit kept in the unit
 *                  (617.4亿元 → 617.4; 1万余人次 → 1); for a range, its lower end
 * @param unit      the unit as written with its magnitude (亿元, 万人次, %, 个百分点, 倍, 户), or
 *                  {@code null} for a bare number or a rank
 * @param baseValue value times the unit's magnitude (617.4亿元 → 61740000000), or {@code null}
 *                  when there is no unit
 * @param baseUnit  the unit without magnitude (元, 人次, %), or {@code null} when there is no unit
 * @param upper     the upper end of a range (5%-8% → 8), or {@code null}
 */
public record Quantity(BigDecimal value, String unit, BigDecimal baseValue, String baseUnit, BigDecimal upper) {
    public Quantity {
        Objects.requireNonNull(value, "value");
    }

    /** A bare number without unit. */
    public static Quantity of(BigDecimal value) {
        return new Quantity(value, null, null, null, null);
    }

    /** This quantity with its sign flipped (下降5% → -5). */
    public Quantity negate() {
        return new Quantity(value.negate(), unit, baseValue == null ? null : baseValue.negate(), baseUnit,
                upper == null ? null : upper.negate());
    }

    /** True when this is a range (upper end present). */
    public boolean isRange() {
        return upper != null;
    }
}
