package io.zhibiao.extract;

import io.zhibiao.Kind;
import io.zhibiao.text.Token;
import java.util.List;
import java.util.Set;

/**
 * What a clause inherits when its own words do not name the metric: the last figure, the sentence
 * topic, the sector opening the sentence, the list before, the sentence before. Each rule is one named
 * method. One per sentence, sharing the sentence's {@link ClauseState}.
 */
final class CarryRules {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;

    private final BreakdownCarry breakdowns;

    CarryRules(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.text = st.text;
        this.breakdowns = new BreakdownCarry(st);
    }

    /** A sector, industry or firm opening a clause (汽车产业抓龙头…), or null. */
    String sectorAt(int start, int end) {
        List<Token> tokens = view.tokens();
        StringBuilder sb = new StringBuilder();
        int e = start;
        while (e < end && (view.regionStartingAt(e) != null || view.periodStartingAt(e) != null)) {
            // 新区汽车产业…, 全年规模以上工业…: the region or the period is not the sector
            e = view.regionStartingAt(e) != null ? view.regionStartingAt(e).end() : view.periodStartingAt(e).end();
        }
        for (int k = view.tokenIndexFrom(e); k < tokens.size(); k++) {
            Token t = tokens.get(k);
            // a localizer inside the phrase (规模以上工业, 限额以上企业) is part of it
            boolean inner = sb.length() > 0 && t.pos().equals("f");
            if (t.start() != e || t.end() > end || !(t.isNoun() || inner || t.pos().equals("b") || t.pos().equals("vn"))) {
                break;
            }
            if (view.regionStartingAt(t.start()) != null) {
                break;
            }
            sb.append(t.word());
            e = t.end();
        }
        String s = sb.toString();
        if (s.length() >= 3 && st.words().endsWithAny("sector-topic", s)) {
            return s;
        }
        return null;
    }

    void updateTopic(List<Draft> made) {
        if (made.size() != 1) {
            return;
        }
        Draft d = made.get(0);
        if (d.metric == null || d.kind == Kind.RANK) {
            return;
        }
        String head = view.lexicons().heads().suffixHead(d.metric);
        String shaped = d.kind == Kind.AMOUNT && d.q.unit() != null && st.words().is("institution-count-unit", d.q.unit())
                ? view.lexicons().metricEdges().check(d.metric).phrase() : null; // 共有普通高中 → 普通高中
        if (shaped != null && !view.lexicons().metrics().dimensionsOf(shaped).isEmpty()) {
            st.breakdownTopic = shaped; // 全省共有普通高中478所，…: a type of school, until another one
            st.breakdownTopicEnd = d.q.end();
        }
        if (d.subject != null && d.subjectSplit) {
            st.topic = d.subject;
        } else if (head != null && head.length() < d.metric.length()) {
            st.topic = d.metric.substring(0, d.metric.length() - head.length());
        } else if (d.kind == Kind.AMOUNT && head == null && st.phrases.endsWithNoun(d.metric)) {
            st.topic = d.metric; // not 有新产品问世: a topic names a thing
        }
        st.lastVerb = d.verb;
    }

    /** Only 增长/增速 and the like name the figure: no metric words of its own. */
    static boolean growthOnly(ClauseItems left) {
        return left.lastCue(Cue.UP, Cue.DOWN) != null && ClauseItems.lastPiece(left.items) == null;
    }

    /**
     * A piece that names no metric on its own takes what it refers to (总投资 → 签约项目总投资): the
     * carry rules below, tried in order; else the piece is the metric ({@code metric:left}).
     */
    String completeMetric(String metric, ClauseItems.Item piece, Draft d0) {
        String m;
        if ((m = listTopic(metric, d0)) != null || (m = aspectOfLast(metric, d0)) != null || (m = accountSide(metric, d0)) != null) {
            return m;
        }
        if (view.lexicons().heads().isGeneric(metric)) {
            if ((m = rateOfCarrier(metric, d0)) != null || (m = topicHead(metric, d0)) != null
                    || (m = sectorHead(metric, d0)) != null || (m = sizeOfLast(metric, d0)) != null) {
                return m;
            }
        }
        if ((m = lastAfterVerb(piece, d0)) != null || (m = breakdowns.partOfLast(metric, d0)) != null
                || (m = breakdowns.siblingScope(metric, d0)) != null || (m = breakdowns.parallelBreakdown(metric, d0)) != null
                || (m = breakdowns.topicBreakdown(metric, d0)) != null) {
            return m;
        }
        d0.trace.add(Rule.METRIC_LEFT.id());
        return metric;
    }




    /** 5项关键指标均为100%: the noun of a dropped list count takes the list's topic ({@code metric:list-topic}). */
    private String listTopic(String metric, Draft d0) {
        if (st.listTopic == null || !metric.equals(st.listNoun)) {
            return null;
        }
        d0.trace.add(Rule.METRIC_LIST_TOPIC.id());
        String m = st.listTopic;
        st.listTopic = null;
        return m;
    }

    /**
     * 社会保险基金收入3.94亿元，支出3.41亿元，年末累计结余5.73亿元: a bare side of an account (words.tsv account-side)
     * after a metric that ends with another side takes that metric's topic ({@code metric:account-side}).
     */
    private String accountSide(String metric, Draft d0) {
        Draft last = st.last;
        if (last == null || last.metric == null || !st.words().is("account-side", metric) || last.q.end() > d0.q.start()) {
            return null;
        }
        String side = st.words().longestProperSuffix("account-side", last.metric);
        if (side == null || side.equals(metric)) {
            return null;
        }
        d0.trace.add(Rule.METRIC_ACCOUNT_SIDE.id());
        return last.metric.substring(0, last.metric.length() - side.length()) + metric;
    }

    /** 累计, 新增 alone: the aspect of the last record's metric ({@code metric:aspect+carried}). */
    private String aspectOfLast(String metric, Draft d0) {
        if (!st.words().is("aspect", metric) || st.last == null) {
            return null;
        }
        d0.trace.add(Rule.METRIC_ASPECT_CARRIED.id());
        return metric + stripAspect(st.last.metric);
    }

    /** A bare 增速 after an indicator: that indicator's 增速 ({@code metric:carried+增速}). */
    private String rateOfCarrier(String metric, Draft d0) {
        String rate = carriedRate(metric, "增速");
        if (rate != null) {
            d0.trace.add(Rule.METRIC_CARRIED_RATE.id());
        }
        return rate;
    }

    /** A generic head after a topic of the sentence (签约项目 … 总投资) ({@code metric:topic+head}). */
    private String topicHead(String metric, Draft d0) {
        if (st.topic == null || metric.startsWith(st.topic)) {
            return null;
        }
        if (view.lexicons().heads().suffixHead(st.topic) != null || st.words().is("not-topic", st.topic)
                || st.topic.charAt(0) == '第' || Character.isDigit(st.topic.charAt(0))) {
            return null; // 新产品产值…；实现利税, 第3个…；实现利税: a topic that is a measure or a count scopes nothing
        }
        if (st.last != null && st.last.metric != null && st.last.metric.startsWith(st.topic)
                && view.lexicons().heads().siblings(st.last.metric, metric)) {
            return null; // 利税总额968.3亿元；利润总额612.5亿元: a sibling of the last metric, not a head of its topic
        }
        d0.trace.add(Rule.METRIC_TOPIC_HEAD.id());
        return st.topic + metric;
    }


    /** A generic head in a sentence opened by a sector or firm (汽车产业…，产值增长8%) ({@code metric:sector+head}). */
    private String sectorHead(String metric, Draft d0) {
        if (st.sectorTopic == null) {
            return null;
        }
        d0.trace.add(Rule.METRIC_SECTOR_HEAD.id());
        if (!st.words().endsWithAny("sector-scope", st.sectorTopic)) {
            d0.subject = st.sectorTopic; // not 规模以上工业: the indicator's scope, no subject
        }
        return st.sectorTopic + metric;
    }

    /** GDP增长5%，总量居全省第2位: 总量/规模 of the last record's indicator ({@code metric:carried+size}). */
    private String sizeOfLast(String metric, Draft d0) {
        if (!st.words().is("size-head", metric) || st.last == null) {
            return null;
        }
        d0.trace.add(Rule.METRIC_CARRIED_SIZE.id());
        return stripRate(st.last.metric) + metric;
    }

    /** 由51户重组为33户: a piece that is only a verb keeps the last record's metric ({@code metric:carried-after-verb}). */
    private String lastAfterVerb(ClauseItems.Item piece, Draft d0) {
        if (st.last == null || !st.phrases.isVerbOnly(piece)
                || st.words().endsWithAny("rate-name", piece.text(text).strip())) {
            return null; // 参合率97.6%, 拨付率89.5%: a rate's name, whatever the segmenter makes of its first chars
        }
        d0.trace.add(Rule.METRIC_CARRIED_AFTER_VERB.id());
        // 完成预算的103.2%，比上年增收7.8亿元: an amount after a share or a goal's completion is the indicator's
        return st.last.kind == Kind.PERCENT && d0.kind == Kind.AMOUNT ? ShareReader.stripShare(st.last.metric, st.words()) : st.last.metric;
    }

    /** 新开工项目86个，比上年同期多14个: a bare change word against a basis is a change of the last metric ({@code metric:change-of-carried}). */
    String changeOfLast(String metric, ClauseItems left, Draft d0) {
        if (d0.kind != Kind.AMOUNT || st.last == null || !st.bases.isChangeWord(metric)
                || left.last(ClauseItems.Type.BASIS) == null) {
            return null;
        }
        d0.trace.add(Rule.METRIC_CHANGE_OF_CARRIED.id());
        return st.last.metric;
    }

    /** 新增智能工厂3个、数字化车间10个: the last count's verb carries to a bare noun ({@code metric:verb-carried}). */
    String verbOfLast(String metric, ClauseItems.Item piece, ClauseItems left, Draft d0) {
        if (d0.verb != null || st.lastVerb == null || d0.kind != Kind.AMOUNT || st.last == null
                || st.last.kind != Kind.AMOUNT || !sameFamily(st.last, d0) || metric.startsWith(st.lastVerb)
                || !st.phrases.isNounPhrase(piece) || MetricPhrases.afterCue(piece, left)) {
            return null;
        }
        d0.verb = st.lastVerb;
        d0.trace.add(Rule.METRIC_VERB_CARRIED.id());
        return st.lastVerb + metric;
    }

    /** 分别增长21.4%、18.9%，增速分别高于全省4.2个、3.1个百分点: a list of values as long as the last list. */
    boolean pairsWithLastGroup(List<Draft> made) {
        return st.last != null && made.size() > 1 && pairs(made) != null;
    }

    /**
     * The records a list of values pairs with: the last list when it is as long, else the sentence's
     * last amounts when they are as many, one each, of different metrics (接待游客6130.5万人次、实现旅游总收入
     * 621.4亿元，分别增长11.6%和14.2%).
     */
    private List<Draft> pairs(List<Draft> made) {
        if (st.lastGroup.size() == made.size()) {
            return st.lastGroup;
        }
        int n = made.size();
        int size = st.out.size();
        if (size < n) {
            return null;
        }
        List<Draft> tail = st.out.subList(size - n, size);
        java.util.Set<String> metrics = new java.util.HashSet<>();
        for (Draft d : tail) {
            if (d.kind != Kind.AMOUNT || d.q.start() < st.sentence.start() || d.metric == null || !metrics.add(d.metric)) {
                return null;
            }
        }
        for (Draft d : made) {
            if (d.kind != Kind.GROWTH_RATE && d.kind != Kind.MULTIPLE) {
                return null;
            }
        }
        return List.copyOf(tail);
    }

    /** Each value takes the metric of the value at its place in the last list ({@code metric:carried-pairs}). */
    void carryPairs(List<Draft> made, int from) {
        List<Draft> pairs = pairs(made);
        for (int k = 0; k < made.size(); k++) {
            Draft d = made.get(k);
            Draft prev = pairs.get(k);
            Draft saved = st.last;
            st.last = prev;
            d.metric = carriedMetric(d);
            st.last = saved;
            d.subject = prev.subject;
            d.evidenceStart = Math.min(from, ClauseItems.windowStart(text, prev.evidenceStart, from));
            d.trace.add(Rule.METRIC_CARRIED_PAIRS.id());
        }
    }

    /**
     * A figure with no metric words takes the last record's metric ({@code metric:carried}). The
     * evidence reaches back to the record the metric comes from, but never more than a left
     * context's length: a chain of carried metrics stays linear.
     */
    MetricAssigner.Named lastFigure(Draft d0, int from) {
        if (st.last == null) {
            return null;
        }
        String metric = carriedMetric(d0);
        d0.carriedFrom = st.last;
        d0.trace.add(Rule.METRIC_CARRIED.id());
        if (d0.subject == null && st.last.subject != null && noPlaceBetween(st.last.q.end(), d0.q.start())) {
            d0.subject = st.last.subject; // 宏伟化工园实现产值320亿元，增长9.2%: the park's growth
        }
        return new MetricAssigner.Named(metric, Math.min(from, ClauseItems.windowStart(text, st.last.evidenceStart, from)));
    }

    /** No place is named in {@code text[from, to)} (a figure's subject carries to the next only within one place). */
    boolean noPlaceBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (view.regionStartingAt(i) != null) {
                return false;
            }
        }
        return true;
    }

    /** 防城港市、钦州市、贵港市增速分别为…: only a growth word, the indicator of the sentence before ({@code metric:previous-sentence}). */
    MetricAssigner.Named previousSentenceRate(Draft d0, ClauseItems left, int from) {
        if (st.previousSentence == null || d0.kind == Kind.AMOUNT || !growthOnly(left)) {
            return null;
        }
        d0.trace.add(Rule.METRIC_PREVIOUS_SENTENCE.id());
        return new MetricAssigner.Named(stripRate(st.previousSentence.metric), from);
    }

    /**
     * 在规模以上工业增加值中，鹤庆县（21.6%）…; 从经济总量看，大理市以498.2亿元排在全州首位: a figure with no
     * metric words and no carrier measures the indicator its sentence's frame names ({@code metric:sentence-frame}).
     */
    MetricAssigner.Named sentenceFrame(Draft d0, ClauseItems left, int from) {
        String framed = d0.kind != Kind.AMOUNT && !growthOnly(left) || ClauseItems.lastPiece(left.items) != null
                ? null : sentenceFrame();
        if (framed == null) {
            return null;
        }
        d0.trace.add(Rule.METRIC_SENTENCE_FRAME.id());
        return new MetricAssigner.Named(framed, from);
    }

    /** 阜阳以3071.5亿元居全省第3位 after 合肥以11412.8亿元的经济总量…: the same indicator ({@code metric:previous-sentence}). */
    MetricAssigner.Named previousAmount(Draft d0, ClauseItems left, int from) {
        if (st.previousAmount == null || d0.kind != Kind.AMOUNT || !sameFamily(st.previousAmount, d0)
                || ClauseItems.lastPiece(left.items) != null) {
            return null;
        }
        d0.trace.add(Rule.METRIC_PREVIOUS_SENTENCE.id());
        return new MetricAssigner.Named(st.previousAmount.metric, from);
    }

    private String stripAspect(String m) {
        for (String a : st.words().list("aspect")) {
            if (m.startsWith(a) && m.length() > a.length()) {
                return m.substring(a.length());
            }
        }
        return m;
    }


    static boolean sameFamily(Draft a, Draft b) {
        return a.unitInfo != null && b.unitInfo != null && a.unitInfo.base() != null
                && a.unitInfo.base().equals(b.unitInfo.base());
    }

    String carriedMetric(Draft d) {
        String m = st.last.metric;
        if (st.last.kind == Kind.AMOUNT && st.last.basis != null && d.kind != Kind.AMOUNT && st.last.levelChange) {
            // 存款余额比年初增加78.6亿元，增长10.0%: the growth is of the balance, not of its increase
            int b = m.indexOf(st.last.basis);
            if (b > 0) {
                m = m.substring(0, b);
            }
        }
        if (st.last.kind == Kind.PERCENT && d.kind != Kind.PERCENT && d.kind != Kind.PP_CHANGE) {
            // 乡村游占比近一半，增长34.2%: the growth is of 乡村游, not of its share
            String indicator = ShareReader.stripShare(m, st.words());
            if (indicator.length() < m.length()) {
                return indicator;
            }
        }
        if ((d.kind == Kind.PP_CHANGE || d.kind == Kind.RANK) && st.last.kind == Kind.GROWTH_RATE) {
            return stripRate(m) + "增速";
        }
        if ((d.kind == Kind.GROWTH_RATE || d.kind == Kind.AMOUNT) && (st.last.kind == Kind.RANK || st.last.kind == Kind.PP_CHANGE)
                && m.endsWith("增速")) {
            // …增速领跑全市，师宗县增长12.1%: the growth of the ranked indicator; 增速比上月回落0.3个百分点；
            // 环比增长0.5%: the growth of the indicator whose rate was compared; …居第4位；比年初增加96.4亿元: an
            // amount is never a rate
            return stripRate(m);
        }
        return m;
    }

    static String stripRate(String m) {
        if (m.endsWith("增速")) {
            return m.substring(0, m.length() - 2);
        }
        if (m.endsWith("总量") && m.length() > 2) {
            return m.substring(0, m.length() - 2); // 地区生产总值总量 → 地区生产总值 (增速)
        }
        return m;
    }

    /**
     * A bare 增速 (or 增幅) named after the indicator it means, with {@code suffix}: the last record's,
     * else the sentence before's in the paragraph (荆州市地区生产总值增长14.9%。襄阳增速比全省高1.8个百分点);
     * null when the metric is not a bare rate or there is none.
     */
    String carriedRate(String metric, String suffix) {
        Draft carrier = st.last != null ? st.last : st.previousSentence;
        String rate = metric;
        for (String d : st.words().list("rate-demonstrative")) {
            if (metric.length() > d.length() && metric.startsWith(d)) {
                rate = metric.substring(d.length()); // 这个速度, 这一增速: the rate of what the text just reported
                break;
            }
        }
        if (!st.words().is("bare-rate", rate)) {
            return null;
        }
        if (!rate.equals(metric) && suffix.equals(metric)) {
            suffix = "速度".equals(rate) ? "增速" : rate;
        }
        if (carrier == null) {
            String framed = sentenceFrame();
            return framed == null ? null : framed + suffix;
        }
        // …合计占全市的62.6%。泸县以4.6%的增速: the rate of the indicator, not of its share
        String m = carrier.kind == Kind.PERCENT ? ShareReader.stripShare(carrier.metric, st.words()) : carrier.metric;
        return stripRate(m) + suffix;
    }

    /**
     * 在规模以上工业增加值中，鹤庆县（21.6%）…增速分列前三: the indicator a sentence opens with as its frame
     * (words.tsv frame-open X frame-close, or X frame-close-alone, then a comma), when the taxonomy knows X; else null.
     */
    private String sentenceFrame() {
        int s = st.sentence.start();
        int comma = s;
        while (comma < st.sentence.end() && comma - s <= 24 && st.text.charAt(comma) != '，') {
            comma++; // at most a short frame: linear
        }
        if (comma >= st.sentence.end() || st.text.charAt(comma) != '，') {
            return null;
        }
        String head = st.text.substring(s, comma).strip();
        for (String open : st.words().list("frame-open")) {
            for (String close : st.words().list("frame-close")) {
                if (head.length() > open.length() + close.length() + 1 && head.startsWith(open) && head.endsWith(close)) {
                    String x = head.substring(open.length(), head.length() - close.length());
                    if (view.lexicons().metrics().lookup(x).isPresent()) {
                        return x;
                    }
                }
            }
        }
        for (String close : st.words().list("frame-close-alone")) {
            // 固定资产投资方面，全市增长12.6%: a frame with no opening word
            if (head.length() > close.length() + 1 && head.endsWith(close)) {
                String x = head.substring(0, head.length() - close.length());
                if (view.lexicons().metrics().lookup(x).isPresent()) {
                    return x;
                }
            }
        }
        return null;
    }
}
