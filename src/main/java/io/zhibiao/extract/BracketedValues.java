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
            if (c != null && c.value() == Cue.RANK && i > predicateStart) {
                predicateEnd = i; // 增速居前三位: the values measure what stands before the ranking verb
                break;
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
        if (!made.isEmpty()) {
            for (Draft d : made) {
                d.trace.add(Rule.ENUM_BRACKETED.id());
            }
            finisher.finish(made);
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
}
