package io.zhibiao.extract;

import io.zhibiao.Qualifier;
import io.zhibiao.lexicon.PhraseTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shares: 占全市比重, 占比, 恢复到…的比例 and shares written without 占 (全市总量的五分之一). One per sentence, sharing the
 * sentence's {@link ClauseState}.
 */
final class ShareReader {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;

    ShareReader(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.text = st.text;
    }

    /** 全市总量的五分之一, 全国的10%: a share written without 占. */
    boolean sharePhrase(ClauseItems left) {
        List<ClauseItems.Item> regions = left.regions();
        if (regions.isEmpty()) {
            return false;
        }
        ClauseItems.Item r = regions.get(regions.size() - 1);
        String after = text.substring(r.end(), left.to);
        return after.endsWith("的") && (after.length() <= 6 || st.words().containsAny("share-total", after));
    }

    /** Shares: 市值占全市50%以上 → 市值占全市比重; 乡村游占比近一半 → 乡村游占比. Null when not a share. */
    List<Draft> shareMetric(List<Draft> made, ClauseItems left) {
        ClauseItems.Item share = null;
        for (ClauseItems.Item it : left.items) {
            if (it.type() == ClauseItems.Type.CUE && it.cue() == Cue.SHARE) {
                String w = it.text(text);
                if (share == null || st.words().startsWithAny("share-verb", w) && !st.words().startsWithAny("share-verb-own", share.text(text))) {
                    share = it;
                }
            }
        }
        String base;
        int k;
        int shareAt;
        if (share == null) {
            if (!sharePhrase(left)) {
                return null;
            }
            List<ClauseItems.Item> regions = left.regions();
            ClauseItems.Item r = regions.get(regions.size() - 1);
            k = left.indexOf(r);
            shareAt = r.start();
            base = trimDe(stripLevel(text.substring(r.start(), left.to)));
        } else {
            k = left.indexOf(share);
            shareAt = share.start();
            String word = share.text(text);
            if (!st.words().startsWithAny("share-verb", word) || st.words().startsWithAny("share-named", word)) {
                base = null; // 占比, 比重: the share is named, not its base
            } else {
                base = trimDe(stripLevel(text.substring(share.end(), left.to)));
                if (base.isEmpty()) {
                    base = null;
                }
            }
        }
        ClauseItems.Item piece = ClauseItems.lastPiece(left.before(k));
        String subject;
        Qualifier before = null;
        if (piece != null) {
            subject = st.phrases.pieceText(piece, left);
            // 约占全县农业总产值的七成, 不足全省平均水平的一半: the qualifier before the share is the figure's
            shareQualifiers:
            for (Map.Entry<Qualifier, String> q : SHARE_QUALIFIERS) {
                for (String w : st.words().list(q.getValue())) {
                    if (subject.endsWith(w) && subject.length() > w.length() && piece.end() == shareAt) {
                        subject = subject.substring(0, subject.length() - w.length());
                        before = q.getKey();
                        break shareQualifiers;
                    }
                }
            }
            if (st.last != null && st.last.metric != null && placeCount(subject)) {
                // 三个区县合计占全市的62.6%: a group of the places just named; the share is of their indicator
                subject = stripShare(st.last.metric, st.words());
            } else if (subject.length() <= 3 && st.topic != null && !st.topic.endsWith(subject)) {
                subject = st.topic + subject; // 上市企业达11家、市值占全市50%以上 (not 税收收入…，税收占比: 税收 is the topic)
            } else if (subject.length() <= 3 && st.last != null && view.lexicons().heads().isGeneric(subject)) {
                subject = st.last.metric + subject;
            }
        } else if (st.last != null) {
            subject = stripShare(st.last.metric, st.words());
        } else {
            subject = "";
        }
        String suffix;
        if (share != null && share.text(text).startsWith("恢复")) {
            suffix = share.text(text) + (base == null ? "" : base) + "的比例"; // 恢复到2019年同期的91.3%
        } else if (base == null) {
            String w = share == null ? "比重" : share.text(text);
            suffix = w.startsWith("占比") ? "占比" : "比重";
        } else {
            boolean named = st.words().endsWithAny("share-name", base);
            suffix = "占" + base + (named ? "" : "比重");
        }
        List<String> items = st.lists.splitMetric(subject, made.size());
        List<Draft> result = new ArrayList<>();
        if (made.size() > 1 && items.size() == made.size()) {
            List<String> dist = Enumerations.distribute(items, view.lexicons().heads(), st.known(), st::wordEnds, st.words());
            for (int i = 0; i < made.size(); i++) {
                made.get(i).metric = MetricPhrases.cleanMetric(dist.get(i) + suffix);
                made.get(i).trace.add(Rule.METRIC_SHARE_PAIR.id());
                result.add(made.get(i));
            }
        } else {
            for (Draft d : made) {
                d.metric = MetricPhrases.cleanMetric(subject + suffix);
                d.trace.add(Rule.METRIC_SHARE.id());
                result.add(d);
            }
        }
        for (Draft d : result) {
            if (piece != null) {
                d.evidenceStart = Math.min(d.evidenceStart, piece.start());
            }
            if (before != null && d.qualifier == null && (d.q.qualifier() == null || d.q.qualifier() == Qualifier.EXACT)) {
                d.qualifier = before;
                d.trace.add(Rule.QUALIFIER_BEFORE_SHARE.id());
            }
        }
        return result;
    }

    /** Qualifiers written before 占 (约占, 大约占, 不足占), in the order tried, with the word class of each. */
    private static final List<Map.Entry<Qualifier, String>> SHARE_QUALIFIERS = List.of(
            Map.entry(Qualifier.APPROX, "share-qualifier-approx"), Map.entry(Qualifier.MORE_THAN, "share-qualifier-more"),
            Map.entry(Qualifier.LESS_THAN, "share-qualifier-less"));

    /** 三个区县, 两县, 5个乡镇 (maybe with 合计/共): a count of places, no indicator (words.tsv place-count-unit). */
    private boolean placeCount(String s) {
        String t = s;
        for (String w : st.words().list("total-adverb")) {
            if (t.endsWith(w)) {
                t = t.substring(0, t.length() - w.length());
            }
        }
        int i = 0;
        while (i < t.length() && PeriodNumerals.isDigitOrCn(t.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i < t.length() && t.charAt(i) == '个') {
            i++;
        }
        return i < t.length() && st.words().is("place-count-unit", t.substring(i));
    }

    /**
     * 乡村游占全市比重 → 乡村游, 一般预算收入完成年度预算 → 一般预算收入: the indicator a share's metric (or a
     * goal's completion, words.tsv goal-noun) is of; the metric itself when it names neither.
     */
    static String stripShare(String m, Words words) {
        int z = m.indexOf('占');
        if (z > 0) {
            return m.substring(0, z);
        }
        for (String w : words.list("share-named")) {
            if (m.length() > w.length() && m.endsWith(w)) {
                return m.substring(0, m.length() - w.length()); // 制造业比重 → 制造业: a share is not named twice (比重比重)
            }
        }
        int c = m.lastIndexOf("完成");
        return c > 0 && words.endsWithAny("goal-noun", m) ? m.substring(0, c) : m;
    }

    /** Level verbs (cues.tsv LEVEL/LEVEL_TO: 达到, 提高到, 保持在) and qualifiers that end a share's base. */
    private String stripLevel(String s) {
        String t = s.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            int cue = levelCueEnding(t);
            if (cue > 0 && t.length() > cue) {
                t = t.substring(0, t.length() - cue);
                changed = true;
            }
            for (String w : st.words().list("level-tail")) {
                if (t.endsWith(w) && t.length() > w.length()) {
                    t = t.substring(0, t.length() - w.length());
                    changed = true;
                }
            }
            for (String w : st.words().list("trail-adverb")) { // 比重始终保持在75%以上
                if (t.endsWith(w) && t.length() > w.length()) {
                    t = t.substring(0, t.length() - w.length());
                    changed = true;
                }
            }
        }
        return t;
    }

    /** The length of the longest LEVEL or LEVEL_TO cue that ends {@code t}, or 0. */
    private int levelCueEnding(String t) {
        for (int j = Math.max(0, t.length() - 4); j < t.length(); j++) {
            PhraseTrie.Match<Cue> m = view.lexicons().cues().trie().exactAt(t, j, t.length());
            if (m != null && (m.value() == Cue.LEVEL || m.value() == Cue.LEVEL_TO)) {
                return t.length() - j;
            }
        }
        return 0;
    }

    static String trimDe(String s) {
        String t = s.strip();
        while (!t.isEmpty() && (t.endsWith("的") || t.endsWith("中") || t.endsWith("了"))) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
