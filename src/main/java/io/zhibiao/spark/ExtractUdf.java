package io.zhibiao.spark;

import io.zhibiao.Indicator;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;

/**
 * The {@code zhibiao_extract(text)} SQL function: the records of one text as an array of structs
 * (the JSONL contract's columns but {@code doc}; see {@link ZhibiaoSpark#udfReturnType()}). A
 * null or blank text gives an empty array.
 *
 * <p>Register it with {@link ZhibiaoSpark#registerUdf(org.apache.spark.sql.SparkSession)}, or from
 * PySpark by class name (the public no-argument constructor uses the default settings):
 *
 * <pre>{@code
 * spark.udf.registerJavaFunction("zhibiao_extract", "io.zhibiao.spark.ExtractUdf",
 *                                spark._jvm.io.zhibiao.spark.ZhibiaoSpark.udfReturnTypeDdl())
 * }</pre>
 *
 * <p>Only the settings are serialized; each executor JVM builds its extractor once.
 */
public final class ExtractUdf implements UDF1<String, List<Row>> {
    private static final long serialVersionUID = 1L;

    private final ExtractorSettings settings;

    /** With {@link ExtractorSettings#DEFAULTS} (what PySpark's {@code registerJavaFunction} calls). */
    public ExtractUdf() {
        this(ExtractorSettings.DEFAULTS);
    }

    /**
     * With the given extractor settings.
     *
     * @param settings how the executors build their extractor ({@code null}: the defaults)
     */
    public ExtractUdf(ExtractorSettings settings) {
        this.settings = settings == null ? ExtractorSettings.DEFAULTS : settings;
    }

    @Override
    public List<Row> call(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Indicator> records = Extractors.get(settings).extract(text);
        List<Row> rows = new ArrayList<>(records.size());
        for (Indicator r : records) {
            // the converter of a UDF's result accepts both date classes
            rows.add(Rows.toRow(Rows.UDF_STRUCT, null, r, false));
        }
        return rows;
    }
}
