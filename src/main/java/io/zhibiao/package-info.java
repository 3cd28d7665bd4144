/**
 * The public API of zhibiao: read Chinese economic news, get typed indicator records.
 *
 * <p>One-line use: {@link io.zhibiao.Zhibiao#extract(String)}. For repeated use build one
 * {@link io.zhibiao.IndicatorExtractor} with {@link io.zhibiao.IndicatorExtractor#builder()} and
 * share it between threads. Results are immutable Java records ({@link io.zhibiao.Indicator},
 * {@link io.zhibiao.Region}, {@link io.zhibiao.Metric}, {@link io.zhibiao.Quantity},
 * {@link io.zhibiao.Period}, {@link io.zhibiao.Span}). Every offset is a UTF-16 index, half-open,
 * into the original input text, whatever normalization happened in between.
 *
 * <p>Nullness: components documented as "or {@code null}" may be null; all others never are.
 * Every other package of this library is internal and may change without notice.
 */
package io.zhibiao;
