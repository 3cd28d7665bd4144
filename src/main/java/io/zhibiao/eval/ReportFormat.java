package io.zhibiao.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.zhibiao.format.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an {@link EvalReport}: a text table (one line per document, a total line, then a
 * three-line summary that always ends the output), the miss list, the error summary, and JSON.
 * Figures print with three decimals; a figure without a denominator prints as {@code -} (JSON
 * null).
 */
public final class ReportFormat {
    static final List<String> COLUMNS = List.of("doc", "gold", "opt", "pred", "strictP", "strictR", "strictF1",
            "valueP", "valueR", "valueF1", "region", "metric", "qualifier", "period", "basis", "status");

    private ReportFormat() {
    }

    // ------------------------------------------------------------------ text

    /** The per-document table, a TOTAL line and the three summary lines. */
    public static String table(EvalReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(COLUMNS.toArray(new String[0]));
        for (DocumentScore d : report.documents()) {
            rows.add(row(d.doc(), d.counts()));
        }
        rows.add(row("TOTAL", report.totals()));
        int[] widths = new int[COLUMNS.size()];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], width(r[i]));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String pad = " ".repeat(widths[i] - width(r[i]));
                if (i == 0) {
                    line.append(r[i]).append(pad);
                } else {
                    line.append("  ").append(pad).append(r[i]);
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        sb.append(summary(report));
        return sb.toString();
    }

    private static String[] row(String doc, Counts c) {
        return new String[] {
            GoldRecord.display(doc), Integer.toString(c.gold()), Integer.toString(c.optionalGold()), Integer.toString(c.predicted()),
            fmt(c.strict().precision()), fmt(c.strict().recall()), fmt(c.strict().f1()),
            fmt(c.value().precision()), fmt(c.value().recall()), fmt(c.value().f1()),
            fmt(c.regionAccuracy()), fmt(c.metricAccuracy()),
            fmt(c.qualifierAccuracy()), fmt(c.periodAccuracy()), fmt(c.basisAccuracy()), fmt(c.statusAccuracy())
        };
    }

    /** Exactly three lines: strict, value, accuracies with the totals' sizes. */
    public static String summary(EvalReport report) {
        Counts c = report.totals();
        Prf s = c.strict();
        Prf v = c.value();
        return String.format(Locale.ROOT, "strict  P %s  R %s  F1 %s  (tp %d, fp %d, fn %d)\n",
                fmt(s.precision()), fmt(s.recall()), fmt(s.f1()), s.tp(), s.fp(), s.fn())
                + String.format(Locale.ROOT, "value   P %s  R %s  F1 %s  (tp %d, fp %d, fn %d)\n",
                fmt(v.precision()), fmt(v.recall()), fmt(v.f1()), v.tp(), v.fp(), v.fn())
                + String.format(Locale.ROOT,
                "region %s  metric %s  qualifier %s  period %s  basis %s  status %s  (%d docs, %d gold + %d optional, %d predicted)  %s\n",
                fmt(c.regionAccuracy()), fmt(c.metricAccuracy()), fmt(c.qualifierAccuracy()),
                fmt(c.periodAccuracy()), fmt(c.basisAccuracy()), fmt(c.statusAccuracy()),
                report.documents().size(), c.gold(), c.optionalGold(), c.predicted(), MetricIdScore.of(report).line()
                        + "  " + SubjectScore.of(report).line())
                .replace("  (", c.datesGold() == 0 ? "  (" : String.format(Locale.ROOT, "  dates %s of %d  (",
                        fmt(c.datesAccuracy()), c.datesGold()));
    }

    /** Every miss and attribute error, document by document. */
    public static String misses(EvalReport report) {
        StringBuilder sb = new StringBuilder();
        for (DocumentScore d : report.documents()) {
            long missed = d.misses().stream().filter(m -> m.type() != Miss.Type.SPURIOUS).count();
            long spurious = d.misses().stream().filter(m -> m.type() == Miss.Type.SPURIOUS).count();
            List<Match> attrs = d.attributeErrors();
            sb.append("== ").append(d.doc()).append(": ").append(missed).append(" missed or mismatched, ")
                    .append(spurious).append(" spurious, ").append(attrs.size()).append(" with attribute errors\n");
            for (Miss m : d.misses()) {
                switch (m.type()) {
                    case MISMATCH -> {
                        line(sb, "missed", "g", m.goldIndex(), m.gold());
                        line(sb, "  vs", "p", m.predictedIndex(), m.predicted());
                    }
                    case MISSED -> {
                        line(sb, "missed", "g", m.goldIndex(), m.gold());
                        if (m.nearest() != null) {
                            line(sb, "  nearest", "p", -1, m.nearest());
                        }
                    }
                    case SPURIOUS -> {
                        line(sb, "spurious", "p", m.predictedIndex(), m.predicted());
                        if (m.gold() != null) {
                            line(sb, "  vs", "g", m.goldIndex(), m.gold());
                        } else if (m.nearest() != null) {
                            line(sb, "  nearest", "g", -1, m.nearest());
                        }
                    }
                    default -> throw new IllegalStateException();
                }
                sb.append(String.format(Locale.ROOT, "  %-10s %s: %s\n", "why", m.reason().label(),
                    GoldRecord.display(m.why())));
            }
            for (Match a : attrs) {
                line(sb, "attribute", "g", a.goldIndex(), a.gold());
                line(sb, "  vs", "p", a.predictedIndex(), a.predicted());
                sb.append(String.format(Locale.ROOT, "  %-10s %s\n", "why", String.join("; ", attributeDiffs(a))));
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String side, int index, GoldRecord r) {
        String id = index >= 0 ? side + "#" + index : side;
        sb.append(String.format(Locale.ROOT, "%-12s %-5s %s\n", label, id, r.brief()));
        if (r.evidence() != null) {
            sb.append(String.format(Locale.ROOT, "%-12s %-5s 「%s」\n", "", "",
                    GoldRecord.display(r.evidence())));
        }
    }

    /** "period: gold 上半年, predicted (none)" for each wrong attribute of a strict match. */
    static List<String> attributeDiffs(Match a) {
        List<String> out = new ArrayList<>();
        GoldRecord g = a.gold();
        GoldRecord p = a.predicted();
        if (!a.qualifierRight()) {
            out.add("qualifier wrong: gold " + g.qualifier() + ", predicted " + p.qualifier());
        }
        if (!a.periodRight()) {
            out.add("period wrong: gold " + none(g.period()) + ", predicted " + none(p.period()));
        }
        if (!a.basisRight()) {
            out.add("basis wrong: gold " + none(g.basis()) + ", predicted " + none(p.basis()));
        }
        if (!a.statusRight()) {
            out.add("status wrong: gold " + none(g.status()) + ", predicted " + none(p.status()));
        }
        return out;
    }

    private static String none(Object o) {
        return o == null ? "(none)" : o.toString();
    }

    /** The error summary: errors by reason over all documents, fixed order, zeros included. */
    public static String errors(EvalReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append("errors by reason (").append(report.documents().size()).append(" documents):\n");
        Map<String, Integer> counts = report.errorCounts();
        int w = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String note = DocumentScore.ATTRIBUTE_ERRORS.contains(e.getKey()) ? "  (on strict matches)" : "";
            sb.append(String.format(Locale.ROOT, "  %-" + w + "s %6d%s\n", e.getKey(), e.getValue(), note));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ JSON

    /** The report as an ordered map: documents, total, macro, errors, problems. */
    public static Map<String, Object> toMap(EvalReport report, boolean withMisses) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Object> docs = new ArrayList<>();
        for (DocumentScore d : report.documents()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("doc", d.doc());
            dm.putAll(figures(d.counts()));
            dm.put("errors", d.errorCounts());
            if (withMisses) {
                dm.put("misses", missMaps(d));
                dm.put("attributeErrors", attributeMaps(d));
            }
            docs.add(dm);
        }
        m.put("documents", docs);
        m.put("total", figures(report.totals()));
        MetricIdScore ids = MetricIdScore.of(report);
        Map<String, Object> idm = new LinkedHashMap<>();
        idm.put("strict", ids.strict());
        idm.put("withId", ids.withId());
        idm.put("coverage", round(ids.coverage()));
        idm.put("annotated", ids.annotated());
        idm.put("equal", ids.equal());
        idm.put("accuracy", round(ids.accuracy()));
        m.put("metricId", idm);
        SubjectScore subjects = SubjectScore.of(report);
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("strict", subjects.strict());
        sm.put("gold", subjects.gold());
        sm.put("predicted", subjects.predicted());
        sm.put("equal", subjects.equal());
        sm.put("precision", round(subjects.precision()));
        sm.put("recall", round(subjects.recall()));
        m.put("subject", sm);
        Map<String, Object> macro = new LinkedHashMap<>();
        macro.put("strictF1", round(report.macroStrictF1()));
        macro.put("valueF1", round(report.macroValueF1()));
        m.put("macro", macro);
        m.put("errors", report.errorCounts());
        List<Object> problems = new ArrayList<>();
        for (Problem p : report.problems()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("path", p.path());
            pm.put("reason", p.reason());
            problems.add(pm);
        }
        m.put("problems", problems);
        return m;
    }

    /** The report as pretty JSON text, with a trailing newline. */
    public static String json(EvalReport report, boolean withMisses) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toMap(report, withMisses)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static Map<String, Object> figures(Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gold", c.gold());
        m.put("optionalGold", c.optionalGold());
        m.put("predicted", c.predicted());
        m.put("strict", prf(c.strict(), c.strictIgnored()));
        m.put("value", prf(c.value(), c.valueIgnored()));
        m.put("region", accuracy(c.regionRight(), c.valueTp(), c.regionAccuracy()));
        m.put("metric", accuracy(c.metricRight(), c.valueTp(), c.metricAccuracy()));
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("qualifier", accuracy(c.qualifierRight(), c.strictTp(), c.qualifierAccuracy()));
        attrs.put("period", accuracy(c.periodRight(), c.strictTp(), c.periodAccuracy()));
        attrs.put("basis", accuracy(c.basisRight(), c.strictTp(), c.basisAccuracy()));
        attrs.put("status", accuracy(c.statusRight(), c.strictTp(), c.statusAccuracy()));
        m.put("attributes", attrs);
        return m;
    }

    private static Map<String, Object> prf(Prf p, int ignored) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(p.precision()));
        m.put("recall", round(p.recall()));
        m.put("f1", round(p.f1()));
        m.put("tp", p.tp());
        m.put("fp", p.fp());
        m.put("fn", p.fn());
        m.put("ignored", ignored);
        return m;
    }

    private static Map<String, Object> accuracy(int right, int of, Double acc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accuracy", round(acc));
        m.put("right", right);
        m.put("of", of);
        return m;
    }

    private static List<Object> missMaps(DocumentScore d) {
        List<Object> out = new ArrayList<>();
        for (Miss x : d.misses()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", x.type().name().toLowerCase(Locale.ROOT));
            m.put("reason", x.reason().label());
            m.put("why", x.why());
            m.put("gold", indexed(x.goldIndex(), x.gold()));
            m.put("predicted", indexed(x.predictedIndex(), x.predicted()));
            m.put("nearest", x.nearest() == null ? null : GoldFormat.toMap(x.nearest()));
            out.add(m);
        }
        return out;
    }

    private static List<Object> attributeMaps(DocumentScore d) {
        List<Object> out = new ArrayList<>();
        for (Match a : d.attributeErrors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("why", attributeDiffs(a));
            m.put("gold", indexed(a.goldIndex(), a.gold()));
            m.put("predicted", indexed(a.predictedIndex(), a.predicted()));
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> indexed(int index, GoldRecord r) {
        if (r == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", index);
        m.putAll(GoldFormat.toMap(r));
        return m;
    }

    // ------------------------------------------------------------------ helpers

    static String fmt(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static BigDecimal round(Double d) {
        return d == null ? null : BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Terminal width: wide (CJK, full-width) chars count two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean wide = c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
                    || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
                    || (c >= 0xffe0 && c <= 0xffe6));
            w += wide ? 2 : 1;
        }
        return w;
    }
}
