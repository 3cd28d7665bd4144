package io.zhibiao.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.Zhibiao;
import io.zhibiao.format.RecordFields;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark in local[2], one session for the class, a few small articles: the UDF (registered from
 * Java, through {@code Zhibiao.registerUdf} and by class name as PySpark does) and the dataset
 * transform give exactly what the extractor gives directly.
 */
class ZhibiaoSparkTest {
    static SparkSession spark;
    static final String A = "上半年，江北区完成地区生产总值617.4亿元，增长4.7%。";
    static final String B = "1-6月，全市规模以上工业增加值同比增长2.5%，社会消费品零售总额5226.2亿元。";
    static String seed;
    static Dataset<Row> articles;

    @BeforeAll
    static void start() throws IOException {
        // Spark logs every step at INFO: keep the test output readable
        org.apache.logging.log4j.core.config.Configurator.setRootLevel(org.apache.logging.log4j.Level.WARN);
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("zhibiao-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        seed = Files.readString(Path.of("seeds/000_f71ce4f648072e4a.txt"), StandardCharsets.UTF_8);
        StructType schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.IntegerType, false),
                DataTypes.createStructField("text", DataTypes.StringType, true)));
        articles = spark.createDataFrame(List.of(
                RowFactory.create(1, A), RowFactory.create(2, B), RowFactory.create(3, null),
                RowFactory.create(4, "  \n"), RowFactory.create(5, seed)), schema).repartition(2);
        articles.createOrReplaceTempView("articles");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    static final java.util.Map<String, List<Indicator>> DIRECT = new java.util.concurrent.ConcurrentHashMap<>();

    static List<Indicator> direct(String text) {
        return DIRECT.computeIfAbsent(text, Zhibiao::extract);
    }

    @Test
    void udfGivesTheExtractorsRecordsAsStructs() {
        ZhibiaoSpark.registerUdf(spark);
        List<Row> rows = spark.sql("SELECT r.* FROM (SELECT explode(zhibiao_extract(text)) AS r FROM articles"
                + " WHERE id = 1)").collectAsList();
        List<Indicator> expected = direct(A);
        assertThat(expected).isNotEmpty();
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Indicator r = expected.get(i);
            assertThat(row.<String>getAs("metric")).isEqualTo(r.metric().mention());
            assertThat(row.<BigDecimal>getAs("value")).isEqualByComparingTo(r.quantity().value());
            assertThat(row.<String>getAs("unit")).isEqualTo(r.quantity().unit());
            assertThat(row.<String>getAs("kind")).isEqualTo(r.kind().name());
            assertThat(row.<Integer>getAs("start")).isEqualTo(r.span().start());
            assertThat(row.<Integer>getAs("end")).isEqualTo(r.span().end());
            assertThat(row.<String>getAs("evidence")).isEqualTo(r.evidence());
        }
        // null and blank texts give an empty array, not an error
        List<Row> sizes = spark.sql("SELECT id, size(zhibiao_extract(text)) FROM articles WHERE id IN (3, 4)")
                .collectAsList();
        assertThat(sizes).extracting(r -> r.getInt(1)).containsOnly(0);
    }

    @Test
    void udfStructHasTheContractsKeysButDoc() {
        List<String> keys = new ArrayList<>(RecordFields.RECORD_KEYS);
        keys.addAll(RecordFields.EXTRA_KEYS);
        keys.remove("doc");
        StructType struct = (StructType) ZhibiaoSpark.udfReturnType().elementType();
        assertThat(struct.fieldNames()).containsExactlyElementsOf(keys);
        // the DDL string PySpark passes to registerJavaFunction parses back to the same type
        // (a DDL string has no nullability: compare the types as SQL writes them)
        assertThat(DataType.fromDDL(ZhibiaoSpark.udfReturnTypeDdl()).catalogString())
                .isEqualTo(ZhibiaoSpark.udfReturnType().catalogString());
    }

    @Test
    void registeredByClassNameAsPySparkDoes() {
        // what spark.udf.registerJavaFunction(name, className, ddl) calls on the JVM side
        spark.udf().registerJava("zx_by_name", ExtractUdf.class.getName(),
                DataType.fromDDL(ZhibiaoSpark.udfReturnTypeDdl()));
        long n = spark.sql("SELECT explode(zx_by_name(text)) FROM articles WHERE id = 2").count();
        assertThat(n).isEqualTo(direct(B).size()).isPositive();
    }

    @Test
    void zhibiaoRegisterUdfDelegatesToSpark() {
        Zhibiao.registerUdf(spark);
        assertThat(spark.catalog().functionExists(ZhibiaoSpark.UDF_NAME)).isTrue();
        assertThatThrownBy(() -> Zhibiao.registerUdf("not a session"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SparkSession");
    }

    @Test
    void extractGivesOneRowPerRecordWithTheContractColumns() {
        Dataset<Row> records = ZhibiaoSpark.extract(articles, "id", "text");
        List<String> keys = new ArrayList<>(RecordFields.RECORD_KEYS);
        keys.addAll(RecordFields.EXTRA_KEYS);
        assertThat(records.columns()).containsExactlyElementsOf(keys);

        List<Row> rows = records.collectAsList();
        int expected = direct(A).size() + direct(B).size() + direct(seed).size();
        assertThat(rows).hasSize(expected);
        assertThat(rows).extracting(r -> r.<String>getAs("doc")).containsOnly("1", "2", "5");

        List<Indicator> seedRecords = direct(seed);
        List<Row> seedRows = rows.stream().filter(r -> r.getAs("doc").equals("5")).toList();
        assertThat(seedRows).hasSize(seedRecords.size());
        for (int i = 0; i < seedRows.size(); i++) {
            Row row = seedRows.get(i);
            Indicator r = seedRecords.get(i);
            assertThat(seed.substring(row.<Integer>getAs("start"), row.<Integer>getAs("end")))
                    .isEqualTo(r.span().of(seed));
            assertThat(row.<String>getAs("region")).isEqualTo(r.region() == null ? null : r.region().name());
            assertThat(row.<String>getAs("period")).isEqualTo(r.period() == null ? null : r.period().text());
            assertThat(row.<BigDecimal>getAs("value")).isEqualByComparingTo(r.quantity().value());
        }
        // one extractor for the default settings in this JVM (local mode: the executors are here)
        assertThat(Extractors.get(ExtractorSettings.DEFAULTS)).isSameAs(Extractors.get(ExtractorSettings.DEFAULTS));
    }

    @Test
    void settingsReachTheExecutorsAndBeansReadTheRows() {
        ExtractorSettings settings = ExtractorSettings.DEFAULTS.withYear(2020).withDefaultRegion("重庆市");
        Dataset<Row> one = articles.filter("id = 2");
        List<RecordBean> beans = ZhibiaoSpark.asBeans(ZhibiaoSpark.extract(one, "id", "text", settings))
                .collectAsList();
        List<Indicator> expected = IndicatorExtractor.builder().documentYear(2020).defaultRegion("重庆市").build()
                .extract(B);
        assertThat(beans).hasSize(expected.size()).isNotEmpty();
        for (int i = 0; i < beans.size(); i++) {
            RecordBean b = beans.get(i);
            Indicator r = expected.get(i);
            assertThat(b.getDoc()).isEqualTo("2");
            assertThat(b.getRegion()).isEqualTo(r.region() == null ? null : r.region().name());
            assertThat(b.getValue()).isEqualByComparingTo(r.quantity().value());
            assertThat(b.getPeriodStart()).isEqualTo(r.period() == null ? null : r.period().start());
            assertThat(b.getStart()).isEqualTo(r.span().start());
        }
    }

    @Test
    void theJobReadsADirectoryAndWritesJsonLines(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(dir.resolve("in/a.txt"), A);
        Files.writeString(in.resolve("b.txt"), B);
        Files.writeString(in.resolve("notes.md"), A); // not an article
        Path out = dir.resolve("out");
        long n = ExtractJob.run(spark, ExtractJob.parse(new String[] {
            "--year", "2020", "--region", "重庆市", dir.resolve("in").toString(), out.toString()}));
        IndicatorExtractor x = IndicatorExtractor.builder().documentYear(2020).defaultRegion("重庆市").build();
        assertThat(n).isEqualTo(x.extract(A).size() + x.extract(B).size());
        List<Row> back = spark.read().json(out.toString()).collectAsList();
        assertThat(back).hasSize((int) n);
        assertThat(back).extracting(r -> r.<String>getAs("doc")).allMatch(d -> d.endsWith("/a.txt") || d.endsWith("/b.txt"));
        assertThatThrownBy(() -> ExtractJob.parse(new String[] {"--format", "xml", "a", "b"}))
                .hasMessageContaining("json, parquet or csv");
        assertThatThrownBy(() -> ExtractJob.parse(new String[] {"a"})).hasMessageContaining("INPUT_DIR and OUTPUT_DIR");
    }

    @Test
    void missingColumnsAreNamed() {
        assertThatThrownBy(() -> ZhibiaoSpark.extract(articles, "id", "body"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("body").hasMessageContaining("text");
    }

    @Test
    void settingsSerializeAndValidate() throws Exception {
        ExtractorSettings s = ExtractorSettings.DEFAULTS.withYear(2021).withLexicon("extra.tsv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
            out.writeObject(new ExtractUdf(s));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(s);
            assertThat(in.readObject()).isInstanceOf(ExtractUdf.class);
        }
        assertThatThrownBy(() -> ExtractorSettings.DEFAULTS.withYear(1800)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExtractorSettings.DEFAULTS.withDefaultRegion(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
