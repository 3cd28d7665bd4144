package io.zhibiao;

/** What kind of fact a record states (see docs/annotation.md, section 1). */
public enum Kind {
    /** A level with a unit: money, counts, physical quantities (617.4亿元, 6691户). */
    AMOUNT,
    /** A change in percent, signed: 下降/减少 give a negative value (增长4.7%, 下降50% → -50). */
    GROWTH_RATE,
    /** A percent that is a level: a share, a rate, a proportion (占比重4.08%, 开工率72.2%). */
    PERCENT,
    /** A difference in percentage points, signed (高于全市2.5个百分点, 低于 → negative). */
    PP_CHANGE,
    /** A change or level stated as a multiple (增长1.5倍, 翻番). */
    MULTIPLE,
    /** A rank within a scope; the value is the rank number and the unit is null (全市第一 → 1). */
    RANK
}
