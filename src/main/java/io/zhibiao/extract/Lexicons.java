package io.zhibiao.extract;

import io.zhibiao.LexiconException;
import io.zhibiao.lexicon.Gazetteer;
import io.zhibiao.lexicon.MetricTaxonomy;
import io.zhibiao.lexicon.TsvReader;
import io.zhibiao.lexicon.UnitTable;
import java.nio.file.Path;
import java.util.List;

/**
 * All reference data one extractor uses: the shipped data files plus the user's. A user file is
 * recognised by its column header (see each data file's header): {@code unit} → units,
 * {@code magnitude} → magnitudes, {@code id} → metrics, {@code short} → abbreviations,
 * {@code code}+{@code name}+{@code level} → regions, {@code word}+{@code refers} → region reference
 * words, {@code cue}+{@code where} → region cues.
 */
public record Lexicons(UnitTable units, MetricTaxonomy metrics, Gazetteer regions) {

    public static Lexicons defaults() {
        return new Lexicons(UnitTable.defaults(), MetricTaxonomy.defaults(), Gazetteer.defaults());
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
        if (Gazetteer.accepts(first)) {
            return new Lexicons(units, metrics, regions.withFile(file));
        }
        if (first.has("unit") || first.has("magnitude")) {
            return new Lexicons(units.withFile(file), metrics, regions);
        }
        if (first.has("id") || first.has("short")) {
            return new Lexicons(units, metrics.withFile(file), regions);
        }
        throw new LexiconException(file.toString(), first.line(),
                "unknown lexicon kind: the column header must start a units, magnitudes, metrics, abbreviations,"
                        + " regions, region words or region cues file");
    }
}
