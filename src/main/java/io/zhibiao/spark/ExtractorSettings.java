package io.zhibiao.spark;

import io.zhibiao.DocumentContext;
import io.zhibiao.IndicatorExtractor;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the executors build their extractor: what {@link IndicatorExtractor.Builder} is told. This
 * small value travels with the Spark closures (it is {@link Serializable}); the extractor itself
 * never does, since HanLP objects do not serialize. Each executor JVM builds one extractor per
 * distinct settings value, on first use, and shares it between its tasks.
 *
 * @param year          the publication year of the documents, or {@code null}
 * @param defaultRegion the region records fall back to (the publisher's, e.g. 重庆市), or {@code null}
 * @param lexicons      extra lexicon files (as for {@code --lexicon}); each path must be readable
 *                      on every executor (a shared file system, or a file shipped with
 *                      {@code spark-submit --files} and named by its local name)
 */
public record ExtractorSettings(Integer year, String defaultRegion, List<String> lexicons) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The shipped lexicons, no document context: what {@code Zhibiao.extract} uses. */
    public static final ExtractorSettings DEFAULTS = new ExtractorSettings(null, null, List.of());

    /**
     * Checks the values at once (on the driver), as the builder would.
     *
     * @param year          the publication year, or {@code null}
     * @param defaultRegion the default region, or {@code null}
     * @param lexicons      extra lexicon files, or {@code null} for none
     */
    public ExtractorSettings {
        if (year != null) {
            new DocumentContext(year, null, null); // range check, same message as the builder's
        }
        if (defaultRegion != null && defaultRegion.isBlank()) {
            throw new IllegalArgumentException("default region is blank");
        }
        lexicons = lexicons == null ? List.of() : List.copyOf(lexicons);
    }

    /**
     * These settings with the publication year.
     *
     * @param year the publication year (1949–2200)
     * @return new settings
     */
    public ExtractorSettings withYear(int year) {
        return new ExtractorSettings(year, defaultRegion, lexicons);
    }

    /**
     * These settings with the default region.
     *
     * @param region the region records fall back to, or {@code null}
     * @return new settings
     */
    public ExtractorSettings withDefaultRegion(String region) {
        return new ExtractorSettings(year, region, lexicons);
    }

    /**
     * These settings with one more lexicon file.
     *
     * @param file a path readable on every executor
     * @return new settings
     */
    public ExtractorSettings withLexicon(String file) {
        List<String> l = new ArrayList<>(lexicons);
        l.add(Objects.requireNonNull(file, "file"));
        return new ExtractorSettings(year, defaultRegion, l);
    }

    /** Builds the extractor these settings describe (loads lexicons: slow, call once per JVM). */
    IndicatorExtractor build() {
        IndicatorExtractor.Builder b = IndicatorExtractor.builder();
        if (year != null) {
            b.documentYear(year);
        }
        if (defaultRegion != null) {
            b.defaultRegion(defaultRegion);
        }
        for (String f : lexicons) {
            b.lexicon(Path.of(f));
        }
        return b.build();
    }
}
