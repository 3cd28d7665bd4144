package io.zhibiao.render;

import io.zhibiao.Indicator;
import io.zhibiao.format.RecordFields;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record to draw: its position in the list, its evidence span and its fields (the JSONL
 * contract's keys, {@link RecordFields}). Made from an {@link Indicator}, or from one line of
 * {@code extract --format jsonl} output (displaCy's {@code manual=True} idea: text plus spans, no
 * pipeline needed).
 *
 * @param index         the record's number in the report (0-based, as {@code data-r} carries it)
 * @param start         first UTF-16 offset of the evidence in the original text, or -1 if unknown
 * @param end           offset after the evidence (half-open), or -1 if unknown
 * @param fields        the record's keys and values in contract order (unmodifiable)
 * @param regionMention the words the region was resolved from, or {@code null} (JSONL has none;
 *                      the region's name and short forms are then looked for)
 */
public record RenderRecord(int index, int start, int end, Map<String, Object> fields, String regionMention) {

    /**
     * Copies {@code fields}, keeping their order.
     *
     * @param index         the record's number in the report
     * @param start         first UTF-16 offset of the evidence, or -1
     * @param end           offset after the evidence, or -1
     * @param fields        the record's keys and values
     * @param regionMention the words the region was resolved from, or {@code null}
     */
    public RenderRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
    }

    /**
     * A record of the extractor.
     *
     * @param index the record's number in the report
     * @param doc   the document id to show, or {@code null}
     * @param r     the record
     * @return the record to draw
     */
    public static RenderRecord of(int index, String doc, Indicator r) {
        Map<String, Object> fields = RecordFields.of(doc, r, false);
        if (r.explanation() != null) {
            fields = new java.util.LinkedHashMap<>(fields);
            fields.put("explanation", RecordFields.tree(r.explanation())); // the tooltip draws the tree
        }
        return new RenderRecord(index, r.span().start(), r.span().end(), fields,
                r.region() == null ? null : r.region().mention());
    }

    /**
     * A record read from JSON (one line of {@code extract --format jsonl}): {@code start} and
     * {@code end} are whole numbers, or missing (the record is then listed but not highlighted).
     *
     * @param index  the record's number in the report
     * @param fields the JSON object's keys and values
     * @return the record to draw
     */
    public static RenderRecord fromJson(int index, Map<String, Object> fields) {
        return new RenderRecord(index, offset(fields.get("start")), offset(fields.get("end")), fields, null);
    }

    private static int offset(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            long l = ((Number) v).longValue();
            return l < 0 || l > Integer.MAX_VALUE ? -1 : (int) l;
        }
        return -1;
    }

    /**
     * The value of a field as text, or {@code null}.
     *
     * @param key a contract key ({@code region}, {@code metric}, {@code value} …)
     * @return the value as a string, numbers without exponent
     */
    public String field(String key) {
        Object v = fields.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof java.math.BigDecimal d) {
            return RecordFields.plain(d).toPlainString();
        }
        if (v instanceof Double || v instanceof Float) {
            return RecordFields.plain(new java.math.BigDecimal(v.toString())).toPlainString();
        }
        return v.toString();
    }

    /**
     * True when the span lies inside a text of {@code length} chars and is not empty.
     *
     * @param length the text's length in UTF-16 chars
     * @return whether this record can be highlighted
     */
    public boolean hasValidSpan(int length) {
        return start >= 0 && start < end && end <= length;
    }
}
