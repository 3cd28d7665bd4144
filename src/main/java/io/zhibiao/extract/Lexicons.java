package io.zhibiao.extract;

import io.zhibiao.LexiconException;
import io.zhibiao.extract.metric.MetricShape;
import io.zhibiao.lexicon.Gazetteer;
import io.zhibiao.lexicon.MetricTaxonomy;
import io.zhibiao.lexicon.TsvReader;
import io.zhibiao.lexicon.UnitTable;
import java.nio.file.Path;
import java.util.List;

/**
 * All reference data one extractor uses: the shipped data files plus the user's. A user file is
 * recognised by its column header (see each data file's header): {@code unit} → units,
 * {@code magnitude} → magnitudes, {@code id} → metrics, {@code short} → abbreviations, {@code alias} → metric aliases,
 * {@code word}+{@code dimension} → metric modifiers, {@code word}+{@code role} → metric words,
 * {@code cue} → cue words, {@code word}+{@code type} → period words, {@code head} → metric heads, {@code phrase} → fixed phrases, {@code class}+{@code word} → word classes of the record stage,
 * {@code code}+{@code name}+{@code level} → regions, {@code word}+{@code refers} → region reference words,
 * {@code cue}+{@code where} → region cues, {@code edge}+{@code word} → metric edges,
 * {@code rule}+{@code when} → clause rules.
 */
public record Lexicons(UnitTable units, MetricTaxonomy metrics, CueLexicon cues, PeriodFinder periods, Heads heads,
        Phrases phrases, Gazetteer regions, Words words, MetricShape metricEdges, ClauseRules clauses) {

    public static Lexicons defaults() {
        return new Lexicons(UnitTable.defaults(), MetricTaxonomy.defaults(), CueLexicon.defaults(), PeriodFinder.defaults(),
                Heads.defaults(), Phrases.defaults(), Gazetteer.defaults(), Words.defaults(),
                MetricShape.defaults(), ClauseRules.defaults());
    }

    /** These lexicons plus the user's files, in order. */
    public Lexicons with(List<Path> files) {
        Lexicons l = this;
        for (Path f : files) {
            l = l.with(f);
        }
        return l;
    }

    private Lexicons with(Path file) {
        List<TsvReader.Row> rows = TsvReader.readFile(file);
        if (rows.isEmpty()) {
            return this;
        }
        TsvReader.Row first = rows.get(0);
        if (ClauseRules.accepts(first)) {
            return new Lexicons(units, metrics, cues, periods, heads, phrases, regions, words, metricEdges, clauses.withFile(file));
        }
        if (Gazetteer.accepts(first)) {
            return new Lexicons(units, metrics, cues, periods, heads, phrases, regions.withFile(file), words, metricEdges, clauses);
        }
        if (MetricShape.accepts(first)) { // before class+word: an edge file has both
            return new Lexicons(units, metrics, cues, periods, heads, phrases, regions, words, metricEdges.withFile(file), clauses);
        }
        if (first.has("unit") || first.has("magnitude")) {
            return new Lexicons(units.withFile(file), metrics, cues, periods, heads, phrases, regions, words, metricEdges, clauses);
        }
        if (MetricTaxonomy.accepts(first)) {
            return new Lexicons(units, metrics.withFile(file), cues, periods, heads, phrases, regions, words, metricEdges, clauses);
        }
        if (first.has("cue")) {
            return new Lexicons(units, metrics, cues.withFile(file), periods, heads, phrases, regions, words, metricEdges, clauses);
        }
        if (first.has("class") && first.has("word")) {
            return new Lexicons(units, metrics, cues, periods, heads, phrases, regions, words.withFile(file), metricEdges, clauses);
        }
        if (first.has("type") && first.has("word")) {
            return new Lexicons(units, metrics, cues, periods.withFile(file), heads, phrases, regions, words, metricEdges, clauses);
        }
        if (first.has("head")) {
            return new Lexicons(units, metrics, cues, periods, heads.withFile(file), phrases, regions, words, metricEdges, clauses);
        }
        if (first.has("phrase")) {
            return new Lexicons(units, metrics, cues, periods, heads, phrases.withFile(file), regions, words, metricEdges, clauses);
        }
        throw new LexiconException(file.toString(), first.line(),
                "unknown lexicon kind: the column header is not that of a known data file (see docs/lexicons.md)");
    }
}
