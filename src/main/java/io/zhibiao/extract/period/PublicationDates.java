package io.zhibiao.extract.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates from a document's metadata: a date field's value (2023-07-31, 2023/7/31,
 * 2023-07-31T08:00:00+08:00, 2023年7月31日, 20230731) and a date in a document id or path
 * (news/2023/07/31/a.html, 20230731_a.txt, 2023-07-31-a.txt). A year alone is not a date; a
 * year alone in a path ({@link #findYear}) is a publication year.
 */
public final class PublicationDates {
    private static final Pattern SEPARATED = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*[-_/.年]\\s*(\\d{1,2})\\s*[-_/.月]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");

    /**
     * A year standing alone as a token of a path: a directory (archive/2013/a.txt) or a file name
     * part (h02_neimenggu_2013.txt, 2013-report.txt, 2013年公报.txt); letters and digits may not
     * touch it (a1999b, 120138 are none), but a quarter or half written after it is part of the
     * token (report_2026q1.txt, 2021H1.txt). Only the file name and its three nearest directories
     * are read: where an archive keeps its years, not where a user keeps the archive.
     */
    private static final Pattern YEAR_TOKEN = Pattern.compile(
            "(?<![0-9A-Za-z])(19[4-9]\\d|20\\d{2})(?:[Qq][1-4]|[Hh][12])?(?![0-9A-Za-z])");

    private PublicationDates() {
    }

    /**
     * The publication year a document id or path names when it names no full date: one year
     * token (1949–2099) in it, or the same year more than once; null when it names none, a full
     * date, or two different years (2016-2020_review.txt is a span, not a date).
     */
    public static Integer findYear(String path) {
        if (path == null || find(path) != null) {
            return null;
        }
        String[] parts = path.split("[/\\\\]");
        String near = String.join("/", java.util.Arrays.copyOfRange(parts, Math.max(0, parts.length - 4), parts.length));
        Integer year = null;
        Matcher m = YEAR_TOKEN.matcher(near);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y < 1949) {
                continue;
            }
            if (year != null && year != y) {
                return null;
            }
            year = y;
        }
        return year;
    }

    /** The first date written in {@code s}, or null. */
    public static LocalDate find(String s) {
        if (s == null) {
            return null;
        }
        for (Pattern p : new Pattern[] {SEPARATED, COMPACT}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    // not a date: look on
                }
            }
        }
        return null;
    }
}
