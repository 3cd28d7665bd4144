package io.zhibiao.extract.region;

/**
 * Where a period expression (春节假期, 2021年上半年, 1-8月) starting at an offset ends, so that a
 * region after it still opens its clause (春节假期全国接待游客…). The record stage supplies its
 * period lexicon; {@link #NONE} knows no periods beyond the dates the role rules read themselves.
 */
@FunctionalInterface
public interface PeriodSpans {
    PeriodSpans NONE = (text, start) -> -1;

    /** The end of the period expression starting exactly at {@code start}, or -1. */
    int endAt(String text, int start);
}
