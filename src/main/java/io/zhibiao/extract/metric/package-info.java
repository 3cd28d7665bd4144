/**
 * What a metric phrase may look like: the edge check ({@link io.zhibiao.extract.metric.MetricShape},
 * data in {@code zhibiao/extract/metric-edges.tsv}) and the stage that applies it to finished
 * records ({@link io.zhibiao.extract.metric.MetricCheck}). Internal: may change in any release.
 */
package io.zhibiao.extract.metric;
