package io.zhibiao.spark;

import io.zhibiao.IndicatorExtractor;
import io.zhibiao.Indicator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * The partition function behind {@link ZhibiaoSpark#extract(org.apache.spark.sql.Dataset, String,
 * String)}: reads rows of (document id, text) and gives one row per record, with the columns of
 * {@link ZhibiaoSpark#recordSchema()}. Records are produced lazily, one document at a time, so a
 * partition is never held in memory. Use it directly with
 * {@code dataset.mapPartitions(new ExtractPartitions(...), Encoders.row(ZhibiaoSpark.recordSchema()))}
 * when the input has the id in column 0 and the text in column 1.
 */
public final class ExtractPartitions implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final ExtractorSettings settings;
    private final boolean java8Dates;

    /**
     * @param settings   how the executors build their extractor
     * @param java8Dates write dates as {@code java.time.LocalDate} (when the session has
     *                   {@code spark.sql.datetime.java8API.enabled}) instead of {@code java.sql.Date}
     */
    public ExtractPartitions(ExtractorSettings settings, boolean java8Dates) {
        this.settings = settings == null ? ExtractorSettings.DEFAULTS : settings;
        this.java8Dates = java8Dates;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        IndicatorExtractor extractor = Extractors.get(settings);
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && input.hasNext()) {
                    current = extract(extractor, input.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private List<Row> extract(IndicatorExtractor extractor, Row article) {
        String id = article.isNullAt(0) ? null : article.get(0).toString();
        String text = article.isNullAt(1) ? null : article.get(1).toString();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Indicator> records;
        try {
            records = extractor.extract(text);
        } catch (RuntimeException e) {
            throw new IllegalStateException("zhibiao: document " + id + ": " + e.getMessage(), e);
        }
        List<Row> rows = new ArrayList<>(records.size());
        for (Indicator r : records) {
            rows.add(Rows.toRow(Rows.RECORD, id, r, java8Dates));
        }
        return rows;
    }
}
