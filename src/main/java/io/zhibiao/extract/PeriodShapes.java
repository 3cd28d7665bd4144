package io.zhibiao.extract;

import io.zhibiao.Period;
import io.zhibiao.text.Document;

/**
 * Shapes of a period mention in its text that decide how far it reaches (DocumentView's period
 * index): whether it lies inside another, names one event again, stays local to its clause or
 * phrase, opens a paragraph or a clause. Stateless functions of the text and the mention.
 */
final class PeriodShapes {
    private PeriodShapes() {
    }

    /** Both dated (a holiday by the table, in q's year), and {@code p}'s dates lie inside {@code q}'s without being the same. */
    static boolean strictlyInside(PeriodMention p, PeriodMention q) {
        Period a = p.period();
        Period b = q.period();
        if (a == null || b == null || !b.isResolved()) {
            return false;
        }
        java.time.LocalDate s = a.start();
        java.time.LocalDate e = a.end();
        if (!a.isResolved() && p.type() == PeriodMention.Type.EVENT) {
            // 一季度，… 春节黄金周期间，…: a holiday is dated later (PeriodDating); its table dates in q's year say whether it lies inside q
            java.time.LocalDate[] d = io.zhibiao.extract.period.PeriodDating.tableDates(a.text(), b.start().getYear());
            s = d == null ? null : d[0];
            e = d == null ? null : d[1];
        } else if (!a.isResolved()) {
            return false;
        }
        return s != null && e != null && !s.isBefore(b.start()) && !e.isAfter(b.end())
                && (s.isAfter(b.start()) || e.isBefore(b.end()));
    }

    /** The words of two event periods name one event (春节期间, 春节黄金周: the same first two chars, other words). */
    static boolean sameEventWords(Words words, String text, PeriodMention p, PeriodMention a) {
        String x = eventKey(words, text.substring(p.start(), p.end()));
        String y = eventKey(words, text.substring(a.start(), a.end()));
        return x.length() >= 2 && y.length() >= 2 && x.regionMatches(0, y, 0, 2) && !x.equals(y);
    }

    /** 今年春节期间 → 春节期间, “五一”假期 → 五一假期. */
    static String eventKey(Words words, String s) {
        String t = s.replace("“", "").replace("”", "").replace("\"", "");
        for (String lead : words.list("event-year-lead")) {
            if (t.startsWith(lead)) {
                t = t.substring(lead.length());
            }
        }
        return t;
    }

    /** A span of whole years (1991—1995年, 2016年至2020年): it dates its own sentence's figures, averages and totals over the span. */
    static boolean spansYears(PeriodMention p) {
        io.zhibiao.Period q = p.period();
        return q != null && q.start() != null && q.end() != null && q.start().getYear() != q.end().getYear();
    }

    /** A period in brackets right after a name (高新技术企业数（2月末）): that name's period, nobody else's. */
    static boolean namesItsName(String text, PeriodMention p) {
        return p.start() >= 2 && p.end() < text.length() && (text.charAt(p.start() - 1) == '（' || text.charAt(p.start() - 1) == '(')
                && (text.charAt(p.end()) == '）' || text.charAt(p.end()) == ')') && Character.isIdeographic(text.charAt(p.start() - 2));
    }

    /** A period inside a clause rather than opening it: 由上年的14.6, 超过2019年的5%. */
    static boolean local(Words words, String text, PeriodMention p) {
        if (p.end() < text.length() && (text.charAt(p.end()) == '的' || text.startsWith("同期", p.end()))) {
            return true;
        }
        if (spansYears(p)) {
            return true; // 1991—1997年年均增长20.1%。其中，工商税收1.21亿元: the next sentence is about the last year again
        }
        if (namesItsName(text, p)) {
            return true; // 高新技术企业数（2月末）：2138家: one item's moment in brackets after its name
        }
        if (words.startsWithAny("period-single-tail", text.substring(p.end(), Math.min(text.length(), p.end() + 2)))) {
            return true; // 其中三季度当季增加18.2亿元: one figure's quarter inside a running total
        }
        if (p.start() > 0 && words.endsWithAny("period-remark-lead", text.substring(Math.max(0, p.start() - 2), p.start()))) {
            return true; // 创今年以来新高, 比一季度加快: a remark or a comparison, not the text's period
        }
        int i = p.start() - 1;
        int n = 0;
        while (i >= 0 && "，。；：,;:\n 　）)】".indexOf(text.charAt(i)) < 0 && n <= 8) { // a space or a closing bracket (本报讯（记者…）2020年) opens a phrase
            if (i > 0 && text.charAt(i - 1) == '日' && words.is("dateline-end", text.charAt(i))) {
                break; // 金华晚报1999年1月8日讯去年，…: the dateline ends where the text begins
            }
            i--;
            n++;
        }
        return n > 6;
    }

    /** The paragraph is one bracketed note: （…） or (…) around all of it. */
    static boolean bracketedNote(String text, Document.Paragraph pp) {
        int a = pp.start();
        int b = pp.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b - a < 3) {
            return false;
        }
        char o = text.charAt(a);
        char c = text.charAt(b - 1);
        int inner = text.indexOf(o, a + 1);
        return (o == '（' && c == '）' || o == '(' && c == ')') && (inner < 0 || inner >= b);
    }

    /** {@code p} opens its paragraph, a comma right after it (2004年末，…; 9月末，…). */
    static boolean opensParagraph(String text, PeriodMention p, Document.Paragraph pp) {
        if (p.end() >= text.length() || "，,".indexOf(text.charAt(p.end())) < 0) {
            return false;
        }
        for (int i = pp.start(); i < p.start(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code p} opens its clause: only spaces, quotes or brackets between it and the last clause mark. */
    static boolean headsClause(String text, PeriodMention p) {
        for (int i = p.start() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if ("，。；：,;:\n！？!?".indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '　' && "“\"（(【".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern OWN_YEAR =
            java.util.regex.Pattern.compile("[0-9０-９〇零一二三四五六七八九十]年|去年|上年|明年|前年|今年|本年");

    /**
     * {@code p} is a part of the year {@code q} spans, with no year of its own (一季度, 上半年, 1-6月 in a text on
     * 2025年 or 全年): dated in a nominal year when the text gives none, so compared by shape, not by dates.
     */
    static boolean partOfYear(String text, PeriodMention p, PeriodMention q) {
        Period a = p.period();
        Period b = q.period();
        if (a == null || b == null || !a.isResolved() || !b.isResolved() || p.type() != PeriodMention.Type.SPAN) {
            return false;
        }
        boolean wholeYear = b.start().getDayOfYear() == 1 && b.end().getMonthValue() == 12 && b.end().getDayOfMonth() == 31
                && b.start().getYear() == b.end().getYear();
        boolean part = a.start().getYear() == a.end().getYear() && !(a.start().getDayOfYear() == 1 && a.end().getMonthValue() == 12
                && a.end().getDayOfMonth() == 31);
        return wholeYear && part && !OWN_YEAR.matcher(text.substring(p.start(), p.end())).find();
    }
}
