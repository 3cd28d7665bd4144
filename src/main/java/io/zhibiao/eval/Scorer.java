package io.zhibiao.eval;

import io.zhibiao.Indicator;
import io.zhibiao.extract.Lexicons;
import io.zhibiao.lexicon.MetricTaxonomy;
import io.zhibiao.lexicon.UnitTable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Matches predicted records to gold records and counts, exactly as docs/annotation.md section 5
 * says; the choices where it is silent are in docs/evaluation.md. Immutable and thread-safe.
 *
 * <p>A prediction and a gold record are a <em>value match</em> when kind and quantity agree, and
 * a <em>strict match</em> when region and metric agree too. Matching is one-to-one and greedy: all
 * value-match candidates are ranked — strict before non-strict, then by metric similarity, then
 * right region, then counting gold before optional gold, then more of qualifier/period/basis/status
 * right, then evidence similarity, then document order — and taken best first when neither side
 * is taken yet. Strict matches are therefore exactly what a greedy strict-only matching on metric
 * similarity would give, and every strict match is a value match.
 */
public final class Scorer {
    /** Quantities are equal when they differ by at most this much relative to the larger. */
    public static final BigDecimal RELATIVE_TOLERANCE = new BigDecimal("1e-6");

    private final UnitTable units;
    private final MetricSimilarity metrics;

    public Scorer(UnitTable units, MetricTaxonomy taxonomy) {
        this.units = Objects.requireNonNull(units, "units");
        this.metrics = new MetricSimilarity(Objects.requireNonNull(taxonomy, "taxonomy"));
    }

    private static final class Holder {
        static final Scorer DEFAULTS = new Scorer(UnitTable.defaults(), MetricTaxonomy.defaults());
    }

    /** With the shipped unit table and abbreviations. */
    public static Scorer defaults() {
        return Holder.DEFAULTS;
    }

    /** With the shipped tables plus lexicon files (units, magnitudes, abbreviations …; as --lexicon). */
    public static Scorer withLexicons(List<Path> files) {
        if (files.isEmpty()) {
            return defaults();
        }
        Lexicons l = Lexicons.defaults().with(files);
        return new Scorer(l.units(), l.metrics());
    }

    public MetricSimilarity metricSimilarity() {
        return metrics;
    }

    // ------------------------------------------------------------------ the rules

    /** A quantity in base units: value × scale, and the base unit (null for no unit). */
    record BaseQuantity(BigDecimal value, String unit) {
    }

    /**
     * The record's quantity in base units. A unit the table knows gives its base unit and scale
     * (亿元 → 元 × 1e8); an unknown unit is its own base with scale 1; no unit stays null.
     */
    BaseQuantity base(GoldRecord r) {
        String unit = r.unit() == null || r.unit().isBlank() ? null : r.unit().strip();
        if (unit == null) {
            return new BaseQuantity(r.value(), null);
        }
        Optional<UnitTable.Unit> u = units.resolve(unit);
        if (u.isPresent()) {
            return new BaseQuantity(r.value().multiply(u.get().scale()), u.get().base());
        }
        return new BaseQuantity(r.value(), unit);
    }

    /** Same unit family (base unit) and value × magnitude equal to 1e-6 relative; the sign counts. */
    public boolean sameQuantity(GoldRecord a, GoldRecord b) {
        BaseQuantity qa = base(a);
        BaseQuantity qb = base(b);
        return Objects.equals(qa.unit(), qb.unit()) && close(qa.value(), qb.value());
    }

    /** |x − y| ≤ 1e-6 · max(|x|, |y|). */
    static boolean close(BigDecimal x, BigDecimal y) {
        if (x.compareTo(y) == 0) {
            return true;
        }
        BigDecimal diff = x.subtract(y, MathContext.DECIMAL128).abs();
        BigDecimal scale = x.abs().max(y.abs());
        return diff.compareTo(scale.multiply(RELATIVE_TOLERANCE, MathContext.DECIMAL128)) <= 0;
    }

    /** Same region (canonical names compared as written, trimmed); null only with null. */
    public static boolean sameRegion(GoldRecord gold, GoldRecord predicted) {
        return Objects.equals(blankToNull(gold.region()), blankToNull(predicted.region()));
    }

    /** Metric similarity in [0, 1] ({@link MetricSimilarity}); they agree at 0.5 and above. */
    public double metricSimilarity(GoldRecord gold, GoldRecord predicted) {
        return metrics.similarity(gold.metric(), predicted.metric());
    }

    /**
     * A gold period of null accepts any predicted period; otherwise both compare with 今年 and
     * whitespace removed, a predicted null counting as empty (so gold 今年 accepts null). They also
     * agree when equal with 今年 read as 年, so that 今年初 = 年初 and 今年底 = 年底.
     */
    public static boolean samePeriod(GoldRecord gold, GoldRecord predicted) {
        if (gold.period() == null) {
            return true;
        }
        String g = MetricSimilarity.squeeze(gold.period());
        String p = predicted.period() == null ? "" : MetricSimilarity.squeeze(predicted.period());
        return g.replace("今年", "").equals(p.replace("今年", "")) || g.replace("今年", "年").equals(p.replace("今年", "年"));
    }

    /** Same basis, trimmed, scripts folded; null only with null (or blank). */
    public static boolean sameBasis(GoldRecord gold, GoldRecord predicted) {
        String g = blankToNull(gold.basis());
        String p = blankToNull(predicted.basis());
        return Objects.equals(g == null ? null : MetricSimilarity.squeeze(g), p == null ? null : MetricSimilarity.squeeze(p));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ------------------------------------------------------------------ scoring

    /** Scores predictions against gold for a document named "-". */
    public DocumentScore score(List<GoldRecord> gold, List<GoldRecord> predicted) {
        return score("-", gold, predicted);
    }

    /** Scores extractor output against gold. */
    public DocumentScore scoreIndicators(String doc, List<GoldRecord> gold, List<Indicator> predicted) {
        return score(doc, gold, GoldRecord.ofAll(predicted));
    }

    /** Scores predictions (in gold shape) against gold records of one document. */
    public DocumentScore score(String doc, List<GoldRecord> gold, List<GoldRecord> predicted) {
        List<Prepared> gs = prepare(gold);
        List<Prepared> ps = prepare(predicted);
        List<Match> matches = match(gs, ps);
        Counts counts = count(gold, predicted.size(), matches);
        List<Miss> misses = new Diagnosis(gs, ps, matches).misses();
        return new DocumentScore(doc, counts, matches, misses);
    }

    /** A record with what comparisons need, computed once. */
    final class Prepared {
        final int index;
        final GoldRecord r;
        final BaseQuantity q;
        final String metric;
        final String indicator; // the taxonomy's id for the whole name, if it knows it
        final String evidence;

        Prepared(int index, GoldRecord r) {
            this.index = index;
            this.r = Objects.requireNonNull(r, "record");
            this.q = base(r);
            this.metric = metrics.normalize(r.metric());
            this.indicator = metrics.indicatorOf(r.metric());
            this.evidence = r.evidence() == null ? "" : MetricSimilarity.squeeze(r.evidence());
        }

        boolean valueMatches(Prepared o) {
            return r.kind() == o.r.kind() && Objects.equals(q.unit(), o.q.unit()) && close(q.value(), o.q.value());
        }

        double metricSimilarity(Prepared o) {
            if (indicator != null && indicator.equals(o.indicator) && !metric.isEmpty()) {
                return 1; // aliases of one indicator (经济总量, 地区生产总值) agree
            }
            return MetricSimilarity.similarityOfNormalized(metric, o.metric);
        }

        double evidenceSimilarity(Prepared o) {
            return MetricSimilarity.similarityOfNormalized(evidence, o.evidence);
        }

        /**
         * The evidences look like the same clause: similarity ≥ 0.5, or one (of four code points
         * or more) lies inside the other.
         */
        boolean sameClause(Prepared o, double similarity) {
            if (similarity >= MetricSimilarity.THRESHOLD) {
                return true;
            }
            String shorter = evidence.length() <= o.evidence.length() ? evidence : o.evidence;
            String longer = shorter == evidence ? o.evidence : evidence;
            return shorter.codePointCount(0, shorter.length()) >= 4 && longer.contains(shorter);
        }
    }

    private List<Prepared> prepare(List<GoldRecord> records) {
        List<Prepared> out = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            out.add(new Prepared(i, records.get(i)));
        }
        return out;
    }

    private record Candidate(Match match, double evidenceSimilarity) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparing((Candidate c) -> !c.match().strict())
            .thenComparing(c -> -c.match().metricSimilarity())
            .thenComparing(c -> !c.match().regionRight())
            .thenComparing(c -> c.match().gold().optional())
            .thenComparing(c -> -c.match().attributesRight())
            .thenComparing(c -> -c.evidenceSimilarity())
            .thenComparingInt(c -> c.match().goldIndex())
            .thenComparingInt(c -> c.match().predictedIndex());

    private List<Match> match(List<Prepared> gold, List<Prepared> predicted) {
        List<Candidate> candidates = new ArrayList<>();
        for (Prepared g : gold) {
            for (Prepared p : predicted) {
                if (!g.valueMatches(p)) {
                    continue;
                }
                GoldRecord gr = g.r;
                GoldRecord pr = p.r;
                Match m = new Match(g.index, p.index, gr, pr, sameRegion(gr, pr), g.metricSimilarity(p),
                        gr.qualifier() == pr.qualifier(), samePeriod(gr, pr), sameBasis(gr, pr),
                        gr.status() == pr.status());
                candidates.add(new Candidate(m, g.evidenceSimilarity(p)));
            }
        }
        candidates.sort(BEST_FIRST);
        boolean[] goldTaken = new boolean[gold.size()];
        boolean[] predTaken = new boolean[predicted.size()];
        List<Match> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Match m = c.match();
            if (goldTaken[m.goldIndex()] || predTaken[m.predictedIndex()]) {
                continue;
            }
            goldTaken[m.goldIndex()] = true;
            predTaken[m.predictedIndex()] = true;
            out.add(m);
        }
        out.sort(Comparator.comparingInt(Match::goldIndex));
        return out;
    }

    private static Counts count(List<GoldRecord> gold, int predicted, List<Match> matches) {
        int optional = (int) gold.stream().filter(GoldRecord::optional).count();
        int strictTp = 0;
        int strictIgnored = 0;
        int valueTp = 0;
        int valueIgnored = 0;
        int region = 0;
        int metric = 0;
        int qualifier = 0;
        int period = 0;
        int basis = 0;
        int status = 0;
        int datesGold = 0;
        int datesRight = 0;
        for (Match m : matches) {
            if (m.gold().optional()) {
                valueIgnored++;
                if (m.strict()) {
                    strictIgnored++;
                }
                continue;
            }
            valueTp++;
            region += m.regionRight() ? 1 : 0;
            metric += m.metricRight() ? 1 : 0;
            if (m.strict()) {
                strictTp++;
                qualifier += m.qualifierRight() ? 1 : 0;
                period += m.periodRight() ? 1 : 0;
                basis += m.basisRight() ? 1 : 0;
                status += m.statusRight() ? 1 : 0;
                if (m.gold().periodStart() != null) {
                    datesGold++;
                    datesRight += m.gold().periodStart().equals(m.predicted().periodStart())
                            && Objects.equals(m.gold().periodEnd(), m.predicted().periodEnd()) ? 1 : 0;
                }
            }
        }
        return new Counts(gold.size() - optional, optional, predicted, strictTp, strictIgnored, valueTp,
                valueIgnored, region, metric, qualifier, period, basis, status, datesGold, datesRight);
    }

    // ------------------------------------------------------------------ misses

    /** Finds the errors of a scored document and why each happened (does not change any figure). */
    private final class Diagnosis {
        private final List<Prepared> gold;
        private final List<Prepared> predicted;
        private final List<Match> matches;
        private final boolean[] goldMatched;
        private final boolean[] predMatched;

        Diagnosis(List<Prepared> gold, List<Prepared> predicted, List<Match> matches) {
            this.gold = gold;
            this.predicted = predicted;
            this.matches = matches;
            this.goldMatched = new boolean[gold.size()];
            this.predMatched = new boolean[predicted.size()];
            for (Match m : matches) {
                goldMatched[m.goldIndex()] = true;
                predMatched[m.predictedIndex()] = true;
            }
        }

        private record Pairing(Prepared g, Prepared p, Miss.Reason reason, double metricSimilarity,
                double evidenceSimilarity) {
        }

        List<Miss> misses() {
            List<Miss> missed = new ArrayList<>();
            List<Miss> spurious = new ArrayList<>();
            for (Match m : matches) {
                if (m.strict()) {
                    continue;
                }
                Miss.Reason reason = !m.regionRight() && !m.metricRight() ? Miss.Reason.REGION_AND_METRIC_WRONG
                        : !m.regionRight() ? Miss.Reason.REGION_WRONG : Miss.Reason.METRIC_NOT_SIMILAR;
                String why = differences(m.gold(), m.predicted(), m.metricSimilarity());
                if (m.gold().optional()) {
                    spurious.add(new Miss(Miss.Type.SPURIOUS, reason, m.goldIndex(), m.gold(), m.predictedIndex(),
                            m.predicted(), null, why + " (the gold record is optional)"));
                } else {
                    missed.add(new Miss(Miss.Type.MISMATCH, reason, m.goldIndex(), m.gold(), m.predictedIndex(),
                            m.predicted(), null, why));
                }
            }
            // pair what is left by the likeliest mistake: sign, kind, value/unit
            List<Pairing> pairings = new ArrayList<>();
            for (Prepared g : gold) {
                if (goldMatched[g.index] || g.r.optional()) {
                    continue;
                }
                for (Prepared p : predicted) {
                    if (predMatched[p.index]) {
                        continue;
                    }
                    Pairing x = diagnose(g, p);
                    if (x != null) {
                        pairings.add(x);
                    }
                }
            }
            pairings.sort(Comparator.comparing(Pairing::reason)
                    .thenComparing(x -> -x.metricSimilarity())
                    .thenComparing(x -> -x.evidenceSimilarity())
                    .thenComparingInt(x -> x.g().index)
                    .thenComparingInt(x -> x.p().index));
            boolean[] goldUsed = goldMatched.clone();
            boolean[] predUsed = predMatched.clone();
            for (Pairing x : pairings) {
                if (goldUsed[x.g().index] || predUsed[x.p().index]) {
                    continue;
                }
                goldUsed[x.g().index] = true;
                predUsed[x.p().index] = true;
                String why = mistake(x) + extraDifferences(x.g().r, x.p().r, x.metricSimilarity());
                missed.add(new Miss(Miss.Type.MISMATCH, x.reason(), x.g().index, x.g().r, x.p().index, x.p().r,
                        null, why));
            }
            for (Prepared g : gold) {
                if (goldUsed[g.index] || g.r.optional()) {
                    continue;
                }
                Prepared near = nearest(g, predicted);
                String why = "no prediction of " + kindAndQuantity(g.r);
                if (predicted.stream().anyMatch(g::valueMatches)) {
                    why += "; the predictions with this number are matched to other gold records";
                }
                missed.add(new Miss(Miss.Type.MISSED, Miss.Reason.MISSED_NUMBER, g.index, g.r, -1, null,
                        near == null ? null : near.r, why));
            }
            for (Prepared p : predicted) {
                if (predUsed[p.index]) {
                    continue;
                }
                Prepared near = nearest(p, gold);
                String why = "no gold record of " + kindAndQuantity(p.r);
                if (gold.stream().anyMatch(p::valueMatches)) {
                    why += "; the gold records with this number are matched to other predictions";
                }
                spurious.add(new Miss(Miss.Type.SPURIOUS, Miss.Reason.SPURIOUS_NUMBER, -1, null, p.index, p.r,
                        near == null ? null : near.r, why));
            }
            missed.sort(Comparator.comparingInt(Miss::goldIndex));
            spurious.sort(Comparator.comparingInt(Miss::predictedIndex));
            List<Miss> out = new ArrayList<>(missed);
            out.addAll(spurious);
            return out;
        }

        /** The likeliest mistake linking a left-over gold record and prediction, or null. */
        private Pairing diagnose(Prepared g, Prepared p) {
            double sim = g.metricSimilarity(p);
            double ev = g.evidenceSimilarity(p);
            boolean metricAgrees = sim >= MetricSimilarity.THRESHOLD;
            boolean sameClause = g.sameClause(p, ev);
            if (!metricAgrees && !sameClause) {
                return null;
            }
            boolean sameBase = Objects.equals(g.q.unit(), p.q.unit());
            boolean absEqual = sameBase && close(g.q.value().abs(), p.q.value().abs());
            boolean rawAbsEqual = close(g.r.value().abs(), p.r.value().abs());
            Miss.Reason reason = null;
            if (g.r.kind() == p.r.kind()) {
                if (absEqual && g.q.value().signum() != p.q.value().signum()) {
                    reason = Miss.Reason.WRONG_SIGN;
                } else if (metricAgrees && (rawAbsEqual || sameClause)) {
                    reason = Miss.Reason.WRONG_VALUE;
                }
            } else if (absEqual || rawAbsEqual) {
                reason = Miss.Reason.WRONG_KIND;
            }
            return reason == null ? null : new Pairing(g, p, reason, sim, ev);
        }

        private String mistake(Pairing x) {
            GoldRecord g = x.g().r;
            GoldRecord p = x.p().r;
            return switch (x.reason()) {
                case WRONG_KIND -> "kind: gold " + g.kind() + " " + quantity(g) + ", predicted " + p.kind() + " "
                        + quantity(p);
                case WRONG_SIGN -> "sign: gold " + quantity(g) + ", predicted " + quantity(p);
                default -> "value: gold " + quantity(g) + ", predicted " + quantity(p);
            };
        }

        /** The record on the other side that resembles {@code r} most (metric or evidence), or null. */
        private Prepared nearest(Prepared r, List<Prepared> others) {
            Prepared best = null;
            double bestScore = 0;
            for (Prepared o : others) {
                double s = Math.max(r.metricSimilarity(o), r.evidenceSimilarity(o));
                if (r.r.kind() == o.r.kind()) {
                    s += 1e-3; // on a tie, the same kind is nearer
                }
                if (s > bestScore + 1e-12) {
                    best = o;
                    bestScore = s;
                }
            }
            return bestScore >= 0.25 ? best : null;
        }
    }

    /** "region: gold A, predicted B; metric: gold "x", predicted "y" (similarity 0.20)" for what differs. */
    static String differences(GoldRecord g, GoldRecord p, double similarity) {
        List<String> parts = new ArrayList<>();
        if (!sameRegion(g, p)) {
            parts.add("region: gold " + orNone(g.region()) + ", predicted " + orNone(p.region()));
        }
        if (similarity < MetricSimilarity.THRESHOLD) {
            parts.add("metric: gold \"" + GoldRecord.display(g.metric()) + "\", predicted \""
                    + GoldRecord.display(p.metric()) + "\" (similarity "
                    + String.format(java.util.Locale.ROOT, "%.2f", similarity) + ")");
        }
        return String.join("; ", parts);
    }

    private static String extraDifferences(GoldRecord g, GoldRecord p, double similarity) {
        String d = differences(g, p, similarity);
        return d.isEmpty() ? "" : "; also " + d;
    }

    private static String orNone(String s) {
        return s == null ? "(none)" : GoldRecord.display(s);
    }

    static String quantity(GoldRecord r) {
        return GoldRecord.plain(r.value()) + (r.unit() == null ? "" : " " + GoldRecord.display(r.unit()));
    }

    static String kindAndQuantity(GoldRecord r) {
        return r.kind() + " " + quantity(r);
    }
}
