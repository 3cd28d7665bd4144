package io.zhibiao.extract;

import io.zhibiao.Status;
import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Document;
import io.zhibiao.text.Token;
import java.util.List;

/**
 * What the readers of one sentence share: the document, the sentence and its figures, the records
 * made so far, and what is carried along the clause chain (the last record, the topic, the carried
 * status …). The readers, one per job, are reached through it.
 */
final class ClauseState {

    final DocumentView view;
    final io.zhibiao.text.Segmenter segmenter;
    final String text;
    final Document.Sentence sentence;
    final List<QuantityMatch> quantities;
    final List<Draft> out;

    // carried along the clause chain of the sentence
    int[] colonHead; // 分别增长：A县9.4%、B县10.8%: the clause before the colon, for the list after it
    RegionContext.Mention rankedPlace; // 位列第四的佛山市: the place a rank of this clause is of
    final Draft previousSentence; // the last record of the sentence before, in the same paragraph
    final Draft previousAmount;   // the last AMOUNT record of the paragraph before this sentence
    Draft lastAmount;             // the last AMOUNT record of this sentence
    Draft last;             // the last record of the sentence
    List<Draft> lastGroup = List.of(); // the records of the last group of values
    List<Draft> bracketed = List.of(); // the records of the sentence's bracketed place list (澧县（368.1亿元）、…)
    String topic;           // what later generic heads attach to (签约项目 → 签约项目总投资)
    String sectorTopic;     // a sector or firm opening the sentence (汽车产业 …，产值增长8%)
    String breakdownTopic;  // a record's metric that is a breakdown word (普通高中412所): later bare indicators take it
    int breakdownTopicEnd;  // where that record's figure ends
    String listTopic;       // 5项关键指标均为100%: the thing a dropped list count counts
    String listNoun;
    String lastVerb;        // 新增智能工厂3个、数字化车间10个: the verb carries to the next noun
    Status carriedStatus;   // 预计 … carries over the following clauses
    boolean carriedPlan;    // the carried TARGET came from a plan word (年度计划投资5亿元), not a goal word (力争)
    int carriedStatusClause = -1;

    /** Offsets in {@code s} where a word ends (by the segmenter). */
    int[] wordEnds(String s) {
        List<Token> ts = segmenter.segment(s);
        int[] ends = new int[ts.size()];
        for (int k = 0; k < ts.size(); k++) {
            ends[k] = ts.get(k).end();
        }
        return ends;
    }

    /** The word classes of the record stage (words.tsv). */
    Words words() {
        return view.lexicons().words();
    }

    Enumerations.KnownMetrics known() {
        return new Enumerations.KnownMetrics() {
            @Override
            public boolean isKnown(String phrase) {
                return view.lexicons().metrics().lookup(phrase).isPresent();
            }

            @Override
            public boolean endsWithMeasure(String item) {
                return !item.isEmpty() && words().is("measure-end", item.charAt(item.length() - 1));
            }

            @Override
            public boolean isSector(String phrase) {
                return words().endsWithAny("sector-name", phrase);
            }

            @Override
            public String headLead(String phrase) {
                for (String w : words().list("list-head-lead")) {
                    if (phrase.endsWith(w)) {
                        return w;
                    }
                }
                return null;
            }

            @Override
            public String sharedScope(String phrase) {
                return words().longestPrefix("shared-scope", phrase);
            }
        };
    }

    // the readers of this sentence, one per job
    final KindReader kinds;
    final StatusReader statuses;
    final BasisReader bases;
    final NounPhrases nouns;
    final Coordination lists;
    final MetricPhrases phrases;
    final SubjectSplitter subjects;
    final NamesBeforeVerb names;
    final CarryRules carry;
    final ShareReader shares;
    final RankReader ranks;
    final MetricAssigner metrics;

    ClauseState(DocumentView view, io.zhibiao.text.Segmenter segmenter, Document.Sentence sentence,
            List<QuantityMatch> quantities, List<Draft> out, Draft previousSentence, Draft previousAmount) {
        this.previousSentence = previousSentence;
        this.previousAmount = previousAmount;
        this.view = view;
        this.segmenter = segmenter;
        this.text = view.text();
        this.sentence = sentence;
        this.quantities = quantities;
        this.out = out;
        this.kinds = new KindReader(this);
        this.statuses = new StatusReader(this);
        this.bases = new BasisReader(this);
        this.nouns = new NounPhrases(this);
        this.lists = new Coordination(this);
        this.phrases = new MetricPhrases(this);
        this.subjects = new SubjectSplitter(this);
        this.names = new NamesBeforeVerb(this);
        this.carry = new CarryRules(this);
        this.shares = new ShareReader(this);
        this.ranks = new RankReader(this);
        this.metrics = new MetricAssigner(this);
    }

    /** The first figure of the sentence that starts at or after {@code offset}, or null (binary search: they are sorted by start). */
    QuantityMatch firstQuantityFrom(int offset) {
        int lo = 0;
        int hi = quantities.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quantities.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < quantities.size() ? quantities.get(lo) : null;
    }
}
