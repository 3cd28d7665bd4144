package io.zhibiao.eval;

import java.time.LocalDate;

import io.zhibiao.Indicator;
import io.zhibiao.Kind;
import io.zhibiao.Qualifier;
import io.zhibiao.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One record of a gold file (docs/annotation.md, sections 2 and 4), or a predicted record in the
 * same shape (see {@link #of(Indicator)}): what the scorer compares.
 *
 * @param region    canonical full name of the place, or {@code null}
 * @param metric    what is measured, as the text names it; never blank
 * @param subject   a firm, project, park or industry inside the region, or {@code null}
 * @param kind      the kind of fact
 * @param value     the number, signed for changes; magnitudes stay in the unit (617.4, 亿元)
 * @param unit      the unit as written with its magnitude, or {@code null} (always for RANK)
 * @param scope     for RANK: the ranking area (全市), else {@code null}
 * @param qualifier how exactly the number is stated (a gold file may leave it out: EXACT)
 * @param period    the period as written, or {@code null}
 * @param basis     what a change is against, as written, or {@code null}
 * @param status    TARGET or FORECAST, or {@code null} for a plain fact
 * @param evidence  the clause the record comes from, or {@code null}
 * @param optional  true for a gold record that a careful reader could argue either way: neither
 *                  rewarded nor punished
 * @param metricId  the taxonomy id of the metric, or {@code null} (none, or not annotated)
 * @param metricIdGiven true when the gold file states {@code metricId} (null included), and for predictions
 * @param periodStart first day of the period, or {@code null} (gold files may leave dates out)
 * @param periodEnd   last day of the period, or {@code null}
 */
public record GoldRecord(
        String region,
        String metric,
        String subject,
        Kind kind,
        BigDecimal value,
        String unit,
        String scope,
        Qualifier qualifier,
        String period,
        String basis,
        Status status,
        String evidence,
        boolean optional,
        String metricId,
        boolean metricIdGiven,
        LocalDate periodStart,
        LocalDate periodEnd) {

    /** A record with a metric id annotation and no dates. */
    public GoldRecord(String region, String metric, String subject, Kind kind, BigDecimal value, String unit,
            String scope, Qualifier qualifier, String period, String basis, Status status, String evidence,
            boolean optional, String metricId, boolean metricIdGiven) {
        this(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status, evidence, optional,
                metricId, metricIdGiven, null, null);
    }

    /** A record with dates and no metric id annotation. */
    public GoldRecord(String region, String metric, String subject, Kind kind, BigDecimal value, String unit,
            String scope, Qualifier qualifier, String period, String basis, Status status, String evidence,
            boolean optional, LocalDate periodStart, LocalDate periodEnd) {
        this(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status, evidence, optional,
                null, false, periodStart, periodEnd);
    }

    public GoldRecord {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (qualifier == null) {
            qualifier = Qualifier.EXACT;
        }
    }

    /** A record without a metric id annotation. */
    public GoldRecord(String region, String metric, String subject, Kind kind, BigDecimal value, String unit,
            String scope, Qualifier qualifier, String period, String basis, Status status, String evidence,
            boolean optional) {
        this(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status, evidence, optional,
                null, false, null, null);
    }

    /** A plain, exact record with the five fields every record has; the rest blank. */
    public static GoldRecord of(String region, String metric, Kind kind, BigDecimal value, String unit) {
        return new GoldRecord(region, metric, null, kind, value, unit, null, Qualifier.EXACT, null, null, null, null,
                false);
    }

    /** {@link #of(String, String, Kind, BigDecimal, String)} with the value given as a string ("617.4"). */
    public static GoldRecord of(String region, String metric, Kind kind, String value, String unit) {
        return of(region, metric, kind, new BigDecimal(value), unit);
    }

    /** A predicted record in gold shape: region name, metric mention, period text … */
    public static GoldRecord of(Indicator r) {
        Objects.requireNonNull(r, "indicator");
        return new GoldRecord(
                r.region() == null ? null : r.region().name(),
                r.metric().mention(),
                r.subject(),
                r.kind(),
                r.quantity().value(),
                r.quantity().unit(),
                r.scope(),
                r.qualifier(),
                r.period() == null ? null : r.period().text(),
                r.basis(),
                r.status(),
                r.evidence(),
                false,
                r.metric().id(),
                true,
                r.period() == null ? null : r.period().start(),
                r.period() == null ? null : r.period().end());
    }

    /** Predicted records in gold shape, in the same order. */
    public static List<GoldRecord> ofAll(List<Indicator> indicators) {
        List<GoldRecord> out = new ArrayList<>(indicators.size());
        for (Indicator i : indicators) {
            out.add(of(i));
        }
        return out;
    }

    public GoldRecord withRegion(String region) {
        return new GoldRecord(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status,
                evidence, optional, metricId, metricIdGiven, periodStart, periodEnd);
    }

    public GoldRecord withMetric(String metric) {
        return new GoldRecord(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status,
                evidence, optional, metricId, metricIdGiven, periodStart, periodEnd);
    }

    public GoldRecord withSubject(String subject) {
        return new GoldRecord(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status,
                evidence, optional, metricId, metricIdGiven, periodStart, periodEnd);
    }

    public GoldRecord withScope(String scope) {
        return new GoldRecord(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status,
                evidence, optional, metricId, metricIdGiven, periodStart, periodEnd);
    }

    public GoldRecord withQualifier(Qualifier qualifier) {
        return new GoldRecord(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status,
                evidence, optional, metricId, metricIdGiven, periodStart, periodEnd);
    }

    public GoldRecord withPeriod(String period) {
        return new GoldRecord(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status,
                evidence, optional, metricId, metricIdGiven, periodStart, periodEnd);
    }

    public GoldRecord withBasis(String basis) {
        return new GoldRecord(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status,
                evidence, optional, metricId, metricIdGiven, periodStart, periodEnd);
    }

    public GoldRecord withStatus(Status status) {
        return new GoldRecord(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status,
                evidence, optional, metricId, metricIdGiven, periodStart, periodEnd);
    }

    public GoldRecord withEvidence(String evidence) {
        return new GoldRecord(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status,
                evidence, optional, metricId, metricIdGiven, periodStart, periodEnd);
    }

    public GoldRecord withOptional(boolean optional) {
        return new GoldRecord(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status,
                evidence, optional, metricId, metricIdGiven, periodStart, periodEnd);
    }

    /** This record annotated with a metric id (null: the metric has none). */
    public GoldRecord withMetricId(String metricId) {
        return new GoldRecord(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status,
                evidence, optional, metricId, true, periodStart, periodEnd);
    }

    public GoldRecord withDates(LocalDate periodStart, LocalDate periodEnd) {
        return new GoldRecord(region, metric, subject, kind, value, unit, scope, qualifier, period, basis, status,
                evidence, optional, metricId, metricIdGiven, periodStart, periodEnd);
    }

    /** A short one-line rendering for tables and miss lists: region | metric | kind value unit | period. */
    public String brief() {
        StringBuilder sb = new StringBuilder();
        sb.append(region == null ? "(no region)" : display(region)).append(" | ").append(display(metric)).append(" | ")
                .append(kind).append(' ').append(plain(value));
        if (unit != null) {
            sb.append(' ').append(display(unit));
        }
        if (scope != null) {
            sb.append(" (").append(display(scope)).append(')');
        }
        if (qualifier != Qualifier.EXACT) {
            sb.append(' ').append(qualifier);
        }
        if (period != null) {
            sb.append(" | ").append(display(period));
        }
        if (status != null) {
            sb.append(" | ").append(status);
        }
        if (optional) {
            sb.append(" [optional]");
        }
        return sb.toString();
    }

    /** {@code s} for one line of a terminal: control characters (line breaks, tabs) become spaces. */
    static String display(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        return sb.toString();
    }

    /** A decimal without exponent or trailing zeros (5.0 → 5, 6.174E+10 → 61740000000). */
    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
