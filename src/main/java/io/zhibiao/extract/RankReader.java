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
            if (r.type() != QuantityMention.Type.ORDINAL || ImpliedRanks.isImplied(text, r, st.words())) {
                continue; // (an implied rank's scope follows it: the figures before are its own)
            }
            ClauseItems left = ClauseItems.read(view, clauseStart, r.start());
            ClauseItems.Item rank = left.lastCue(Cue.RANK);
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
            for (ClauseItems.Item it : left.items) {
                if (it.type() == ClauseItems.Type.REGION && it.region().role() == RegionContext.Role.SCOPE
                        && left.indexOf(it) < rk) {
                    rk = left.indexOf(it) - 1; // 在全市12个国家级开发区中排名第一
                    break;
                }
            }
            for (ClauseItems.Item it : left.after(rk)) {
                if (it.type() == ClauseItems.Type.REGION) {
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

    /**
     * 总量和增速分别居全省第五位和第二位: one rank per listed size or rate word, each of the indicator the
     * text goes on about; null when the words before the ranking verb are no such list.
     */
    private List<Draft> sizeAndRate(List<Draft> made, ClauseItems left, int k, String scope) {
        if (made.size() < 2 || k <= 0 || k > left.items.size()) {
            return null;
        }
        int start = -1;
        for (int x = k - 1; x >= 0; x--) {
            ClauseItems.Item it = left.items.get(x);
            if (it.type() != ClauseItems.Type.PIECE && it.type() != ClauseItems.Type.CUE || it.cue() == Cue.ENUM) {
                if (it.cue() == Cue.ENUM) {
                    continue;
                }
                break;
            }
            start = it.start();
        }
        Draft carrier = st.last != null ? st.last : st.previousSentence;
        if (start < 0 || carrier == null) {
            return null;
        }
        int end = left.items.get(k - 1).end();
        String written = text.substring(start, end).replace("分别", "").replace("均", "");
        List<String> items = st.lists.splitMetric(written, made.size());
        if (items.size() != made.size()) {
            return null;
        }
        for (String it : items) {
            if (!st.words().is("size-head", it) && !st.words().is("bare-rate", it)) {
                return null;
            }
        }
        String base = CarryRules.stripRate(carrier.metric);
        for (int x = 0; x < made.size(); x++) {
            Draft d = made.get(x);
            d.metric = base + items.get(x);
            d.scope = scope.isEmpty() ? null : scope;
            d.trace.add(Rule.RANK_SIZE_AND_RATE.id());
        }
        return made;
    }

    /** A metric the taxonomy knows, or one that ends with a metric head, a size or a rate word. */
    private boolean namesIndicator(String metric) {
        return !metric.isEmpty() && (view.lexicons().metrics().lookup(metric).isPresent()
                || view.lexicons().heads().suffixHead(metric) != null
                || st.words().endsWithAny("size-head", metric) || st.words().endsWithAny("bare-rate", metric));
    }

    /** The words after an implied rank up to the clause's end (领跑全市 → 全市), at most 20 chars. */
    private String scopeAfter(QuantityMatch q) {
        int end = q.end();
        int limit = Math.min(text.length(), Math.min(st.sentence.end(), q.end() + 20));
        while (end < limit && "，,。；;：:！？!?）)".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(q.end(), end).strip();
    }

    /** Ranks: metric before the ranking verb or scope, scope between them and the ordinal. */
    List<Draft> rankMetric(List<Draft> made, ClauseItems left) {
        ClauseItems.Item rank = left.lastCue(Cue.RANK);
        int k = rank == null ? left.items.size() : left.indexOf(rank);
        List<ClauseItems.Item> regions = left.regions();
        ClauseItems.Item scopeRegion = null;
        if (rank == null && !regions.isEmpty()) {
            scopeRegion = regions.get(regions.size() - 1);
            k = left.indexOf(scopeRegion);
        }
        Draft d0 = made.get(0);
        boolean implied = ImpliedRanks.isImplied(text, d0.q, st.words());
        if (implied) {
            if (st.words().containsAny("implied-first-figure", text.substring(left.from, d0.q.start()))) {
                return List.of(); // 以11.6%的增速领跑 where the figure made no record: nothing to rank
            }
            // 鸠江区总量继续领跑全市: the place before is the subject; the scope follows the word
            rank = null;
            scopeRegion = null;
            k = left.items.size();
        }
        int scopeFrom = rank != null ? rank.end() : scopeRegion != null ? scopeRegion.start() : d0.q.start();
        String scope = implied ? scopeAfter(d0.q) : ShareReader.trimDe(text.substring(scopeFrom, d0.q.numberStart()));
        if (scope.startsWith("在")) {
            scope = scope.substring(1);
        }
        if (d0.q.qualifier() == io.zhibiao.Qualifier.LESS_THAN && scope.endsWith("前")) {
            scope = scope.substring(0, scope.length() - 1); // 居全市前三位: the scope is 全市, 前 belongs to the ordinal
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
            ClauseItems.Item sr = null;
            for (ClauseItems.Item r : regions) {
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
        ClauseItems.Item piece = ClauseItems.lastPiece(left.before(k));
        List<Draft> sizeAndRate = sizeAndRate(made, left, k, scope);
        if (sizeAndRate != null) {
            return sizeAndRate;
        }
        ClauseItems.Item rateCue = k > 0 && k <= left.items.size() ? left.items.get(k - 1) : null;
        String rateWord = rateCue != null && rateCue.type() == ClauseItems.Type.CUE ? rateCue.text(text) : null;
        String metric;
        if (piece == null && rateWord != null && st.carry.carriedRate(rateWord, rateWord) != null) {
            metric = st.carry.carriedRate(rateWord, rateWord); // 总量居全省第三、增速居第四: the 增速 of the indicator
            d0.trace.add(Rule.RANK_METRIC_RATE.id());
        } else if (piece == null && framed) {
            metric = scope; // the ranking list is what the rank is in
            d0.trace.add(Rule.RANK_METRIC_FRAME.id());
        } else if (piece != null) {
            metric = st.phrases.pieceText(piece, left) + st.phrases.growthNounAfter(piece, left, d0);
            String rate = st.carry.carriedRate(metric, "增速");
            if (rate != null) {
                metric = rate;
            } else if (view.lexicons().heads().isGeneric(metric) && st.topic != null && !metric.startsWith(st.topic)) {
                metric = st.topic + metric;
            } else if (st.words().is("size-head", metric) && (st.last != null || st.previousSentence != null)) {
                // 总量居全省第三: the size of the last indicator (of this sentence, else the one before)
                metric = CarryRules.stripRate((st.last != null ? st.last : st.previousSentence).metric) + metric;
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
        if (implied && !namesIndicator(metric)) {
            return List.of(); // 神木府谷领跑全市: places lead, but in nothing the text names
        }
        List<String> items = st.lists.splitMetric(metric, made.size());
        List<Draft> result = new ArrayList<>();
        for (Draft d : made) {
            if (items.size() > 1 && made.size() == 1) {
                for (String m : Enumerations.distribute(items, view.lexicons().heads(), st.known(), st::wordEnds, st.words())) {
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
