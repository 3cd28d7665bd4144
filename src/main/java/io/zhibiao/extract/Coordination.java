package io.zhibiao.extract;

import io.zhibiao.Kind;
import io.zhibiao.Qualifier;
import io.zhibiao.QuantityMention;
import io.zhibiao.lexicon.PhraseTrie;
import io.zhibiao.quantity.QuantityMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists: counts that only number a list, figures that classify a noun, units shared along a list, one
 * region per value, and the split of a listed metric into items. One per sentence, sharing the
 * sentence's {@link ClauseState}.
 */
final class Coordination {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;

    Coordination(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.text = st.text;
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
            // 日土县、革吉县分别新建乡村小学2所、3所: a list before 分别 pairs with the figures, no count of it
            if (n >= 2 && n <= 12 && !left.contains("等") && !st.words().containsAny("pairing-word", left)) {
                int items = Enumerations.split(left.strip(), false).size();
                if (items == n && left.indexOf('、') >= 0) {
                    skip.add(q);
                    continue;
                }
            }
            boolean last = k + 1 == qs.size();
            if (!last || q.unit() != null && st.words().is("group-count-unit", q.unit())) {
                int limit = last ? clauseEnd : qs.get(k + 1).start();
                NounPhrases.NounPhrase np = st.nouns.nounPhraseAfter(q, clauseEnd, limit);
                if (np != null) {
                    String between = text.substring(np.end(), limit);
                    // 其余5个县（市）增速均低于全市平均水平: the clause's last figure, a count its 均/都 speaks
                    // of later on, names a group (of places, of firms), not a fact
                    if (st.words().startsWithAny("each-adverb", between)
                            || last && st.words().containsAny("group-each-adverb", between)) {
                        skip.add(q);
                        ClauseItems lc = ClauseItems.read(view, from, q.start());
                        ClauseItems.Item piece = ClauseItems.lastPiece(lc.items);
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
                if (q.end() < text.length() && text.charAt(q.end()) == '的' && FigureRight.placeAfterDe(st, q) == null) {
                    skip.add(q); // 排名前20的重点工业企业: which firms, not a rank (位列第四的佛山市 is one)
                }
                continue;
            }
            boolean classifier = !"count".equals(q.family()) || q.qualifier() == Qualifier.MORE_THAN;
            if (!classifier || k + 1 >= qs.size() || ImpliedRanks.isImplied(text, qs.get(k + 1), st.words())) {
                continue; // (以14.7%的增速领跑: a word after the noun, not a counted figure)
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

    /**
     * Earlier values of a list take the unit of the last one (分别高1.4、1.8个百分点); the later values of
     * a list that opens with an ordinal are ordinals (分列第二、三位: 三位 is the third place, not three).
     */
    void unifyUnits(List<QuantityMatch> group) {
        if (group.size() > 1 && group.get(0).type() == QuantityMention.Type.ORDINAL) {
            for (int k = 1; k < group.size(); k++) {
                QuantityMatch q = group.get(k);
                if (q.type() == QuantityMention.Type.AMOUNT && q.unit() != null && st.words().is("rank-end", q.unit())) {
                    group.set(k, new QuantityMatch(q.start(), q.end(), q.numberStart(), q.value(), q.upper(), null, null,
                            q.qualifier(), QuantityMention.Type.ORDINAL));
                }
            }
        }
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

    /**
     * 北海、防城港、钦州市GDP分别增长…: one region per value, in order; 郸城县、鹿邑县一般公共预算收入均突破10亿元:
     * one value that 均/都 gives to each listed place, one record per place ({@code enum:shared-over-places}).
     */
    List<Draft> enumeratedRegions(List<Draft> result, ClauseItems left) {
        List<RegionContext.Mention> subjects = new ArrayList<>();
        for (ClauseItems.Item it : left.items) {
            if (it.type() == ClauseItems.Type.REGION && it.region().role() == RegionContext.Role.SUBJECT
                    && it.region().region() != null) {
                subjects.add(it.region());
            }
        }
        List<RegionContext.Mention> places = new ArrayList<>(); // 汨罗市和岳阳县: the second is no subject on its own
        for (ClauseItems.Item it : left.items) {
            if (it.type() == ClauseItems.Type.REGION && it.region().region() != null
                    && (it.region().role() == RegionContext.Role.SUBJECT || it.region().role() == RegionContext.Role.OTHER)) {
                places.add(it.region());
            }
        }
        if (result.size() == 1 && places.size() >= 2 && !subjects.isEmpty() && places.get(0) == subjects.get(0)
                && listed(places) && result.get(0).regionOverride == null) {
            Draft d0 = result.get(0);
            int last = places.get(places.size() - 1).end();
            String after = text.substring(Math.min(last, d0.q.start()), d0.q.start());
            if (st.words().containsAny("group-each-adverb", after) && !places.get(0).region().equals(places.get(1).region())) {
                List<Draft> each = new ArrayList<>();
                for (RegionContext.Mention m : places) {
                    Draft d = d0.copy();
                    d.regionOverride = m.region();
                    d.trace.add(Rule.ENUM_SHARED_PLACES.id());
                    each.add(d);
                }
                return each;
            }
        }
        if (result.size() >= 2 && subjects.size() == result.size()) {
            for (int k = 0; k < result.size(); k++) {
                result.get(k).regionOverride = subjects.get(k).region();
            }
        }
        return result;
    }

    /**
     * 潍坊、临沂增速均为9.6%，比全省高0.2个百分点: a figure that goes on with the metric of a value 均 gave to several
     * places, in a clause that names no place, is each place's too ({@code enum:shared-places-go-on}).
     */
    List<Draft> sharedPlacesGoOn(List<Draft> made, ClauseItems left) {
        List<Draft> group = st.lastGroup;
        if (made.size() != 1 || made.get(0).carriedFrom == null || group == null || group.size() < 2
                || !group.contains(made.get(0).carriedFrom)) {
            return made;
        }
        for (ClauseItems.Item it : left.regions()) {
            if (it.region().role() == RegionContext.Role.SUBJECT) {
                return made; // the clause names its own place
            }
        }
        for (Draft g : group) {
            if (g.regionOverride == null || !g.trace.contains(Rule.ENUM_SHARED_PLACES.id())) {
                return made;
            }
        }
        List<Draft> each = new ArrayList<>();
        for (Draft g : group) {
            Draft d = made.get(0).copy();
            d.regionOverride = g.regionOverride;
            d.trace.add(Rule.ENUM_SHARED_PLACES_GO_ON.id());
            each.add(d);
        }
        return each;
    }

    /** The places stand side by side, only list separators between them (郸城县、鹿邑县, 汨罗市和岳阳县). */
    private boolean listed(List<RegionContext.Mention> places) {
        for (int k = 1; k < places.size(); k++) {
            String between = text.substring(places.get(k - 1).end(), Math.max(places.get(k - 1).end(), places.get(k).start()));
            if (!st.words().is("value-separator", between)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject of the k-th of n paired values: the k-th of as many listed names (光电产业园、智能装备产业园和
     * 生物医药产业园分别实现营业收入…); the sector its own metric names when the subject was the sector of the whole
     * list (第一产业、第二产业和第三产业增加值 → 第二产业 for the second); else the first value's.
     */
    private String subjectOf(Draft d0, String s, int k, int n, String whole, String metric, Draft d) {
        if (s == null) {
            return null;
        }
        List<String> names = st.names.names(s);
        if (names.size() != n && d0.subjectSplit) {
            names = st.names.listFrom(s, st.sentence.start(), st.sentence.end()); // the sector topic was the list's first
        }
        if (names.size() == n && n > 1) {
            d.trace.add(Rule.SUBJECT_LISTED.id());
            return names.get(k);
        }
        if (metric != null && !d0.subjectSplit && s.equals(st.phrases.subjectOf(whole))) {
            return st.phrases.subjectOf(metric);
        }
        return s;
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

    /**
     * Gives {@code metric} to the group's values: one metric per value when the metric lists as many
     * items ({@code enum:pair}), one value for several listed metrics ({@code enum:shared-value}),
     * else the same metric for all ({@code enum:one-metric} when several).
     */
    List<Draft> distribute(List<Draft> made, String metric, int metricStart, ClauseItems left) {
        Draft d0 = made.get(0);
        String subject0 = d0.subject; // d0 is the first of made: its subject is set in the loop
        List<String> items = splitMetric(metric, made.size());
        if (made.size() == 1 && !left.has(Cue.ENUM) && metric.indexOf('和') < 0 && metric.indexOf('及') < 0
                && metric.indexOf('与') < 0) {
            items = List.of(metric); // 智能装备、电子信息企业订单上涨20%: one figure, one metric
        }
        boolean pairs = made.size() > 1;
        if (pairs && items.size() == 1 && made.size() == 2 && left.regions().size() != made.size()) {
            // (霞山区、麻章区进出口额分别为…: two places take the two values; 进出口额 stays whole)
            String[] both = view.lexicons().phrases().expandPair(metric);
            if (both != null) {
                items = List.of(both[0], both[1]); // 城乡居民…分别增长5%和7.5%
            }
        }
        List<Draft> result = new ArrayList<>();
        List<String> listed = pairs && items.size() != made.size() && view.lexicons().heads().isGeneric(metric)
                ? listedBeforeEnum(left, made.size()) : null;
        if (pairs && items.size() == made.size()) {
            List<String> dist = Enumerations.distribute(items, view.lexicons().heads(), st.known(), st::wordEnds, st.words());
            for (int k = 0; k < made.size(); k++) {
                Draft d = made.get(k);
                d.metric = dist.get(k);
                d.subject = subjectOf(d0, subject0, k, made.size(), metric, dist.get(k), d);
                d.evidenceStart = Math.min(d.evidenceStart, metricStart);
                d.trace.add(Rule.ENUM_PAIR.id());
                result.add(d);
            }
        } else if (!pairs && items.size() > 1 && (left.has(Cue.ENUM) || d0.kind != Kind.AMOUNT)
                && d0.carriedFrom == null) {
            // (not a carried metric: 服装及衣着附件出口16.4亿美元，增长31.8% is one growth)
            // 生产安全事故起数和亡人数下降50%: one value, several metrics
            for (String m : Enumerations.distribute(items, view.lexicons().heads(), st.known(), st::wordEnds, st.words())) {
                Draft d = d0.copy();
                d.metric = m;
                d.evidenceStart = Math.min(d.evidenceStart, metricStart);
                d.trace.add(Rule.ENUM_SHARED_VALUE.id());
                result.add(d);
            }
        } else if (listed != null) {
            // 电子信息、家电、生物制药三大支柱产业分别实现产值158.2亿元、97.4亿元和36.5亿元: the listed
            // items before 分别 take the values, each with the generic head named after the verb
            for (int k = 0; k < made.size(); k++) {
                Draft d = made.get(k);
                d.metric = listed.get(k) + metric;
                d.subject = subjectOf(d0, subject0, k, made.size(), metric, null, d);
                d.evidenceStart = Math.min(d.evidenceStart, metricStart);
                d.trace.add(Rule.ENUM_LISTED_HEAD.id());
                result.add(d);
            }
        } else {
            for (int k = 0; k < made.size(); k++) {
                Draft d = made.get(k);
                d.metric = metric;
                d.subject = pairs ? subjectOf(d0, subject0, k, made.size(), metric, null, d) : subject0;
                d.evidenceStart = Math.min(d.evidenceStart, metricStart);
                if (pairs) {
                    d.trace.add(Rule.ENUM_ONE_METRIC.id());
                }
                result.add(d);
            }
        }
        return result;
    }

    /**
     * The items of a list in the piece right before the clause's 分别 (words of cue ENUM), when it lists
     * exactly {@code n} (a summary after them, 三大支柱产业, is left out: metric.Appositive); else null.
     */
    private List<String> listedBeforeEnum(ClauseItems left, int n) {
        ClauseItems.Item en = left.lastCue(Cue.ENUM);
        if (en == null) {
            return null;
        }
        ClauseItems.Item piece = ClauseItems.lastPiece(left.before(left.indexOf(en)));
        if (piece == null || piece.end() != en.start()) {
            return null;
        }
        String phrase = view.text().substring(piece.start(), piece.end());
        int count = io.zhibiao.extract.metric.Appositive.countStart(phrase);
        String kind = ""; // 三大支柱产业 → 产业: what each item is
        if (count > 0) {
            String summary = phrase.substring(count);
            kind = summary.length() >= 4 ? summary.substring(summary.length() - 2) : "";
            phrase = phrase.substring(0, count);
        }
        List<String> items = Enumerations.split(phrase, n);
        if (items.size() != n) {
            return null;
        }
        List<String> out = new ArrayList<>(n);
        for (String it : items) {
            if (it.isBlank() || it.length() > 12 || names(it)) {
                return null; // 光电产业园、… / 鑫源公司、…: names of units, the subjects of one metric
            }
            out.add(it.endsWith(kind) ? it : it + kind);
        }
        return out;
    }

    /** The item names a unit (a firm, a park, a project: words.tsv listed-unit-end), not a breakdown. */
    private boolean names(String item) {
        return view.lexicons().words().endsWithAny("listed-unit-end", item);
    }
}
