package io.zhibiao;

import java.util.Objects;

/**
 * A number found in the text, whether or not it becomes part of a record: what the
 * {@code quantities} command lists and how the number layer is tested on its own.
 *
 * @param text      the mention as it reads once layout noise is undone
 * @param quantity  the resolved value and unit (the value is unsigned: signs of change come from
 *                  the words around it, not from the number layer)
 * @param qualifier 约/超/余/不足 … as a typed value
 * @param type      what sort of number this is
 * @param span      where the mention lies in the original input
 */
public record QuantityMention(String text, Quantity quantity, Qualifier qualifier, Type type, Span span) {

    /** What sort of number a mention is. */
    public enum Type {
        /** A number without unit (指数62.2). */
        NUMBER,
        /** A number with a unit of money, count, area, weight … (617.4亿元, 6691户). */
        AMOUNT,
        /** A percent, per mille or fraction read as percent (9.3%, 百分之四十五, 三分之一, 三成). */
        PERCENT,
        /** Percentage points (5.9个百分点). */
        PERCENTAGE_POINT,
        /** A multiple (1.5倍, 翻一番). */
        MULTIPLE,
        /** An ordinal or rank (第一, 第3位, 首位, 前三). */
        ORDINAL
    }

    public QuantityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
    }
}
