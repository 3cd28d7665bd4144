package io.zhibiao.extract;

import io.zhibiao.Kind;
import java.util.List;

/**
 * Gives the figures of one group their metric: rank, share and comparison readers first, then the left
 * context, the noun after the figure, or a carry rule; then distributes a listed metric over the
 * values. One per sentence, sharing the sentence's {@link ClauseState}.
 */
final class MetricAssigner {
    private final ClauseState st;

    MetricAssigner(ClauseState st) {
        this.st = st;
    }

    /** A metric as found and where its words start (for the evidence). */
    record Named(String metric, int start) {
    }

    /** The records of the group with their metrics (several when a listed metric is distributed), or none. */
    List<Draft> assignMetrics(List<Draft> made, ClauseItems left, NounPhrases.NounPhrase np, int from) {
        Draft d0 = made.get(0);
        if (d0.kind == Kind.RANK) {
            return st.ranks.rankMetric(made, left);
        }
        if (d0.kind == Kind.MULTIPLE && made.size() == 1 && st.last != null && st.bases.multipleOfAnother(d0, left)) {
            return made;
        }
        if (d0.kind == Kind.PERCENT) {
            List<Draft> shares = st.shares.shareMetric(made, left);
            if (shares != null) {
                return shares;
            }
        }
        ClauseItems.Item piece = thenSkipped(left, ClauseItems.lastPiece(left.items));
        BasisReader.Comparison cmp = d0.kind == Kind.PP_CHANGE ? st.bases.comparison(left) : d0.kind == Kind.AMOUNT ? placeComparison(left) : null;
        if (cmp != null) {
            piece = cmp.metricPiece();
        }
        Named named;
        String frameRate = cmp == null ? rateAfterDe(d0) : null;
        if (frameRate == null && cmp == null && d0.kind == Kind.AMOUNT && FigureRight.sizeFrameEnd(st, d0.q) > 0) {
            frameRate = ""; // 岳阳楼区以742.6亿元的总量排在全市首位: the size of the indicator the text goes on about
        }
        if (frameRate != null) {
            named = rateFrame(d0, frameRate, from);
            if (named == null) {
                return List.of(); // no indicator to be the rate of
            }
        } else if (np != null && cmp == null) {
            named = withNounAfter(d0, left, np, piece, from);
        } else if (cmp != null && piece != null) {
            named = beforeComparison(d0, left, cmp, piece);
        } else if (piece != null && amountGap(d0, left)) {
            named = st.carry.lastFigure(d0, from); // 人均生产总值21350元，比全疆平均水平高出5620元: the same indicator's gap
            d0.trace.add(Rule.METRIC_AMOUNT_GAP.id());
        } else if (piece != null && baseValue(left, piece, d0) && st.last != null && st.last.kind == d0.kind
                && (named = st.carry.lastFigure(d0, from)) != null) {
            d0.trace.add(Rule.METRIC_BASE_VALUE.id()); // 为3.59人，比1990年普查的4.12人: the same indicator's earlier value
        } else if (piece != null) {
            named = fromLeft(d0, left, piece);
        } else if (st.carry.pairsWithLastGroup(made)) {
            st.carry.carryPairs(made, from);
            st.bases.comparisonBases(made, left);
            st.bases.basis(made, left);
            return made;
        } else {
            named = st.carry.lastFigure(d0, from);
            if (named == null) {
                named = st.carry.previousSentenceRate(d0, left, from);
            }
            if (named == null) {
                named = st.carry.previousAmount(d0, left, from);
            }
            if (named == null) {
                named = st.carry.sentenceFrame(d0, left, from);
            }
            if (named == null) {
                return List.of();
            }
        }
        String metric = st.phrases.withoutNotes(MetricPhrases.cleanMetric(named.metric()));
        if (metric.isEmpty()) {
            return List.of();
        }
        if (d0.subject == null) {
            d0.subject = st.phrases.subjectOf(metric);
        }
        List<Draft> result = st.lists.distribute(made, metric, named.start(), left);
        if (cmp != null && !cmp.bases().isEmpty()) {
            st.bases.compared(result, cmp);
        } else {
            st.bases.comparisonBases(result, left);
        }
        st.bases.basis(result, left);
        st.bases.unstatedBases(result);
        return st.lists.enumeratedRegions(result, left);
    }

    /**
     * A figure followed by a noun phrase: 打造20个山地特色城镇, 辐射周边7个村居, 引进…等14个项目 (what
     * is done + what is counted); after 的 (年产值45亿元的唐人神…) the noun is the subject.
     */
    private Named withNounAfter(Draft d0, ClauseItems left, NounPhrases.NounPhrase np, ClauseItems.Item piece, int from) {
        if (np.afterDe() && piece != null && !st.phrases.endsWithVerb(piece)) {
            d0.subject = np.text();
            d0.trace.add(Rule.METRIC_LEFT.id());
            d0.trace.add(Rule.SUBJECT_AFTER_DE.id());
            return new Named(st.phrases.pieceText(piece, left), piece.start());
        }
        String verbPhrase = piece == null ? null : st.phrases.verbPhrase(piece);
        ClauseItems.Item firstPiece = MetricPhrases.firstPiece(left);
        if (verbPhrase == null && firstPiece != null && firstPiece != piece) {
            verbPhrase = st.phrases.leadingVerbOf(firstPiece);
        }
        d0.verb = verbPhrase;
        d0.trace.add(verbPhrase == null ? Rule.METRIC_NOUN_AFTER.id() : Rule.METRIC_VERB_NOUN_AFTER.id());
        return new Named((verbPhrase == null ? "" : verbPhrase) + np.metricText(), piece != null ? piece.start() : from);
    }

    /**
     * 陆良县以14.7%的增速领跑各县: the rate after 的 is of the indicator the text goes on about (the
     * last record's, else the sentence before's); null when there is none.
     */
    private Named rateFrame(Draft d0, String rate, int from) {
        String carried = rate.isEmpty() ? sizeCarrier() : st.carry.carriedRate(rate, "");
        if (carried == null || carried.isEmpty()) {
            return null;
        }
        d0.trace.add(Rule.METRIC_RATE_FRAME.id());
        return new Named(carried, from);
    }

    /** The indicator a size frame (以742.6亿元的总量) measures: the last amount's of the sentence, else of the text before; or null. */
    private String sizeCarrier() {
        Draft carrier = st.lastAmount != null ? st.lastAmount : st.previousAmount;
        if (carrier != null && carrier.metric != null) {
            String m = carrier.metric;
            for (String rate : st.words().list("bare-rate")) { // the size of 地区生产总值增速's indicator; 经济总量 stays whole
                if (m.endsWith(rate) && m.length() > rate.length()) {
                    return m.substring(0, m.length() - rate.length());
                }
            }
            return m;
        }
        // 经济总量：岳阳楼区稳居首位 / 岳阳楼区以742.6亿元的总量…: a heading just before that opens with an indicator
        java.util.List<io.zhibiao.text.Document.Paragraph> ps = st.view.document().paragraphs();
        int p = st.sentence.paragraph();
        for (int k = p - 1; k >= Math.max(0, p - 2); k--) {
            io.zhibiao.text.Document.Paragraph h = ps.get(k);
            if (!h.headingLike() && h.end() - h.start() > 24) {
                continue; // a heading, or a short line shaped like one (经济总量：岳阳楼区稳居首位)
            }
            int colon = h.start();
            while (colon < h.end() && st.text.charAt(colon) != '：') {
                colon++; // within the heading: a long text without a colon stays linear
            }
            if (colon > h.start() && colon < h.end()) {
                String head = st.text.substring(h.start(), colon).strip();
                if (st.view.lexicons().metrics().lookup(head).isPresent()) {
                    return head;
                }
            }
        }
        return null;
    }

    /** The bare rate word (words.tsv bare-rate) right after the figure and 的, or null. */
    private String rateAfterDe(Draft d0) {
        int end = d0.kind == Kind.GROWTH_RATE ? FigureRight.rateFrameEnd(st, d0.q) : -1;
        return end < 0 ? null : st.text.substring(d0.q.end() + 1, end);
    }

    /**
     * 农民人均纯收入低于全省平均水平240元: an amount compared with a place, what is compared named before the
     * comparison (a gap to a place; a comparison with a period, 比上年增加, is read as a change); else null.
     */
    private BasisReader.Comparison placeComparison(ClauseItems left) {
        BasisReader.Comparison cmp = st.bases.comparison(left);
        if (cmp == null || !cmp.withPlace() || cmp.metric() == null) {
            return null;
        }
        ClauseItems.Item place = left.last(ClauseItems.Type.REGION);
        if (place != null && st.text.substring(place.end(), left.to).indexOf('的') >= 0) {
            return null; // 人均纯收入低于全省平均水平的县有5个: the comparison names a class, the figure counts it
        }
        return cmp;
    }

    /** 增速比全国高7.4个百分点: what is compared, before the comparison. */
    private Named beforeComparison(Draft d0, ClauseItems left, BasisReader.Comparison cmp, ClauseItems.Item piece) {
        String metric = cmp.metric() + st.phrases.growthNounAfter(piece, left, d0);
        d0.trace.add(Rule.METRIC_BEFORE_COMPARISON.id());
        String rate = st.carry.carriedRate(metric, metric);
        if (rate != null) {
            metric = rate;
            d0.trace.add(Rule.METRIC_CARRIED_RATE.id());
        }
        return new Named(metric, piece.start());
    }

    /**
     * 城镇新增就业6.12万人，完成年度目标的58.3%: the share of a goal (words.tsv goal-noun) that is done measures
     * the indicator before it: 城镇新增就业完成年度目标 ({@code metric:goal-share}); null when the piece names no goal.
     */
    private String goalShare(Draft d0, ClauseItems left, String metric) {
        if (d0.kind != Kind.PERCENT || st.last == null) {
            return null;
        }
        String lead = st.words().longestPrefix("goal-share-verb", metric);
        if (lead != null && metric.length() > lead.length() && st.words().endsWithAny("goal-noun", metric)
                && st.text.startsWith(metric.substring(lead.length()) + "的", d0.q.start() - metric.length() + lead.length() - 1)) {
            d0.trace.add(Rule.METRIC_GOAL_SHARE.id()); // 为预算的108.3%: the verb stayed in the piece
            return ShareReader.stripShare(st.last.metric, st.words()) + "完成" + metric.substring(lead.length());
        }
        for (int k = left.items.size() - 1; k >= 0; k--) {
            ClauseItems.Item verb = left.items.get(k);
            if (verb.type() == ClauseItems.Type.CUE && st.words().is("goal-share-verb", verb.text(st.text))) {
                String goal = st.text.substring(verb.end(), Math.max(verb.end(), d0.q.start()));
                if (goal.length() < 3 || goal.length() > 9 || !goal.endsWith("的")
                        || !st.words().endsWithAny("goal-noun", goal.substring(0, goal.length() - 1))) {
                    return null;
                }
                d0.trace.add(Rule.METRIC_GOAL_SHARE.id());
                return ShareReader.stripShare(st.last.metric, st.words()) + "完成" + goal.substring(0, goal.length() - 1);
            }
        }
        return null;
    }

    /** The last piece of the left context, completed by the carry rules, without examples, frames and leading names. */
    /** The last record of this sentence whose subject was named as a name (split off or before its verb), no place since; or null. */
    private Draft lastNamedSubject(Draft d0) {
        for (int k = st.out.size() - 1; k >= 0; k--) {
            Draft d = st.out.get(k);
            if (d.q.start() < st.sentence.start() || !st.carry.noPlaceBetween(d.q.end(), d0.q.start())) {
                return null;
            }
            if (d.subject != null && d.subjectSplit) {
                return d;
            }
        }
        return null;
    }

    /**
     * An amount right after a comparison with a place and nothing else before it in its clause (比全疆平均水平高出5620元),
     * after an amount in the same unit: the gap of that indicator; its basis is the place.
     */
    private boolean amountGap(Draft d0, ClauseItems left) {
        Draft amount = st.lastAmount; // 农民人均纯收入1612元，增长10.3%，低于全省平均水平240元: the amount's gap, a growth between
        if (d0.kind != Kind.AMOUNT || st.last == null || amount == null || d0.q.unit() == null
                || !d0.q.unit().equals(amount.q.unit()) || left.items.isEmpty()
                || left.items.get(0).type() == ClauseItems.Type.PIECE
                        && !st.words().is("comparison-marker", left.items.get(0).text(st.text).strip())) {
            return false; // the clause opens with the comparison (比全疆…), nothing of its own before it
        }
        BasisReader.Comparison cmp = st.bases.comparison(left);
        if (cmp == null || cmp.bases().size() != 1 || cmp.metric() != null) {
            return false;
        }
        d0.basis = cmp.bases().get(0);
        return true;
    }

    /**
     * 比1990年第四次全国人口普查的4.12人, 同上年的…: a figure after a comparison (a BASIS item) and a piece that ends
     * in 的 is the earlier value the comparison names; it is of the indicator the sentence is about.
     */
    private boolean baseValue(ClauseItems left, ClauseItems.Item piece, Draft d0) {
        int k = left.indexOf(piece);
        return k > 0 && k == left.items.size() - 1 && left.items.get(k - 1).type() == ClauseItems.Type.BASIS
                && piece.end() <= d0.q.start() && st.view.text().substring(piece.end(), d0.q.start()).strip().equals("的");
    }

    /**
     * 茶园面积从最初的300亩: a last piece that only says "at first" (words.tsv then-word, 的 after it) names no
     * metric; the piece before it does. Else {@code piece} itself.
     */
    private ClauseItems.Item thenSkipped(ClauseItems left, ClauseItems.Item piece) {
        if (piece == null) {
            return null;
        }
        String t = piece.text(st.view.text()).strip();
        if (t.endsWith("的")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.startsWith("的")) {
            t = t.substring(1);
        }
        // 从最初的300亩: a then-word; PM2.5平均浓度由2015年的每立方米43微克: a per-unit denominator alone names nothing
        if (!st.words().is("then-word", t) && !st.view.lexicons().metricEdges().perUnitOnly(t)) {
            return piece;
        }
        ClauseItems.Item before = ClauseItems.lastPiece(left.before(left.indexOf(piece)));
        return before != null ? before : piece;
    }

    private Named fromLeft(Draft d0, ClauseItems left, ClauseItems.Item piece) {
        String name = st.names.before(piece, left);
        if (name != null) {
            st.topic = null; // 桂林路商圈实现销售额 after 红旗街商圈…: the clause names its own subject
        }
        String metric = st.phrases.pieceText(piece, left) + st.phrases.growthNounAfter(piece, left, d0);
        int deng = MetricPhrases.examplesEnd(metric);
        if (deng > 0) {
            // 开展了增强CT检查、腹腔镜胆囊切除术等新技术、新项目17项: drop the examples
            String verb = st.phrases.verbPhrase(piece);
            metric = (verb == null ? "" : verb) + metric.substring(deng);
            d0.trace.add(Rule.METRIC_EXAMPLES_DROPPED.id());
        } else {
            metric = st.carry.completeMetric(metric, piece, d0);
        }
        d0.verb = st.phrases.leadingVerbOf(piece);
        String carried = st.carry.changeOfLast(metric, left, d0);
        if (carried == null) {
            carried = st.carry.verbOfLast(metric, piece, left, d0);
        }
        if (carried != null) {
            metric = carried;
        }
        metric = st.subjects.dropFrames(metric, d0);
        String[] split = d0.kind == Kind.PERCENT ? null : st.subjects.splitSubject(metric, d0.kind == Kind.AMOUNT);
        while (split != null) {
            d0.subject = st.subjects.stripDescriptor(SubjectSplitter.stripRelative(split[0]));
            metric = SubjectSplitter.stripSuoDe(split[1]);
            st.topic = d0.subject;
            d0.subjectSplit = true;
            d0.trace.add(Rule.SUBJECT_LEADING_NAME.id());
            split = st.subjects.splitSubject(metric, d0.kind == Kind.AMOUNT); // OPPO…有限公司|所建的OPPO…项目|占地
        }
        String goal = goalShare(d0, left, metric);
        if (goal != null) {
            metric = goal;
        }
        if (d0.subject == null && name != null) {
            d0.subject = name;
            d0.subjectSplit = true;
            st.topic = name;
            d0.trace.add(Rule.SUBJECT_BEFORE_VERB.id());
        } else if (d0.subject == null && st.names.opensWithVerb(piece, left)) {
            Draft named = lastNamedSubject(d0);
            if (named != null) {
                d0.subject = named.subject; // 峨眉山景区接待游客…；实现门票收入…: the clause goes on about the same scenic spot
                d0.subjectSplit = true;
                d0.trace.add(Rule.SUBJECT_CONTINUED.id());
            }
        }
        return new Named(metric, piece.start());
    }
}
