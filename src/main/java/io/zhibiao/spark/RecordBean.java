package io.zhibiao.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One record as a JavaBean, for typed Spark datasets ({@code Dataset<RecordBean>}): Spark's
 * encoders read JavaBeans, not Java records. The properties are the columns of
 * {@link ZhibiaoSpark#recordSchema()}, that is the keys of the JSONL contract (docs/schema.md).
 * Get a typed dataset with {@link ZhibiaoSpark#asBeans(org.apache.spark.sql.Dataset)}.
 */
public class RecordBean implements Serializable {
    private static final long serialVersionUID = 1L;

    private String doc;
    private String region;
    private String regionCode;
    private String metric;
    private String metricId;
    private String subject;
    private String kind;
    private BigDecimal value;
    private String unit;
    private BigDecimal baseValue;
    private String baseUnit;
    private String qualifier;
    private String period;
    private String basis;
    private String status;
    private String scope;
    private String evidence;
    private Integer start;
    private Integer end;
    private String regionLevel;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private BigDecimal upper;
    private String dateSource;

    /** An empty bean (every property null), as bean encoders need. */
    public RecordBean() {
    }

    /** @return the document id (the id column's value) */
    public String getDoc() {
        return doc;
    }

    /** @param doc the document id (the id column's value) */
    public void setDoc(String doc) {
        this.doc = doc;
    }

    /** @return canonical region name, or null */
    public String getRegion() {
        return region;
    }

    /** @param region canonical region name, or null */
    public void setRegion(String region) {
        this.region = region;
    }

    /** @return six-digit division code, or null */
    public String getRegionCode() {
        return regionCode;
    }

    /** @param regionCode six-digit division code, or null */
    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    /** @return the metric as the text names it */
    public String getMetric() {
        return metric;
    }

    /** @param metric the metric as the text names it */
    public void setMetric(String metric) {
        this.metric = metric;
    }

    /** @return canonical metric id, or null */
    public String getMetricId() {
        return metricId;
    }

    /** @param metricId canonical metric id, or null */
    public void setMetricId(String metricId) {
        this.metricId = metricId;
    }

    /** @return firm, project, park or industry, or null */
    public String getSubject() {
        return subject;
    }

    /** @param subject firm, project, park or industry, or null */
    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** @return AMOUNT, GROWTH_RATE, PERCENT, PP_CHANGE, MULTIPLE or RANK */
    public String getKind() {
        return kind;
    }

    /** @param kind AMOUNT, GROWTH_RATE, PERCENT, PP_CHANGE, MULTIPLE or RANK */
    public void setKind(String kind) {
        this.kind = kind;
    }

    /** @return the number, signed for changes */
    public BigDecimal getValue() {
        return value;
    }

    /** @param value the number, signed for changes */
    public void setValue(BigDecimal value) {
        this.value = value;
    }

    /** @return the unit as written with its magnitude, or null */
    public String getUnit() {
        return unit;
    }

    /** @param unit the unit as written with its magnitude, or null */
    public void setUnit(String unit) {
        this.unit = unit;
    }

    /** @return value times the unit's magnitude, or null */
    public BigDecimal getBaseValue() {
        return baseValue;
    }

    /** @param baseValue value times the unit's magnitude, or null */
    public void setBaseValue(BigDecimal baseValue) {
        this.baseValue = baseValue;
    }

    /** @return the unit without magnitude, or null */
    public String getBaseUnit() {
        return baseUnit;
    }

    /** @param baseUnit the unit without magnitude, or null */
    public void setBaseUnit(String baseUnit) {
        this.baseUnit = baseUnit;
    }

    /** @return EXACT, APPROX, MORE_THAN or LESS_THAN */
    public String getQualifier() {
        return qualifier;
    }

    /** @param qualifier EXACT, APPROX, MORE_THAN or LESS_THAN */
    public void setQualifier(String qualifier) {
        this.qualifier = qualifier;
    }

    /** @return the period as written, or null */
    public String getPeriod() {
        return period;
    }

    /** @param period the period as written, or null */
    public void setPeriod(String period) {
        this.period = period;
    }

    /** @return what a change is against, or null */
    public String getBasis() {
        return basis;
    }

    /** @param basis what a change is against, or null */
    public void setBasis(String basis) {
        this.basis = basis;
    }

    /** @return TARGET, FORECAST or null */
    public String getStatus() {
        return status;
    }

    /** @param status TARGET, FORECAST or null */
    public void setStatus(String status) {
        this.status = status;
    }

    /** @return for RANK: the ranking area, or null */
    public String getScope() {
        return scope;
    }

    /** @param scope for RANK: the ranking area, or null */
    public void setScope(String scope) {
        this.scope = scope;
    }

    /** @return the clause the record comes from */
    public String getEvidence() {
        return evidence;
    }

    /** @param evidence the clause the record comes from */
    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    /** @return first UTF-16 offset of the evidence in the original text */
    public Integer getStart() {
        return start;
    }

    /** @param start first UTF-16 offset of the evidence in the original text */
    public void setStart(Integer start) {
        this.start = start;
    }

    /** @return UTF-16 offset after the evidence (half-open) */
    public Integer getEnd() {
        return end;
    }

    /** @param end UTF-16 offset after the evidence (half-open) */
    public void setEnd(Integer end) {
        this.end = end;
    }

    /** @return COUNTRY, PROVINCE, … or null */
    public String getRegionLevel() {
        return regionLevel;
    }

    /** @param regionLevel COUNTRY, PROVINCE, … or null */
    public void setRegionLevel(String regionLevel) {
        this.regionLevel = regionLevel;
    }

    /** @return first day of the period, or null */
    public LocalDate getPeriodStart() {
        return periodStart;
    }

    /** @param periodStart first day of the period, or null */
    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    /** @return last day of the period, or null */
    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    /** @param periodEnd last day of the period, or null */
    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    /** @return upper end of a range, or null */
    public BigDecimal getUpper() {
        return upper;
    }

    /** @param upper upper end of a range, or null */
    public void setUpper(BigDecimal upper) {
        this.upper = upper;
    }

    /** @return where the period's dates come from (metadata, dateline, text, given, none), or null */
    public String getDateSource() {
        return dateSource;
    }

    /** @param dateSource where the period's dates come from, or null */
    public void setDateSource(String dateSource) {
        this.dateSource = dateSource;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RecordBean b)) {
            return false;
        }
        return Objects.equals(doc, b.doc)
                && Objects.equals(region, b.region)
                && Objects.equals(regionCode, b.regionCode)
                && Objects.equals(metric, b.metric)
                && Objects.equals(metricId, b.metricId)
                && Objects.equals(subject, b.subject)
                && Objects.equals(kind, b.kind)
                && Objects.equals(value, b.value)
                && Objects.equals(unit, b.unit)
                && Objects.equals(baseValue, b.baseValue)
                && Objects.equals(baseUnit, b.baseUnit)
                && Objects.equals(qualifier, b.qualifier)
                && Objects.equals(period, b.period)
                && Objects.equals(basis, b.basis)
                && Objects.equals(status, b.status)
                && Objects.equals(scope, b.scope)
                && Objects.equals(evidence, b.evidence)
                && Objects.equals(start, b.start)
                && Objects.equals(end, b.end)
                && Objects.equals(regionLevel, b.regionLevel)
                && Objects.equals(periodStart, b.periodStart)
                && Objects.equals(periodEnd, b.periodEnd)
                && Objects.equals(upper, b.upper)
                && Objects.equals(dateSource, b.dateSource);
    }

    @Override
    public int hashCode() {
        return Objects.hash(doc, region, regionCode, metric, metricId, subject, kind, value, unit, baseValue, baseUnit, qualifier, period, basis, status, scope, evidence, start, end, regionLevel, periodStart, periodEnd, upper,
                dateSource);
    }

    @Override
    public String toString() {
        return "RecordBean{doc=" + doc + ", region=" + region + ", metric=" + metric + ", kind=" + kind
                + ", value=" + value + ", unit=" + unit + ", start=" + start + ", end=" + end + "}";
    }
}
