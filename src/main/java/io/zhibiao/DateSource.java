package io.zhibiao;

import java.util.Locale;

/**
 * Where the dates of a {@link Period} come from (JSONL key {@code dateSource}, written in lower case).
 */
public enum DateSource {
    /** The publication date given with the document: a JSONL field (--date-field) or a date in its id or path. */
    METADATA,
    /** The publication date read from the text's dateline (2023年7月31日 星期一 near the top). */
    DATELINE,
    /** A year written in the text: in the period itself (2022年上半年) or the clause's reporting year (2023年，全市…). */
    TEXT,
    /** The year or date the caller gave (--year, --date, {@code DocumentContext.year/date}). */
    GIVEN,
    /** Not resolved: nothing tells the year, or the words name no dates (每年, 疫情期间). */
    NONE;

    /** The JSONL form: the name in lower case. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
