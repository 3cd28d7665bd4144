package io.zhibiao.extract;

/** What a cue word around a figure says (see zhibiao/extract/cues.tsv). */
public enum Cue {
    /** A growth verb or noun: 增长, 提高, 增速. */
    UP,
    /** A decline: 下降, 减少, 回落 (makes a change negative). */
    DOWN,
    /** A verb stating a level: 实现, 达到 (stripped from the metric). */
    LEVEL,
    /** A change to a level: 增至, 提高到 (the figure is the new level, not the change). */
    LEVEL_TO,
    /** A qualifier the number layer reads (约, 超过, 突破); here only stripped. */
    QUALIFIER,
    /** A share: 占, 比重, 占比. */
    SHARE,
    /** A comparison upwards: 高于, 快于. */
    COMP_UP,
    /** A comparison downwards: 低于, 慢于. */
    COMP_DOWN,
    /** A ranking verb: 居, 位列, 排名. */
    RANK,
    /** A goal: 力争, 计划, 目标. */
    TARGET,
    /** A forecast: 预计, 有望. */
    FORECAST,
    /** The basis of a change: 同比, 较上年. */
    BASIS,
    /** Pairs values with items or shares one value: 分别, 均. */
    ENUM,
    /** Opens a clause without meaning for the record: 其中, 同时. */
    CONNECTOR
}
