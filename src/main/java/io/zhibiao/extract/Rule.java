package io.zhibiao.extract;

import io.zhibiao.Status;

/**
 * Every rule name the record stage can write into a record's trace ({@code Indicator.trace()},
 * {@code extract --explain}): one registry, so that a test can list the rules no corpus case or
 * fixture output exercises (RuleCoverageTest). A new rule is a new constant here.
 */
public enum Rule {
    LOST("lost", "a clause rule (clauses.tsv) that held but lost to another with a different production"),
    STATUS_TARGET("status:target", "a target (cue or carried announcement)"),
    STATUS_FORECAST("status:forecast", "a forecast (cue, lead clause or carried announcement)"),
    STATUS_HORIZON("status:horizon", "a figure for a horizon period (到2025年) is a target"),
    METRIC_LEFT("metric:left", "the last piece of the left context"),
    METRIC_RATE_FRAME("metric:rate-frame", "以14.7%的增速: the rate of the indicator the text goes on about"),
    SUBJECT_AFTER_DE("subject:after-de", "the noun after 的 is the subject"),
    METRIC_NOUN_AFTER("metric:noun-after", "the noun phrase after the figure"),
    METRIC_VERB_NOUN_AFTER("metric:verb+noun-after", "a verb phrase plus the noun phrase after the figure"),
    METRIC_BEFORE_COMPARISON("metric:before-comparison", "what is compared, before 比/高于"),
    METRIC_CARRIED_RATE("metric:carried+增速", "a bare 增速 named after its carrier"),
    METRIC_EXAMPLES_DROPPED("metric:examples-dropped", "an examples list (…等) dropped from the metric"),
    METRIC_CHANGE_OF_CARRIED("metric:change-of-carried", "a change word against a basis: the last metric"),
    METRIC_VERB_CARRIED("metric:verb-carried", "the last count's verb carried to a bare noun"),
    SUBJECT_LEADING_NAME("subject:leading-name", "a leading firm, project or place name split off as subject"),
    SUBJECT_BEFORE_VERB("subject:before-verb", "the name(s) a clause opens with before its action verb (汕头港完成…, 瑞通电子实现…)"),
    SUBJECT_CONTINUED("subject:continued", "a clause that opens with its action verb goes on about the subject of the clause before (…；实现门票收入…)"),
    SUBJECT_LISTED("subject:listed", "one name of a list of names per listed value (A园、B园分别实现…)"),
    METRIC_CARRIED_PAIRS("metric:carried-pairs", "a list paired with the last list"),
    METRIC_CARRIED("metric:carried", "the last record's metric"),
    METRIC_AMOUNT_GAP("metric:amount-gap", "an amount after a comparison with a place (比全疆平均水平高出5620元): the last amount's indicator"),
    METRIC_BASE_VALUE("metric:base-value", "the earlier value a comparison names (比1990年普查的4.12人): the last record's metric"),
    METRIC_GOAL_SHARE("metric:goal-share", "the share of a goal that is done measures the indicator before it (城镇新增就业…，完成年度目标的58.3% → 城镇新增就业完成年度目标)"),
    METRIC_SENTENCE_FRAME("metric:sentence-frame", "a rate with no carrier measures the indicator the sentence opens with as its frame (在规模以上工业增加值中，…)"),
    METRIC_PREVIOUS_SENTENCE("metric:previous-sentence", "the indicator of the sentence before"),
    METRIC_LIST_TOPIC("metric:list-topic", "the topic of a dropped list count"),
    METRIC_PARALLEL_BREAKDOWN("metric:parallel-breakdown", "a bare breakdown word takes the last metric with its breakdown of the same dimension replaced (对美国增长6.5% after 欧盟进出口 → 美国进出口)"),
    METRIC_TOPIC_BREAKDOWN("metric:topic-breakdown", "an indicator named bare takes the sentence topic when the topic is one of its breakdown words (普通高中412所，招生15.2万人 → 普通高中招生)"),
    METRIC_SIBLING_SCOPE("metric:sibling-scope", "a sibling of the last metric takes its scope words (存款余额… 贷款余额 → 金融机构人民币贷款余额)"),
    METRIC_PART_OF_LAST("metric:part-of-last", "an item after 其中 takes the head of the amount it is part of (玉米 → 玉米播种面积)"),
    METRIC_ASPECT_CARRIED("metric:aspect+carried", "累计/新增 alone: aspect of the last metric"),
    METRIC_ACCOUNT_SIDE("metric:account-side", "a bare side of an account after another side takes its topic (社会保险基金收入3.94亿元，支出3.41亿元 → 社会保险基金支出)"),
    METRIC_TOPIC_HEAD("metric:topic+head", "a generic head after the sentence topic"),
    METRIC_SECTOR_HEAD("metric:sector+head", "a generic head after the sector opening the sentence"),
    METRIC_CARRIED_SIZE("metric:carried+size", "总量/规模 of the last indicator"),
    METRIC_CARRIED_AFTER_VERB("metric:carried-after-verb", "a verb-only piece keeps the last metric"),
    METRIC_DEMONSTRATIVE_DROPPED("metric:demonstrative-dropped", "这家…企业 dropped: the firm is the subject"),
    METRIC_FRAME_DROPPED("metric:frame-dropped", "a frame of place or occasion (在…上) dropped"),
    METRIC_SHARE("metric:share", "a share's metric (X占Y比重)"),
    METRIC_SHARE_PAIR("metric:share-pair", "a share's metric, one per listed item"),
    QUALIFIER_BEFORE_SHARE("qualifier:before-share", "a qualifier written before 占 (约占)"),
    METRIC_MULTIPLE_OF_ANOTHER("metric:multiple-of-another", "a multiple of another place's figure"),
    BASIS_MULTIPLE_OF("basis:multiple-of", "a multiple of a period (是上年的2.3倍)"),
    RANK_LISTED_ORDER("rank:listed-order", "前N after or before a list of N places with bracketed values: the places hold ranks 1…N in order"),
    RANK_MOVED("rank:moved", "a moved rank (由第十位上升至第六位)"),
    RANK_METRIC_FRAME("rank:metric-frame", "the ranking list of the sentence frame is the metric"),
    RANK_METRIC_LEFT("rank:metric-left", "the piece before the ranking verb"),
    RANK_METRIC_CARRIED("rank:metric-carried", "the last record's metric, ranked"),
    RANK_METRIC_RATE("rank:metric-rate", "a rate word before the ranking verb: the 增速 of the indicator the text goes on about"),
    RANK_SIZE_AND_RATE("rank:size-and-rate", "总量和增速分别居…: one rank per listed size or rate word"),
    RANK_METRIC_SCOPE("rank:metric-scope", "the scope names the metric"),
    RANK_SHARED("rank:shared", "one rank for several listed metrics"),
    RANK_SCOPE("rank:scope", "the scope between ranking verb and ordinal"),
    ENUM_PAIR("enum:pair", "one listed metric per listed value"),
    ENUM_SHARED_VALUE("enum:shared-value", "one value for several listed metrics"),
    ENUM_SHARED_PLACES("enum:shared-over-places", "one value that 均/都 gives to each of several listed places"),
    ENUM_SHARED_PLACES_GO_ON("enum:shared-places-go-on", "a figure carried from a value 均 gave to several places is each place's too"),
    ENUM_BRACKETED("enum:bracketed", "values in brackets after listed places, measured by the words after the list"),
    ENUM_ONE_METRIC("enum:one-metric", "one metric for several values"),
    ENUM_LISTED_HEAD("enum:listed-head", "items listed before 分别, each with the generic head after the verb"),
    BASIS_COMPARED("basis:compared", "the base of a comparison (高于全省)"),
    BASIS_CUE("basis:cue", "a basis cue (比上年, 同比)"),
    BASIS_FRAME("basis:frame", "a frame opening the sentence is the basis of its changes (与上年相比，GDP增长5%)"),
    BASIS_LEVEL_CHANGE("basis:level-change", "a change of a level against its basis (比年初增加)"),
    QUALIFIER_CUE("qualifier:cue", "a qualifier cue written away from the number"),
    QUALIFIER_LIST("qualifier:list", "a qualifier opening a list holds for all values"),
    REGION_ENUMERATED("region:enumerated", "one listed region per value"),
    REGION_CONTEXT("region:context", "the region in force at the figure"),
    PERIOD_CONTEXT("period:context", "the period in force at the figure"),
    TABLE_VALUE("table:value", "a value cell of a text table"),
    TABLE_GROWTH("table:growth", "a growth cell of a text table"),
    TABLE_SHARE("table:share", "a share cell of a text table"),
    TABLE_POINTS("table:points", "a table column of percentage points (增速比1-8月(±百分点)): the change of the row's growth rate against the header's basis"),
    METRIC_LIST_HEAD("metric:list-head", "an item of a list whose label names what it measures (主要工业产品产量：原盐…) takes the label's head"),
    ITEM_AMOUNT("item:amount", "a figure-first box line (386.2亿元：前三季度全市地区生产总值): the metric after the colon"),
    ITEM_GROWTH("item:growth", "a figure-first box line whose phrase ends in a rate word (7.4%：…规上工业增加值增速)"),
    ITEM_PERCENT("item:percent", "a figure-first box line of a percent that is no growth (65.2%：全市常住人口城镇化率)"),
    METRIC_EDGE("metric:edge", "an edge word stripped from a metric (metric-edges.tsv); written with its detail,"
            + " metric:edge:end:possession:有"),
    METRIC_CARRY_FRAME("metric:carry-frame", "a metric that is no name: the naming frame of its sentence (以X计)"),
    METRIC_CARRY_SCOPE("metric:carry-scope", "a rank's metric that is no name: its scope is a reference word plus a name"),
    METRIC_CARRY_SAME_FIGURE("metric:carry-same-figure", "a metric that is no name: the same amount stated before"),
    METRIC_CARRY_SENTENCE("metric:carry-sentence", "a metric that is no name: the record before it in its sentence");

    private final String id;
    private final String description;

    Rule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name as written in traces (kind:growth). */
    public String id() {
        return id;
    }

    /** The trace name of this rule with a detail (metric:edge:end:possession:有). */
    public String with(String detail) {
        return id + ":" + detail;
    }

    /** The rule a trace name was written by: its id, or its id and a detail after ':'; null if none. */
    public static Rule ofTrace(String name) {
        Rule best = null;
        for (Rule r : values()) {
            if ((name.equals(r.id) || name.startsWith(r.id + ":")) && (best == null || r.id.length() > best.id.length())) {
                best = r;
            }
        }
        return best;
    }

    /** What the rule decides, in a few words. */
    public String description() {
        return description;
    }

    /** The rule that gave a record its status. */
    static Rule of(Status status) {
        return switch (status) {
            case TARGET -> STATUS_TARGET;
            case FORECAST -> STATUS_FORECAST;
        };
    }
}
