package io.zhibiao.extract;

import io.zhibiao.Kind;

/**
 * The carry rules that read a piece as a breakdown of what the sentence just reported: a part after 其中
 * (粮食播种面积…，其中玉米…), a sibling with the last metric's scope (存款余额… 贷款余额), a bare breakdown word
 * with the last metric's head (对美国增长6.5%), an indicator under a counted kind of institution (普通高中478所，
 * 招生…). Called from {@link CarryRules#completeMetric}; one per sentence, sharing its {@link ClauseState}.
 */
final class BreakdownCarry {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;

    BreakdownCarry(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.text = st.text;
    }

    /**
     * 对美国、欧盟进出口分别为…，对美国增长6.5%，对欧盟下降1.4%: a piece that is only a breakdown word (a
     * partner, a product: metric-modifiers.tsv) takes the last metric of its sentence with that metric's
     * breakdown word of the same dimension replaced ({@code metric:parallel-breakdown}).
     */
    String parallelBreakdown(String metric, Draft d0) {
        // an amount is a breakdown of the last amount, not of a share in between (…872个，占17.7%；制造业486个)
        Draft last = d0.kind == Kind.AMOUNT && st.lastAmount != null ? st.lastAmount : st.last;
        if (last == null || last.metric == null || last.kind == Kind.RANK || metric.length() > 8
                || d0.kind == Kind.AMOUNT && last.kind == Kind.AMOUNT && countsInstitutions(last) != countsInstitutions(d0)) {
            return null; // …在校生12.8万人；职业中学41所: a count of schools is no breakdown of a count of pupils
        }
        java.util.Set<String> dims = view.lexicons().metrics().dimensionsOf(metric);
        if (dims.isEmpty()) {
            return null;
        }
        for (int len = Math.min(8, last.metric.length() - 1); len >= 1; len--) {
            String w = last.metric.substring(0, len);
            java.util.Set<String> own = view.lexicons().metrics().dimensionsOf(w);
            own.retainAll(dims);
            if (!own.isEmpty()) {
                String head = last.metric.substring(len);
                if (w.equals(metric) || !(head.equals(view.lexicons().heads().suffixHead(head))
                        || view.lexicons().metrics().lookup(head).isPresent())) {
                    return null; // the same breakdown, or no head after it (电力工业 in 电力工业制品业): not parallel
                }
                d0.trace.add(Rule.METRIC_PARALLEL_BREAKDOWN.id());
                return metric + head;
            }
        }
        return null;
    }
    /**
     * 金融机构人民币存款余额7860.4亿元…；贷款余额5932.7亿元: a metric that is a sibling of the last one in
     * its sentence (the same head after a word of the same length: 存款余额, 贷款余额) takes the scope
     * words the last one has before it, cut at a word end ({@code metric:sibling-scope}); not after
     * 其中 (a part of the last, not a sibling).
     */
    String siblingScope(String metric, Draft d0) {
        Draft last = st.last;
        if (last == null || last.metric == null || last.kind == Kind.RANK || metric.length() < 3 || metric.length() > 6
                || last.metric.length() <= metric.length() || last.q.end() > d0.q.start()) {
            return null;
        }
        String tail = last.metric.substring(last.metric.length() - metric.length());
        String scope = last.metric.substring(0, last.metric.length() - metric.length());
        if (!tail.codePoints().allMatch(Character::isLetterOrDigit) || !MetricPhrases.balanced(scope)) {
            return null; // 马铃薯（折粮）产量…；水稻产量: 粮）产量 is no sibling of 水稻产量, 马铃薯（折 no scope
        }
        if (!view.lexicons().heads().siblings(tail, metric)
                || st.words().containsAny("part-opener", st.text.substring(last.q.end(), d0.q.start()))) {
            return null;
        }
        boolean atWordEnd = false;
        for (int e : st.wordEnds(last.metric)) {
            atWordEnd |= e == scope.length();
        }
        if (!atWordEnd) {
            return null;
        }
        d0.trace.add(Rule.METRIC_SIBLING_SCOPE.id());
        return scope + metric;
    }
    /**
     * 粮食播种面积386.5万亩，其中玉米120.3万亩、水稻85.6万亩: an item after 其中 (in its sentence, or
     * since the amount before) that names no indicator itself takes the head of the amount before it
     * (words.tsv breakdown-head: 播种面积, 吞吐量 …), when the units are of one family
     * ({@code metric:part-of-last}).
     */
    String partOfLast(String metric, Draft d0) {
        Draft whole = st.last != null ? st.last : st.previousSentence;
        if (d0.kind != Kind.AMOUNT || whole == null || whole.kind != Kind.AMOUNT || !CarryRules.sameFamily(whole, d0)
                || metric.isEmpty() || metric.length() > 6 || whole.q.end() > d0.q.start()
                || view.lexicons().metrics().lookup(metric).isPresent() || view.lexicons().heads().suffixHead(metric) != null
                || !st.words().containsAny("part-opener", st.text.substring(Math.min(whole.q.end(), st.sentence.start()), d0.q.start()))) {
            return null;
        }
        String head = st.words().longestProperSuffix("breakdown-head", whole.metric);
        if (head == null || metric.endsWith(head)) {
            return null;
        }
        d0.trace.add(Rule.METRIC_PART_OF_LAST.id());
        return metric + head;
    }
    /**
     * 普通高中412所，招生15.2万人，在校生40.1万人: a piece that is an indicator's bare name (招生, 在校生) in a
     * sentence that counted a kind of institution (所, 家: words.tsv institution-count-unit) named by one of
     * that indicator's breakdown words (普通高中, a type of school: metric-modifiers.tsv, a dimension
     * metrics.tsv lists for it) names those institutions' figure ({@code metric:topic-breakdown}).
     */
    String topicBreakdown(String metric, Draft d0) {
        String topic = st.breakdownTopic;
        if (topic == null || metric.length() > 8 || metric.startsWith(topic) || view.periodStartsIn(st.breakdownTopicEnd, d0.q.start())) {
            return null; // …中等职业学校14所；全年专利申请量286件: a period opens a new topic
        }
        io.zhibiao.lexicon.MetricTaxonomy taxonomy = view.lexicons().metrics();
        java.util.Optional<io.zhibiao.lexicon.MetricTaxonomy.Entry> named = taxonomy.lookup(metric);
        if (named.isEmpty() || !taxonomy.dimensionsOf(metric).isEmpty()) {
            // 批发和零售业872个；制造业486个: a breakdown word itself is the topic's sibling, no indicator of it
            return null;
        }
        java.util.Set<String> dims = taxonomy.dimensionsOf(topic);
        dims.retainAll(taxonomy.info(named.get().id()).dims());
        if (dims.isEmpty()) {
            return null;
        }
        d0.trace.add(Rule.METRIC_TOPIC_BREAKDOWN.id());
        return topic + metric;
    }
    /** The figure counts institutions (所, 家, 个: words.tsv institution-count-unit). */
    private boolean countsInstitutions(Draft d) {
        return d.q.unit() != null && st.words().is("institution-count-unit", d.q.unit());
    }
}
