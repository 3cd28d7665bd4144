package io.zhibiao.extract;

import io.zhibiao.text.Document;

/**
 * Period mentions that never date a figure of their own (read by {@link DocumentView} when it indexes the periods
 * a figure may run under): the period of a goal, a cause or a multiple's base, the day a report was filed or
 * issued, the year prices are valued at, the end of a range, and a bracketed annotation of another period.
 * Words are data (words.tsv, classes named below).
 */
final class PeriodAsides {
    private PeriodAsides() {
    }

    /**
     * 完成全年目标任务的93.3%, 完成年度计划的: the period of the goal a figure is measured against, not
     * the figure's (the goal's own figures, 全年目标：增长6%, keep their period); 是2015年的1.4倍: the period a
     * multiple is taken of; 去年价格上涨的翘尾因素: the period of a cause (words.tsv period-remark-tail).
     */
    static boolean namesGoal(Words words, String text, PeriodMention p) {
        if (words.containsAny("period-remark-tail", text.substring(p.end(), Math.min(text.length(), p.end() + 10)))) {
            return true; // 去年价格上涨的翘尾因素约为3.2个百分点: the period of a cause the figure measures, not the figure's
        }
        boolean done = words.endsWithAny("goal-done-verb", text.substring(Math.max(0, p.start() - 3), p.start()));
        if (!done && p.end() < text.length() && text.charAt(p.end()) == '的') {
            // 分别是2015年的1.4倍和1.5倍: the period a multiple is taken of, no figure's period either
            return words.endsWithAny("multiple-base-lead", text.substring(Math.max(0, p.start() - 3), p.start()));
        }
        return done && words.startsWithAny("goal-noun", text.substring(p.end(), Math.min(text.length(), p.end() + 2)));
    }

    /** A day followed by a dateline word (words.tsv dateline-end: 1999年1月8日讯, 1月8日电): when the report was filed. */
    static boolean dateline(Words words, String text, PeriodMention p, Document.Paragraph pp) {
        return p.end() <= text.length() && text.charAt(p.end() - 1) == '日' && (p.end() < text.length()
                && words.startsWithAny("dateline-end", text.substring(p.end(), Math.min(text.length(), p.end() + 2)))
                || pp.headingLike() && p.start() < 300 && text.lastIndexOf('年', p.end()) >= p.start()) // a masthead's full date
                || issued(words, text, p, pp);
    }

    /** 按1990年不变价计算, 以2015年价格计算: a year the prices are taken at (words.tsv price-base-after), never a figure's period. */
    static boolean priceBase(Words words, String text, PeriodMention p) {
        return p.start() > 0 && (text.charAt(p.start() - 1) == '按' || text.charAt(p.start() - 1) == '以')
                && words.startsWithAny("price-base-after", text.substring(p.end(), Math.min(text.length(), p.end() + 4)));
    }

    /**
     * 贵安新区管委会经济发展局　2019年7月: a month closing a short line near the top after the name of the office
     * that issued the text (words.tsv issuer-end) is when it was issued, not a period of its figures.
     */
    static boolean issued(Words words, String text, PeriodMention p, Document.Paragraph pp) {
        if (!pp.headingLike() || p.start() >= 300 || text.charAt(p.end() - 1) != '月' || text.lastIndexOf('年', p.end()) < p.start()) {
            return false;
        }
        int lineEnd = text.indexOf('\n', p.end());
        if (!text.substring(p.end(), lineEnd < 0 ? text.length() : lineEnd).isBlank()) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', p.start() - 1) + 1;
        String before = text.substring(lineStart, p.start()).strip();
        return !before.isEmpty() && words.endsWithAny("issuer-end", before);
    }

    /** {@code p} ends a range that {@code previous} opens: 9月29日至10月6日. */
    static boolean rangeEnd(String text, PeriodMention previous, PeriodMention p) {
        String between = text.substring(previous.end(), Math.max(previous.end(), p.start()));
        return p.start() > previous.end() - 1 && between.length() <= 2 && !between.isEmpty()
                && "至到-—~－～".indexOf(between.charAt(0)) >= 0;
    }

    /** {@code p} stands in brackets right after {@code previous}: 春节黄金周（2月11日至17日）. */
    static boolean annotates(String text, PeriodMention previous, PeriodMention p) {
        int open = previous.end();
        return open + 1 == p.start() && (text.charAt(open) == '（' || text.charAt(open) == '(');
    }
}
