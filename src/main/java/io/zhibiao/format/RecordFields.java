package io.zhibiao.format;

import io.zhibiao.Indicator;
import io.zhibiao.Period;
import io.zhibiao.QuantityMention;
import io.zhibiao.Region;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSONL contract: a record as an ordered map of the documented keys. Later versions may add
 * keys, never rename these. The same keys, in the same order, are the CSV columns.
 */
public final class RecordFields {
    /** Keys of a record, in output order. */
    public static final List<String> RECORD_KEYS = List.of(
            "doc", "region", "regionCode", "metric", "metricId", "subject", "kind", "value", "unit",
            "baseValue", "baseUnit", "qualifier", "period", "basis", "status", "scope", "evidence", "start", "end");

    /**
     * Extra keys written after the contract's (periodStart/periodEnd when resolved, upper for ranges,
     * metricModifiers of the taxonomy, dateSource where the dates come from).
     */
    public static final List<String> EXTRA_KEYS = List.of("regionLevel", "periodStart", "periodEnd", "upper",
            "metricModifiers", "dateSource");

    /**
     * Every key of a record, in output order: {@link #RECORD_KEYS} then {@link #EXTRA_KEYS}. The CSV
     * columns of {@code extract} (always all of them, whatever the input) and the Spark columns.
     */
    public static final List<String> ALL_KEYS = java.util.stream.Stream.concat(RECORD_KEYS.stream(),
            EXTRA_KEYS.stream()).toList();

    /**
     * Decimal places of the values written ({@link #plain}): a value that does not terminate
     * (六分之一 → 16.666…) is rounded half-even to this many; numbers as written never have more.
     * The Java API ({@link io.zhibiao.Quantity#value()}) keeps the exact {@code BigDecimal}.
     */
    public static final int DECIMALS = 6;

    /** Significant digits a value below 10^-{@link #DECIMALS} keeps (so that it is never written as 0). */
    public static final int SIGNIFICANT = 6;

    /** Keys of a quantity mention. */
    public static final List<String> QUANTITY_KEYS = List.of(
            "doc", "text", "value", "unit", "qualifier", "type", "baseValue", "baseUnit", "upper", "start", "end");

    private RecordFields() {
    }

    public static Map<String, Object> of(String doc, Indicator r, boolean explain) {
        Map<String, Object> m = new LinkedHashMap<>();
        Region region = r.region();
        m.put("doc", doc);
        m.put("region", region == null ? null : region.name());
        m.put("regionCode", region == null ? null : region.code());
        m.put("metric", r.metric().mention());
        m.put("metricId", r.metric().id());
        m.put("subject", r.subject());
        m.put("kind", r.kind().name());
        m.put("value", plain(r.quantity().value()));
        m.put("unit", r.quantity().unit());
        m.put("baseValue", plain(r.quantity().baseValue()));
        m.put("baseUnit", r.quantity().baseUnit());
        m.put("qualifier", r.qualifier().name());
        Period p = r.period();
        m.put("period", p == null ? null : p.text());
        m.put("basis", r.basis());
        m.put("status", r.status() == null ? null : r.status().name());
        m.put("scope", r.scope());
        m.put("evidence", r.evidence());
        m.put("start", r.span().start());
        m.put("end", r.span().end());
        m.put("regionLevel", region == null ? null : region.level().name());
        m.put("periodStart", p == null || p.start() == null ? null : p.start().toString());
        m.put("periodEnd", p == null || p.end() == null ? null : p.end().toString());
        m.put("upper", plain(r.quantity().upper()));
        m.put("metricModifiers", r.metric().modifiersText());
        m.put("dateSource", p == null || p.dateSource() == null ? null : p.dateSource().key());
        if (explain) {
            m.put("trace", r.trace());
            if (r.explanation() != null) {
                m.put("explanation", tree(r.explanation()));
            }
        }
        return m;
    }

    /** An explanation node as JSON: slot, value, start/end (when read from one place), rules, children. */
    public static Map<String, Object> tree(io.zhibiao.Explanation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slot", e.slot());
        if (e.value() != null) {
            m.put("value", e.value());
        }
        if (e.span() != null) {
            m.put("start", e.span().start());
            m.put("end", e.span().end());
        }
        if (!e.rules().isEmpty()) {
            m.put("rules", e.rules());
        }
        if (!e.children().isEmpty()) {
            java.util.List<Map<String, Object>> cs = new java.util.ArrayList<>();
            for (io.zhibiao.Explanation c : e.children()) {
                cs.add(tree(c));
            }
            m.put("children", cs);
        }
        return m;
    }

    public static Map<String, Object> of(String doc, QuantityMention q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", doc);
        m.put("text", q.text());
        m.put("value", plain(q.quantity().value()));
        m.put("unit", q.quantity().unit());
        m.put("qualifier", q.qualifier().name());
        m.put("type", q.type().name());
        m.put("baseValue", plain(q.quantity().baseValue()));
        m.put("baseUnit", q.quantity().baseUnit());
        m.put("upper", plain(q.quantity().upper()));
        m.put("start", q.span().start());
        m.put("end", q.span().end());
        return m;
    }

    /**
     * A decimal as written out: at most {@link #DECIMALS} decimal places (16.666666666… →
     * 16.666667) unless that would leave fewer than {@link #SIGNIFICANT} significant digits of a
     * tiny value (0.000000123456789 → 0.000000123457), no exponent, no trailing zeros
     * (6.174E+10 → 61740000000, 12.30 → 12.3).
     */
    public static BigDecimal plain(BigDecimal d) {
        if (d == null) {
            return null;
        }
        // DECIMALS places, or more where that keeps SIGNIFICANT digits of a tiny value (never rounded to 0)
        int scale = Math.max(DECIMALS, d.scale() - d.precision() + SIGNIFICANT);
        BigDecimal s = (d.scale() > scale ? d.setScale(scale, java.math.RoundingMode.HALF_EVEN) : d)
                .stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
