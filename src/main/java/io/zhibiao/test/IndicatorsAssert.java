package io.zhibiao.test;

import io.zhibiao.Indicator;
import io.zhibiao.Kind;
import io.zhibiao.eval.MetricSimilarity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the records of one text. Get one with
 * {@link ZhibiaoAssertions#assertThat(List)}. Failure messages list the records that come closest
 * and then every record, one per line.
 *
 * <p>How a record is compared with what the test names:
 * <ul>
 *   <li>region: the canonical name ({@link io.zhibiao.Region#name()}), exactly; {@code null} asks
 *       for a record without region;</li>
 *   <li>metric: equal to the record's metric as the text names it, or to its canonical name, or
 *       equal to either once both are normalized as the scorer does (full-width folded, whitespace
 *       removed, abbreviations folded: GDP = 地区生产总值, 规上 = 规模以上) — no fuzzy matching;</li>
 *   <li>value: numerically equal ({@code "617.4"} = {@code "617.40"}); the sign counts;</li>
 *   <li>unit: as written with its magnitude (亿元, %, 个百分点), exactly; {@code null} for none.</li>
 * </ul>
 */
public final class IndicatorsAssert extends AbstractAssert<IndicatorsAssert, List<Indicator>> {
    private static final MetricSimilarity METRICS = MetricSimilarity.defaults();

    IndicatorsAssert(List<Indicator> records) {
        super(records, IndicatorsAssert.class);
    }

    /**
     * Asserts that some record has this region, metric, value and unit.
     *
     * @param region canonical region name (江北区), or {@code null} for no region
     * @param metric the metric (地区生产总值, GDP …)
     * @param value  the value as a decimal string ("617.4", "-50")
     * @param unit   the unit as written with its magnitude (亿元, %), or {@code null}
     * @return this assertion object
     */
    public IndicatorsAssert containsIndicator(String region, String metric, String value, String unit) {
        return containsIndicator(region, metric, null, value, unit);
    }

    /**
     * Asserts that some record has this region, metric, kind, value and unit.
     *
     * @param region canonical region name (江北区), or {@code null} for no region
     * @param metric the metric (地区生产总值, GDP …)
     * @param kind   the kind of record, or {@code null} for any kind
     * @param value  the value as a decimal string ("617.4", "-50")
     * @param unit   the unit as written with its magnitude (亿元, %), or {@code null}
     * @return this assertion object
     */
    public IndicatorsAssert containsIndicator(String region, String metric, Kind kind, String value, String unit) {
        isNotNull();
        Objects.requireNonNull(metric, "metric");
        BigDecimal v = new BigDecimal(Objects.requireNonNull(value, "value"));
        List<String> closest = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            Indicator r = actual.get(i);
            List<String> diffs = new ArrayList<>();
            String got = r.region() == null ? null : r.region().name();
            if (!Objects.equals(got, region)) {
                diffs.add("region " + show(got) + " ≠ " + show(region));
            }
            if (!sameMetric(r, metric)) {
                diffs.add("metric " + r.metric().mention() + " ≠ " + metric);
            }
            if (kind != null && r.kind() != kind) {
                diffs.add("kind " + r.kind() + " ≠ " + kind);
            }
            if (r.quantity().value().compareTo(v) != 0) {
                diffs.add("value " + Describe.plain(r.quantity().value()) + " ≠ " + Describe.plain(v));
            }
            if (!Objects.equals(r.quantity().unit(), unit)) {
                diffs.add("unit " + none(r.quantity().unit()) + " ≠ " + none(unit));
            }
            if (diffs.isEmpty()) {
                return myself;
            }
            if (diffs.size() <= 2) {
                closest.add("  " + Describe.record(i, r) + "\n      differs: " + String.join("; ", diffs) + "\n");
            }
        }
        StringBuilder m = new StringBuilder();
        m.append("\nExpecting the records to contain\n  ").append(show(region)).append(" | ").append(metric)
                .append(" | ").append(kind == null ? "" : kind + " ").append(Describe.plain(v))
                .append(unit == null ? "" : " " + unit).append("\nbut none of the ").append(actual.size())
                .append(" records matches.\n");
        if (!closest.isEmpty()) {
            m.append("Closest (differing in one or two fields):\n");
            closest.stream().limit(Describe.MAX_LISTED).forEach(m::append);
        }
        m.append("Records:\n").append(Describe.records(actual));
        failWithMessage("%s", m.toString());
        return myself;
    }

    /**
     * Asserts that no record is about this region (canonical name; e.g. no figure of a district
     * was given to the whole city).
     *
     * @param region canonical region name, or {@code null} to assert that every record has a region
     * @return this assertion object
     */
    public IndicatorsAssert hasNoIndicatorFor(String region) {
        isNotNull();
        StringBuilder found = new StringBuilder();
        int n = 0;
        for (int i = 0; i < actual.size(); i++) {
            Indicator r = actual.get(i);
            String got = r.region() == null ? null : r.region().name();
            if (Objects.equals(got, region)) {
                if (n < Describe.MAX_LISTED) {
                    found.append("  ").append(Describe.record(i, r)).append('\n');
                }
                n++;
            }
        }
        if (n > 0) {
            failWithMessage("%s", "\nExpecting no record for " + show(region) + " but found " + n + ":\n" + found
                    + (n > Describe.MAX_LISTED ? "  … and " + (n - Describe.MAX_LISTED) + " more\n" : ""));
        }
        return myself;
    }

    /**
     * Asserts that there is at least one record.
     *
     * @return this assertion object
     */
    public IndicatorsAssert isNotEmpty() {
        isNotNull();
        if (actual.isEmpty()) {
            failWithMessage("%s", "\nExpecting some records but found none");
        }
        return myself;
    }

    /**
     * Asserts that there is no record (a text that states no figure).
     *
     * @return this assertion object
     */
    public IndicatorsAssert isEmpty() {
        return hasIndicatorCount(0);
    }

    /**
     * Asserts the number of records.
     *
     * @param expected how many records there must be
     * @return this assertion object
     */
    public IndicatorsAssert hasIndicatorCount(int expected) {
        isNotNull();
        if (actual.size() != expected) {
            failWithMessage("%s", "\nExpecting " + expected + " records but found " + actual.size() + ":\n"
                    + Describe.records(actual));
        }
        return myself;
    }

    /**
     * Asserts that every record's span is a non-empty range inside {@code text}: the offsets point
     * into the original input.
     *
     * @param text the text the records were extracted from
     * @return this assertion object
     */
    public IndicatorsAssert spansLieWithin(String text) {
        isNotNull();
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < actual.size(); i++) {
            Indicator r = actual.get(i);
            if (r.span().end() > text.length() || r.span().length() == 0) {
                bad.append("  [").append(r.span().start()).append(", ").append(r.span().end()).append(") ")
                        .append(Describe.record(i, r)).append('\n');
            }
        }
        if (bad.length() > 0) {
            failWithMessage("%s", "\nExpecting every span inside the text (length " + text.length()
                    + ") and not empty, but these are not:\n" + bad);
        }
        return myself;
    }

    private static boolean sameMetric(Indicator r, String metric) {
        String mention = r.metric().mention();
        String name = r.metric().name();
        if (metric.equals(mention) || metric.equals(name)) {
            return true;
        }
        String want = METRICS.normalize(metric);
        return want.equals(METRICS.normalize(mention)) || (name != null && want.equals(METRICS.normalize(name)));
    }

    private static String show(String region) {
        return region == null ? "(no region)" : region;
    }

    private static String none(String unit) {
        return unit == null ? "(none)" : unit;
    }
}
