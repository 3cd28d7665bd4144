package io.zhibiao.eval;

import java.util.List;
import java.util.Map;

/**
 * The result of an evaluation run: one score per document, and the inputs or gold files that
 * could not be scored.
 *
 * <p>Totals are micro averages: the counts of all documents are summed and the figures computed
 * from the sums, so a document weighs by its number of records. {@link #macroStrictF1()} and
 * {@link #macroValueF1()} are the plain means of the per-document F1s.
 *
 * @param documents the scored documents, in input order
 * @param problems  what could not be scored (no gold file, unreadable input, bad gold file,
 *                  extractor failure)
 */
public record EvalReport(List<DocumentScore> documents, List<Problem> problems) {
    public EvalReport {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    /** The counts of all documents summed. */
    /** The strict matches of counting (not optional) gold records, document by document: what the diagnostics read. */
    public List<Match> strictCountingMatches() {
        List<Match> out = new java.util.ArrayList<>();
        for (DocumentScore d : documents) {
            for (Match m : d.matches()) {
                if (m.strict() && !m.gold().optional()) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    public Counts totals() {
        Counts c = Counts.ZERO;
        for (DocumentScore d : documents) {
            c = c.plus(d.counts());
        }
        return c;
    }

    /** Mean of the per-document strict F1s; null with no documents. */
    public Double macroStrictF1() {
        return documents.isEmpty() ? null
                : documents.stream().mapToDouble(d -> d.counts().strict().f1()).average().orElse(0);
    }

    /** Mean of the per-document value F1s; null with no documents. */
    public Double macroValueF1() {
        return documents.isEmpty() ? null
                : documents.stream().mapToDouble(d -> d.counts().value().f1()).average().orElse(0);
    }

    /** Errors by label over all documents (see {@link DocumentScore#errorCounts()}). */
    public Map<String, Integer> errorCounts() {
        Map<String, Integer> m = DocumentScore.emptyErrorCounts();
        for (DocumentScore d : documents) {
            d.errorCounts().forEach((k, v) -> m.merge(k, v, Integer::sum));
        }
        return m;
    }

    /** True when every input was scored. */
    public boolean complete() {
        return problems.isEmpty();
    }
}
