package io.zhibiao.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The score of one document.
 *
 * @param doc     the document (its gold file's {@code doc})
 * @param counts  the counts behind every figure
 * @param matches the one-to-one value matches (a strict match is a value match whose region and
 *                metric agree), in gold order
 * @param misses  the errors, one reason each: missed gold records first (in gold order), then
 *                spurious predictions (in prediction order)
 */
public record DocumentScore(String doc, Counts counts, List<Match> matches, List<Miss> misses) {

    /** Attribute error labels, in summary order. */
    public static final List<String> ATTRIBUTE_ERRORS = List.of(
            "qualifier wrong", "period wrong", "basis wrong", "status wrong");

    public DocumentScore {
        matches = List.copyOf(matches);
        misses = List.copyOf(misses);
    }

    /** Strict matches of counting gold records with at least one of qualifier, period, basis, status wrong. */
    public List<Match> attributeErrors() {
        List<Match> out = new ArrayList<>();
        for (Match m : matches) {
            if (m.strict() && !m.gold().optional() && m.attributesRight() < 4) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Errors by label: every {@link Miss.Reason} (zero included), then the attribute errors of
     * strict matches ({@link #ATTRIBUTE_ERRORS}).
     */
    public Map<String, Integer> errorCounts() {
        Map<String, Integer> m = emptyErrorCounts();
        for (Miss x : misses) {
            m.merge(x.reason().label(), 1, Integer::sum);
        }
        for (Match a : attributeErrors()) {
            if (!a.qualifierRight()) {
                m.merge("qualifier wrong", 1, Integer::sum);
            }
            if (!a.periodRight()) {
                m.merge("period wrong", 1, Integer::sum);
            }
            if (!a.basisRight()) {
                m.merge("basis wrong", 1, Integer::sum);
            }
            if (!a.statusRight()) {
                m.merge("status wrong", 1, Integer::sum);
            }
        }
        return m;
    }

    static Map<String, Integer> emptyErrorCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Miss.Reason r : Miss.Reason.values()) {
            m.put(r.label(), 0);
        }
        for (String a : ATTRIBUTE_ERRORS) {
            m.put(a, 0);
        }
        return m;
    }
}
