package io.zhibiao.extract.period;

import io.zhibiao.DateSource;
import io.zhibiao.DocumentContext;
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
 * The two anchors a document's periods are dated by: its publication date (given, from metadata,
 * or from a dateline near the top) and the reporting years its text names, by position (the last
 * explicit year before a clause: 2023年，全市…; a title 2022年…统计公报), leaving out years that
 * only describe (成立于2015年, 较2019年同期, 到2027年, 自2015年以来, a year after publication).
 */
final class Anchors {
    /** How far from the top a dateline may stand (normalized chars). */
    static final int DATELINE_WINDOW = 300;

    /**
     * A full date: 2023年7月31日 (the 日 written: 2019年1-8月 is no date), or 2023-07-31, 2023/7/31,
     * 2023.7.31 with the same separator twice.
     */
    private static final Pattern FULL_DATE = Pattern.compile(
            "((?:19|20)\\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3})\\s*(?:年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,2})\\s*月"
            + "\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日|([-/.])(\\d{1,2})\\4(\\d{1,2})(?!\\d))");
    private static final Pattern WEEKDAY = Pattern.compile("^[\\s，,（(]*(星期|周|礼拜)[一二三四五六日天]");
    final DocumentContext context;
    final LocalDate published;      // the publication date, or null
    final DateSource publishedFrom; // GIVEN, METADATA, DATELINE or null
    final Integer givenYear;        // the caller's year (--year, --date), else a metadata year, or null
    final DateSource yearFrom;      // where givenYear comes from: GIVEN or METADATA
    private final int[] yearAt;     // positions of reporting years, ascending
    private final int[] years;
    private final Document doc;
    /** The year the text is about: a year in its title, else the latest reporting year it names, else
     * the year of the holidays it dates; or null. */
    final Integer textYear;
    /** A year in the title (a heading among the first three paragraphs), or null. */
    final Integer titleYear;
    /** The year of a holiday named with its dates, or null. */
    final Integer holidayYear;
    /** That holiday's dates {start, end} (the 假期 a text speaks of after stating them), or null. */
    final LocalDate[] holiday;
    /** The year a text reviews as a whole (its text year, published the year after), or null. */
    final Integer reviewYear;
    /** Without a publication date, the year 今年 is counted from (the text year, the year after a review's). */
    final Integer relativeBase;
    private final PeriodFinder finder;
    private final Words words;

    Anchors(Document doc, DocumentContext context, PeriodFinder finder, List<PeriodMention> mentions,
            NamedPeriods named, Words words) {
        this.context = context;
        this.finder = finder;
        this.words = words;
        this.doc = doc;
        Integer metaYear = context.year() == null && context.date() == null && context.published() == null
                ? context.publishedYear() : null;
        LocalDate pub = null;
        DateSource from = null;
        if (context.date() != null) {
            pub = context.date();
            from = DateSource.GIVEN;
        } else if (context.published() != null) {
            pub = context.published();
            from = DateSource.METADATA;
        } else {
            pub = dateline(doc, words);
            if (pub != null && context.year() != null && pub.getYear() != context.year()) {
                pub = null; // a given year wins over a dateline of another year
            }
            if (pub != null && metaYear != null) {
                metaYear = null; // a dateline wins over a year in the file's path
            }
            from = pub == null ? null : context.year() != null ? DateSource.GIVEN : DateSource.DATELINE;
        }
        this.givenYear = context.year() != null ? context.year() : metaYear;
        this.yearFrom = context.year() != null ? DateSource.GIVEN : DateSource.METADATA;
        this.published = pub;
        this.publishedFrom = from;
        String text = doc.text();
        List<int[]> found = new ArrayList<>();
        for (PeriodMention m : mentions) {
            if (m.type() != PeriodMention.Type.SPAN && m.type() != PeriodMention.Type.AS_OF) {
                continue;
            }
            Integer y = explicitYear(m.text());
            if (y == null || describes(text, m) || (pub != null && y > pub.getYear())
                    || (givenYear != null && y > givenYear)) {
                continue;
            }
            found.add(new int[] {m.start(), y});
        }
        yearAt = new int[found.size()];
        years = new int[found.size()];
        for (int i = 0; i < found.size(); i++) {
            yearAt[i] = found.get(i)[0];
            years[i] = found.get(i)[1];
        }
        this.titleYear = titleYear(doc);
        Integer ty = titleYear != null ? titleYear : latestYear();
        this.holiday = holiday(text, named);
        this.holidayYear = holiday == null ? null : holiday[1].getYear(); // a row's year is its end's (元旦 2023 from 2022-12-31)
        Integer plan = ty == null && holidayYear == null && pub == null && givenYear == null ? planYear(text, named, words) : null;
        this.textYear = ty != null ? ty : holidayYear != null ? holidayYear : plan;
        this.reviewYear = plan == null && textYear != null && review(mentions) ? textYear : null;
        this.relativeBase = textYear == null ? null : reviewYear != null ? textYear + 1 : textYear;
    }

    /**
     * The year a document with no publication date was published in, for 今年/去年: the year after its
     * text year when it reviews that year as a whole (2013年，全区实现… / a 2012年…统计公报: written
     * in the next year), else the text year. A review names its year whole and no part of it that
     * ends before December (2013年上半年, 1-8月, 截至6月末 make it a report within the year), and
     * reports no year before it (2005年 reviewed, 2006年 planned: published in 2006).
     */
    private boolean review(List<PeriodMention> mentions) {
        boolean whole = false;
        for (PeriodMention m : mentions) {
            if (m.type() != PeriodMention.Type.SPAN && m.type() != PeriodMention.Type.AS_OF) {
                continue;
            }
            Integer y = explicitYear(m.text());
            if (y != null && y != textYear.intValue()) {
                continue;
            }
            if (y == null && finder.relativeYear(m.text()) != null) {
                continue;
            }
            PeriodMention at = finder.at(m.text(), 0, textYear);
            if (at == null || at.period().start() == null || at.period().end() == null) {
                continue;
            }
            LocalDate s = at.period().start();
            LocalDate e = at.period().end();
            if (e.getYear() != textYear || s.getYear() != textYear) {
                continue;
            }
            if (e.getMonthValue() < 12 && e.toEpochDay() - s.toEpochDay() >= 27) {
                return false; // a part of the year of a month or more (a day: the date of the report)
            }
            whole |= y != null && s.getDayOfYear() == 1;
        }
        for (int y : years) {
            if (y == textYear - 1) {
                return false; // 2005年 done, 2006年 to do: a work report of 2006
            }
        }
        return whole;
    }

    /**
     * The holiday a text dates: the first holiday named with its dates (春节黄金周（2月11日至17日）,
     * 中秋国庆8天假期（9月29日至10月6日）) whose dates are that holiday's in exactly one year of the
     * table: {start, end}; or null.
     */
    private static LocalDate[] holiday(String text, NamedPeriods named) {
        Matcher m = PeriodDating.STATED_RANGE.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - PeriodDating.STATED_WINDOW), m.start());
            try {
                int m1 = Integer.parseInt(m.group(1));
                int d1 = Integer.parseInt(m.group(2));
                int m2 = m.group(3) == null ? m1 : Integer.parseInt(m.group(3));
                int d2 = Integer.parseInt(m.group(4));
                NamedPeriods.Row row = named.datedBy(before, m1, d1, m2, d2);
                if (row != null) {
                    return new LocalDate[] {row.start(), row.end()};
                }
            } catch (NumberFormatException | DateTimeException e) {
                // not dates
            }
        }
        return null;
    }

    /** A year in the title (a heading among the first three paragraphs), or null. */
    private Integer titleYear(Document doc) {
        List<Document.Paragraph> ps = doc.paragraphs();
        for (int i = 0; i < Math.min(3, ps.size()); i++) {
            Document.Paragraph p = ps.get(i);
            if (!p.headingLike()) {
                continue;
            }
            for (int k = 0; k < yearAt.length; k++) {
                if (yearAt[k] >= p.start() && yearAt[k] < p.end()) {
                    return years[k];
                }
            }
        }
        return null;
    }

    /**
     * 今年是“十二五”开局之年: the year the text calls 今年 by its place in a five-year plan (the plan's
     * first year for words.tsv plan-year-first, its last for plan-year-last), or null. The plan's years
     * come from the named periods (十二五 = 2011–2015).
     */
    static Integer planYear(String text, NamedPeriods named, Words words) {
        for (String lead : words.list("plan-year-lead")) {
            Integer y = planYear(text, named, words, lead);
            if (y != null) {
                return y;
            }
        }
        return null;
    }

    private static Integer planYear(String text, NamedPeriods named, Words words, String lead) {
        int i = text.indexOf(lead);
        for (int n = 0; i >= 0 && n < 20; n++, i = text.indexOf(lead, i + lead.length())) {
            int j = i + lead.length();
            while (j < text.length() && j < i + lead.length() + 2 && "“\"「".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j + 3 > text.length() || text.charAt(j) != '十' || text.charAt(j + 2) != '五') {
                continue;
            }
            NamedPeriods.Row row = named.find(text.substring(j, j + 3), null);
            if (row == null) {
                continue;
            }
            String after = text.substring(j + 3, Math.min(text.length(), j + 12));
            for (String w : words.list("plan-year-first")) {
                if (after.contains(w)) {
                    return row.start().getYear();
                }
            }
            for (String w : words.list("plan-year-last")) {
                if (after.contains(w)) {
                    return row.end().getYear();
                }
            }
        }
        return null;
    }

    /** The latest reporting year the text names, or null. */
    private Integer latestYear() {
        Integer max = null;
        for (int y : years) {
            max = max == null ? y : Math.max(max, y);
        }
        return max;
    }

    /**
     * A year that only describes: followed by a year-describing-after word (较2019年同期, 2015年以来,
     * 2020年起) or right after a year-describing-before char (自2015年, 较2019年, 成立于2008年).
     */
    private boolean describes(String text, PeriodMention m) {
        for (String w : words.list("year-describing-after")) {
            if (text.startsWith(w, m.end())) {
                return true;
            }
        }
        return m.start() > 0 && words.chars("year-describing-before").get(text.charAt(m.start() - 1));
    }

    /**
     * The reporting year of the clause at {@code offset}: the last one written before it in its
     * paragraph (2023年，全市…), or null.
     */
    Integer referenceYear(int offset) {
        if (years.length == 0) {
            return null;
        }
        int k = java.util.Arrays.binarySearch(yearAt, offset);
        int i = k >= 0 ? k : -k - 2;
        if (i < 0 || yearAt[i] < doc.paragraphAt(Math.min(offset, Math.max(0, doc.text().length() - 1))).start()) {
            return null;
        }
        return years[i];
    }

    /** The first explicit year a period's words name (2022年上半年 → 2022), or null. */
    static Integer explicitYear(String written) {
        int n = written.length();
        for (int i = 0; i + 4 < n; i++) {
            int v = 0;
            boolean ok = true;
            for (int j = i; j < i + 4 && ok; j++) {
                int d = yearDigit(written.charAt(j));
                ok = d >= 0;
                v = v * 10 + d;
            }
            if (ok && written.charAt(i + 4) == '年' && v >= 1949 && v <= 2100
                    && (i == 0 || yearDigit(written.charAt(i - 1)) < 0)) {
                return v;
            }
        }
        return null;
    }

    private static int yearDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return "〇一二三四五六七八九".indexOf(c == '零' || c == '○' ? '〇' : c);
    }

    /**
     * The publication date of a dateline near the top: a full date (2023年7月31日, 2023-07-31) in a
     * short paragraph (a masthead), followed by a weekday (星期一), or in a byline paragraph
     * (words.tsv class dateline-word: 本报讯, 记者, 来源, 发布时间). Null when there is none.
     */
    static LocalDate dateline(Document doc, Words words) {
        String text = doc.text();
        int limit = Math.min(text.length(), DATELINE_WINDOW);
        Matcher m = FULL_DATE.matcher(text).region(0, limit);
        while (m.find()) {
            Document.Paragraph p = doc.paragraphAt(m.start());
            String para = text.substring(p.start(), Math.max(p.start(), Math.min(p.end(), text.length())));
            boolean weekday = WEEKDAY.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 6))).find();
            boolean byline = words.containsAny("dateline-word", para);
            if (!(weekday || p.headingLike() || byline)) {
                continue;
            }
            try {
                boolean cn = m.group(2) != null;
                return LocalDate.of(number(m.group(1)), number(m.group(cn ? 2 : 5)), number(m.group(cn ? 3 : 6)));
            } catch (DateTimeException e) {
                // not a date: look on
            }
        }
        return null;
    }

    /** 2024, 二〇二四 (digit by digit), 12, 十二, 二十一 (tens and units); -1 when not a number. */
    static int number(String s) {
        if (!s.isEmpty() && s.charAt(0) >= '0' && s.charAt(0) <= '9') {
            return Integer.parseInt(s);
        }
        int t = s.indexOf('十');
        if (t < 0) {
            int v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + yearDigit(s.charAt(i));
            }
            return v;
        }
        int tens = t == 0 ? 1 : yearDigit(s.charAt(0));
        int units = t == s.length() - 1 ? 0 : yearDigit(s.charAt(t + 1));
        return tens * 10 + units;
    }
}
