package io.zhibiao;

/** A record that is not a plain reported fact. Plain facts have no status ({@code null}). */
public enum Status {
    /** A goal or plan: 力争, 计划, 目标, 将, 到2022年. */
    TARGET,
    /** A forecast or expectation: 预计, 有望. */
    FORECAST
}
