package io.zhibiao.panel;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups key-ordered statements into panel rows. The row's value is the one stated by the most
 * documents (a tie: the one of the first document in name order); {@code conflict} is true when the
 * documents state more than one value, and {@code disagreeing} lists the other values with their
 * sources.
 */
public final class PanelRows {
    /** Columns of a panel row, in order (CSV header, JSONL keys). */
    public static final List<String> COLUMNS = List.of("regionCode", "region", "metricId", "metricModifiers",
            "subject", "metric", "kind", "status", "basis", "period", "periodStart", "periodEnd", "value", "baseUnit", "documents",
            "statements", "conflict", "disagreeing", "provenance");

    /** Sources kept per value of a row (the counts stay exact). */
    public static final int MAX_SOURCES = 50;

    /** Where rows go. */
    public interface Sink {
        void row(Map<String, Object> row) throws IOException;
    }

    private final Sink sink;
    private String key;
    private Statement first;
    private final Map<BigDecimal, Group> values = new LinkedHashMap<>();
    private final Set<String> docs = new LinkedHashSet<>();
    private long statements;
    private long rows;

    PanelRows(Sink sink) {
        this.sink = sink;
    }

    /** One value's documents and sources. */
    private static final class Group {
        final BigDecimal value;
        final Set<String> docs = new LinkedHashSet<>();
        final List<Statement> sources = new ArrayList<>();
        long more;

        Group(BigDecimal value) {
            this.value = value;
        }
    }

    void accept(Statement s) throws IOException {
        String k = s.key();
        if (!k.equals(key)) {
            flush();
            key = k;
            first = s;
        }
        statements++;
        docs.add(s.doc());
        Group g = values.computeIfAbsent(s.value(), Group::new);
        g.docs.add(s.doc());
        if (g.sources.size() < MAX_SOURCES) {
            g.sources.add(s);
        } else {
            g.more++;
        }
    }

    long finish() throws IOException {
        flush();
        return rows;
    }

    private void flush() throws IOException {
        if (first == null) {
            return;
        }
        Group best = null;
        for (Group g : values.values()) {
            if (best == null || g.docs.size() > best.docs.size()) {
                best = g;
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("regionCode", first.regionCode());
        row.put("region", first.region());
        row.put("metricId", first.metricId());
        row.put("metricModifiers", first.modifiers());
        row.put("subject", first.subject());
        row.put("metric", first.metric());
        row.put("kind", first.kind());
        row.put("status", first.status());
        row.put("basis", first.basis());
        row.put("period", first.period());
        row.put("periodStart", first.periodStart());
        row.put("periodEnd", first.periodEnd());
        row.put("value", plain(best.value));
        row.put("baseUnit", first.baseUnit());
        row.put("documents", docs.size());
        row.put("statements", statements);
        row.put("conflict", values.size() > 1);
        List<Map<String, Object>> disagreeing = new ArrayList<>();
        for (Group g : values.values()) {
            if (g != best) {
                disagreeing.addAll(sources(g));
            }
        }
        row.put("disagreeing", disagreeing);
        row.put("provenance", sources(best));
        sink.row(row);
        rows++;
        first = null;
        values.clear();
        docs.clear();
        statements = 0;
    }

    private static List<Map<String, Object>> sources(Group g) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Statement s : g.sources) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", plain(g.value));
            m.put("doc", s.doc());
            m.put("start", s.start());
            m.put("end", s.end());
            out.add(m);
        }
        if (g.more > 0) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", plain(g.value));
            m.put("more", g.more);
            out.add(m);
        }
        return out;
    }

    /** A source list as one CSV cell: {@code value doc@start-end; …} ({@code +N more} when cut). */
    public static String cell(List<Map<String, Object>> sources) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> m : sources) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(m.get("value")).append(' ');
            if (m.containsKey("more")) {
                sb.append('+').append(m.get("more")).append(" more");
            } else {
                sb.append(m.get("doc")).append('@').append(m.get("start")).append('-').append(m.get("end"));
            }
        }
        return sb.toString();
    }

    private static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
