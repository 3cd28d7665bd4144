package io.zhibiao.extract;

import io.zhibiao.QuantityMention;
import io.zhibiao.lexicon.PhraseTrie;
import io.zhibiao.quantity.QuantityMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ranks: the metric before the ranking verb or scope, the scope between them and the ordinal, moved
 * ranks and ranking frames. One per sentence, sharing the sentence's {@link ClauseState}.
 */
final class RankReader {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;

    RankReader(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.text = st.text;
    }

    /** Counts that stand inside a ranking scope (在全市12个国家级开发区中排名第一). */
    void markRankScopes(int clauseStart, List<QuantityMatch> qs, Set<QuantityMatch> skip) {
        for (int k = 1; k < qs.size(); k++) {
            QuantityMatch r = qs.get(k);
            if (r.type() != QuantityMention.Type.ORDINAL) {
                continue;
            }
            LeftContext left = LeftContext.read(view, clauseStart, r.start());
            LeftContext.Item rank = left.lastCue(Cue.RANK);
            int rk = rank == null ? -1 : left.indexOf(rank);
            if (rank != null) {
                // 排在16个地市首位, 位居全国百强县第12位: a count between the ranking verb and its
                // ordinal is part of the scope
                for (int m = k - 1; m >= 0 && qs.get(m).start() >= rank.end(); m--) {
                    if (qs.get(m).type() != QuantityMention.Type.ORDINAL) {
                        skip.add(qs.get(m));
                    }
                }
            }
            for (LeftContext.Item it : left.items) {
                if (it.type() == LeftContext.Type.REGION && it.region().role() == RegionContext.Role.SCOPE
                        && left.indexOf(it) < rk) {
                    rk = left.indexOf(it) - 1; // 在全市12个国家级开发区中排名第一
                    break;
                }
            }
            for (LeftContext.Item it : left.after(rk)) {
                if (it.type() == LeftContext.Type.REGION) {
                    for (int m = k - 1; m >= 0 && qs.get(m).start() >= it.start(); m--) {
                        if (qs.get(m).type() == QuantityMention.Type.ORDINAL
                                && !movedTo(text.substring(qs.get(m).start(), r.start()))) {
                            break; // 居全国第八、全省第一: a listed ordinal is a rank of its own, not a count
                        }
                        skip.add(qs.get(m)); // qs are in text order: the ones after the region are a tail
                    }
                    break;
                }
            }
        }
    }

    /** 由…第十位上升至: an earlier rank and a verb of change to a level (cues.tsv LEVEL_TO) right before the rank. */
    private boolean movedTo(String between) {
        if (between.indexOf('第') < 0) {
            return false;
        }
        for (int j = Math.max(0, between.length() - 4); j < between.length(); j++) {
            PhraseTrie.Match<Cue> m = view.lexicons().cues().trie().exactAt(between, j, between.length());
            if (m != null && m.value() == Cue.LEVEL_TO) {
                return true;
            }
        }
        return false;
    }

    /** Ranks: metric before the ranking verb or scope, scope between them and the ordinal. */
    List<Draft> rankMetric(List<Draft> made, LeftContext left) {
        LeftContext.Item rank = left.lastCue(Cue.RANK);
        int k = rank == null ? left.items.size() : left.indexOf(rank);
        List<LeftContext.Item> regions = left.regions();
        LeftContext.Item scopeRegion = null;
        if (rank == null && !regions.isEmpty()) {
            scopeRegion = regions.get(regions.size() - 1);
            k = left.indexOf(scopeRegion);
        }
        Draft d0 = made.get(0);
        int scopeFrom = rank != null ? rank.end() : scopeRegion != null ? scopeRegion.start() : d0.q.start();
        String scope = ShareReader.trimDe(text.substring(scopeFrom, d0.q.numberStart()));
        if (scope.startsWith("在")) {
            scope = scope.substring(1);
        }
        if (scope.isEmpty() && rank != null) {
            // 营业利润率在全国金陵连锁成员酒店中排名第一: the scope stands between 在 and 中
            String before = text.substring(left.from, rank.start());
            int zai = before.lastIndexOf('在');
            if (zai >= 0 && before.endsWith("中")) {
                scope = before.substring(zai + 1, before.length() - 1);
                k = -1;
                for (int x = 0; x < left.items.size(); x++) {
                    if (left.items.get(x).end() <= left.from + zai) {
                        k = x + 1;
                    }
                }
                k = Math.max(k, 0);
            }
        }
        // 增速由上年同期的全省第十位上升至第六位: the rank moved; the scope is the one after 由, the
        // metric what stands before 由
        int you = d0.q.numberStart() - 1;
        while (you >= left.from && text.charAt(you) != '由') {
            you--; // within the left context only: linear
        }
        if (you >= left.from && movedTo(text.substring(you, d0.q.numberStart()))) {
            LeftContext.Item sr = null;
            for (LeftContext.Item r : regions) {
                if (r.start() > you && sr == null) {
                    sr = r;
                }
            }
            if (sr != null) {
                scope = sr.text(text);
            }
            k = 0;
            while (k < left.items.size() && left.items.get(k).start() < you) {
                k++;
            }
            d0.trace.add(Rule.RANK_MOVED.id());
        }
        boolean framed = false;
        if (scope.isEmpty()) {
            // 在全国县域经济百强县榜单中，靖江市位列第26位: the scope is the sentence's frame
            String frame = text.substring(st.sentence.start(), left.from).strip();
            while (!frame.isEmpty() && "，,：:".indexOf(frame.charAt(frame.length() - 1)) >= 0) {
                frame = frame.substring(0, frame.length() - 1);
            }
            int zai = frame.lastIndexOf('在');
            if (zai >= 0 && frame.endsWith("中") && frame.length() - zai > 3
                    && frame.substring(zai).indexOf('，') < 0) {
                scope = frame.substring(zai + 1, frame.length() - 1);
                framed = true;
            }
        }
        LeftContext.Item piece = LeftContext.lastPiece(left.before(k));
        String metric;
        if (piece == null && framed) {
            metric = scope; // the ranking list is what the rank is in
            d0.trace.add(Rule.RANK_METRIC_FRAME.id());
        } else if (piece != null) {
            metric = st.phrases.pieceText(piece, left) + st.phrases.growthNounAfter(piece, left, d0);
            String rate = st.carry.carriedRate(metric, "增速");
            if (rate != null) {
                metric = rate;
            } else if (view.lexicons().heads().isGeneric(metric) && st.topic != null && !metric.startsWith(st.topic)) {
                metric = st.topic + metric;
            } else if (st.words().is("size-head", metric) && st.last != null) {
                metric = CarryRules.stripRate(st.last.metric) + metric;
            }
            d0.trace.add(Rule.RANK_METRIC_LEFT.id());
        } else if (st.last != null) {
            metric = st.carry.carriedMetric(d0);
            d0.trace.add(Rule.RANK_METRIC_CARRIED.id());
        } else {
            metric = scope;
            d0.trace.add(Rule.RANK_METRIC_SCOPE.id());
        }
        metric = MetricPhrases.cleanMetric(metric);
        List<String> items = st.lists.splitMetric(metric, made.size());
        List<Draft> result = new ArrayList<>();
        for (Draft d : made) {
            if (items.size() > 1 && made.size() == 1) {
                for (String m : Enumerations.distribute(items, view.lexicons().heads(), st.known(), st::wordEnds)) {
                    Draft c = d.copy();
                    c.metric = m;
                    c.scope = scope.isEmpty() ? null : scope;
                    c.trace.add(Rule.RANK_SHARED.id());
                    result.add(c);
                }
            } else {
                d.metric = metric;
                d.scope = scope.isEmpty() ? null : scope;
                d.trace.add(Rule.RANK_SCOPE.id());
                result.add(d);
            }
        }
        return result;
    }
}
