package io.zhibiao.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * A ready Spark application: every {@code *.txt} file under a directory (recursively) is one
 * article; its records are written as JSON lines (the JSONL contract's keys, {@code doc} being the
 * file's URI), Parquet or CSV. See docs/spark.md.
 *
 * <pre>
 * spark-submit --class io.zhibiao.spark.ExtractJob zhibiao.jar [options] INPUT_DIR OUTPUT_DIR
 *   --format json|parquet|csv   output format (default json: one record a line)
 *   --year N                    publication year of the articles
 *   --region NAME               default region (the publisher's), e.g. 重庆市
 *   --lexicon FILE              extra lexicon file, readable on every executor (repeatable)
 *   --partitions N              repartition the articles first (default: as read)
 * </pre>
 *
 * The output directory must not exist. Exit code 2 on a usage error.
 */
public final class ExtractJob {
    private ExtractJob() {
    }

    /** What the command line asks for. */
    record Args(String input, String output, String format, ExtractorSettings settings, int partitions) {
    }

    /**
     * Runs the job in the session {@code spark-submit} gives (or a local one).
     *
     * @param args the command line: options, then INPUT_DIR and OUTPUT_DIR
     */
    public static void main(String[] args) {
        Args a;
        try {
            a = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("zhibiao ExtractJob: " + e.getMessage());
            System.err.println("usage: ExtractJob [--format json|parquet|csv] [--year N] [--region NAME]"
                    + " [--lexicon FILE]... [--partitions N] INPUT_DIR OUTPUT_DIR");
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("zhibiao extract").getOrCreate();
        try {
            long n = run(spark, a);
            System.out.println("zhibiao: " + n + " records written to " + a.output());
        } finally {
            spark.stop();
        }
    }

    static Args parse(String[] args) {
        String format = "json";
        ExtractorSettings settings = ExtractorSettings.DEFAULTS;
        int partitions = 0;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--format" -> format = v.toLowerCase(Locale.ROOT);
                    case "--year" -> settings = settings.withYear(number(a, v));
                    case "--region" -> settings = settings.withDefaultRegion(v);
                    case "--lexicon" -> settings = settings.withLexicon(v);
                    case "--partitions" -> partitions = number(a, v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            } else {
                positional.add(a);
            }
        }
        if (!List.of("json", "parquet", "csv").contains(format)) {
            throw new IllegalArgumentException("--format must be json, parquet or csv, not " + format);
        }
        if (positional.size() != 2) {
            throw new IllegalArgumentException("give INPUT_DIR and OUTPUT_DIR");
        }
        return new Args(positional.get(0), positional.get(1), format, settings, partitions);
    }

    private static int number(String option, String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + v);
        }
    }

    /** Reads the articles, extracts, writes; returns the number of records written. */
    static long run(SparkSession spark, Args a) {
        Dataset<Row> articles = spark.read()
                .option("wholetext", "true")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", "*.txt")
                .text(a.input())
                .withColumn("id", functions.input_file_name());
        if (a.partitions() > 0) {
            articles = articles.repartition(a.partitions());
        }
        Dataset<Row> records = ZhibiaoSpark.extract(articles, "id", "value", a.settings()).cache();
        try {
            records.write().mode(SaveMode.ErrorIfExists)
                    .option("header", "true") // csv: a header line
                    .option("ignoreNullFields", "false") // json: every key of the contract on every line
                    .format(a.format()).save(a.output());
            return records.count();
        } finally {
            records.unpersist();
        }
    }
}
