package io.zhibiao.extract;

import io.zhibiao.Period;

/**
 * A period expression found in normalized text.
 *
 * @param start  offset, inclusive
 * @param end    offset, exclusive
 * @param type   what sort of period expression it is
 * @param period the period as written, resolved to dates when the document year allows
 */
public record PeriodMention(int start, int end, Type type, Period period) {

    /** Sorts of period expressions. */
    public enum Type {
        /** A span of time: 上半年, 1-6月, 2020年, 全年. */
        SPAN,
        /** A moment a stock is measured at: 截至6月底, 年末, 5月末. */
        AS_OF,
        /** A goal's horizon: 到2022年. */
        HORIZON,
        /** The time of writing: 目前, 截至目前. */
        NOW,
        /** A recurring period: 每年. */
        RECURRING,
        /** Known by name only: 疫情期间, “五一”期间, 近3年. */
        EVENT
    }

    public String text() {
        return period.text();
    }
}
