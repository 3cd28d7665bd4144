package io.zhibiao.extract.period;

import io.zhibiao.DateSource;
import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
import io.zhibiao.Kind;
import io.zhibiao.Period;
import io.zhibiao.Status;
import io.zhibiao.extract.PeriodFinder;
import io.zhibiao.extract.PeriodMention;
import io.zhibiao.extract.Words;
import io.zhibiao.text.Document;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dating stage: gives every record's period its dates and their source, without being told
 * the year. Runs after assembly over the finished records, the document and its context
 * (docs/schema.md, "Dates"):
 * <ul>
 *   <li>a year written in the period (2022年上半年, 截至2023年末) dates it ({@link DateSource#TEXT});
 *   <li>a year the caller gave (--year, --date) is the publication year ({@link DateSource#GIVEN}):
 *       今年/去年 count from it, and it dates what the text gives no reporting year for;
 *   <li>今年/去年/上年 and a day without a year count from the publication date (metadata, dateline),
 *       else from the text's year (the year after it when the text reviews that year whole);
 *   <li>a bare part of a year (上半年, 1-7月, 全年, 年末) takes the reporting year of its clause
 *       ({@link Anchors#referenceYear}), else the publication year, stepping back a year when the
 *       period had not ended by publication (an annual review published in January);
 *   <li>a moment (截至6月末, 年末, 到2025年) is a date for a stock (余额, 常住人口 …: stocks.tsv, or a
 *       PERCENT) and the range from 1 January to it for a flow;
 *   <li>目前 is the publication date; 截至去年 the end of that year; 五年来 the five years before
 *       publication; holidays and five-year plans come from named_periods.tsv, dates written next
 *       to them (春节假期（2月10日至17日）) first, and those dates name the year of the holiday.
 * </ul>
 * Immutable, thread-safe.
 */
public final class PeriodDating {
    static final Pattern STATED_RANGE = Pattern.compile(
            "(\\d{1,2})月(\\d{1,2})日[-—–~～至到]+(?:(\\d{1,2})月)?(\\d{1,2})日");
    /** How far after a holiday's name its stated dates may stand (normalized chars). */
    static final int STATED_WINDOW = 24;
    /** N whole years before the time of writing: 五年来, 5年来, 过去五年, 过去的3年. */
    private static final Pattern YEARS_BEFORE = Pattern.compile(
            "(?:([一二三四五六七八九十]{1,2}|\\d{1,2})年(?:来|以来)|过去的?([一二三四五六七八九十]{1,2}|\\d{1,2})年)");
    private final PeriodFinder finder;
    private final NamedPeriods named;
    private final Words words;

    public PeriodDating(PeriodFinder finder) {
        this(finder, Words.defaults());
    }

    /** With the word classes of {@code words} (dateline-word, year-describing-*, holiday-word, moment-closing). */
    public PeriodDating(PeriodFinder finder, Words words) {
        this.finder = finder;
        this.named = NamedPeriods.defaults();
        this.words = java.util.Objects.requireNonNull(words, "words");
    }

    /** The records with their periods dated; records without a period are returned as they are. */
    public List<Indicator> date(Document doc, List<Indicator> records, DocumentContext context) {
        if (records.isEmpty()) {
            return records;
        }
        String text = doc.text();
        List<PeriodMention> mentions = finder.find(text, null);
        Anchors anchors = new Anchors(doc, context, finder, mentions, named, words);
        List<Indicator> out = new ArrayList<>(records.size());
        for (Indicator r : records) {
            Period p = r.period();
            if (p == null) {
                out.add(r);
                continue;
            }
            int rs = doc.normalized().fromOriginal(r.span().start());
            int re = Math.max(rs, doc.normalized().fromOriginal(r.span().end()));
            int at = mentionStart(mentions, p.text(), re, rs);
            Period dated = date(text, p, r, at, anchors);
            out.add(r.withPeriod(dated));
        }
        return out;
    }

    /** How far back (chars) a period's mention is looked for; farther, the record's own start stands in. */
    private static final int MENTION_WINDOW = 5000;

    /**
     * Where the record's period was written: the last mention with its words before the record's
     * end, within {@link #MENTION_WINDOW} chars (a binary search, then a bounded walk back: linear
     * time over a document).
     */
    private static int mentionStart(List<PeriodMention> mentions, String written, int recordEnd, int recordStart) {
        int lo = 0;
        int hi = mentions.size(); // first mention starting at or after recordEnd
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < recordEnd) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo - 1; k >= 0 && mentions.get(k).start() >= recordStart - MENTION_WINDOW; k--) {
            if (mentions.get(k).text().equals(written)) {
                return mentions.get(k).start();
            }
        }
        return recordStart;
    }

    private Period date(String text, Period p, Indicator r, int at, Anchors a) {
        String written = p.text();
        PeriodMention shape = finder.at(written, 0, null);
        PeriodMention.Type type = shape == null ? PeriodMention.Type.EVENT : shape.type();
        boolean stock = isStock(r);
        boolean planned = r.status() == Status.TARGET || r.status() == Status.FORECAST;
        if (type == PeriodMention.Type.RECURRING) {
            return p.withDates(null, null, DateSource.NONE);
        }
        if (type == PeriodMention.Type.NOW) {
            if (a.published == null) {
                return p.withDates(null, null, DateSource.NONE);
            }
            LocalDate d = a.published;
            return p.withDates(stock ? d : d.withDayOfYear(1), d, a.publishedFrom);
        }
        // the year the period counts from (今年/去年 are counted from it by the finder), and where it comes from
        Integer year = Anchors.explicitYear(written);
        DateSource source = DateSource.TEXT;
        Integer relative = finder.relativeYear(written);
        if (year != null) {
            // its own year
        } else if (relative != null || day(written, type)) {
            if (a.published != null) {
                year = a.published.getYear(); // 今年, 去年: from the publication date
                source = a.publishedFrom;
            } else if (a.givenYear != null) {
                year = a.givenYear;
                source = a.yearFrom;
            } else {
                year = a.relativeBase; // the text's year (the year after a review's)
            }
        } else {
            Integer ref = a.referenceYear(at);
            if (ref != null) {
                year = ref; // 2023年，全市…上半年…
            } else if (a.published != null) {
                year = a.published.getYear();
                source = a.publishedFrom;
                if (!planned && type != PeriodMention.Type.HORIZON) {
                    PeriodMention tried = finder.at(written, 0, year);
                    if (tried != null && tried.period().end() != null && tried.period().end().isAfter(a.published)) {
                        year--; // 全年 in a review published in January: the year before
                    }
                }
            } else if (a.givenYear != null) {
                // a year in the title (2012年…统计公报 given as published 2013) before the given year
                Integer said = a.titleYear != null && a.titleYear <= a.givenYear ? a.titleYear
                        : a.reviewYear != null && a.reviewYear == a.givenYear - 1 ? a.reviewYear : null;
                boolean title = said != null && !planned;
                year = title ? said : a.givenYear;
                source = title ? DateSource.TEXT : a.yearFrom;
            } else {
                year = a.textYear;
            }
        }
        Matcher since = YEARS_BEFORE.matcher(written);
        if (type == PeriodMention.Type.EVENT && since.matches()) {
            return yearsBefore(p, Anchors.number(since.group(1) == null ? since.group(2) : since.group(1)), a);
        }
        if (type == PeriodMention.Type.EVENT) {
            Integer eventYear = year == null || relative == null ? year : Integer.valueOf(year + relative);
            return event(text, p, at, eventYear, source, a);
        }
        if (year == null || shape == null) {
            return p.withDates(null, null, DateSource.NONE);
        }
        Period resolved = finder.at(written, 0, year).period();
        LocalDate s = resolved.start();
        LocalDate e = resolved.end();
        if ((s == null || e == null) && type == PeriodMention.Type.AS_OF && relative != null) {
            e = LocalDate.of(year + relative, 12, 31); // 截至去年(底): the end of that year
            s = stock ? e : e.withDayOfYear(1);
            return p.withDates(s, e, source);
        }
        if (s == null || e == null) {
            return p.withDates(null, null, DateSource.NONE);
        }
        boolean moment = s.equals(e) || type == PeriodMention.Type.HORIZON;
        if (moment && !stock && cumulative(written) && !(e.getMonthValue() == 1 && e.getDayOfMonth() == 1)) {
            s = e.withDayOfYear(1); // 截至6月末 完成投资: a flow since the start of the year
        } else if (moment && stock) {
            s = e; // 年末常住人口, 到2025年 市场主体: a stock at that moment
        }
        return p.withDates(s, e, source);
    }

    /** A single day written without a year (9月20日): news dates days from the time of writing, like 今年. */
    private boolean day(String written, PeriodMention.Type type) {
        if ((type != PeriodMention.Type.SPAN && type != PeriodMention.Type.AS_OF) || cumulative(written)) {
            return false; // 截至9月20日 closes a running total of its clause's year
        }
        PeriodMention m = finder.at(written, 0, 2000);
        return m != null && m.period().start() != null && m.period().start().equals(m.period().end());
    }

    /**
     * 五年来, 过去五年, 过去的3年: the N whole years before the publication year (a work report of
     * January 2026: 2021-2025), counted from the publication date, the given year, else the year
     * 今年 counts from.
     */
    private static Period yearsBefore(Period p, int n, Anchors a) {
        Integer base = a.published != null ? Integer.valueOf(a.published.getYear())
                : a.givenYear != null ? a.givenYear : a.relativeBase;
        if (base == null || n < 1 || n > 30) {
            return p.withDates(null, null, DateSource.NONE);
        }
        DateSource source = a.published != null ? a.publishedFrom
                : a.givenYear != null ? a.yearFrom : DateSource.TEXT;
        return p.withDates(LocalDate.of(base - n, 1, 1), LocalDate.of(base - 1, 12, 31), source);
    }

    /** A moment that closes a running total: 截至…, …末, …底 (a plain day, 4月17日, is that day). */
    private boolean cumulative(String written) {
        return words.containsAny("moment-closing", written);
    }

    /** A stock (measured at a moment): a stock word (stocks.tsv), a PERCENT, or a count without a flow word. */
    private boolean isStock(Indicator r) {
        String metric = r.metric().name() == null ? r.metric().mention() : r.metric().mention() + r.metric().name();
        if (r.kind() == Kind.PERCENT || named.isStock(metric)) {
            return true;
        }
        return named.isCountUnit(r.quantity().baseUnit()) && !named.hasFlowWord(metric)
                && !named.hasFlowWord(r.evidence());
    }

    /** Holidays and five-year plans: dates stated in the text first, else the table. */
    private boolean holiday(String written) {
        return words.containsAny("holiday-word", written); // words of a holiday period whose dates the text may state next to it
    }

    private Period event(String text, Period p, int at, Integer year, DateSource source, Anchors a) {
        String written = p.text();
        if (year == null && holiday(written)) {
            year = a.holidayYear;
            source = DateSource.TEXT;
        }
        if ((named.namesHoliday(written) || holiday(written)) && year != null) {
            Matcher m = STATED_RANGE.matcher(text).region(Math.min(text.length(), at),
                    Math.min(text.length(), at + written.length() + STATED_WINDOW));
            if (m.find()) {
                try {
                    int m1 = Integer.parseInt(m.group(1));
                    int m2 = m.group(3) == null ? m1 : Integer.parseInt(m.group(3));
                    LocalDate s = LocalDate.of(m1 > m2 ? year - 1 : year, m1, Integer.parseInt(m.group(2))); // 元旦（12月31日至1月2日）
                    LocalDate e = LocalDate.of(year, m2, Integer.parseInt(m.group(4)));
                    if (!e.isBefore(s)) {
                        return p.withDates(s, e, source);
                    }
                } catch (DateTimeException ex) {
                    // not dates: use the table
                }
            }
        }
        if (!named.namesHoliday(written) && holiday(written) && a.holiday != null
                && (year == null || year == a.holiday[1].getYear())) {
            return p.withDates(a.holiday[0], a.holiday[1], DateSource.TEXT); // 假期: the holiday the text dated
        }
        NamedPeriods.Row row = named.find(written, year);
        if (row == null) {
            return p.withDates(null, null, DateSource.NONE);
        }
        return p.withDates(row.start(), row.end(), row.year() == null ? DateSource.TEXT : source);
    }

    /**
     * The dates the holiday table (named_periods.tsv) gives {@code written} (春节黄金周期间, “五一”假期)
     * in {@code year}, as {start, end}, or null when the table has no such row.
     */
    public static LocalDate[] tableDates(String written, int year) {
        NamedPeriods.Row row = NamedPeriods.defaults().find(written, year);
        return row == null ? null : new LocalDate[] {row.start(), row.end()};
    }
}
