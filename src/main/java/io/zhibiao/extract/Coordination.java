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

/** Lists: counts that only number a list, figures that classify a noun, units shared along a list, one region per value, and the split of a listed metric into items. One per sentence, sharing the sentence's {@link ClauseState}. */
final class Coordination {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;
    private final io.zhibiao.text.Segmenter segmenter;

    Coordination(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.text = st.text;
        this.segmenter = st.segmenter;
    }

    /**
     * Counts that only number the items of a list (建好科技产业化、专业技术、“政产学研”融合3类平台)
     * or the items a following 均/分别 speaks of (5项关键指标均为100%).
     */
    void markListCounts(int clauseStart, int clauseEnd, List<QuantityMatch> qs, Set<QuantityMatch> skip) {
        for (int k = 0; k < qs.size(); k++) {
            QuantityMatch q = qs.get(k);
            if (!"count".equals(q.family()) || q.value().scale() > 0 && q.value().stripTrailingZeros().scale() > 0) {
                continue;
            }
            int from = k == 0 ? clauseStart : qs.get(k - 1).end();
            String left = text.substring(from, q.start());
            int n = q.value().intValue();
            if (n >= 2 && n <= 12 && !left.contains("等")) {
                int items = Enumerations.split(left.strip(), false).size();
                if (items == n && left.indexOf('、') >= 0) {
                    skip.add(q);
                    continue;
                }
            }
            if (k + 1 < qs.size()) {
                NounPhrases.NounPhrase np = st.nouns.nounPhraseAfter(q, clauseEnd, qs.get(k + 1).start());
                if (np != null) {
                    String between = text.substring(np.end(), qs.get(k + 1).start());
                    if (between.startsWith("均") || between.startsWith("分别") || between.startsWith("都")) {
                        skip.add(q);
                        LeftContext lc = LeftContext.read(view, from, q.start());
                        LeftContext.Item piece = LeftContext.lastPiece(lc.items);
                        st.listNoun = np.text();
                        st.listTopic = (piece == null ? "" : piece.text(text)) + np.text();
                    }
                }
            }
        }
    }

    /** A figure that classifies the noun after it: 10亿元以上项目15个, 千万元产值村达106个. */
    void markModifiers(int clauseEnd, List<QuantityMatch> qs, Set<QuantityMatch> skip) {
        for (int k = 0; k < qs.size(); k++) {
            QuantityMatch q = qs.get(k);
            if (q.type() == QuantityMention.Type.ORDINAL) {
                if (q.end() < text.length() && text.charAt(q.end()) == '的') {
                    skip.add(q); // 排名前20的重点工业企业: which firms, not a rank
                }
                continue;
            }
            boolean classifier = !"count".equals(q.family()) || q.qualifier() == Qualifier.MORE_THAN;
            if (!classifier || k + 1 >= qs.size()) {
                continue;
            }
            NounPhrases.NounPhrase np = st.nouns.nounPhraseAfter(q, clauseEnd, qs.get(k + 1).start());
            if (np == null || np.afterDe()) {
                continue;
            }
            String between = text.substring(np.end(), qs.get(k + 1).start());
            if (between.isEmpty() || between.length() <= 3 && isLevelWord(between)) {
                skip.add(q); // 产值超百亿元企业达到5家
            }
        }
    }

    private boolean isLevelWord(String w) {
        PhraseTrie.Match<Cue> c = view.lexicons().cues().trie().exactAt(w, 0, w.length());
        return c != null && (c.value() == Cue.LEVEL || c.value() == Cue.LEVEL_TO);
    }

    /** Earlier values of a list take the unit of the last one (分别高1.4、1.8个百分点). */
    void unifyUnits(List<QuantityMatch> group) {
        QuantityMatch lastQ = group.get(group.size() - 1);
        if (group.size() < 2 || lastQ.unit() == null) {
            return;
        }
        for (int k = 0; k < group.size() - 1; k++) {
            QuantityMatch q = group.get(k);
            boolean bare = q.unit() == null
                    || (q.unit().equals("个") && lastQ.type() == QuantityMention.Type.PERCENTAGE_POINT);
            if (bare && q.type() != QuantityMention.Type.ORDINAL) {
                group.set(k, new QuantityMatch(q.start(), q.end(), q.numberStart(), q.value(), q.upper(),
                        lastQ.unit(), lastQ.unitInfo(), q.qualifier(), lastQ.type()));
            }
        }
    }

    /** 北海、防城港、钦州市GDP分别增长…: one region per value, in order. */
    void enumeratedRegions(List<Draft> result, LeftContext left) {
        if (result.size() < 2) {
            return;
        }
        List<RegionContext.Mention> subjects = new ArrayList<>();
        for (LeftContext.Item it : left.items) {
            if (it.type() == LeftContext.Type.REGION && it.region().role() == RegionContext.Role.SUBJECT
                    && it.region().region() != null) {
                subjects.add(it.region());
            }
        }
        if (subjects.size() == result.size()) {
            for (int k = 0; k < result.size(); k++) {
                result.get(k).regionOverride = subjects.get(k).region();
            }
        }
    }

    List<String> splitMetric(String metric, int values) {
        // fixed phrases (租赁和商务服务业, 市级及以上) never split: mask them first
        String masked = view.lexicons().phrases().mask(metric);
        boolean conj = masked.indexOf('和') >= 0 || masked.indexOf('及') >= 0 || masked.indexOf('与') >= 0;
        List<String> maskedItems = Enumerations.split(masked, values, conj ? st.wordEnds(metric) : null);
        List<String> items = new ArrayList<>(maskedItems.size());
        int pos = 0;
        for (String it : maskedItems) {
            int at = masked.indexOf(it, pos);
            items.add(metric.substring(at, at + it.length()));
            pos = at + it.length();
        }
        return items;
    }
}
