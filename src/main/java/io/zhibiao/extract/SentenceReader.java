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
 * Reads the figures of one sentence, clause by clause, group by group; the readers in {@link
 * ClauseState} do each job.
 */
final class SentenceReader {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;

    SentenceReader(DocumentView view, io.zhibiao.text.Segmenter segmenter, Document.Sentence sentence,
            List<QuantityMatch> quantities, List<Draft> out, Draft previousSentence, Draft previousAmount) {
        this.st = new ClauseState(view, segmenter, sentence, quantities, out, previousSentence, previousAmount);
        this.view = view;
        this.text = view.text();
    }

    /** A record the sentence starts with that another reader made (a box item): it is the sentence's last so far. */
    SentenceReader after(Draft first) {
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
            LeftContext lc = LeftContext.read(view, c[0], c[1]);
            if (lc.items.isEmpty() || lc.items.stream().allMatch(it -> it.type() == LeftContext.Type.CUE
                    && it.cue() == Cue.CONNECTOR || it.type() == LeftContext.Type.PERIOD)) {
                continue; // 其中， / 上半年，
            }
            st.sectorTopic = st.carry.sectorAt(c[0], c[1]);
            break;
        }
        Set<QuantityMatch> bracketed = readBracketed(clauses);
        int qi = 0;
        for (int ci = 0; ci < clauses.size(); ci++) {
            int[] c = clauses.get(ci);
            boolean hasFigure = qi < st.quantities.size() && st.quantities.get(qi).start() < c[1];
            if (!hasFigure) {
                st.statuses.announcement(ci, c[0], c[1]);
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
                if (!Clauses.onlyListSeparators(text, a, b)) {
                    if (!changeContinuesList(a, b)) {
                        break;
                    }
                    if (paired == null) {
                        paired = LeftContext.read(view, LeftContext.windowStart(text, from, group.get(0).start()),
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
        while (i < s.length() && "、和及与,，".indexOf(s.charAt(i)) >= 0 && i < 1) {
            i++;
        }
        if (i == s.length()) {
            return false;
        }
        io.zhibiao.lexicon.PhraseTrie.Match<Cue> c = view.lexicons().cues().trie().exactAt(s, i, s.length());
        return c != null && (c.value() == Cue.UP || c.value() == Cue.DOWN);
    }

    private boolean isColonHead(int[] head, int[] list) {
        int colon = head[1];
        if (colon >= text.length() || (text.charAt(colon) != '：' && text.charAt(colon) != ':') || list[0] != colon + 1) {
            return false;
        }
        for (QuantityMatch q : st.quantities) {
            if (q.start() >= head[0] && q.start() < head[1]) {
                return false;
            }
        }
        return true;
    }

    /** True if no place is named in [from, to). */
    private boolean noPlaceBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (view.regionStartingAt(i) != null) {
                return false;
            }
        }
        return true;
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
        from = LeftContext.windowStart(text, from, first.start());
        LeftContext left = LeftContext.read(view, from, first.start());
        if (st.colonHead != null && from >= st.colonHead[1]
                && left.items.stream().allMatch(it -> it.type() == LeftContext.Type.REGION)) {
            left = LeftContext.read(view, st.colonHead[0], st.colonHead[1]); // the list's values: what the head says
            from = st.colonHead[0];
        }
        st.lists.unifyUnits(group);

        // a figure followed by a noun phrase: 打造20个山地特色城镇, 年产值45亿元的唐人神…
        int limit = clauseEnd;
        int qi = indexOf(lastQ);
        if (qi + 1 < st.quantities.size() && st.quantities.get(qi + 1).start() < clauseEnd) {
            limit = st.quantities.get(qi + 1).start();
        }
        NounPhrases.NounPhrase np = group.size() == 1 ? st.nouns.nounPhraseAfter(lastQ, clauseEnd, limit) : null;
        int frameEnd = np == null && group.size() == 1 ? st.rateFrameEnd(lastQ) : -1; // 以14.7%的增速
        RegionContext.Mention rankedPlace = group.size() == 1 ? st.placeAfterDe(lastQ) : null; // 位列第四的佛山市
        if (rankedPlace != null && lastQ.type() == io.zhibiao.QuantityMention.Type.ORDINAL) {
            np = null;
            frameEnd = rankedPlace.end();
        } else {
            rankedPlace = null;
        }
        int next = np != null ? np.end() : frameEnd > 0 ? frameEnd : lastQ.end();

        Status status = st.statuses.status(left, clauseIndex);
        List<Draft> made = new ArrayList<>();
        LeftContext own = left; // the cues a value's kind is read from: the group's, or a change verb's inside the list
        for (int k = 0; k < group.size(); k++) {
            QuantityMatch q = group.get(k);
            if (k > 0 && !Clauses.onlyListSeparators(text, group.get(k - 1).end(), q.start())) {
                own = LeftContext.read(view, group.get(k - 1).end(), q.start()); // …和下降2.6%
            }
            Draft d = Draft.of(q, status);
            d.evidenceStart = from;
            d.evidenceEnd = np != null ? np.metricEnd() : frameEnd > 0 ? frameEnd : lastQ.end();
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
        st.statuses.qualifiers(made, left, group);
        finish(made);
        return next;
    }

    /**
     * Values in brackets after listed places, with what they measure after the list (龙泉县（21.3%）、
     * 青田县（9.6%）、庆元县（8.2%）增速居前三位): one record per value, the region its place, kind and
     * metric from the words after the last bracket. Returns the values it read (none when the
     * sentence has no such list: two bracketed values at least).
     */
    private Set<QuantityMatch> readBracketed(List<int[]> clauses) {
        List<QuantityMatch> qs = st.quantities;
        List<QuantityMatch> values = new ArrayList<>();
        List<RegionContext.Mention> places = new ArrayList<>();
        for (QuantityMatch q : qs) {
            RegionContext.Mention place = placeBeforeBracket(q);
            if (place != null) {
                values.add(q);
                places.add(place);
            }
        }
        if (values.size() < 2) {
            return Set.of();
        }
        int predicateStart = values.get(values.size() - 1).end() + 1;
        int clauseIndex = 0;
        while (clauseIndex < clauses.size() - 1 && clauses.get(clauseIndex)[1] <= predicateStart) {
            clauseIndex++;
        }
        int predicateEnd = Math.max(predicateStart, clauses.get(clauseIndex)[1]);
        for (QuantityMatch q : qs) {
            if (q.start() >= predicateStart && !values.contains(q)) {
                predicateEnd = Math.min(predicateEnd, q.start());
            }
        }
        if (predicateStart >= text.length() || "，,。；;".indexOf(text.charAt(predicateStart)) >= 0) {
            // 增速高于全市平均水平的有麒麟区（10.2%）、陆良县（9.6%）: the list ends its clause, so what the
            // values measure stands before the first place, up to a comparison (高于…的有)
            int first = places.get(0).start();
            clauseIndex = 0;
            while (clauseIndex < clauses.size() - 1 && clauses.get(clauseIndex)[1] <= first) {
                clauseIndex++;
            }
            predicateStart = Math.min(clauses.get(clauseIndex)[0], first);
            predicateEnd = first;
            for (int i = predicateStart; i < predicateEnd; i++) {
                io.zhibiao.lexicon.PhraseTrie.Match<Cue> c = view.lexicons().cues().trie().longestAt(text, i, predicateEnd);
                if (c != null && (c.value() == Cue.COMP_UP || c.value() == Cue.COMP_DOWN) && i > predicateStart) {
                    predicateEnd = i;
                    break;
                }
            }
        }
        for (int i = predicateStart; i < predicateEnd; i++) {
            io.zhibiao.lexicon.PhraseTrie.Match<Cue> c = view.lexicons().cues().trie().longestAt(text, i, predicateEnd);
            if (c != null && c.value() == Cue.RANK && i > predicateStart) {
                predicateEnd = i; // 增速居前三位: the values measure what stands before the ranking verb
                break;
            }
        }
        LeftContext predicate = LeftContext.read(view, predicateStart, predicateEnd);
        Status status = st.statuses.status(predicate, clauseIndex);
        List<Draft> made = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            QuantityMatch q = values.get(k);
            Draft d = Draft.of(q, status);
            d.evidenceStart = places.get(k).start();
            d.evidenceEnd = q.end() + 1;
            d.regionOverride = places.get(k).region();
            if (st.kinds.decideKind(d, predicate)) {
                made.add(d); // 龙泉县（21.3%）…增速: the rate word after the list is a growth cue of the predicate
            }
        }
        if (made.isEmpty()) {
            return Set.of();
        }
        made = st.metrics.assignMetrics(made, predicate, null, predicateStart);
        if (!made.isEmpty()) {
            for (Draft d : made) {
                d.trace.add(Rule.ENUM_BRACKETED.id());
            }
            finish(made);
        }
        return new HashSet<>(values);
    }

    /** The place named right before the bracket that holds {@code q} alone (青田县（9.6%）), or null. */
    private RegionContext.Mention placeBeforeBracket(QuantityMatch q) {
        if (q.start() < 2 || q.end() >= text.length() || "（(".indexOf(text.charAt(q.start() - 1)) < 0
                || "）)".indexOf(text.charAt(q.end())) < 0) {
            return null;
        }
        for (RegionContext.Mention m : view.regions().mentions()) {
            if (m.end() == q.start() - 1 && m.region() != null) {
                return m;
            }
            if (m.start() >= q.start()) {
                break;
            }
        }
        return null;
    }

    /** Region, period and status of finished drafts; they become the sentence's output. */
    private void finish(List<Draft> made) {
        for (Draft d : made) {
            if (d.metric == null || d.metric.isBlank()) {
                continue;
            }
            if (d.regionOverride == null && st.rankedPlace != null && d.q.start() >= st.rankedPlace.end()
                    && view.regions().regionAt(d.q.start()) != st.rankedPlace.region()
                    && noPlaceBetween(st.rankedPlace.end(), d.q.start())) {
                d.regionOverride = st.rankedPlace.region(); // 位列第四的佛山市增长4.9%
            }
            if (d.regionOverride != null) {
                d.region = d.regionOverride;
                d.trace.add(Rule.REGION_ENUMERATED.id());
            } else {
                d.region = view.regions().regionAt(d.q.start());
                if (d.region != null) {
                    d.trace.add(Rule.REGION_CONTEXT.id());
                }
            }
            d.period = periodFor(d.q.start());
            PeriodMention of = d.kind == Kind.MULTIPLE && d.basis == null ? st.bases.multipleOf(d.q) : null;
            if (of != null) {
                // 是上年的2.3倍: the year is what the figure is a multiple of, not its period
                d.basis = text.substring(of.start(), d.q.start() - 1);
                d.trace.add(Rule.BASIS_MULTIPLE_OF.id());
                d.period = periodFor(of.start());
            }
            if (d.period != null) {
                d.trace.add(Rule.PERIOD_CONTEXT.id());
                if (d.period.type() == PeriodMention.Type.HORIZON && d.status == null) {
                    d.status = Status.TARGET;
                    d.trace.add(Rule.STATUS_HORIZON.id());
                }
            }
            st.out.add(d);
            st.last = d;
            if (d.kind == Kind.AMOUNT) {
                st.lastAmount = d;
            }
        }
        st.lastGroup = made;
        st.carry.updateTopic(made);
    }

    /**
     * The nearest period before {@code offset}: in the sentence, else the paragraph, else the
     * section (sections start at headings and bylines that name a region); failing that, the
     * period of the nearest heading before (a box titled 上半年区县经济亮点 over its items).
     * A period written inside a clause (由上年的…, 2019年的5%) holds in its own sentence only; a
     * recurring one (每年) gives way to a span named before it in the sentence.
     */
    private PeriodMention periodFor(int offset) {
        return view.periodBefore(offset, st.sentence);
    }
}
