package io.zhibiao;

import java.util.List;
import java.util.Objects;

/**
 * One stated fact: a number that the text gives about the economy or society of a place.
 *
 * @param region    the place the fact is about, or {@code null} when neither the text nor its
 *                  context tells
 * @param metric    what is measured
 * @param subject   a firm, project, park or industry inside the region that the fact is about
 *                  (OPPO（重庆）智能科技有限公司, 汽车产业), or {@code null}
 * @param kind      the kind of fact
 * @param quantity  the number and its unit; signed for changes (下降 → negative)
 * @param qualifier how exactly the number is stated
 * @param period    the period the fact refers to, or {@code null}
 * @param basis     what a change is compared against, as written (同比, 较2019年同期, 两年平均, 全市),
 *                  or {@code null}
 * @param status    {@link Status#TARGET} or {@link Status#FORECAST}, or {@code null} for a plain fact
 * @param scope     for {@link Kind#RANK}: the ranking area (全市, 主城都市区), else {@code null}
 * @param evidence  the clause the record comes from, as it reads once layout noise is undone
 * @param span      where the evidence lies in the original input
 * @param trace     names of the rules that built this record, in order (for explanations)
 * @param explanation the same rules as a tree: each slot with its value, rules and the span it was
 *                  read from ({@code null} for a record built by hand)
 */
public record Indicator(
        Region region,
        Metric metric,
        String subject,
        Kind kind,
        Quantity quantity,
        Qualifier qualifier,
        Period period,
        String basis,
        Status status,
        String scope,
        String evidence,
        Span span,
        List<String> trace,
        Explanation explanation) {

    public Indicator {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(span, "span");
        trace = trace == null ? List.of() : List.copyOf(trace);
    }

    /** A record without an explanation tree (built by hand, read from JSON). */
    public Indicator(Region region, Metric metric, String subject, Kind kind, Quantity quantity, Qualifier qualifier,
            Period period, String basis, Status status, String scope, String evidence, Span span, List<String> trace) {
        this(region, metric, subject, kind, quantity, qualifier, period, basis, status, scope, evidence, span, trace,
                null);
    }

    /** This record with another metric (the pipeline's taxonomy stage sets id and modifiers). */
    public Indicator withMetric(Metric m) {
        return new Indicator(region, m, subject, kind, quantity, qualifier, period, basis, status, scope, evidence, span,
                trace, explanation);
    }

    /** This record with another period (the dating stage). */
    public Indicator withPeriod(Period period) {
        return new Indicator(region, metric, subject, kind, quantity, qualifier, period, basis, status, scope, evidence,
                span, trace, explanation);
    }

    /** This record with its words as written in the original (script restored); the rest stays. */
    public Indicator withWords(Metric metric, String subject, Period period, String basis, String evidence) {
        return new Indicator(region, metric, subject, kind, quantity, qualifier, period, basis, status, scope, evidence,
                span, trace, explanation);
    }
}
