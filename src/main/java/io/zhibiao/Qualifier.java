package io.zhibiao;

/** How exactly a number is stated. */
public enum Qualifier {
    /** Stated as is. */
    EXACT,
    /** 约, 近, 左右, 上下: about the value. */
    APPROX,
    /** 超, 超过, 逾, 余, 多, 以上, 过, 突破: more than the value. */
    MORE_THAN,
    /** 不足, 不到, 以下, 未满: less than the value. */
    LESS_THAN
}
