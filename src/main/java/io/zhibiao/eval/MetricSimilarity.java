package io.zhibiao.eval;

import io.zhibiao.lexicon.MetricTaxonomy;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * When two metric names agree (docs/annotation.md, section 5; choices in docs/evaluation.md).
 *
 * <p>Both names are first normalized: NFKC (full-width letters and brackets to half-width),
 * whitespace removed, then abbreviations folded with {@link MetricTaxonomy#fold(String)} (GDP →
 * 地区生产总值, 规上 → 规模以上). On the normalized names, measured in code points:
 * <ul>
 *   <li>equal → similarity 1;</li>
 *   <li>one contains the other → similarity at least shorter/longer;</li>
 *   <li>otherwise, and also when containment scores lower, the Dice coefficient of their
 *       character-bigram multisets: 2·|A∩B| / (|A|+|B|). A name of fewer than two code points has
 *       no bigrams, and Dice with it is 0 (it can still be equal or contained).</li>
 * </ul>
 * The similarity is the largest of these; two names agree when it is at least 0.5. An empty
 * name agrees with nothing.
 */
public final class MetricSimilarity {
    /** Names agree at or above this similarity. */
    public static final double THRESHOLD = 0.5;

    private final MetricTaxonomy taxonomy;

    public MetricSimilarity(MetricTaxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /** With the shipped abbreviation table. */
    public static MetricSimilarity defaults() {
        return new MetricSimilarity(MetricTaxonomy.defaults());
    }

    /** The name as compared: NFKC, no whitespace, abbreviations folded; "" for null. */
    public String normalize(String metric) {
        if (metric == null) {
            return "";
        }
        return taxonomy.fold(squeeze(metric));
    }

    /**
     * NFKC in simplified script with all whitespace removed (no alias folding): a metric written in
     * traditional script (規模以上工業增加值, as a 繁體 text writes it) compares equal to its simplified twin.
     */
    static String squeeze(String s) {
        String n = io.zhibiao.text.Normalizers.toSimplified(Normalizer.normalize(s, Normalizer.Form.NFKC));
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * Similarity of two metric names in [0, 1]. Names that the metric taxonomy knows as aliases of
     * one indicator (经济总量 and 地区生产总值, 社零 and 社会消费品零售总额) are equal: folding aliases
     * (docs/annotation.md, section 5) covers whole names as well as abbreviations inside them.
     */
    public double similarity(String a, String b) {
        String na = normalize(a);
        String nb = normalize(b);
        if (!na.isEmpty() && !na.equals(nb) && sameIndicator(a, b)) {
            return 1;
        }
        return similarityOfNormalized(na, nb);
    }

    /**
     * Measure words a name may end with, and the measure they name: 经济增速 is GDP's rate, 经济总量
     * GDP itself, 工业比重 a share of it.
     */
    private static final Map<String, String> MEASURES = Map.of(
            "增速", "#rate", "增幅", "#rate", "增长率", "#rate", "增长", "", "总量", "", "比重", "#share");

    /**
     * The taxonomy id a whole name stands for, with its measure: 经济总量 and 地区生产总值 → "gdp",
     * 经济增速 and 地区生产总值增速 → "gdp#rate"; null when the taxonomy does not know the name.
     */
    String indicatorOf(String name) {
        if (name == null) {
            return null;
        }
        String n = squeeze(name);
        for (Map.Entry<String, String> m : MEASURES.entrySet()) {
            String suffix = m.getKey();
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                var head = taxonomy.lookup(n.substring(0, n.length() - suffix.length()));
                if (head.isPresent()) {
                    return head.get().id() + m.getValue();
                }
            }
        }
        return taxonomy.lookup(n).map(MetricTaxonomy.Entry::id).orElse(null);
    }

    private boolean sameIndicator(String a, String b) {
        String ia = indicatorOf(a);
        return ia != null && ia.equals(indicatorOf(b));
    }

    /** True when the two names agree (similarity ≥ 0.5). */
    public boolean agree(String a, String b) {
        return similarity(a, b) >= THRESHOLD;
    }

    /** Similarity of names already normalized with {@link #normalize(String)}. */
    static double similarityOfNormalized(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        double best = dice(a, b);
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (longer.contains(shorter)) {
            double ratio = (double) codePoints(shorter) / codePoints(longer);
            best = Math.max(best, ratio);
        }
        return best;
    }

    /** Dice coefficient of the character-bigram multisets; 0 when either has fewer than two code points. */
    static double dice(String a, String b) {
        Map<Long, Integer> ba = bigrams(a);
        Map<Long, Integer> bb = bigrams(b);
        int na = ba.values().stream().mapToInt(Integer::intValue).sum();
        int nb = bb.values().stream().mapToInt(Integer::intValue).sum();
        if (na == 0 || nb == 0) {
            return 0;
        }
        int common = 0;
        for (Map.Entry<Long, Integer> e : ba.entrySet()) {
            Integer c = bb.get(e.getKey());
            if (c != null) {
                common += Math.min(c, e.getValue());
            }
        }
        return 2.0 * common / (na + nb);
    }

    private static Map<Long, Integer> bigrams(String s) {
        int[] cps = s.codePoints().toArray();
        Map<Long, Integer> m = new HashMap<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            m.merge(((long) cps[i] << 32) | (cps[i + 1] & 0xffffffffL), 1, Integer::sum);
        }
        return m;
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }
}
