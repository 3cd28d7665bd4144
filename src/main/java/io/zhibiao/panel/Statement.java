package io.zhibiao.panel;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One record as the panel sees it: its key parts, its value in the base unit and where it is.
 *
 * @param value      the record's {@code baseValue}, or its {@code value} when it has no unit
 * @param subject    the record's subject (a firm, project, park), or null
 * @param subjectKey the subject part of the key: the subject; for a measure of a subject
 *                   ({@link io.zhibiao.lexicon.MetricTaxonomy#subjectMeasures}) without one, the
 *                   statement's own source (an unnamed firm is no other firm); else empty
 */
record Statement(String regionCode, String region, String metricId, String modifiers, String subject,
        String subjectKey, String metric, String kind,
        String status, String basis, String period, String periodStart, String periodEnd, String year, BigDecimal value,
        String baseUnit, String doc, int start, int end) {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");

    /** Bases that all mean "the same period a year earlier", the default of a bare 增长. */
    private static final Pattern YEAR_ON_YEAR = Pattern.compile("同比|(比|较|与)上年(同期)?(相比)?|比去年(同期)?");

    /** The row key: region code, metric id, modifiers, subject, period, kind, status, basis, base unit. */
    String key() {
        String periodKey = periodStart != null || periodEnd != null
                ? "D" + nz(periodStart) + ".." + nz(periodEnd)
                : "T" + nz(period) + "@" + nz(year);
        return String.join("\u001f", regionCode, metricId, nz(modifiers), nz(subjectKey), periodKey, kind, nz(status), nz(basis),
                nz(baseUnit));
    }

    /**
     * A record of the JSONL contract as a statement, or null when it cannot join a panel: no
     * regionCode, no metricId or no number.
     *
     * @param year             the year to key an undated period with when its text has none, or null
     * @param subjectMeasures  the ids that measure a record's subject
     */
    static Statement of(Map<String, Object> r, Integer year, java.util.Set<String> subjectMeasures) {
        String code = str(r.get("regionCode"));
        String id = str(r.get("metricId"));
        BigDecimal v = number(r.get("baseValue"));
        if (v == null) {
            v = number(r.get("value"));
        }
        String kind = str(r.get("kind"));
        if (code == null || id == null || v == null || kind == null) {
            return null;
        }
        String period = str(r.get("period"));
        String y = null;
        if (period != null) {
            Matcher m = YEAR.matcher(period);
            if (m.find()) {
                y = m.group(1);
            }
        }
        if (y == null && year != null) {
            y = year.toString();
        }
        String subject = str(r.get("subject"));
        String doc = nz(str(r.get("doc")));
        int start = integer(r.get("start"));
        String subjectKey = subject != null ? subject
                : subjectMeasures.contains(id) ? "\u0000" + doc + "@" + start : null;
        return new Statement(code, str(r.get("region")), id, str(r.get("metricModifiers")), subject, subjectKey,
                str(r.get("metric")), kind,
                str(r.get("status")), basis(str(r.get("basis"))), period, str(r.get("periodStart")), str(r.get("periodEnd")), y,
                v.stripTrailingZeros(), str(r.get("baseUnit")), doc, start, integer(r.get("end")));
    }

    /** The statement as a map for the spill files (read back by {@link #fromMap}). */
    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regionCode", regionCode);
        m.put("region", region);
        m.put("metricId", metricId);
        m.put("metricModifiers", modifiers);
        m.put("subject", subject);
        m.put("subjectKey", subjectKey);
        m.put("metric", metric);
        m.put("kind", kind);
        m.put("status", status);
        m.put("basis", basis);
        m.put("period", period);
        m.put("periodStart", periodStart);
        m.put("periodEnd", periodEnd);
        m.put("year", year);
        m.put("value", value.toPlainString());
        m.put("baseUnit", baseUnit);
        m.put("doc", doc);
        m.put("start", start);
        m.put("end", end);
        return m;
    }

    static Statement fromMap(Map<String, Object> m) {
        return new Statement(str(m.get("regionCode")), str(m.get("region")), str(m.get("metricId")),
                str(m.get("metricModifiers")), str(m.get("subject")), str(m.get("subjectKey")), str(m.get("metric")), str(m.get("kind")), str(m.get("status")),
                str(m.get("basis")), str(m.get("period")), str(m.get("periodStart")), str(m.get("periodEnd")), str(m.get("year")),
                new BigDecimal(m.get("value").toString()), str(m.get("baseUnit")), nz(str(m.get("doc"))),
                integer(m.get("start")), integer(m.get("end")));
    }

    /** A basis for the key: null for year-on-year (同比, 比上年同期, unsaid), else as written. */
    static String basis(String b) {
        return b == null || YEAR_ON_YEAR.matcher(b).matches() ? null : b;
    }

    /** Order inside a key: document, then offset (the first statement names the row). */
    static int compareSource(Statement a, Statement b) {
        int c = a.doc.compareTo(b.doc);
        return c != 0 ? c : Integer.compare(a.start, b.start);
    }

    String source() {
        return doc + "@" + start + "-" + end;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String str(Object o) {
        if (o == null) {
            return null;
        }
        String s = o.toString();
        return s.isEmpty() ? null : s;
    }

    private static BigDecimal number(Object o) {
        if (o == null || o.toString().isEmpty()) {
            return null;
        }
        try {
            return o instanceof BigDecimal d ? d : new BigDecimal(o.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int integer(Object o) {
        if (o == null || o.toString().isEmpty()) {
            return -1;
        }
        try {
            return o instanceof Number n ? n.intValue() : Integer.parseInt(o.toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

}
