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
    /** 约, 接近: about the figure (read by the number layer when it touches the number). */
    APPROX,
    /** 超过, 突破, 逾: more than the figure. */
    MORE_THAN,
    /** 不足, 不到: less than the figure. */
    LESS_THAN,
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
    CONNECTOR;

    /** True for the qualifier cues. */
    public boolean isQualifier() {
        return this == APPROX || this == MORE_THAN || this == LESS_THAN;
    }

    /** The qualifier a qualifier cue stands for, or null. */
    public io.zhibiao.Qualifier qualifier() {
        return switch (this) {
            case APPROX -> io.zhibiao.Qualifier.APPROX;
            case MORE_THAN -> io.zhibiao.Qualifier.MORE_THAN;
            case LESS_THAN -> io.zhibiao.Qualifier.LESS_THAN;
            default -> null;
        };
    }
}
