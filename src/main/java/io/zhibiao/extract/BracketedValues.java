package io.zhibiao.extract;

import io.zhibiao.Status;
import io.zhibiao.quantity.QuantityMatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Values in brackets after listed places, with what they measure after the list (龙泉县（21.3%）、
 * 青田县（9.6%）、庆元县（8.2%）增速居前三位) or before it when the list ends its clause
 * (增速高于全市平均水平的有麒麟区（10.2%）、陆良县（9.6%）): one record per value, the region its place.
 */
final class BracketedValues {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;
    private final DraftFinisher finisher;

    BracketedValues(ClauseState st, DraftFinisher finisher) {
        this.st = st;
        this.view = st.view;
        this.text = st.text;
        this.finisher = finisher;
    }

    /**
     * Values in brackets after listed places, with what they measure after the list (龙泉县（21.3%）、
     * 青田县（9.6%）、庆元县（8.2%）增速居前三位): one record per value, the region its place, kind and
     * metric from the words after the last bracket. Returns the values it read (none when the
     * sentence has no such list: two bracketed values at least).
     */
    Set<QuantityMatch> read(List<int[]> clauses) {
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
            if (c != null && c.value() == Cue.RANK) {
                predicateEnd = i; // 增速居前三位: the values measure what stands before the ranking verb
                break;            // (分列第二、三位 right after the list: no words of their own, 列 is no cue apart)
            }
            if (c != null) {
                i = c.end() - 1;
            }
        }
        ClauseItems predicate = ClauseItems.read(view, predicateStart, predicateEnd);
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
        Set<QuantityMatch> read = new HashSet<>(values);
        if (!made.isEmpty()) {
            for (Draft d : made) {
                d.trace.add(Rule.ENUM_BRACKETED.id());
            }
            finisher.finish(made);
            st.bracketed = made;
            QuantityMatch order = listedOrder(places, values, clauses);
            if (order != null && made.size() == places.size()) {
                finisher.finish(orderedRanks(made, places, order, status));
                read.add(order);
            }
        }
        return read;
    }

    /**
     * 澄海（8.1%）、潮南（7.4%）、龙湖（6.9%）GDP增速排名前三; 增速居前三位的依次是会泽县（35.2%）…: an ordinal
     * 前N (N the number of listed places) after a ranking word in the clause right after the list or
     * in the clause that opens it; null when there is none.
     */
    private QuantityMatch listedOrder(List<RegionContext.Mention> places, List<QuantityMatch> values, List<int[]> clauses) {
        int from = places.get(0).start();
        int to = values.get(values.size() - 1).end();
        int first = 0;
        while (first < clauses.size() - 1 && clauses.get(first)[1] <= from) {
            first++;
        }
        int last = first;
        while (last < clauses.size() - 1 && clauses.get(last)[1] <= to) {
            last++;
        }
        int lo = clauses.get(first)[0];
        int hi = clauses.get(last)[1];
        for (QuantityMatch q : st.quantities) {
            if (q.start() >= lo && q.end() <= hi && (q.end() <= from || q.start() >= to)
                    && q.type() == io.zhibiao.QuantityMention.Type.ORDINAL && q.qualifier() == io.zhibiao.Qualifier.LESS_THAN
                    && q.value().intValue() == places.size() && q.value().stripTrailingZeros().scale() <= 0
                    && rankCueBefore(q, q.start() >= to ? to : lo)) {
                return q;
            }
        }
        return null;
    }

    /** A ranking word (cues.tsv RANK) in [from, q) right before the ordinal's words. */
    private boolean rankCueBefore(QuantityMatch q, int from) {
        for (int i = Math.max(from, q.start() - 6); i < q.start(); i++) {
            io.zhibiao.lexicon.PhraseTrie.Match<Cue> c = view.lexicons().cues().trie().longestAt(text, i, q.start());
            if (c != null && c.value() == Cue.RANK) {
                return true;
            }
        }
        return false;
    }

    /** One rank per listed place, 1…N in the list's order, of what the values measure (a rate's 增速). */
    private List<Draft> orderedRanks(List<Draft> made, List<RegionContext.Mention> places, QuantityMatch order, Status status) {
        List<Draft> ranks = new ArrayList<>();
        for (int k = 0; k < made.size(); k++) {
            Draft v = made.get(k);
            Draft d = Draft.of(order, status);
            d.kind = io.zhibiao.Kind.RANK;
            d.value = java.math.BigDecimal.valueOf(k + 1L);
            d.unit = null;
            d.unitInfo = null;
            d.qualifier = io.zhibiao.Qualifier.EXACT;
            d.metric = v.kind == io.zhibiao.Kind.GROWTH_RATE ? CarryRules.stripRate(v.metric) + "增速" : v.metric;
            d.subject = v.subject;
            d.regionOverride = places.get(k).region();
            d.evidenceStart = Math.min(places.get(k).start(), order.start());
            d.evidenceEnd = Math.max(v.evidenceEnd, order.end());
            d.trace.add(Rule.RANK_LISTED_ORDER.id());
            ranks.add(d);
        }
        return ranks;
    }

    /** The place named right before the bracket that holds {@code q} alone (青田县（9.6%）), or null. */
    private RegionContext.Mention placeBeforeBracket(QuantityMatch q) {
        if (q.start() < 2 || q.end() >= text.length() || "（(".indexOf(text.charAt(q.start() - 1)) < 0
                || "）)".indexOf(text.charAt(q.end())) < 0) {
            return null;
        }
        return view.placeEndingAt(q.start() - 1); // a lookup, not a walk over every mention before q
    }
}
