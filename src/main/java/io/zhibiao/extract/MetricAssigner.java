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

/** Gives the figures of one group their metric: rank, share and comparison readers first, then the left context, the noun after the figure, or a carry rule; then distributes a listed metric over the values. One per sentence, sharing the sentence's {@link ClauseState}. */
final class MetricAssigner {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;
    private final io.zhibiao.text.Segmenter segmenter;

    MetricAssigner(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.text = st.text;
        this.segmenter = st.segmenter;
    }

    // ---- metric ----------------------------------------------------------------------

    List<Draft> assignMetrics(List<Draft> made, LeftContext left, NounPhrases.NounPhrase np, int from) {
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
        String metric;
        int metricStart = from;
        LeftContext.Item piece = LeftContext.lastPiece(left.items);
        BasisReader.Comparison cmp = d0.kind == Kind.PP_CHANGE ? st.bases.comparison(left) : null;
        if (cmp != null) {
            piece = cmp.metricPiece();
        }
        if (np != null && cmp == null) {
            if (np.afterDe() && piece != null && !st.phrases.endsWithVerb(piece)) {
                metric = st.phrases.pieceText(piece, left);
                metricStart = piece.start();
                d0.subject = np.text();
                d0.trace.add("metric:left");
                d0.trace.add("subject:after-de");
            } else {
                // 打造20个山地特色城镇, 辐射周边7个村居, 引进…等14个项目: what is done + what is counted
                String verbPhrase = piece == null ? null : st.phrases.verbPhrase(piece);
                LeftContext.Item firstPiece = MetricPhrases.firstPiece(left);
                if (verbPhrase == null && firstPiece != null && firstPiece != piece) {
                    verbPhrase = st.phrases.leadingVerbOf(firstPiece);
                }
                metric = (verbPhrase == null ? "" : verbPhrase) + np.metricText();
                d0.verb = verbPhrase;
                d0.trace.add(verbPhrase == null ? "metric:noun-after" : "metric:verb+noun-after");
                if (piece != null) {
                    metricStart = piece.start();
                }
            }
        } else if (cmp != null && piece != null) {
            metric = cmp.metric() + st.phrases.growthNounAfter(piece, left, d0);
            metricStart = piece.start();
            d0.trace.add("metric:before-comparison");
            String rate = st.carry.carriedRate(metric, metric); // 增速比全国高7.4个百分点
            if (rate != null) {
                metric = rate;
                d0.trace.add("metric:carried+增速");
            }
        } else if (piece != null) {
            metric = st.phrases.pieceText(piece, left) + st.phrases.growthNounAfter(piece, left, d0);
            metricStart = piece.start();
            int deng = MetricPhrases.examplesEnd(metric);
            if (deng > 0) {
                // 开展了增强CT检查、腹腔镜胆囊切除术等新技术、新项目17项: drop the examples
                String verb = st.phrases.verbPhrase(piece);
                metric = (verb == null ? "" : verb) + metric.substring(deng);
                d0.trace.add("metric:examples-dropped");
            } else {
                metric = st.carry.completeMetric(metric, piece, d0);
            }
            d0.verb = st.phrases.leadingVerbOf(piece);
            if (d0.kind == Kind.AMOUNT && st.last != null && BasisReader.isChangeWord(metric) && left.last(LeftContext.Type.BASIS) != null) {
                metric = st.last.metric; // 新开工项目86个，比上年同期多14个
                d0.trace.add("metric:change-of-carried");
            } else if (d0.verb == null && st.lastVerb != null && d0.kind == Kind.AMOUNT && st.last != null
                    && st.last.kind == Kind.AMOUNT && CarryRules.sameFamily(st.last, d0) && !metric.startsWith(st.lastVerb)
                    && st.phrases.isNounPhrase(piece) && !MetricPhrases.afterCue(piece, left)) {
                metric = st.lastVerb + metric; // 新增智能工厂3个、数字化车间10个
                d0.verb = st.lastVerb;
                d0.trace.add("metric:verb-carried");
            }
            metric = st.subjects.dropFrames(metric, d0);
            String[] split = d0.kind == Kind.AMOUNT ? st.subjects.splitSubject(metric) : null;
            while (split != null) {
                d0.subject = SubjectSplitter.stripRelative(split[0]);
                metric = SubjectSplitter.stripSuoDe(split[1]);
                st.topic = d0.subject;
                d0.trace.add("subject:leading-name");
                split = st.subjects.splitSubject(metric); // OPPO…有限公司|所建的OPPO…项目|占地
            }
        } else if (st.last != null && made.size() > 1 && st.lastGroup.size() == made.size()) {
            // 分别增长21.4%、18.9%，增速分别高于全省4.2个、3.1个百分点: pair with the last list
            for (int k = 0; k < made.size(); k++) {
                Draft d = made.get(k);
                Draft prev = st.lastGroup.get(k);
                Draft saved = st.last;
                st.last = prev;
                d.metric = st.carry.carriedMetric(d);
                st.last = saved;
                d.subject = prev.subject;
                d.evidenceStart = Math.min(from, LeftContext.windowStart(text, prev.evidenceStart, from));
                d.trace.add("metric:carried-pairs");
            }
            st.bases.comparisonBases(made, left);
            st.bases.basis(made, left);
            return made;
        } else if (st.last != null) {
            metric = st.carry.carriedMetric(d0);
            // the evidence reaches back to the record the metric comes from, but never more
            // than a left context's length: a chain of carried metrics stays linear
            metricStart = Math.min(from, LeftContext.windowStart(text, st.last.evidenceStart, from));
            d0.trace.add("metric:carried");
        } else if (st.previousSentence != null && d0.kind != Kind.AMOUNT && CarryRules.growthOnly(left)) {
            // 防城港市、钦州市、贵港市增速分别为…: the indicator of the sentence before
            metric = CarryRules.stripRate(st.previousSentence.metric);
            d0.trace.add("metric:previous-sentence");
        } else if (st.previousAmount != null && d0.kind == Kind.AMOUNT && CarryRules.sameFamily(st.previousAmount, d0)
                && LeftContext.lastPiece(left.items) == null) {
            // 阜阳以3071.5亿元居全省第3位 after 合肥以11412.8亿元的经济总量…: the same indicator
            metric = st.previousAmount.metric;
            d0.trace.add("metric:previous-sentence");
        } else {
            return List.of();
        }
        metric = MetricPhrases.cleanMetric(metric);
        if (metric.isEmpty()) {
            return List.of();
        }
        if (d0.subject == null) {
            d0.subject = MetricPhrases.subjectOf(metric);
        }
        List<String> items = st.lists.splitMetric(metric, made.size());
        if (made.size() == 1 && !left.has(Cue.ENUM) && metric.indexOf('和') < 0 && metric.indexOf('及') < 0
                && metric.indexOf('与') < 0) {
            items = List.of(metric); // 智能装备、电子信息企业订单上涨20%: one figure, one metric
        }
        boolean pairs = made.size() > 1;
        if (pairs && items.size() == 1 && made.size() == 2) {
            String[] both = view.lexicons().phrases().expandPair(metric);
            if (both != null) {
                items = List.of(both[0], both[1]); // 城乡居民…分别增长5%和7.5%
            }
        }
        List<Draft> result = new ArrayList<>();
        if (pairs && items.size() == made.size()) {
            List<String> dist = Enumerations.distribute(items, view.lexicons().heads(), st.known(), st::wordEnds);
            for (int k = 0; k < made.size(); k++) {
                Draft d = made.get(k);
                d.metric = dist.get(k);
                d.subject = d0.subject;
                d.evidenceStart = Math.min(d.evidenceStart, metricStart);
                d.trace.add("enum:pair");
                result.add(d);
            }
        } else if (!pairs && items.size() > 1 && (left.has(Cue.ENUM) || d0.kind != Kind.AMOUNT)
                && !d0.trace.contains("metric:carried")) {
            // (not a carried metric: 服装及衣着附件出口16.4亿美元，增长31.8% is one growth)
            // 生产安全事故起数和亡人数下降50%: one value, several metrics
            for (String m : Enumerations.distribute(items, view.lexicons().heads(), st.known(), st::wordEnds)) {
                Draft d = d0.copy();
                d.metric = m;
                d.evidenceStart = Math.min(d.evidenceStart, metricStart);
                d.trace.add("enum:shared-value");
                result.add(d);
            }
        } else {
            for (Draft d : made) {
                d.metric = metric;
                d.subject = d0.subject;
                d.evidenceStart = Math.min(d.evidenceStart, metricStart);
                if (pairs) {
                    d.trace.add("enum:one-metric");
                }
                result.add(d);
            }
        }
        if (cmp != null && !cmp.bases().isEmpty()) {
            for (int k = 0; k < result.size(); k++) {
                Draft d = result.get(k);
                d.basis = cmp.bases().size() == result.size() ? cmp.bases().get(k)
                        : cmp.bases().get(cmp.bases().size() - 1);
                d.trace.add("basis:compared");
            }
        } else {
            st.bases.comparisonBases(result, left);
        }
        st.bases.basis(result, left);
        st.lists.enumeratedRegions(result, left);
        return result;
    }
}
