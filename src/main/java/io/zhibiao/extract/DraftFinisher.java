package io.zhibiao.extract;

import io.zhibiao.Kind;
import io.zhibiao.Status;
import io.zhibiao.quantity.QuantityMatch;
import java.util.List;

/**
 * The last step of a record in its sentence: its region (the place a list or rank named for it,
 * else the context's), its period (inherited: sentence, paragraph, section), a multiple's base
 * period, a horizon's status; then it becomes the sentence's last record and updates the topic
 * the carry rules read.
 */
final class DraftFinisher {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;

    DraftFinisher(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.text = st.text;
    }

    /** Region, period and status of finished drafts; they become the sentence's output. */
    void finish(List<Draft> made) {
        made = listedOrder(made);
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
        PeriodMention p = view.periodBefore(offset, st.sentence);
        if (p != null && p.end() < offset && text.charAt(p.end()) == '的' && p.start() > st.sentence.start()
                && "由从".indexOf(text.charAt(p.start() - 1)) >= 0 && farFrom(p.end() + 1, offset)) {
            // 由2015年底的31.6%降至0: the period of a from-value is that value's, not the one the change reaches
            PeriodMention before = view.periodBefore(p.start(), st.sentence);
            return before != null && before.end() <= p.start() ? before : null;
        }
        return p;
    }

    /** More than the figure right after 的 lies in [from, to): a verb, another figure. */
    private boolean farFrom(int from, int to) {
        io.zhibiao.quantity.QuantityMatch q = st.firstQuantityFrom(from);
        if (q != null && q.start() == from) {
            return from != to; // a figure right after 的 is the from-value: only another figure is far from it
        }
        return to - from > 8;
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

    /**
     * 华容县、湘阴县、汨罗市…分别增长9.4%、9.2%和9.0%，依次居全市前三位: a rank 前N right after a group of N
     * values paired with listed places, with an order word (words.tsv rank-order-word) between, gives
     * the places ranks 1…N in the list's order ({@code rank:listed-order}); else {@code made} as it is.
     */
    private List<Draft> listedOrder(List<Draft> made) {
        if (made.size() > 1 && made.stream().allMatch(d -> d.kind == Kind.RANK && d.regionOverride == null)) {
            // 澧县（368.1亿元）、桃源县（352.9亿元）分列第二、三位: N ranks after N listed places go to them in order
            List<Draft> group = st.bracketed.size() == made.size() ? st.bracketed : st.lastGroup;
            if (group.size() == made.size() && group.stream().allMatch(g -> g.regionOverride != null
                    && g.q.end() <= made.get(0).q.start())
                    && text.substring(group.get(group.size() - 1).q.end(), made.get(0).q.start()).length() <= 12) {
                for (int k = 0; k < made.size(); k++) {
                    made.get(k).regionOverride = group.get(k).regionOverride;
                }
            }
            return made;
        }
        if (made.size() != 1 || made.get(0).kind != Kind.RANK || made.get(0).q.qualifier() != io.zhibiao.Qualifier.LESS_THAN) {
            return made;
        }
        Draft rank = made.get(0);
        List<Draft> group = st.lastGroup;
        int n = rank.value.intValue();
        if (group.size() != n || n < 2 || rank.value.stripTrailingZeros().scale() > 0
                || group.stream().anyMatch(g -> g.regionOverride == null || g.q.end() > rank.q.start())) {
            return made;
        }
        String between = text.substring(group.get(n - 1).q.end(), rank.q.start());
        if (between.length() > 12 || !st.words().containsAny("rank-order-word", between)) {
            return made;
        }
        List<Draft> ranks = new java.util.ArrayList<>();
        for (int k = 0; k < n; k++) {
            Draft d = rank.copy();
            d.value = java.math.BigDecimal.valueOf(k + 1L);
            d.qualifier = io.zhibiao.Qualifier.EXACT;
            d.regionOverride = group.get(k).regionOverride;
            d.trace.add(Rule.RANK_LISTED_ORDER.id());
            ranks.add(d);
        }
        return ranks;
    }
}
