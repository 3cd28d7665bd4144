package io.zhibiao;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period (or moment) a fact refers to.
 *
 * @param text  the period as written (上半年, 1-6月, 截至6月底, 2020年)
 * @param start first day, inclusive, or {@code null} when the document year is unknown or the
 *              text cannot be resolved to dates
 * @param end   last day, inclusive, or {@code null} (see {@code start})
 * @param dateSource where the dates come from ({@link DateSource#NONE} when unresolved), or
 *              {@code null} when not told (periods made with the three-argument constructor)
 */
public record Period(String text, LocalDate start, LocalDate end, DateSource dateSource) {
    public Period {
        Objects.requireNonNull(text, "text");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + ".." + end);
        }
    }

    /** A period without a stated date source. */
    public Period(String text, LocalDate start, LocalDate end) {
        this(text, start, end, null);
    }

    /** This period with other dates and their source (the text stays). */
    public Period withDates(LocalDate start, LocalDate end, DateSource source) {
        return new Period(text, start, end, source);
    }

    /** This period with other words (a script restored); dates and source stay. */
    public Period withText(String text) {
        return new Period(text, start, end, dateSource);
    }

    /** A period known only by its words. */
    public static Period of(String text) {
        return new Period(text, null, null);
    }

    /** True when the period was resolved to dates. */
    public boolean isResolved() {
        return start != null && end != null;
    }
}
