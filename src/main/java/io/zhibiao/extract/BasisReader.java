package io.zhibiao.extract;

import io.zhibiao.Kind;
import io.zhibiao.Qualifier;
import io.zhibiao.quantity.QuantityMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * What a figure is measured against: comparisons (高于全省…个百分点), bases written as cues (比上年), multiples
 * of a period or of another figure. One per sentence, sharing the sentence's {@link ClauseState}.
 */
final class BasisReader {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;

    BasisReader(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.text = st.text;
    }

    /**
     * A comparison: 增速高于全省1.2个百分点, 比全市平均水平低0.5个百分点, 增幅高于城镇居民1.6个百分点.
     *
     * @param metricPiece the piece naming what is compared (before the comparison), or null
     * @param metric      its text
     * @param bases       what it is compared with, as written (全省, 城镇居民)
     */
    record Comparison(ClauseItems.Item metricPiece, String metric, List<String> bases, boolean withPlace) {
    }

    /** 高于全省平均水平: the words of an average right after the place (words.tsv basis-average), or "". */
    private String averageAfter(int at, int limit) {
        String best = "";
        for (String w : st.words().list("basis-average")) {
            if (at + w.length() <= limit && text.startsWith(w, at) && w.length() > best.length()) {
                best = w;
            }
        }
        return best;
    }

    /** Where the last comparison marker (words.tsv comparison-marker: 比, 较) stands in {@code s}, or -1. */
    private int lastMarker(String s) {
        int at = -1;
        for (String w : st.words().list("comparison-marker")) {
            at = Math.max(at, s.lastIndexOf(w));
        }
        return at;
    }

    Comparison comparison(ClauseItems left) {
        ClauseItems.Item cue = left.lastCue(Cue.COMP_UP, Cue.COMP_DOWN);
        int cueIndex;
        int basesFrom;
        int bi0 = cue == null ? -1 : lastMarker(text.substring(left.from, cue.start()));
        if (cue != null && bi0 >= 0 && cue.start() - (left.from + bi0) <= 12) {
            cue = null; // 比全省高出6.6个百分点: the comparison starts at 比
        }
        if (cue != null) {
            cueIndex = left.indexOf(cue);
            basesFrom = cue.end();
        } else {
            // 比 X 高/低/快/慢
            String s = text.substring(left.from, left.to);
            String t = s;
            for (String w : st.words().list("comparison-particle")) {
                if (t.endsWith(w)) {
                    t = t.substring(0, t.length() - w.length());
                }
            }
            for (String w : st.words().list("comparison-verb")) {
                if (t.endsWith(w)) {
                    t = t.substring(0, t.length() - 1);
                }
            }
            if (t.isEmpty() || !st.words().is("comparative", t.charAt(t.length() - 1))) {
                return null;
            }
            int bi = lastMarker(t);
            if (bi < 0) {
                return null;
            }
            basesFrom = left.from + bi + 1;
            cueIndex = -1;
            for (int k = 0; k < left.items.size(); k++) {
                if (left.items.get(k).end() > left.from + bi) {
                    cueIndex = k;
                    break;
                }
            }
            if (cueIndex < 0) {
                return null;
            }
        }
        List<String> bases = new ArrayList<>();
        boolean withPlace = false;
        for (ClauseItems.Item it : left.after(cueIndex - 1)) {
            if (it.start() < basesFrom) {
                continue;
            }
            if (it.type() == ClauseItems.Type.REGION) {
                withPlace = true;
                bases.add(it.region().surface() + averageAfter(it.end(), left.to)); // 全省平均水平, as written
            } else if (it.type() == ClauseItems.Type.PERIOD || it.type() == ClauseItems.Type.BASIS) {
                bases.add(it.text(text));
            }
        }
        if (bases.isEmpty()) {
            ClauseItems.Item after = null;
            for (ClauseItems.Item it : left.after(cueIndex - 1)) {
                if (it.type() == ClauseItems.Type.PIECE && it.start() >= basesFrom) {
                    after = it;
                    break;
                }
            }
            if (after != null) {
                String b = after.text(text);
                while (!b.isEmpty() && (st.words().is("comparative", b.charAt(b.length() - 1))
                        || st.words().is("comparison-particle", b.charAt(b.length() - 1)))) {
                    b = b.substring(0, b.length() - 1);
                }
                if (!b.isEmpty()) {
                    bases.add(b);
                }
            }
        }
        // what is compared: the last piece before the comparison (cut at 比)
        ClauseItems.Item piece = null;
        for (ClauseItems.Item it : left.before(cueIndex + 1)) {
            if (it.type() == ClauseItems.Type.PIECE && it.start() < basesFrom - (cue != null ? 0 : 1)) {
                piece = it;
            }
        }
        String metric = null;
        if (piece != null) {
            int e = Math.min(piece.end(), cue != null ? cue.start() : basesFrom - 1);
            metric = text.substring(piece.start(), e).strip();
            if (metric.isEmpty()) {
                piece = null;
                metric = null;
            }
        }
        return new Comparison(piece, metric, bases, withPlace);
    }

    /** (约)为马鞍山的1.8倍, 相当于全省平均水平的1.5倍: the qualifier, then what the figure is a multiple of. */
    private static final java.util.regex.Pattern MULTIPLE_OF =
            java.util.regex.Pattern.compile("^(约|近|大约|接近)?(?:为|是|相当于)(.{1,20})的$");

    /**
     * 经济总量占全省的比重为10.0%，约为同处皖江的马鞍山的1.8倍: a clause that only says what the
     * last figure's thing is a multiple of. The metric is the last one's (without its share), the
     * basis the place or thing compared with. False when the clause is not of that shape (是上年的
     * 2.3倍 is read with the periods).
     */
    boolean multipleOfAnother(Draft d0, ClauseItems left) {
        java.util.regex.Matcher m = MULTIPLE_OF.matcher(text.substring(left.from, d0.q.numberStart()));
        if (!m.matches()) {
            return false;
        }
        String other = m.group(2);
        PeriodMention p = view.lexicons().periods().at(other, 0, null);
        if (p != null) {
            return false;
        }
        List<ClauseItems.Item> regions = left.regions();
        String basis;
        if (!regions.isEmpty()) {
            basis = regions.get(regions.size() - 1).text(text);
        } else {
            int de = other.lastIndexOf('的');
            basis = de >= 0 ? other.substring(de + 1) : other;
        }
        String metric = st.last.metric;
        int zhan = metric.indexOf('占');
        if (zhan > 0) {
            metric = metric.substring(0, zhan); // 经济总量占全省的比重 → 经济总量
        }
        d0.metric = metric;
        d0.basis = basis;
        if (m.group(1) != null) {
            d0.qualifier = Qualifier.APPROX;
        }
        d0.trace.add(Rule.METRIC_MULTIPLE_OF_ANOTHER.id());
        return true;
    }

    /** 分别高于全市、全国1.5个、0.6个百分点: each value is against its region. */
    void comparisonBases(List<Draft> made, ClauseItems left) {
        if (made.isEmpty() || made.get(0).kind != Kind.PP_CHANGE) {
            return;
        }
        List<String> bases = new ArrayList<>();
        for (ClauseItems.Item r : left.regions()) {
            RegionContext.Mention m = r.region();
            if (m.role() == RegionContext.Role.COMPARISON || isComparisonWord(m.surface())) {
                bases.add(m.surface());
            }
        }
        if (bases.isEmpty()) {
            ClauseItems.Item b = left.last(ClauseItems.Type.BASIS);
            if (b != null) {
                bases.add(b.text(text));
            }
        }
        if (bases.isEmpty()) {
            return;
        }
        for (int k = 0; k < made.size(); k++) {
            Draft d = made.get(k);
            d.basis = bases.size() == made.size() ? bases.get(k) : bases.get(bases.size() - 1);
            d.trace.add(Rule.BASIS_COMPARED.id());
        }
    }

    private boolean isComparisonWord(String s) {
        return st.words().is("comparison-region", s);
    }

    void basis(List<Draft> made, ClauseItems left) {
        for (Draft d : made) {
            if (d.basis != null || d.kind == Kind.PP_CHANGE) {
                continue;
            }
            ClauseItems.Item b = left.last(ClauseItems.Type.BASIS);
            if (b == null) {
                continue;
            }
            if (d.kind == Kind.GROWTH_RATE || d.kind == Kind.MULTIPLE) {
                d.basis = b.text(text);
                d.trace.add(Rule.BASIS_CUE.id());
            } else if (d.kind == Kind.AMOUNT && changeAfter(left, b)) {
                // 贷款余额比年初增加156亿元, 比上年净增21户: a change of a level, against its basis; the
                // metric stays what is measured (the balance), the basis says what the change is against
                d.basis = b.text(text);
                int at = d.metric.indexOf(b.text(text));
                if (at > 0) {
                    d.metric = d.metric.substring(0, at); // (a carried metric that still holds the basis)
                }
                d.levelChange = true;
                d.trace.add(Rule.BASIS_LEVEL_CHANGE.id());
            }
        }
    }

    /**
     * Bases a clause does not state: a frame opening the sentence (同1990年第四次全国人口普查相比，…增加了408,915人;
     * words.tsv basis-frame-open/close) is the basis of its changes ({@code basis:frame}). Not carried from one
     * change to the next (比去年同期增加312元，增长14.5%): gold writers disagree on that.
     */
    void unstatedBases(List<Draft> made) {
        for (Draft d : made) {
            if (d.basis != null || d.metric == null) {
                continue;
            }
            boolean change = d.kind == Kind.GROWTH_RATE || d.kind == Kind.PP_CHANGE || d.kind == Kind.MULTIPLE
                    || d.kind == Kind.AMOUNT && st.words().containsAny("change-opener",
                            text.substring(Math.max(0, d.q.start() - 4), d.q.start()));
            String frame = change ? frameBefore(d.q.start()) : null;
            if (frame != null) {
                d.basis = frame;
                d.trace.add(Rule.BASIS_FRAME.id());
            }
        }
    }

    /** How far (chars) before a figure a basis frame may stand. */
    private static final int FRAME_WINDOW = 160;

    /** 与上年相比, 同1990年第四次全国人口普查相比: a frame ending a clause of the sentence before {@code at}, or null. */
    private String frameBefore(int at) {
        int from = Math.max(st.sentence.start(), at - FRAME_WINDOW); // bounded: the cost per figure stays constant
        // every look-up stays inside [from, at): String.lastIndexOf would scan back to the text's start
        for (int c = at - 1; c > from; c--) {
            for (String close : st.words().list("basis-frame-close")) {
                int end = c + close.length();
                if (end >= at || !text.startsWith(close, c) || "，,".indexOf(text.charAt(end)) < 0) {
                    continue;
                }
                int clause = from - 1;
                for (int i = c - 1; i >= from; i--) {
                    if (text.charAt(i) == '，' || text.charAt(i) == ',') {
                        clause = i;
                        break;
                    }
                }
                for (int o = clause + 1; o < c; o++) {
                    for (String open : st.words().list("basis-frame-open")) {
                        int inside = c - o - open.length();
                        if (text.startsWith(open, o) && inside >= 1 && inside <= 24) {
                            return text.substring(o, end);
                        }
                    }
                }
            }
        }
        return null;
    }

    boolean isChangeWord(String m) {
        return st.words().is("change-word", m);
    }

    private boolean changeAfter(ClauseItems left, ClauseItems.Item b) {
        String change = text.substring(b.end(), left.to).strip();
        return st.words().startsWithAny("change-opener", change);
    }

    /** 是上年的2.3倍, 为2019年同期的1.5倍: the period the multiple is taken of, or null. */
    PeriodMention multipleOf(QuantityMatch q) {
        if (q.start() < 2 || text.charAt(q.start() - 1) != '的') {
            return null;
        }
        return view.periodEndingBefore(q.start() - 1);
    }

    /** The bases of a comparison, one per value when as many, else the last for all ({@code basis:compared}). */
    void compared(List<Draft> result, Comparison cmp) {
        for (int k = 0; k < result.size(); k++) {
            Draft d = result.get(k);
            d.basis = cmp.bases().size() == result.size() ? cmp.bases().get(k) : cmp.bases().get(cmp.bases().size() - 1);
            d.trace.add(Rule.BASIS_COMPARED.id());
        }
    }
}
