package io.zhibiao.spark;

import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * zhibiao in Spark jobs: a SQL function and a dataset transform.
 *
 * <pre>{@code
 * // SQL (and PySpark after registration): one array of record structs per text
 * ZhibiaoSpark.registerUdf(spark);
 * spark.sql("SELECT id, r.region, r.metric, r.value, r.unit "
 *         + "FROM articles LATERAL VIEW explode(zhibiao_extract(text)) t AS r");
 *
 * // a job: one row per record, the JSONL contract's columns
 * Dataset<Row> records = ZhibiaoSpark.extract(articles, "id", "text");
 * records.write().parquet("records/");
 * }</pre>
 *
 * <p>The extractor is never serialized (HanLP objects do not serialize): only its
 * {@link ExtractorSettings} travel, and each executor JVM builds one extractor per settings on
 * first use, shared by all its tasks. Build-once cost: about a second per executor.
 *
 * <p>Spark is a {@code provided}, optional dependency of zhibiao (Spark 3.5, Scala 2.13): this
 * package needs Spark on the classpath; the rest of the library never loads it.
 */
public final class ZhibiaoSpark {
    /** The name {@link #registerUdf(SparkSession)} registers: {@value}. */
    public static final String UDF_NAME = "zhibiao_extract";

    private static final String JAVA8_API = "spark.sql.datetime.java8API.enabled";

    private ZhibiaoSpark() {
    }

    /**
     * Registers {@code zhibiao_extract(text)} in {@code spark} with the default settings: from
     * then on SQL and PySpark ({@code F.expr("zhibiao_extract(text)")}) can call it. It returns
     * {@code array<struct<…>>} ({@link #udfReturnType()}), empty for a null or blank text.
     *
     * @param spark the session to register the function in
     */
    public static void registerUdf(SparkSession spark) {
        registerUdf(spark, UDF_NAME, ExtractorSettings.DEFAULTS);
    }

    /**
     * Registers the extraction function under {@code name}, extracting with {@code settings}
     * (publication year, default region, extra lexicons).
     *
     * @param spark    the session to register the function in
     * @param name     the SQL function name
     * @param settings how the executors build their extractor
     */
    public static void registerUdf(SparkSession spark, String name, ExtractorSettings settings) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(name, "name");
        spark.udf().register(name, new ExtractUdf(settings), udfReturnType());
    }

    /**
     * One row per record of each article, with the columns of {@link #recordSchema()} ({@code doc}
     * is the article's id, as a string). Articles with a null or blank text give no rows. Lazy,
     * like every transform: nothing runs until an action.
     *
     * @param articles   the articles
     * @param idColumn   the column that identifies an article (any type; written as a string)
     * @param textColumn the column with the article text (a string)
     * @return the records
     */
    public static Dataset<Row> extract(Dataset<Row> articles, String idColumn, String textColumn) {
        return extract(articles, idColumn, textColumn, ExtractorSettings.DEFAULTS);
    }

    /**
     * As {@link #extract(Dataset, String, String)}, extracting with {@code settings}.
     *
     * @param articles   the articles
     * @param idColumn   the column that identifies an article (any type; written as a string)
     * @param textColumn the column with the article text (a string)
     * @param settings   how the executors build their extractor
     * @return the records
     * @throws IllegalArgumentException when a column does not exist (naming the columns there are)
     */
    public static Dataset<Row> extract(Dataset<Row> articles, String idColumn, String textColumn,
            ExtractorSettings settings) {
        Objects.requireNonNull(articles, "articles");
        String[] columns = articles.columns();
        for (String c : new String[] {idColumn, textColumn}) {
            if (c == null || !Arrays.asList(columns).contains(c)) {
                throw new IllegalArgumentException("no column " + c + " in " + Arrays.toString(columns));
            }
        }
        Dataset<Row> pairs = articles.select(
                new Column(idColumn).cast(DataTypes.StringType), new Column(textColumn).cast(DataTypes.StringType));
        boolean java8Dates = Boolean.parseBoolean(articles.sparkSession().conf().get(JAVA8_API, "false"));
        return pairs.mapPartitions(new ExtractPartitions(settings, java8Dates), Encoders.row(recordSchema()));
    }

    /**
     * The records as typed JavaBeans.
     *
     * @param records rows with the columns of {@link #recordSchema()}, as {@link #extract} gives
     * @return the same records as a {@code Dataset<RecordBean>}
     */
    public static Dataset<RecordBean> asBeans(Dataset<Row> records) {
        return records.as(Encoders.bean(RecordBean.class));
    }

    /**
     * The columns of {@link #extract}: the JSONL contract's keys in order ({@code doc, region,
     * regionCode, metric, metricId, subject, kind, value, unit, baseValue, baseUnit, qualifier,
     * period, basis, status, scope, evidence, start, end}), then its extra keys ({@code regionLevel,
     * periodStart, periodEnd, upper}). Numbers are {@code decimal(38,18)}, offsets {@code int},
     * period days {@code date}, the rest strings.
     *
     * @return the schema of a record row
     */
    public static StructType recordSchema() {
        return Rows.RECORD;
    }

    /**
     * What {@code zhibiao_extract} returns: an array of the record structs, each with the columns
     * of {@link #recordSchema()} but {@code doc}.
     *
     * @return {@code array<struct<region: string, …>>}
     */
    public static ArrayType udfReturnType() {
        return DataTypes.createArrayType(Rows.UDF_STRUCT, false);
    }

    /**
     * {@link #udfReturnType()} as a DDL string, for PySpark's
     * {@code spark.udf.registerJavaFunction(name, "io.zhibiao.spark.ExtractUdf", ddl)}.
     *
     * @return {@code ARRAY<STRUCT<`region`: STRING, …>>}
     */
    public static String udfReturnTypeDdl() {
        return udfReturnType().sql();
    }
}
