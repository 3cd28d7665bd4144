package io.zhibiao.extract;

import io.zhibiao.Kind;
import io.zhibiao.Status;
import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the figures of one sentence clause by clause: the values of a clause form groups (a lone
 * figure, or a list joined by 、/和/分别), each group's items are read on the left ({@link
 * ClauseItems}) and right ({@link FigureRight}) of its figures, the clause rules decide each
 * value's kind ({@link KindReader}), the metric readers name it ({@link MetricAssigner}), and
 * {@link DraftFinisher} gives the records their region and period. Values in brackets after
 * listed places are read first ({@link BracketedValues}).
 */
final class ClauseReader {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;
    private final DraftFinisher finisher;
    private final BracketedValues bracketedValues;

    ClauseReader(DocumentView view, io.zhibiao.text.Segmenter segmenter, Document.Sentence sentence,
            List<QuantityMatch> quantities, List<Draft> out, Draft previousSentence, Draft previousAmount) {
        this.st = new ClauseState(view, segmenter, sentence, quantities, out, previousSentence, previousAmount);
        this.view = view;
        this.text = view.text();
        this.finisher = new DraftFinisher(st);
        this.bracketedValues = new BracketedValues(st, finisher);
    }

    /** A record the sentence starts with that another reader made (a box item): it is the sentence's last so far. */
    ClauseReader after(Draft first) {
        if (first != null) {
            st.last = first;
            if (first.kind == io.zhibiao.Kind.AMOUNT) {
                st.lastAmount = first;
            }
        }
        return this;
    }

    /** The last record of the sentence, or null. */
    Draft last() {
        return st.last;
    }

    /** The last AMOUNT record of the sentence, or null. */
    Draft lastAmount() {
        return st.lastAmount;
    }

    void read() {
        List<int[]> clauses = Clauses.split(text, st.sentence.start(), st.sentence.end());
        for (int[] c : clauses) {
            ClauseItems lc = ClauseItems.read(view, c[0], c[1]);
            if (lc.items.isEmpty() || lc.items.stream().allMatch(it -> it.type() == ClauseItems.Type.CUE
                    && it.cue() == Cue.CONNECTOR || it.type() == ClauseItems.Type.PERIOD)) {
                continue; // 其中， / 上半年，
            }
            st.sectorTopic = st.carry.sectorAt(c[0], c[1]);
            break;
        }
        Set<QuantityMatch> bracketed = bracketedValues.read(clauses);
        int qi = 0;
        for (int ci = 0; ci < clauses.size(); ci++) {
            int[] c = clauses.get(ci);
            boolean hasFigure = qi < st.quantities.size() && st.quantities.get(qi).start() < c[1];
            if (!hasFigure) {
                st.statuses.announcement(ci, c[0], c[1]);
                String sector = st.carry.sectorAt(c[0], c[1]);
                if (sector != null && text.substring(c[0], c[1]).strip().endsWith(sector)) {
                    st.sectorTopic = sector; // 全市规模以上工业，完成增加值41.3亿元: a clause that is only a sector opens the topic
                }
            }
            // 四县规上工业增加值分别增长：无为县9.4%、芜湖县10.8%: a clause with no figure that ends in a
            // colon heads the list after it
            st.colonHead = ci > 0 && isColonHead(clauses.get(ci - 1), c) ? clauses.get(ci - 1)
                    : hasFigure ? null : st.colonHead;
            List<QuantityMatch> inClause = new ArrayList<>();
            while (qi < st.quantities.size() && st.quantities.get(qi).start() < c[1]) {
                if (st.quantities.get(qi).start() >= c[0] && !bracketed.contains(st.quantities.get(qi))) {
                    inClause.add(st.quantities.get(qi));
                }
                qi++;
            }
            if (!inClause.isEmpty()) {
                readClause(ci, c[0], c[1], inClause);
            }
        }
    }

    private void readClause(int clauseIndex, int start, int end, List<QuantityMatch> qs) {
        st.rankedPlace = null;
        Set<QuantityMatch> skip = new HashSet<>();
        Set<QuantityMatch> modifiers = new HashSet<>();
        st.ranks.markRankScopes(start, qs, modifiers); // 在全市12个国家级开发区中: part of the scope's words
        st.lists.markListCounts(start, end, qs, skip);
        st.lists.markModifiers(end, qs, modifiers);
        skip.addAll(modifiers);
        int from = start;
        int i = 0;
        while (i < qs.size()) {
            if (skip.contains(qs.get(i))) {
                if (!modifiers.contains(qs.get(i))) {
                    from = Math.max(from, qs.get(i).end()); // 10亿元以上项目: a modifier stays in the metric
                }
                i++;
                continue;
            }
            List<QuantityMatch> group = new ArrayList<>();
            group.add(qs.get(i));
            int j = i + 1;
            Boolean paired = null; // whether the group follows 分别 (asked once, when a change verb continues it)
            while (j < qs.size() && !skip.contains(qs.get(j))) {
                int a = group.get(group.size() - 1).end();
                int b = qs.get(j).start();
                if (!Clauses.onlyListSeparators(st.words(), text, a, b)) {
                    if (!changeContinuesList(a, b)) {
                        break;
                    }
                    if (paired == null) {
                        paired = ClauseItems.read(view, ClauseItems.windowStart(text, from, group.get(0).start()),
                                group.get(0).start()).has(Cue.ENUM);
                    }
                    if (!paired) {
                        break; // 增长5%和下降3% without 分别: two statements, not one list
                    }
                }
                group.add(qs.get(j));
                j++;
            }
            int next = readGroup(clauseIndex, start, end, from, group);
            if (next >= 0) {
                from = Math.max(from, next);
            }
            i = j;
        }
    }

    /**
     * 分别增长4.2%、8.1%和下降2.6%: a separator (or none) and a change verb between two values go on
     * with the list; the verb gives the values after it their own kind and sign.
     */
    private boolean changeContinuesList(int a, int b) {
        String s = text.substring(a, b).strip();
        int i = 0;
        while (i < s.length() && st.words().is("value-separator-lead", s.charAt(i)) && i < 1) {
            i++;
        }
        if (i == s.length()) {
            return false;
        }
        io.zhibiao.lexicon.PhraseTrie.Match<Cue> c = view.lexicons().cues().trie().exactAt(s, i, s.length());
        return c != null && (c.value() == Cue.UP || c.value() == Cue.DOWN);
    }

    /** How far (chars) after a colon label its figure may stand and still take the label as its metric. */
    private static final int COLON_LABEL_REACH = 16;

    private boolean isColonHead(int[] head, int[] list) {
        int colon = head[1];
        if (colon >= text.length() || (text.charAt(colon) != '：' && text.charAt(colon) != ':') || list[0] != colon + 1) {
            return false;
        }
        QuantityMatch q = st.firstQuantityFrom(head[0]); // a head holds no figure (binary search: linear over a long sentence)
        return q == null || q.start() >= head[1];
    }

    /** Index of {@code q} in this sentence's quantities (sorted by start, not overlapping), or -1. */
    int indexOf(QuantityMatch q) {
        int lo = 0;
        int hi = st.quantities.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = st.quantities.get(mid).start();
            if (s < q.start()) {
                lo = mid + 1;
            } else if (s > q.start()) {
                hi = mid - 1;
            } else {
                return st.quantities.get(mid).equals(q) ? mid : st.quantities.indexOf(q);
            }
        }
        return st.quantities.indexOf(q);
    }

    /** Builds the records of one group of listed values; returns where the next left context starts. */
    private int readGroup(int clauseIndex, int clauseStart, int clauseEnd, int from, List<QuantityMatch> group) {
        QuantityMatch first = group.get(0);
        QuantityMatch lastQ = group.get(group.size() - 1);
        from = ClauseItems.windowStart(text, from, first.start());
        ClauseItems left = ClauseItems.read(view, from, first.start());
        if (st.colonHead != null && from >= st.colonHead[1]
                && left.items.stream().allMatch(it -> it.type() == ClauseItems.Type.REGION)) {
            left = ClauseItems.read(view, st.colonHead[0], st.colonHead[1]); // the list's values: what the head says
            from = st.colonHead[0];
        } else if (st.colonHead != null && from >= st.colonHead[1] && first.start() - st.colonHead[1] < COLON_LABEL_REACH
                && left.items.stream().noneMatch(it -> it.type() == ClauseItems.Type.PIECE || it.type() == ClauseItems.Type.REGION)
                && st.firstQuantityFrom(st.colonHead[1]) == first) {
            // 规模以上工业增加值：1-2月同比增长8.6%: a label before the colon names what the figure after it measures
            left = ClauseItems.read(view, st.colonHead[0], first.start());
            from = st.colonHead[0];
        }
        st.lists.unifyUnits(group);

        // what stands right after the figure: 打造20个山地特色城镇, 以14.7%的增速, 位列第四的佛山市
        int limit = clauseEnd;
        int qi = indexOf(lastQ);
        if (qi + 1 < st.quantities.size() && st.quantities.get(qi + 1).start() < clauseEnd) {
            limit = st.quantities.get(qi + 1).start();
        }
        FigureRight right = FigureRight.read(st, lastQ, group.size(), clauseEnd, limit);
        NounPhrases.NounPhrase np = right.noun();
        RegionContext.Mention rankedPlace = right.place();
        int next = right.end();

        Status status = st.statuses.status(left, clauseIndex);
        List<Draft> made = new ArrayList<>();
        ClauseItems own = left; // the cues a value's kind is read from: the group's, or a change verb's inside the list
        for (int k = 0; k < group.size(); k++) {
            QuantityMatch q = group.get(k);
            if (k > 0 && !Clauses.onlyListSeparators(st.words(), text, group.get(k - 1).end(), q.start())) {
                own = ClauseItems.read(view, group.get(k - 1).end(), q.start()); // …和下降2.6%
            }
            Draft d = Draft.of(q, status);
            d.evidenceStart = from;
            d.evidenceEnd = right.evidenceEnd();
            if (st.kinds.decideKind(d, own)) {
                if (rankedPlace != null && d.kind == Kind.RANK) {
                    d.regionOverride = rankedPlace.region(); // the place ranked is the one after 的
                    st.rankedPlace = rankedPlace; // …and the subject of the clause's next figures
                }
                made.add(d);
            }
        }
        if (made.isEmpty()) {
            return -1; // no figure here: its words stay in the next figure's left context
        }
        made = st.metrics.assignMetrics(made, left, np, from);
        if (made.isEmpty()) {
            return -1;
        }
        made = st.lists.sharedPlacesGoOn(made, left);
        st.statuses.qualifiers(made, left, group);
        finisher.finish(made);
        return next;
    }
}
