package io.zhibiao.extract;

import io.zhibiao.Indicator;
import io.zhibiao.Kind;
import io.zhibiao.Metric;
import io.zhibiao.lexicon.MetricResolver;
import io.zhibiao.lexicon.UnitTable;
import io.zhibiao.text.Document;
import io.zhibiao.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last stage: each finished record's metric phrase → taxonomy id and modifiers
 * ({@link MetricResolver}), with the record's paragraph (up to the record's end) as context, so
 * that 制造业增加值 after 规上工业 in the same paragraph is the 规上 figure. A phrase the
 * taxonomy cannot place keeps {@code metricId} null, and so does an amount whose unit contradicts
 * the indicator's (a count of 个 for an indicator in 亿元, money for one counted in 家: the phrase
 * named something else). Immutable and thread-safe.
 */
final class MetricStage {
    /** How far back the context reaches inside a paragraph (chars of the original). */
    static final int CONTEXT_CHARS = 400;
    /** The rules that read a table's cells (a record from a table row). */
    private static final java.util.Set<String> TABLE_RULES = java.util.Set.of(Rule.TABLE_VALUE.id(), Rule.TABLE_GROWTH.id(),
            Rule.TABLE_SHARE.id(), Rule.TABLE_POINTS.id());

    private static final String MONEY = "money";
    private static final String COUNT = "count";

    private final MetricResolver resolver;
    private final UnitTable units;

    MetricStage(MetricResolver resolver, UnitTable units, Words words) {
        this.resolver = resolver;
        this.units = units;
        this.firmEndings = words.list("firm-ending");
        this.words = words;
    }

    private final Words words;

    /** 城镇新增就业完成年度目标 (a PERCENT): the completion rate of the indicator before 完成 (words.tsv goal-noun ends it). */
    private Optional<MetricResolver.Resolution> completion(String mention, Kind kind, String context, boolean subject) {
        int c = mention.lastIndexOf("完成");
        if (kind != Kind.PERCENT || c <= 0 || !words.endsWithAny("goal-noun", mention)) {
            return Optional.empty();
        }
        return resolver.resolveCompletion(mention.substring(0, c), context, subject);
    }

    /** Words that end the name of one firm (words.tsv firm-ending: 重庆宇海精密制造股份有限公司, 金陵大饭店). */
    private final List<String> firmEndings;

    /**
     * Whether the record's sentence (its context after the last full stop) names a firm: then 员工,
     * 资产, 产值 there are the firm's, as when the record has a subject.
     */
    boolean namesAFirm(String context) {
        String sentence = sentence(context);
        for (String w : firmEndings) {
            if (sentence.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The last sentence of a context: the text after its last full stop. */
    static String sentence(String context) {
        int stop = Math.max(context.lastIndexOf('。'), Math.max(context.lastIndexOf('！'), context.lastIndexOf('？')));
        return context.substring(stop + 1);
    }

    /** An amount in money for an indicator counted in units, or the other way round. */
    private boolean unitContradicts(Indicator r, String id) {
        if (r.kind() != Kind.AMOUNT || r.quantity().unit() == null) {
            return false;
        }
        String typical = units.resolve(resolver.typicalUnit(id)).map(UnitTable.Unit::family).orElse(null);
        String actual = units.resolve(r.quantity().unit()).map(UnitTable.Unit::family).orElse(null);
        return (MONEY.equals(typical) && COUNT.equals(actual)) || (COUNT.equals(typical) && MONEY.equals(actual));
    }

    /**
     * The records with their metric ids. The context is the record's line of the original up to the
     * record (its paragraph in text with one paragraph a line) and its sentence read in the
     * normalized text, where the soft line breaks of a newspaper column are joined
     * (text/LineJoinStep): a sentence wrapped over several short lines is read whole, for the firm a
     * sentence names and (its clause after the last semicolon) for the scope words of re-scoping.
     */
    List<Indicator> apply(Document doc, List<Indicator> records) {
        NormalizedText n = doc.normalized();
        String original = doc.original();
        List<Indicator> out = new ArrayList<>(records.size());
        for (Indicator r : records) {
            Metric m = r.metric();
            int start = n.fromOriginal(r.span().start());
            int end = Math.max(start, n.fromOriginal(r.span().end()));
            String sentence = sentence(context(n.text(), start, end));
            // scope words of the same clause only: a 规上 clause before a semicolon does not re-scope the next one
            String clause = sentence.substring(Math.max(sentence.lastIndexOf('；'), sentence.lastIndexOf(';')) + 1);
            // a table row says nothing but its name and figures: the title and text above it say what it is about
            String above = r.trace().stream().anyMatch(TABLE_RULES::contains)
                    ? original.substring(Math.max(0, r.span().start() - CONTEXT_CHARS), r.span().start()) + "\n" : "";
            String context = above + context(original, r.span().start(), r.span().end()) + "\n" + clause;
            boolean subject = r.subject() != null || namesAFirm(sentence);
            Metric resolved = resolver.resolve(m.mention(), r.kind(), context, subject)
                    .or(() -> resolver.resolveWithTopic(m.mention(), r.kind(), sentence, subject))
                    .or(() -> resolver.resolveBareIndustry(m.mention(), r.kind(), context))
                    .or(() -> completion(m.mention(), r.kind(), context, subject))
                    .filter(x -> !unitContradicts(r, x.entry().id()))
                    .map(x -> new Metric(x.entry().id(), x.entry().name(), m.mention(), x.modifiers()))
                    .orElse(Metric.unknown(m.mention()));
            out.add(resolved.equals(m) ? r : r.withMetric(resolved));
        }
        return out;
    }

    /** The paragraph of [start, end) from its first line (or CONTEXT_CHARS back) to end (at most CONTEXT_CHARS past start). */
    static String context(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start > end) {
            return "";
        }
        int from = start;
        int floor = Math.max(0, start - CONTEXT_CHARS);
        while (from > floor) {
            char c = text.charAt(from - 1);
            if (c == '\n' || c == '\r') {
                break;
            }
            from--;
        }
        // bounded on both sides: a long enumeration's evidence must not make every record's context long
        return text.substring(from, Math.min(end, start + CONTEXT_CHARS));
    }
}
