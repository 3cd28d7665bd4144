package io.zhibiao.lexicon;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * When a gazetteer entry is valid. Bounds are dates or years: {@code from 2014} means "created
 * during 2014", {@code to 2016} "abolished during 2016" (the reference data gives the state as of
 * 31 December of each year), {@code to 2026-01-25} "no longer valid from that day".
 *
 * @param from       first day it may be valid, or null (before the data starts, 1982)
 * @param fromSure   first day it is surely valid (from, or 31 December of a year-only from)
 * @param until      first day it is surely no longer valid, or null (still valid)
 * @param untilSure  first day it may no longer be valid (until, or 1 January of a year-only to)
 */
public record GazetteerValidity(LocalDate from, LocalDate fromSure, LocalDate until, LocalDate untilSure) {

    /** Always valid. */
    public static final GazetteerValidity ALWAYS = new GazetteerValidity(null, null, null, null);

    /** Surely valid at the date. */
    public static final int SURE = 2;
    /** Valid in part of a transition year given as a year only. */
    public static final int TRANSITION = 1;
    /** Not valid at the date. */
    public static final int INVALID = 0;

    /**
     * Parses the {@code from} and {@code to} cells of a gazetteer line ({@code YYYY} or
     * {@code YYYY-MM-DD}, empty for open).
     *
     * @throws IllegalArgumentException on a malformed value
     */
    public static GazetteerValidity parse(String from, String to) {
        LocalDate f = null;
        LocalDate fs = null;
        LocalDate u = null;
        LocalDate us = null;
        if (!from.isEmpty()) {
            if (isYear(from)) {
                int y = Integer.parseInt(from);
                f = LocalDate.of(y, 1, 1);
                fs = LocalDate.of(y, 12, 31);
            } else {
                f = date(from);
                fs = f;
            }
        }
        if (!to.isEmpty()) {
            if (isYear(to)) {
                int y = Integer.parseInt(to);
                u = LocalDate.of(y + 1, 1, 1);
                us = LocalDate.of(y, 1, 1);
            } else {
                u = date(to);
                us = u;
            }
        }
        if (f != null && u != null && !f.isBefore(u)) {
            throw new IllegalArgumentException("'from' " + from + " is not before 'to' " + to);
        }
        return f == null && u == null ? ALWAYS : new GazetteerValidity(f, fs, u, us);
    }

    private static boolean isYear(String s) {
        if (s.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date (YYYY or YYYY-MM-DD): '" + s + "'");
        }
    }

    /** {@link #SURE}, {@link #TRANSITION} or {@link #INVALID} at {@code date}. */
    public int at(LocalDate date) {
        if ((from != null && date.isBefore(from)) || (until != null && !date.isBefore(until))) {
            return INVALID;
        }
        if ((fromSure != null && date.isBefore(fromSure)) || (untilSure != null && !date.isBefore(untilSure))) {
            return TRANSITION;
        }
        return SURE;
    }

    /** True when the entry is still valid (no end). */
    public boolean open() {
        return until == null;
    }
}
