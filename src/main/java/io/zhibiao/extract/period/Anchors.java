package io.zhibiao.extract.period;

import io.zhibiao.DateSource;
import io.zhibiao.DocumentContext;
import io.zhibiao.extract.PeriodFinder;
import io.zhibiao.extract.PeriodMention;
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

    private static final Pattern FULL_DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern WEEKDAY = Pattern.compile("^[\\s，,（(]*(星期|周|礼拜)[一二三四五六日天]");
    /** Words of a dateline or byline paragraph. */
    private static final String[] DATELINE_WORDS = {"本报讯", "讯", "电", "日报", "晚报", "来源", "发布时间", "发布日期",
        "日期", "时间", "记者", "通讯员", "编辑", "星期"};
    /** A year followed by these only describes (较2019年同期, 2015年以来, 2020年起). */
    private static final String[] DESCRIBING_AFTER = {"同期", "以来", "起", "开始", "之前", "以前", "前", "之后",
        "以后", "后"};
    /** A year after these only describes (自2015年, 从2018年, 由2019年的5%). */
    private static final String DESCRIBING_BEFORE = "自从由始";

    final DocumentContext context;
    final LocalDate published;      // the publication date, or null
    final DateSource publishedFrom; // GIVEN, METADATA, DATELINE or null
    final Integer givenYear;        // the caller's year (--year, --date), or null
    private final int[] yearAt;     // positions of reporting years, ascending
    private final int[] years;
    private final Document doc;
    /** The year the text is about: a year in its title, else the latest reporting year it names; or null. */
    final Integer textYear;

    Anchors(Document doc, DocumentContext context, PeriodFinder finder, List<PeriodMention> mentions) {
        this.context = context;
        this.doc = doc;
        this.givenYear = context.year();
        LocalDate pub = null;
        DateSource from = null;
        if (context.date() != null) {
            pub = context.date();
            from = DateSource.GIVEN;
        } else if (context.published() != null) {
            pub = context.published();
            from = DateSource.METADATA;
        } else {
            pub = dateline(doc);
            from = pub == null ? null : DateSource.DATELINE;
        }
        this.published = pub;
        this.publishedFrom = from;
        String text = doc.text();
        List<int[]> found = new ArrayList<>();
        for (PeriodMention m : mentions) {
            if (m.type() != PeriodMention.Type.SPAN && m.type() != PeriodMention.Type.AS_OF) {
                continue;
            }
            Integer y = explicitYear(m.text());
            if (y == null || describes(text, m) || (pub != null && y > pub.getYear())) {
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
        this.textYear = textYear(doc);
    }

    /** A year in the title (a heading among the first three paragraphs), else the latest reporting year. */
    private Integer textYear(Document doc) {
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
        Integer max = null;
        for (int y : years) {
            max = max == null ? y : Math.max(max, y);
        }
        return max;
    }

    private static boolean describes(String text, PeriodMention m) {
        for (String w : DESCRIBING_AFTER) {
            if (text.startsWith(w, m.end())) {
                return true;
            }
        }
        return m.start() > 0 && DESCRIBING_BEFORE.indexOf(text.charAt(m.start() - 1)) >= 0;
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
     * (本报讯, 记者, 来源, 发布时间). Null when there is none.
     */
    static LocalDate dateline(Document doc) {
        String text = doc.text();
        int limit = Math.min(text.length(), DATELINE_WINDOW);
        Matcher m = FULL_DATE.matcher(text).region(0, limit);
        while (m.find()) {
            Document.Paragraph p = doc.paragraphAt(m.start());
            String para = text.substring(p.start(), Math.max(p.start(), Math.min(p.end(), text.length())));
            boolean weekday = WEEKDAY.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 6))).find();
            boolean byline = false;
            for (String w : DATELINE_WORDS) {
                byline |= para.contains(w);
            }
            if (!(weekday || p.headingLike() || byline)) {
                continue;
            }
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // not a date: look on
            }
        }
        return null;
    }
}
