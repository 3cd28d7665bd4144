package io.zhibiao.extract;

import io.zhibiao.Kind;
import io.zhibiao.Qualifier;
import io.zhibiao.QuantityMention;
import io.zhibiao.Status;
import io.zhibiao.lexicon.PhraseTrie;
import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Document;
import io.zhibiao.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a clause inherits when its own words do not name the metric: the last figure, the sentence topic, the sector opening the sentence, the list before, the sentence before. Each rule is one named method. One per sentence, sharing the sentence's {@link ClauseState}. */
final class CarryRules {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;
    private final io.zhibiao.text.Segmenter segmenter;

    CarryRules(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.text = st.text;
        this.segmenter = st.segmenter;
    }
    private static final Set<String> ASPECT = Set.of("累计", "新增", "净增", "共", "合计", "共计", "总计", "累计新增");

    /** A sector, industry or firm opening a clause (汽车产业抓龙头…), or null. */
    String sectorAt(int start, int end) {
        List<Token> tokens = view.tokens();
        StringBuilder sb = new StringBuilder();
        int e = start;
        while (e < end && view.regionStartingAt(e) != null) {
            e = view.regionStartingAt(e).end(); // 新区汽车产业…: the region is not the sector
        }
        for (int k = view.tokenIndexFrom(start); k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.start() != e || t.end() > end || !(t.isNoun() || t.pos().equals("b") || t.pos().equals("vn"))) {
                break;
            }
            if (view.regionStartingAt(t.start()) != null) {
                break;
            }
            sb.append(t.word());
            e = t.end();
        }
        String s = sb.toString();
        if (s.length() >= 3 && (s.endsWith("产业") || s.endsWith("行业") || s.endsWith("企业") || s.endsWith("公司")
                || s.endsWith("集团") || s.endsWith("产业链") || s.endsWith("产业园"))) {
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
        if (d.subject != null && d.trace.contains("subject:leading-name")) {
            st.topic = d.subject;
        } else if (head != null && head.length() < d.metric.length()) {
            st.topic = d.metric.substring(0, d.metric.length() - head.length());
        } else if (d.kind == Kind.AMOUNT && head == null && st.phrases.endsWithNoun(d.metric)) {
            st.topic = d.metric; // not 有新产品问世: a topic names a thing
        }
        st.lastVerb = d.verb;
    }

    /** Only 增长/增速 and the like name the figure: no metric words of its own. */
    static boolean growthOnly(LeftContext left) {
        return left.lastCue(Cue.UP, Cue.DOWN) != null && LeftContext.lastPiece(left.items) == null;
    }

    /** A piece that names no metric on its own takes what it refers to (总投资 → 签约项目总投资). */
    String completeMetric(String metric, LeftContext.Item piece, Draft d0) {
        if (st.listTopic != null && metric.equals(st.listNoun)) {
            d0.trace.add("metric:list-topic");
            String m = st.listTopic;
            st.listTopic = null;
            return m;
        }
        if (ASPECT.contains(metric) && st.last != null) {
            d0.trace.add("metric:aspect+carried");
            return metric + stripAspect(st.last.metric);
        }
        if (view.lexicons().heads().isGeneric(metric)) {
            String rate = carriedRate(metric, "增速");
            if (rate != null) {
                d0.trace.add("metric:carried+增速");
                return rate;
            }
            if (st.topic != null && !metric.startsWith(st.topic)) {
                d0.trace.add("metric:topic+head");
                return st.topic + metric;
            }
            if (st.sectorTopic != null) {
                d0.trace.add("metric:sector+head");
                d0.subject = st.sectorTopic;
                return st.sectorTopic + metric;
            }
            if ((metric.equals("总量") || metric.equals("规模")) && st.last != null) {
                d0.trace.add("metric:carried+size");
                return stripRate(st.last.metric) + metric; // GDP增长5%，总量居全省第2位
            }
        }
        if (st.last != null && st.phrases.isVerbOnly(piece)) {
            d0.trace.add("metric:carried-after-verb");
            return st.last.metric; // 由51户重组为33户
        }
        d0.trace.add("metric:left");
        return metric;
    }

    private static String stripAspect(String m) {
        for (String a : ASPECT) {
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
        if (st.last.kind == Kind.AMOUNT && st.last.basis != null && d.kind != Kind.AMOUNT && st.last.trace.contains("basis:level-change")) {
            // 存款余额比年初增加78.6亿元，增长10.0%: the growth is of the balance, not of its increase
            int b = m.indexOf(st.last.basis);
            if (b > 0) {
                m = m.substring(0, b);
            }
        }
        if (st.last.kind == Kind.PERCENT && d.kind != Kind.PERCENT && d.kind != Kind.PP_CHANGE) {
            // 乡村游占比近一半，增长34.2%: the growth is of 乡村游, not of its share
            int zhan = m.indexOf('占');
            if (zhan > 0) {
                return m.substring(0, zhan);
            }
        }
        if ((d.kind == Kind.PP_CHANGE || d.kind == Kind.RANK) && st.last.kind == Kind.GROWTH_RATE) {
            return stripRate(m) + "增速";
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
        if (carrier == null || !(metric.equals("增速") || metric.equals("增幅"))) {
            return null;
        }
        return stripRate(carrier.metric) + suffix;
    }
}
