package io.zhibiao.eval;

import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.extract.period.PublicationDates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Runs an extractor over documents and scores it against their gold files.
 *
 * <pre>{@code
 * EvalReport report = Evaluator.evaluate(IndicatorExtractor.builder().build(),
 *         Path.of("fixtures"), List.of(Path.of("seeds")));
 * double f1 = report.totals().strict().f1();
 * }</pre>
 *
 * Each document is extracted with its gold file's context (year, date, default region). Gold
 * files are found by document file name; a document without one is a {@link Problem}, and so is
 * a gold file that cannot be read. Thread-safe.
 */
public final class Evaluator {
    private final Scorer scorer;
    private final boolean withoutYear;
    private final boolean fileDates;

    public Evaluator(Scorer scorer) {
        this(scorer, false, false);
    }

    private Evaluator(Scorer scorer, boolean withoutYear, boolean fileDates) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.withoutYear = withoutYear;
        this.fileDates = fileDates;
    }

    /**
     * This evaluator extracting without the gold context's year and date (its default region
     * stays): periods are dated from the text alone, as for an archive of unknown years.
     */
    public Evaluator withoutYear() {
        return new Evaluator(scorer, true, fileDates);
    }

    /**
     * This evaluator, when it extracts without the gold's year, dating each document from a date or
     * a year in its file name as {@code extract} does with a path (an archive's file names:
     * 2023-07-31_a.txt, h02_neimenggu_2013.txt); the text's own anchors still come first.
     */
    public Evaluator withFileDates() {
        return new Evaluator(scorer, withoutYear, true);
    }

    /** With {@link Scorer#defaults()}. */
    public static Evaluator defaults() {
        return new Evaluator(Scorer.defaults());
    }

    public Scorer scorer() {
        return scorer;
    }

    /**
     * Scores {@code extractor} on {@code docs} (files, or directories searched recursively for
     * {@code *.txt}) against the gold files under {@code goldDir}.
     */
    public static EvalReport evaluate(IndicatorExtractor extractor, Path goldDir, List<Path> docs) {
        return defaults().evaluate(extractor, GoldSet.load(goldDir), docs);
    }

    /** Scores {@code extractor} on {@code docs} against {@code gold}. */
    public EvalReport evaluate(IndicatorExtractor extractor, GoldSet gold, List<Path> docs) {
        Objects.requireNonNull(extractor, "extractor");
        List<Problem> problems = new ArrayList<>(gold.problems());
        List<DocumentScore> scores = new ArrayList<>();
        for (Path file : expand(docs, problems)) {
            String name = file.getFileName().toString();
            GoldFile g = gold.find(name).orElse(null);
            if (g == null) {
                problems.add(new Problem(file.toString(), "no gold file for " + name));
                continue;
            }
            String text;
            try {
                text = readText(file);
            } catch (IOException e) {
                problems.add(new Problem(file.toString(), e.getMessage()));
                continue;
            }
            try {
                scores.add(scoreDocument(extractor, g, text));
            } catch (RuntimeException e) {
                problems.add(new Problem(file.toString(), "extraction failed: " + message(e)));
            }
        }
        return new EvalReport(scores, problems);
    }

    /** Extracts {@code text} with the gold file's context and scores it. */
    public DocumentScore scoreDocument(IndicatorExtractor extractor, GoldFile gold, String text) {
        io.zhibiao.DocumentContext context = gold.context().toDocumentContext();
        if (withoutYear) {
            context = new io.zhibiao.DocumentContext(null, null, context.defaultRegion());
            if (fileDates) {
                java.time.LocalDate date = PublicationDates.find(gold.doc());
                context = date != null ? context.withPublished(date)
                        : context.withPublishedYear(PublicationDates.findYear(gold.doc()));
            }
        }
        List<Indicator> predicted = extractor.extract(text, context);
        return scorer.scoreIndicators(gold.doc(), gold.records(), predicted);
    }

    /** Files as given; directories searched recursively for *.txt, sorted. */
    private static List<Path> expand(List<Path> docs, List<Problem> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : docs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new Problem(p.toString(), "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                problems.add(new Problem(p.toString(), "no such file or directory"));
            }
        }
        return out;
    }

    /** Strict UTF-8. */
    static String readText(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8 text", e);
        }
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }
}
