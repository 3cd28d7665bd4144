package io.zhibiao.extract;

import io.zhibiao.Indicator;
import io.zhibiao.Kind;
import io.zhibiao.Metric;
import io.zhibiao.Period;
import io.zhibiao.Qualifier;
import io.zhibiao.Quantity;
import io.zhibiao.Region;
import io.zhibiao.Status;
import io.zhibiao.lexicon.UnitTable;
import io.zhibiao.quantity.QuantityMatch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A record being built. */
final class Draft {
    QuantityMatch q;
    Kind kind;
    BigDecimal value;
    String unit;
    UnitTable.Unit unitInfo;
    boolean negate;
    String metric;
    String verb;
    String subject;
    String scope;
    String basis;
    Status status;
    PeriodMention period;
    Region region;
    Region regionOverride;
    PeriodMention tablePeriod;
    Qualifier qualifier;
    int evidenceStart;
    int evidenceEnd;
    // what earlier readers did that later ones ask about (state; the trace only explains)
    boolean subjectSplit;   // subject: a leading name split off the metric (OPPO…有限公司|产值)
    boolean levelChange;    // basis: a change of a level against it (贷款余额比年初增加156亿元)
    boolean fromTable;      // a value of a text table's row
    Draft carriedFrom;      // metric: the record whose metric this one took (metric:carried)
    final List<String> trace = new ArrayList<>();

    /** A draft for figure {@code q}: its value and unit, and {@code status} (with its rule) when not null. */
    static Draft of(QuantityMatch q, Status status) {
        Draft d = new Draft();
        d.q = q;
        d.value = q.value();
        d.unit = q.unit();
        d.unitInfo = q.unitInfo();
        d.status = status;
        if (status != null) {
            d.trace.add(Rule.of(status).id());
        }
        return d;
    }

    Draft copy() {
        Draft d = new Draft();
        d.q = q;
        d.kind = kind;
        d.value = value;
        d.unit = unit;
        d.unitInfo = unitInfo;
        d.negate = negate;
        d.metric = metric;
        d.qualifier = qualifier;
        d.verb = verb;
        d.subject = subject;
        d.scope = scope;
        d.basis = basis;
        d.status = status;
        d.evidenceStart = evidenceStart;
        d.evidenceEnd = evidenceEnd;
        d.subjectSplit = subjectSplit;
        d.levelChange = levelChange;
        d.fromTable = fromTable;
        d.carriedFrom = carriedFrom;
        d.trace.addAll(trace);
        return d;
    }

    Indicator toIndicator(DocumentView view) {
        if (metric == null || metric.isBlank()) {
            return null;
        }
        String text = view.text();
        BigDecimal v = negate ? value.negate() : value;
        Quantity quantity;
        if (kind == Kind.RANK || unit == null) {
            quantity = new Quantity(v, null, null, null, null);
        } else {
            BigDecimal base = unitInfo == null ? v : v.multiply(unitInfo.scale());
            BigDecimal upper = q.upper() == null ? null : (negate ? q.upper().negate() : q.upper());
            quantity = new Quantity(v, unit, base, unitInfo == null ? unit : unitInfo.base(), upper);
        }
        Metric m = view.lexicons().metrics().lookup(metric)
                .map(e -> new Metric(e.id(), e.name(), metric))
                .orElse(Metric.unknown(metric));
        Period p = period == null ? null : period.period();
        int es = Math.max(0, Math.min(evidenceStart, q.start()));
        int ee = Math.min(text.length(), Math.max(evidenceEnd, q.end()));
        Qualifier qual = qualifier != null ? qualifier : q.qualifier() == null ? Qualifier.EXACT : q.qualifier();
        return new Indicator(region, m, subject, kind, quantity, qual, p, basis, status,
                kind == Kind.RANK ? scope : null, view.evidence(es, ee),
                view.document().toOriginal(es, ee), trace, Explainer.explain(this, view, es, ee));
    }
}
