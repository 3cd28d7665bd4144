package io.zhibiao.extract;

import io.zhibiao.Kind;
import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Figure-first lines of 数读/数说 boxes: the figure leads, a colon follows, and the metric is the
 * phrase after the colon, up to the first clause break:
 *
 * <pre>
 * 386.2亿元：前三季度全市地区生产总值，同比增长6.1%   → 地区生产总值 386.2亿元 (前三季度, the city)
 * 7.4%：一季度鹤山市规模以上工业增加值增速          → 规模以上工业增加值 +7.4% (鹤山市)
 * </pre>
 *
 * The period and the region are those in force at the end of the phrase (it names them after the
 * figure); period and region words inside it are not part of the metric. A phrase ending in an
 * {@code item-growth-suffix} word (words.tsv) makes a growth rate. The figures after the first
 * clause (同比增长6.1%) are read like any sentence's. Rank items (第二：…排名) are left to the
 * sentence readers.
 */
final class BoxItems {
    /** Most characters of a box item's metric phrase. */
    private static final int MAX_PHRASE = 40;

    private final DocumentView view;
    private final RegionContext regions;
    private final String text;

    BoxItems(DocumentView view, RegionContext regions) {
        this.view = view;
        this.regions = regions;
        this.text = view.text();
    }

    /** One record per figure-first paragraph; the figures used are added to {@code claimed}. */
    List<Draft> read(List<QuantityMatch> candidates, Set<QuantityMatch> claimed) {
        List<Draft> out = new ArrayList<>();
        int k = 0;
        for (Document.Paragraph p : view.document().paragraphs()) {
            while (k < candidates.size() && candidates.get(k).start() < p.start()) {
                k++;
            }
            if (k >= candidates.size()) {
                break;
            }
            QuantityMatch q = candidates.get(k);
            int first = firstNonSpace(p);
            boolean bullet = first < p.end() && view.lexicons().words().is("box-bullet", text.charAt(first));
            if (bullet) {
                first++;   // ●52.8亿元　江油市地区生产总值: a bulleted line, the figure after the bullet
            }
            if (q.start() != first || q.end() >= p.end()
                    || !(isColon(text.charAt(q.end())) || bullet && (isSpace(text.charAt(q.end()))
                            || Character.UnicodeScript.of(text.charAt(q.end())) == Character.UnicodeScript.HAN))) {
                continue;
            }
            if (restated(q, candidates, k, p)) {
                claimed.add(q);   // 2689.4亿元：全市实现地区生产总值2689.4亿元: one record, the clause's
                continue;
            }
            char after = text.charAt(q.end());
            Draft d = item(q, p, isColon(after) || isSpace(after) ? 1 : 0);
            if (d != null) {
                claimed.add(q);
                out.add(d);
            }
        }
        return out;
    }

    /** The label figure is stated again in its line's first clause (13.5%：规上工业增加值增长13.5%). */
    private boolean restated(QuantityMatch q, List<QuantityMatch> candidates, int k, Document.Paragraph p) {
        int end = clauseEnd(q.end() + 1, p.end());
        for (int j = k + 1; j < candidates.size() && candidates.get(j).start() < end; j++) {
            QuantityMatch o = candidates.get(j);
            if (o.value().compareTo(q.value()) == 0 && java.util.Objects.equals(o.unit(), q.unit())) {
                return true;
            }
        }
        return false;
    }

    private int clauseEnd(int from, int limit) {
        int i = from;
        while (i < limit && !isClauseEnd(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isClauseEnd(char c) {
        return "，。；,;！？".indexOf(c) >= 0;
    }

    private int firstNonSpace(Document.Paragraph p) {
        int i = p.start();
        while (i < p.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isColon(char c) {
        return c == '：' || c == ':';
    }

    private static boolean isSpace(char c) {
        return c == '　' || c == ' ';
    }

    private Draft item(QuantityMatch q, Document.Paragraph p, int separator) {
        int from = q.end() + separator;
        int limit = Math.min(p.end(), from + MAX_PHRASE);
        int to = clauseEnd(from, limit);
        if (to == limit && limit < p.end() && !isClauseEnd(text.charAt(limit))) {
            return null; // no clause end within reach: not a box item
        }
        int cut = from;
        while (cut < to) {
            String rate = suffixAt(cut);
            if (rate != null) {
                cut += rate.length();   // the rate word is the phrase's end, not a cue: GDP增速|高于
                continue;
            }
            if (view.cueAt(cut, to) != null) {
                break;   // 6.8%：GDP增速高于全省0.9个百分点 → GDP增速
            }
            cut++;
        }
        String metric = phrase(from, cut);
        boolean percent = "%".equals(q.unit());
        Draft d = Draft.of(q, null);
        if (percent) {
            String suffix = growthSuffix(metric);
            if (suffix != null) {
                metric = metric.substring(0, metric.length() - suffix.length());
                d.kind = Kind.GROWTH_RATE;
                d.trace.add(Rule.ITEM_GROWTH.id());
            } else {
                d.kind = Kind.PERCENT;
                d.trace.add(Rule.ITEM_PERCENT.id());
            }
        } else if (q.unit() != null) {
            d.kind = Kind.AMOUNT;
            d.trace.add(Rule.ITEM_AMOUNT.id());
        } else {
            return null;
        }
        if (metric.isBlank()) {
            return null;
        }
        d.metric = metric;
        d.regionOverride = regions.regionAt(to);
        d.tablePeriod = view.periodBefore(to, view.document().sentenceAt(Math.max(from, to - 1)));
        d.evidenceStart = q.start();
        d.evidenceEnd = to;
        return d;
    }

    /** The text of [from, to) without the period expressions and region mentions in it. */
    private String phrase(int from, int to) {
        StringBuilder b = new StringBuilder();
        int i = from;
        while (i < to) {
            PeriodMention pm = view.periodStartingAt(i);
            if (pm != null && pm.end() <= to) {
                i = pm.end();
                continue;
            }
            RegionContext.Mention rm = view.regionStartingAt(i);
            if (rm != null && rm.end() <= to) {
                i = rm.end();
                continue;
            }
            b.append(text.charAt(i));
            i++;
        }
        return b.toString().strip();
    }

    private String suffixAt(int i) {
        for (String w : view.lexicons().words().list("item-growth-suffix")) {
            if (text.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    private String growthSuffix(String metric) {
        for (String s : view.lexicons().words().list("item-growth-suffix")) {
            if (metric.endsWith(s) && metric.length() > s.length()) {
                return s;
            }
        }
        return null;
    }
}
