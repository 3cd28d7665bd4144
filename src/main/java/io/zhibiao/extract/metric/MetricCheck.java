package io.zhibiao.extract.metric;

import io.zhibiao.Indicator;
import io.zhibiao.Kind;
import io.zhibiao.Metric;
import io.zhibiao.extract.Rule;
import io.zhibiao.lexicon.MetricTaxonomy;
import io.zhibiao.lexicon.RegionWords;
import io.zhibiao.text.Normalizers;
import java.util.ArrayList;
import java.util.List;

/**
 * The last word on a record's metric: its edges are checked ({@link MetricShape}) and stripped.
 * A record whose metric is no name at all (的有, 继续, 5年内 …) takes its metric from the first
 * carry rule that has one, in this order:
 * <ol>
 * <li>{@code metric:carry-frame}: a naming frame earlier in its sentence (以经济总量计，深圳继续位居内地城市第三 → 经济总量);
 * <li>{@code metric:carry-scope}: a rank whose scope is a reference word plus a name
 *     (稳居全省县域经济首位 → scope 全省, metric 县域经济);
 * <li>one character right after its figure is what the figure counts (11个镇): kept as it is;
 * <li>{@code metric:carry-same-figure}: an amount stated before with the same value and unit is
 *     named again (渝北地区生产总值突破2000亿元。…在这2000亿元的背后);
 * <li>{@code metric:carry-sentence}: the record before it in the same sentence (for an amount after a share or a
 *     rate, the last amount in its unit);
 * </ol>
 * else it is dropped: a figure without a metric is no fact (docs/annotation.md 1). Each edit is
 * named in the record's trace ({@code metric:edge:end:possession:有}). Immutable, thread-safe.
 */
public final class MetricCheck {
    private static final String SENTENCE_ENDS = "。！？!?；;";
    private static final int SENTENCE_SPAN = 300;

    private final MetricShape shape;
    private final MetricTaxonomy taxonomy;
    private final RegionWords regionWords;

    public MetricCheck(MetricShape shape, MetricTaxonomy taxonomy, RegionWords regionWords) {
        this.shape = shape;
        this.taxonomy = taxonomy;
        this.regionWords = regionWords;
    }

    /** The records of one document in order, their metrics checked; {@code original} is the input text. */
    public List<Indicator> apply(String input, List<Indicator> records) {
        String original = Normalizers.foldTraditionalChars(input); // same offsets, simplified words
        List<Indicator> out = new ArrayList<>(records.size());
        Indicator previous = null;
        java.util.Map<String, Indicator> figures = new java.util.HashMap<>();
        java.util.Map<String, Indicator> amounts = new java.util.HashMap<>(); // the last amount of each unit
        for (Indicator r : records) {
            Indicator before = previous;
            if (r.kind() == Kind.AMOUNT && previous != null && previous.kind() != Kind.AMOUNT) {
                // 衝破2,400億元　台商貢獻逾三成…今年拚突破2,700億元: an amount goes on with the last amount in its unit
                Indicator a = amounts.get(r.quantity().unit());
                before = a != null ? a : previous;
            }
            Indicator checked = check(input, original, r, before, figures);
            if (checked != null) {
                out.add(checked);
                previous = checked;
                figures.put(figureKey(checked), checked);
                if (checked.kind() == Kind.AMOUNT) {
                    amounts.put(checked.quantity().unit(), checked);
                }
            }
        }
        return out;
    }

    /** A figure's identity for restatements: kind, value and unit (2000亿元 named again). */
    private static String figureKey(Indicator r) {
        return r.kind() + " " + r.quantity().value().stripTrailingZeros().toPlainString() + " " + r.quantity().unit();
    }

    private Indicator check(String input, String original, Indicator r, Indicator previous, java.util.Map<String, Indicator> figures) {
        String mention = r.metric().mention();
        MetricShape.Result result = shape.check(mention);
        if (!result.changed() && !result.rejected()) {
            return r;
        }
        List<String> trace = new ArrayList<>(r.trace());
        List<String> edits = new ArrayList<>();
        for (MetricShape.Edit e : result.edits()) {
            trace.add(Rule.METRIC_EDGE.with(e.toString()));
            edits.add(e.toString());
        }
        int before = trace.size();
        Metric metric;
        String scope = r.scope();
        String[] split;
        String framed;
        if (!result.rejected()) {
            metric = metric(result.phrase());
        } else if ((framed = shape.namedByFrame(original, sentenceStart(original, r.span().start()),
                r.span().start())) != null) {
            metric = metric(framed);
            trace.add(Rule.METRIC_CARRY_FRAME.id());
        } else if (r.kind() == Kind.RANK && (split = splitScope(scope)) != null) {
            scope = split[0];
            metric = metric(split[1]);
            trace.add(Rule.METRIC_CARRY_SCOPE.id());
        } else if (result.edits().isEmpty() && mention.length() == 1 && r.evidence().endsWith(mention)) {
            return r; // 辖31个街道、11个镇: the noun right after the figure is what it counts
        } else if (figures.containsKey(figureKey(r)) && r.kind() == Kind.AMOUNT) {
            metric = figures.get(figureKey(r)).metric(); // 在这2000亿元的背后: a figure named again
            trace.add(Rule.METRIC_CARRY_SAME_FIGURE.id());
        } else if (previous != null && sameSentence(original, previous, r)) {
            metric = previous.metric();
            trace.add(Rule.METRIC_CARRY_SENTENCE.id());
        } else {
            return null;
        }
        return new Indicator(r.region(), metric, r.subject(), r.kind(), r.quantity(), r.qualifier(), r.period(),
                r.basis(), r.status(), scope, r.evidence(), r.span(), trace,
                io.zhibiao.extract.Explainer.withMetric(r.explanation(), original, input, metric.mention(),
                        trace.subList(before - edits.size(), trace.size()), edits));
    }

    /** 全省县域经济 → [全省, 县域经济]: a scope that is a reference word plus a name; else null. */
    private String[] splitScope(String scope) {
        if (scope == null) {
            return null;
        }
        for (int i = Math.min(scope.length() - 2, 4); i >= 2; i--) {
            if (regionWords.word(scope.substring(0, i)) != null) {
                MetricShape.Result rest = shape.check(scope.substring(i));
                if (!rest.rejected() && !rest.changed()) {
                    return new String[] {scope.substring(0, i), rest.phrase()};
                }
            }
        }
        return null;
    }

    /** How far back (chars) a naming frame is looked for: near its figure, and the search stays linear. */
    private static final int FRAME_WINDOW = 120;

    /** The start of the sentence holding {@code offset}, at most {@link #FRAME_WINDOW} chars back. */
    private static int sentenceStart(String original, int offset) {
        int i = Math.min(offset, original.length()) - 1;
        int limit = Math.max(0, offset - FRAME_WINDOW);
        while (i >= limit && SENTENCE_ENDS.indexOf(original.charAt(i)) < 0 && original.charAt(i) != '\n') {
            i--;
        }
        return i + 1;
    }

    private Metric metric(String phrase) {
        return taxonomy.lookup(phrase).map(e -> new Metric(e.id(), e.name(), phrase)).orElse(Metric.unknown(phrase));
    }

    /**
     * No sentence end lies between {@code a} and {@code b}: from the end of the earlier one's evidence (its
     * figure; its evidence may open before a ；: …居第4位；比年初增加96.4亿元，其中三季度当季增加18.2亿元) to the
     * start of the later one's.
     */
    static boolean sameSentence(String original, Indicator a, Indicator b) {
        Indicator first = a.span().start() <= b.span().start() ? a : b;
        Indicator second = first == a ? b : a;
        int to = second.span().start();
        int from = Math.min(first.span().end(), to);
        if (to - from > SENTENCE_SPAN) {
            return false; // farther apart than a sentence runs (and the check stays linear)
        }
        for (int i = from; i < to && i < original.length(); i++) {
            if (SENTENCE_ENDS.indexOf(original.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
