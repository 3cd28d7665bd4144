package io.zhibiao;

import io.zhibiao.extract.Lexicons;
import io.zhibiao.extract.Pipeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Extracts indicator records from Chinese economic news. Immutable and thread-safe: build one
 * with {@link #builder()} and call it from as many threads as you like.
 *
 * <pre>{@code
 * IndicatorExtractor extractor = IndicatorExtractor.builder()
 *         .documentYear(2020)
 *         .defaultRegion("重庆市")
 *         .build();
 * for (Indicator r : extractor.extract(text)) {
 *     System.out.println(r.region().name() + " " + r.metric().mention() + " " + r.quantity().value());
 * }
 * }</pre>
 *
 * <p>{@link #extract(String)} never returns null and never throws on odd input: an empty or
 * blank text gives an empty list; control characters, NUL, unpaired surrogates, any script, numbers
 * of any size and text of any length are read in time linear in its length (docs/reliability.md). A
 * {@code null} text is a programming error and throws a {@link NullPointerException} whose message
 * is the argument's name ({@code "text"}, {@code "context"}).
 */
public final class IndicatorExtractor {
    private final DocumentContext defaults;
    private final List<Path> lexiconFiles;
    private final Pipeline pipeline;

    private IndicatorExtractor(Builder b) {
        this.defaults = new DocumentContext(b.year, b.date, b.defaultRegion);
        this.lexiconFiles = List.copyOf(b.lexiconFiles);
        // the shipped lexicons alone: one shared pipeline (it is immutable; its segmenter's dictionary is built once)
        this.pipeline = lexiconFiles.isEmpty() ? Pipeline.defaults() : new Pipeline(Lexicons.defaults().with(lexiconFiles));
    }

    /** A builder with no document context and the shipped lexicons. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder preset to this extractor's settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.year = defaults.year();
        b.date = defaults.date();
        b.defaultRegion = defaults.defaultRegion();
        b.lexiconFiles.addAll(lexiconFiles);
        return b;
    }

    /**
     * Records of {@code text}, with this extractor's document context.
     *
     * @throws NullPointerException when {@code text} is null (message {@code "text"})
     */
    public List<Indicator> extract(String text) {
        return extract(text, DocumentContext.NONE);
    }

    /**
     * Records of {@code text}; what {@code context} leaves blank comes from this extractor's
     * settings.
     *
     * @throws NullPointerException when {@code text} or {@code context} is null (message: its name)
     */
    public List<Indicator> extract(String text, DocumentContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        if (text.isBlank()) {
            return List.of();
        }
        return pipeline.extract(text, context.orElse(defaults));
    }

    /**
     * Every quantity mention of {@code text}, whether or not it becomes part of a record.
     *
     * @throws NullPointerException when {@code text} is null (message {@code "text"})
     */
    public List<QuantityMention> quantities(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return List.of();
        }
        return pipeline.quantities(text);
    }

    /** The document context this extractor applies when a call gives none. */
    public DocumentContext defaults() {
        return defaults;
    }

    /** The earliest publication year {@link Builder#documentYear} accepts. */
    public static final int MIN_YEAR = 1949;
    /** The latest publication year {@link Builder#documentYear} accepts. */
    public static final int MAX_YEAR = 2200;

    /** Configures an {@link IndicatorExtractor}; setters reject bad values at once. */
    public static final class Builder {
        private Integer year;
        private LocalDate date;
        private String defaultRegion;
        private final List<Path> lexiconFiles = new ArrayList<>();

        private Builder() {
        }

        /** The year the documents were published (resolves 上半年 to dates, picks the regions of that time). */
        public Builder documentYear(int year) {
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw new IllegalArgumentException("document year " + year + " is out of range (valid: " + MIN_YEAR
                        + " to " + MAX_YEAR + ")");
            }
            this.year = year;
            return this;
        }

        /** The date the documents were published; sets the year too. */
        public Builder documentDate(LocalDate date) {
            this.date = Objects.requireNonNull(date, "date");
            this.year = date.getYear();
            return this;
        }

        /**
         * The region records fall back to when the text names none (the publisher's region): a
         * name of the gazetteer or of a regions lexicon file ({@link #lexicon}); {@link #build()}
         * rejects a name neither knows.
         */
        public Builder defaultRegion(String region) {
            if (region != null && region.isBlank()) {
                throw new IllegalArgumentException("default region is blank");
            }
            this.defaultRegion = region;
            return this;
        }

        /**
         * Adds a lexicon file (units, magnitudes, metrics, abbreviations, regions …; recognised by
         * its column header). Read when {@link #build()} runs; errors name file and line.
         */
        public Builder lexicon(Path file) {
            lexiconFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * Builds the extractor: loads the lexicons (a bad file throws {@link LexiconException}).
         *
         * @throws IllegalArgumentException when the default region is a name no region of the
         *         gazetteer (with the lexicon files) has; the message names it
         */
        public IndicatorExtractor build() {
            IndicatorExtractor e = new IndicatorExtractor(this);
            if (defaultRegion != null && e.pipeline.lexicons().regions().lookup(defaultRegion.strip()).isEmpty()) {
                throw new IllegalArgumentException("unknown region '" + defaultRegion + "': not a name in the"
                        + " gazetteer (use a full name such as 重庆市 or 江北区, or add it with a regions lexicon file)");
            }
            return e;
        }
    }
}
