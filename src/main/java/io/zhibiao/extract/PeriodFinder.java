package io.zhibiao.extract;

import io.zhibiao.Period;
import io.zhibiao.lexicon.PhraseTrie;
import io.zhibiao.lexicon.TsvReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds period expressions (上半年, 2021年上半年, 1-6月, 截至6月底, 今年“五一”期间, 到2022年, 近3年)
 * with a scanner over the words of {@code zhibiao/extract/periods.tsv}, and resolves them to dates
 * with the document year. Immutable, thread-safe.
 */
public final class PeriodFinder {
    public static final String RESOURCE = "zhibiao/extract/periods.tsv";

    enum WordType { PART, START, END, YEAR, NOW, RECURRING, EVENT, HOLIDAY, TAIL, BASIS, RANGE, VERB_TO }

    record Word(WordType type, int from, int to) {
    }

    private final List<TsvReader.Row> rows;
    private final PhraseTrie<Word> words;
    /** The chars right before a period that make it a basis (比上年, 较2019年同期): BASIS rows. */
    private final java.util.BitSet basisBefore = new java.util.BitSet();
    /** The chars between the two months of a range (1-6月, 1至6月, 1月至11月): RANGE rows. */
    private final java.util.BitSet rangeMarks = new java.util.BitSet();
    /** Verbs whose 到 is their own (增加到2019年的1486.7亿元): no horizon after them. */
    private final List<String> verbsTo = new java.util.ArrayList<>();
    private final ThreadLocal<Scan> lastScan = new ThreadLocal<>();

    private PeriodFinder(List<TsvReader.Row> rows) {
        this.rows = List.copyOf(rows);
        PhraseTrie.Builder<Word> b = PhraseTrie.builder();
        for (TsvReader.Row r : rows) {
            WordType t;
            try {
                t = WordType.valueOf(r.require("type").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown period type '" + r.get("type") + "'");
            }
            if (t == WordType.VERB_TO) {
                verbsTo.add(r.require("word"));
                continue; // read before a 到, never a period itself
            }
            if (t == WordType.BASIS || t == WordType.RANGE) {
                String c = r.require("word");
                if (c.length() != 1) {
                    throw r.error(t + " words are single chars: '" + c + "'");
                }
                (t == WordType.BASIS ? basisBefore : rangeMarks).set(c.charAt(0));
                continue; // read around a period, never one itself: not in the trie
            }
            b.add(r.require("word"), new Word(t, intOr(r, "from"), intOr(r, "to")));
        }
        this.words = b.build();
    }

    private boolean verbBefore(String text, int at) {
        for (String v : verbsTo) {
            if (at >= v.length() && text.startsWith(v, at - v.length())) {
                return true;
            }
        }
        return false;
    }

    private static int intOr(TsvReader.Row r, String col) {
        String v = r.get(col);
        if (v.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw r.error(col + " is not an integer: '" + v + "'");
        }
    }

    public static PeriodFinder defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final PeriodFinder DEFAULTS = new PeriodFinder(TsvReader.readResource(RESOURCE));
    }

    public PeriodFinder withFile(Path file) {
        List<TsvReader.Row> all = new ArrayList<>(rows);
        all.addAll(TsvReader.readFile(file));
        return new PeriodFinder(all);
    }

    /** Period expressions of {@code text}, left to right, non-overlapping. */
    public List<PeriodMention> find(String text, Integer documentYear) {
        List<Found> found = scan(text);
        List<PeriodMention> out = new ArrayList<>(found.size());
        for (Found f : found) {
            out.add(f.mention(documentYear));
        }
        return out;
    }

    /** The expressions before they are dated, remembered for each thread's last text (the record and dating stages both ask; the year does not change them). */
    private List<Found> scan(String text) {
        Scan last = lastScan.get();
        if (last != null && last.text() == text) {
            return last.found();
        }
        List<Found> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            Found m = mayStart(text.charAt(i)) ? match(text, i) : null;
            if (m != null) {
                if (!afterBasisWord(text, i) && !beforeAge(text, m)) {
                    out.add(m);
                } // 比1-7月, 较上年末: a basis, and none of its parts (7月, 年末) is a period either
                i = m.end();
            } else {
                i++;
            }
        }
        lastScan.set(new Scan(text, out));
        return out;
    }

    /**
     * Whether an expression may start with {@code c}: every first char {@link #match} and parseCore
     * look for (a new kind of expression there must add its first char here; PeriodScanOracleTest).
     */
    boolean mayStart(char c) {
        return PeriodNumerals.isDigitOrCn(c) || PeriodNumerals.cnYearDigit(c) >= 0 || c == '近' || c == '前' || c == '“' || c == '"' || c == '截'
                || c == '到' || words.startsWith(c);
    }

    /** The last scan of this thread (the text is compared by identity). */
    private record Scan(String text, List<Found> found) { }

    /** An expression found, not yet dated. */
    private record Found(int start, int end, PeriodMention.Type type, String written, Parsed parsed) {
        PeriodMention mention(Integer documentYear) {
            return new PeriodMention(start, end, type, resolve(written, parsed, documentYear));
        }
    }

    /**
     * The year offset of the relative year word {@code written} contains (今年 0, 去年 -1, 上年 -1),
     * or null when it names none.
     */
    public Integer relativeYear(String written) {
        for (int i = 0; i < written.length(); i++) {
            PhraseTrie.Match<Word> w = words.longestAt(written, i);
            if (w != null && w.value().type() == WordType.YEAR) {
                return w.value().from();
            }
        }
        return null;
    }

    // ---- scanner -------------------------------------------------------------------------

    private static final class Parsed {
        int end;
        Integer year;          // absolute year, if known
        Integer fromYear;      // the first year of a span of years (1991—1995年), else null
        Integer yearOffset;    // relative year (今年 0, 去年 -1)
        int fromMonth;         // 0 = none
        int toMonth;
        boolean moment;        // a moment (月底, 年末, 截至…)
        boolean momentAtStart; // 年初
        int day;               // 0 = none
        PeriodMention.Type type = PeriodMention.Type.SPAN;
    }

    /** The period expression starting exactly at {@code start} (even after 比/较), or null. */
    public PeriodMention at(String text, int start, Integer documentYear) {
        Found f = match(text, start);
        return f == null ? null : f.mention(documentYear);
    }

    /** 今年73岁, 今年已68岁: a person's age, not the period of a figure. */
    private static boolean beforeAge(String text, Found m) {
        int i = m.end();
        int n = text.length();
        int limit = Math.min(n, i + 2);
        while (i < limit && !PeriodNumerals.isDigitOrCn(text.charAt(i))) {
            i++;
        }
        int d = i;
        while (i < n && i - d < 3 && PeriodNumerals.isDigitOrCn(text.charAt(i))) {
            i++;
        }
        return i > d && i < n && text.charAt(i) == '岁';
    }

    private boolean afterBasisWord(String text, int start) {
        return start > 0 && basisBefore.get(text.charAt(start - 1)); // 比上年, 较2019年同期
    }

    private Found match(String text, int start) {
        if (start > 0) {
            char prev = text.charAt(start - 1);
            if (PeriodNumerals.isDigit(prev) || prev == '.') {
                return null;
            }
        }
        int j = start;
        boolean asOf = false;
        boolean horizon = false;
        if (text.startsWith("截至", j) || text.startsWith("截止", j)) {
            asOf = true;
            j += 2;
            if (text.startsWith("到", j)) {
                j++;
            }
        } else if (text.startsWith("到", j)) {
            if (verbBefore(text, start)) {
                return null; // 由2015年的…增加到2019年的…: the verb's 到; the year alone is found one char on
            }
            horizon = true;
            j++;
        }
        Parsed p = parseCore(text, j);
        if (p == null) {
            return null;
        }
        if (horizon) {
            if (p.year == null) {
                return null; // 到 only names a horizon with a year: 到2022年
            }
            p.type = PeriodMention.Type.HORIZON;
        } else if (asOf) {
            if (p.type == PeriodMention.Type.SPAN) {
                p.type = PeriodMention.Type.AS_OF;
                p.moment = true;
            }
        } else if (p.moment && p.type == PeriodMention.Type.SPAN) {
            p.type = PeriodMention.Type.AS_OF;
        }
        String written = text.substring(start, p.end);
        return new Found(start, p.end, p.type, written, p);
    }

    private Parsed parseCore(String text, int j) {
        int n = text.length();
        Parsed p = new Parsed();
        int k = j;
        // named words: NOW, RECURRING, EVENT, YEAR, PART …
        PhraseTrie.Match<Word> w = words.longestAt(text, k);
        int[] span = PeriodNumerals.yearSpan(text, k, rangeMarks);
        if (span != null) { // 1991—1995年, 2016年至2020年
            p.fromYear = span[0];
            p.year = span[1];
            p.end = span[2];
            return p;
        }
        int year = PeriodNumerals.parseYear(text, k);
        if (year > 0) {
            p.year = year;
            k = PeriodNumerals.yearEnd(text, k);
            if (yearMoment(text, k, p)) {
                return p;
            }
        } else if (w != null && w.value().type() == WordType.YEAR) {
            p.yearOffset = w.value().from();
            k = w.end();
            if (yearMoment(text, k, p)) {
                return p;
            }
        } else if (w != null && (w.value().type() == WordType.NOW || w.value().type() == WordType.RECURRING)) {
            p.end = w.end();
            p.type = w.value().type() == WordType.NOW ? PeriodMention.Type.NOW : PeriodMention.Type.RECURRING;
            return p;
        } else if (text.startsWith("近", k) && k + 1 < n && PeriodNumerals.isDigitOrCn(text.charAt(k + 1))) {
            int d = k + 1;
            while (d < n && PeriodNumerals.isDigitOrCn(text.charAt(d))) {
                d++;
            }
            if (text.startsWith("年", d) || text.startsWith("个月", d)) {
                p.end = d + (text.startsWith("年", d) ? 1 : 2);
                p.type = PeriodMention.Type.EVENT;
                return p;
            }
            return null;
        }
        // “五一”期间, 春节期间 (after an optional year word)
        int ev = eventEnd(text, k);
        if (ev > 0) {
            p.end = ev;
            p.type = PeriodMention.Type.EVENT;
            return p;
        }
        // a part of the year
        PhraseTrie.Match<Word> part = words.longestAt(text, k);
        if (part != null && (part.value().type() == WordType.PART || part.value().type() == WordType.START
                || part.value().type() == WordType.END)) {
            Word pw = part.value();
            p.fromMonth = pw.from();
            p.toMonth = pw.to();
            p.moment = pw.type() != WordType.PART;
            p.momentAtStart = pw.type() == WordType.START;
            p.end = part.end();
            return p;
        }
        // 前10个月 after a year or opening a clause; not 提前两个月
        int first = k > j || j == 0 || !Character.isIdeographic(text.charAt(j - 1)) ? firstMonths(text, k, p) : -1;
        if (first > 0) {
            p.end = first;
            return p;
        }
        int m = parseMonths(text, k, p);
        if (m > 0) {
            p.end = m;
            return p;
        }
        if (p.year != null || p.yearOffset != null) {
            p.end = k;
            return p;
        }
        return null;
    }

    /**
     * An event period at k: a word of type EVENT (春节黄金周, 汛期, 疫情期间), optionally followed by 期间
     * (春节期间); holiday names followed by a TAIL word, with a length between (中秋国庆8天假期, 春节七天长假,
     * 国庆期间); a quoted holiday followed by a TAIL (“五一”假期, “十四五”时期); a TAIL that stands alone
     * (假期). Returns its end or -1.
     */
    private int eventEnd(String text, int k) {
        int n = text.length();
        if (k < n && (text.charAt(k) == '“' || text.charAt(k) == '"')) {
            int close = -1;
            for (int i = k + 1; i < Math.min(n, k + 10); i++) {
                if (text.charAt(i) == '”' || text.charAt(i) == '"') {
                    close = i;
                    break;
                }
            }
            if (close > 0) {
                PhraseTrie.Match<Word> t = words.longestAt(text, close + 1);
                if (t != null && t.value().type() == WordType.TAIL) {
                    return t.end();
                }
            }
            return -1;
        }
        int names = k;
        for (PhraseTrie.Match<Word> h = words.longestAt(text, names); h != null && h.value().type() == WordType.HOLIDAY;
                h = words.longestAt(text, names)) {
            names = h.end();
        }
        if (names > k) {
            int end = -1;
            for (PhraseTrie.Match<Word> t = words.longestAt(text, afterLength(text, names));
                    t != null && t.value().type() == WordType.TAIL; t = words.longestAt(text, end)) {
                end = t.end();   // 国庆黄金周期间: tails in a row
            }
            if (end > 0) {
                return end;
            }
        }
        PhraseTrie.Match<Word> w = words.longestAt(text, k);
        if (w != null && w.value().type() == WordType.TAIL && w.value().from() == 1) {
            return w.end();
        }
        if (w == null || w.value().type() != WordType.EVENT) {
            return -1;
        }
        return text.startsWith("期间", w.end()) ? w.end() + 2 : w.end();
    }

    /** After a holiday's length (8天, 七天, 3日) at {@code i}, or {@code i} when none. */
    private static int afterLength(String text, int i) {
        int j = i;
        while (j < text.length() && j - i < 3 && PeriodNumerals.isDigitOrCn(text.charAt(j))) {
            j++;
        }
        return j > i && j < text.length() && (text.charAt(j) == '天' || text.charAt(j) == '日') ? j + 1 : i;
    }

    /** 2024年末, 2023年底, 去年底, 今年初: a moment of the year just read, when 末/底/初 follows at {@code k}. */
    private static boolean yearMoment(String text, int k, Parsed p) {
        if (k >= text.length() || "末底初".indexOf(text.charAt(k)) < 0) {
            return false;
        }
        p.momentAtStart = text.charAt(k) == '初';
        p.fromMonth = p.momentAtStart ? 1 : 12;
        p.toMonth = p.fromMonth;
        p.moment = true;
        p.end = k + 1;
        return true;
    }

    /** The first N months: 前10个月, 前11月, 前两个月. Returns the end or -1. */
    private static int firstMonths(String text, int k, Parsed p) {
        if (!text.startsWith("前", k)) {
            return -1;
        }
        int[] a = PeriodNumerals.number(text, k + 1);
        if (a == null || a[0] < 1 || a[0] > 12) {
            return -1;
        }
        int i = a[1];
        if (text.startsWith("个月", i)) {
            i += 2;
        } else if (text.startsWith("月", i)) {
            i += 1;
        } else {
            return -1;
        }
        p.fromMonth = 1;
        p.toMonth = a[0];
        return i;
    }

    /** Months: 6月, 6月份, 6月底, 1-6月, 1至6月, 一至五月, 6月30日. Returns the end or -1. */
    private int parseMonths(String text, int k, Parsed p) {
        int n = text.length();
        int[] a = PeriodNumerals.number(text, k);
        if (a == null) {
            return -1;
        }
        int from = a[0];
        int i = a[1];
        int to = from;
        if (i < n && rangeMarks.get(text.charAt(i))) {
            int[] b = PeriodNumerals.number(text, i + 1);
            if (b == null) {
                return -1;
            }
            to = b[0];
            i = b[1];
        }
        if (i >= n || text.charAt(i) != '月' || from < 1 || from > 12 || to < from || to > 12) {
            return -1;
        }
        i++;
        if (from == to && i + 1 < n && rangeMarks.get(text.charAt(i))) {
            int[] b = PeriodNumerals.number(text, i + 1); // 1月至11月, 1月-8月
            if (b != null && b[1] < n && text.charAt(b[1]) == '月' && b[0] > from && b[0] <= 12) {
                to = b[0];
                i = b[1] + 1;
            }
        }
        p.fromMonth = from;
        p.toMonth = to;
        if (text.startsWith("份", i)) {
            i++;
        }
        if (from == to) {
            int[] d = PeriodNumerals.number(text, i);
            if (d != null && d[1] < n && (text.charAt(d[1]) == '日' || text.charAt(d[1]) == '号') && d[0] >= 1
                    && d[0] <= 31) {
                p.day = d[0];
                p.moment = true;
                return d[1] + 1;
            }
            if (text.startsWith("末", i) || text.startsWith("底", i)) {
                p.moment = true;
                return i + 1;
            }
            if (text.startsWith("初", i)) {
                p.moment = true;
                p.momentAtStart = true;
                return i + 1;
            }
        }
        return i;
    }

    // ---- resolution ----------------------------------------------------------------------

    private static Period resolve(String written, Parsed p, Integer docYear) {
        Integer year = p.year;
        if (year == null && docYear != null) {
            year = docYear + (p.yearOffset == null ? 0 : p.yearOffset);
        }
        if (year == null || p.type == PeriodMention.Type.NOW || p.type == PeriodMention.Type.RECURRING
                || p.type == PeriodMention.Type.EVENT) {
            return Period.of(written);
        }
        try {
            if (p.fromMonth == 0) {
                if (p.moment) {
                    return Period.of(written);
                }
                return new Period(written, LocalDate.of(p.fromYear != null ? p.fromYear : year, 1, 1), LocalDate.of(year, 12, 31));
            }
            LocalDate s = LocalDate.of(year, p.fromMonth, 1);
            LocalDate e = YearMonth.of(year, p.toMonth).atEndOfMonth();
            if (p.day > 0) {
                LocalDate d = LocalDate.of(year, p.fromMonth, Math.min(p.day, e.getDayOfMonth()));
                return new Period(written, d, d);
            }
            if (p.moment) {
                LocalDate d = p.momentAtStart ? s : e;
                return new Period(written, d, d);
            }
            return new Period(written, s, e);
        } catch (java.time.DateTimeException ex) {
            return Period.of(written);
        }
    }
}
