package io.zhibiao.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhibiao.Indicator;
import io.zhibiao.Quantity;
import io.zhibiao.QuantityMention;
import io.zhibiao.Span;
import io.zhibiao.format.Json;
import io.zhibiao.format.RecordFields;
import io.zhibiao.text.Normalizers;
import java.math.BigDecimal;
import java.util.List;

/**
 * What every result of the public API must satisfy, whatever the input: used by the fuzz targets and
 * by the bad-input tests. Each check throws {@link AssertionError} naming what broke.
 */
public final class Invariants {
    private Invariants() {
    }

    /** A larger scale or exponent would make the plain (JSON) form of a number megabytes long. */
    static final int MAX_SCALE = 10_000;

    static void check(boolean ok, String what, Object... args) {
        if (!ok) {
            throw new AssertionError(String.format(what, args));
        }
    }

    /** The span lies inside a text of length {@code length}. */
    static void spanInside(Span span, int length, Object what) {
        check(span != null, "no span: %s", what);
        check(span.start() >= 0 && span.start() <= span.end() && span.end() <= length,
                "span [%d, %d) outside [0, %d]: %s", span.start(), span.end(), length, what);
    }

    /** An exact, finite decimal whose plain form stays small. */
    static void finite(BigDecimal v, String field, Object what) {
        if (v == null) {
            return;
        }
        check(Math.abs(v.scale()) <= MAX_SCALE && v.precision() <= MAX_SCALE,
                "%s %s has scale %d, precision %d: %s", field, v.toString(), v.scale(), v.precision(), what);
    }

    static void quantity(Quantity q, Object what) {
        check(q != null && q.value() != null, "no quantity value: %s", what);
        finite(q.value(), "value", what);
        finite(q.baseValue(), "baseValue", what);
        finite(q.upper(), "upper", what);
    }

    /** The JSON line of a result parses back to the same numbers: numbers, not NaN or Infinity, none lost. */
    static void jsonRoundTrip(java.util.Map<String, Object> fields, Quantity q, Object what) {
        String line = Json.line(fields);
        JsonNode n;
        try {
            n = Json.mapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("JSON does not parse back: " + e + " in " + what, e);
        }
        JsonNode value = n.get("value");
        check(value != null && value.isNumber(), "value written as %s: %s", value, what);
        // written as RecordFields.plain gives it: exact, or a non-terminating value rounded (never to 0)
        check(value.decimalValue().compareTo(RecordFields.plain(q.value())) == 0
                && value.decimalValue().signum() == q.value().signum(), "value %s written as %s: %s", q.value(), value, what);
        JsonNode base = n.get("baseValue");
        if (q.baseValue() != null) {
            check(base != null && base.isNumber() && base.decimalValue().compareTo(RecordFields.plain(q.baseValue())) == 0
                    && base.decimalValue().signum() == q.baseValue().signum(),
                    "baseValue %s written as %s: %s", q.baseValue(), base, what);
        }
    }

    /**
     * Records of {@code input}: spans inside the input, evidence a piece of the normalized input,
     * quantities finite and exactly written as JSON.
     */
    public static void records(String input, List<Indicator> records) {
        check(records != null, "null result");
        boolean unchanged = records.isEmpty() || Normalizers.standard().normalize(input).text().equals(input);
        for (Indicator r : records) {
            check(r != null, "null record");
            spanInside(r.span(), input.length(), r);
            check(r.evidence() != null, "no evidence: %s", r);
            check(r.metric() != null && r.kind() != null && r.qualifier() != null, "incomplete record: %s", r);
            quantity(r.quantity(), r);
            if (!r.evidence().isEmpty()) {
                check(r.span().length() > 0, "evidence '%s' from an empty span: %s", r.evidence(), r);
            }
            // evidence is the original at its span, whitespace and invisible chars aside (docs/schema.md)
            check(withoutLayout(input.substring(r.span().start(), r.span().end())).equals(withoutLayout(r.evidence())),
                    "evidence '%s' is not the input at its span", r.evidence());
            if (unchanged) {
                check(r.span().of(input).strip().equals(r.evidence()),
                        "evidence '%s' is not the text of its span '%s'", r.evidence(), r.span().of(input));
            }
            jsonRoundTrip(RecordFields.of("doc", r, true), r.quantity(), r);
        }
    }

    /** Quantity mentions of {@code input}: non-empty spans inside it, in text order; values finite. */
    public static void mentions(String input, List<QuantityMention> mentions) {
        check(mentions != null, "null result");
        int last = 0;
        for (QuantityMention m : mentions) {
            check(m != null, "null mention");
            spanInside(m.span(), input.length(), m);
            check(m.span().start() >= last, "mentions out of order at %d: %s", m.span().start(), m);
            check(m.span().length() > 0 && !m.text().isEmpty(), "empty mention: %s", m);
            last = m.span().start();
            quantity(m.quantity(), m);
            jsonRoundTrip(RecordFields.of("doc", m), m.quantity(), m);
        }
    }

    /** {@code s} without whitespace, format and control chars: the layout noise evidence may drop (annotation.md 3.4). */
    public static String withoutLayout(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                    || Character.isISOControl(c))) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
