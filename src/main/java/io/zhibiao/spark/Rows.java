package io.zhibiao.spark;

import io.zhibiao.Indicator;
import io.zhibiao.format.RecordFields;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Records as Spark rows: the JSONL contract's keys ({@link RecordFields}) as typed columns. */
final class Rows {
    /** Values and base values: Spark's default decimal, 20 digits before the point and 18 after (as a JavaBean's BigDecimal). */
    static final DecimalType DECIMAL = DataTypes.createDecimalType(38, 18);

    /** Every column of a record row, in the contract's order: its keys, then its extra keys. */
    static final StructType RECORD = recordSchema(true);

    /** The UDF's struct: the same without {@code doc} (the caller has the document at hand). */
    static final StructType UDF_STRUCT = recordSchema(false);

    private Rows() {
    }

    private static StructType recordSchema(boolean withDoc) {
        List<String> keys = new ArrayList<>(RecordFields.RECORD_KEYS);
        keys.addAll(RecordFields.EXTRA_KEYS);
        List<StructField> fields = new ArrayList<>();
        for (String k : keys) {
            if (k.equals("doc") && !withDoc) {
                continue;
            }
            fields.add(DataTypes.createStructField(k, typeOf(k), nullable(k)));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType typeOf(String key) {
        return switch (key) {
            case "value", "baseValue", "upper" -> DECIMAL;
            case "start", "end" -> DataTypes.IntegerType;
            case "periodStart", "periodEnd" -> DataTypes.DateType;
            default -> DataTypes.StringType;
        };
    }

    private static boolean nullable(String key) {
        return switch (key) {
            case "metric", "kind", "value", "qualifier", "evidence", "start", "end" -> false;
            default -> true;
        };
    }

    /**
     * One record as a row of {@code schema}.
     *
     * @param java8Dates dates as {@link LocalDate} (Spark's {@code spark.sql.datetime.java8API.enabled})
     *                   rather than {@link java.sql.Date}
     */
    static Row toRow(StructType schema, String doc, Indicator r, boolean java8Dates) {
        Map<String, Object> m = RecordFields.of(doc, r, false);
        StructField[] fields = schema.fields();
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Object v = m.get(fields[i].name());
            DataType t = fields[i].dataType();
            if (v == null) {
                values[i] = null;
            } else if (t == DataTypes.DateType) {
                LocalDate d = LocalDate.parse(v.toString());
                values[i] = java8Dates ? d : java.sql.Date.valueOf(d);
            } else if (t instanceof DecimalType) {
                values[i] = (BigDecimal) v;
            } else if (t == DataTypes.IntegerType) {
                values[i] = ((Number) v).intValue();
            } else {
                values[i] = v.toString();
            }
        }
        return RowFactory.create(values);
    }
}
