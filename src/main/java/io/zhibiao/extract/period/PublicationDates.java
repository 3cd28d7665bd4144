package io.zhibiao.extract.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates from a document's metadata: a date field's value (2023-07-31, 2023/7/31,
 * 2023-07-31T08:00:00+08:00, 2023年7月31日, 20230731) and a date in a document id or path
 * (news/2023/07/31/a.html, 20230731_a.txt, 2023-07-31-a.txt). A year alone is not a date.
 */
public final class PublicationDates {
    private static final Pattern SEPARATED = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*[-_/.年]\\s*(\\d{1,2})\\s*[-_/.月]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");

    private PublicationDates() {
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
