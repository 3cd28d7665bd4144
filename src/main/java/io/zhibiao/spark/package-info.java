/**
 * zhibiao in Spark (3.5, Scala 2.13): the SQL function {@code zhibiao_extract(text)}
 * ({@link io.zhibiao.spark.ZhibiaoSpark#registerUdf(org.apache.spark.sql.SparkSession)}, or
 * {@link io.zhibiao.spark.ExtractUdf} by class name from PySpark) and the dataset transform
 * {@link io.zhibiao.spark.ZhibiaoSpark#extract(org.apache.spark.sql.Dataset, String, String)}
 * giving one row per record with the JSONL contract's columns ({@link io.zhibiao.spark.RecordBean}
 * for typed datasets). Public API; see docs/spark.md.
 *
 * <p>Spark is a {@code provided}, optional dependency: this package needs Spark on the classpath,
 * as every Spark job has; nothing else in zhibiao loads it. Extractors are never serialized: each
 * executor JVM builds one per {@link io.zhibiao.spark.ExtractorSettings} on first use.
 */
package io.zhibiao.spark;
