package io.zhibiao.cli;

import io.zhibiao.IndicatorExtractor;
import io.zhibiao.eval.DocumentScore;
import io.zhibiao.eval.EvalReport;
import io.zhibiao.eval.Evaluator;
import io.zhibiao.eval.GoldFile;
import io.zhibiao.eval.GoldSet;
import io.zhibiao.eval.Problem;
import io.zhibiao.eval.ReportFormat;
import io.zhibiao.eval.Scorer;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval}: scores extraction against gold files (docs/annotation.md, section 5;
 * docs/evaluation.md). Exit codes: 0 ok, 1 some input or gold file failed (each reported on
 * stderr with its path), 2 usage.
 *
 * <p>The plain output ends with a three-line summary (strict, value, accuracies), so that
 * {@code eval … | tail -3} gives the figures.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score extraction against gold files (matched to inputs by file name, the gold's \"doc\").",
            "Prints a per-document table and a total; the last three lines are a summary."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:all inputs scored", "1:some input or gold file failed (reported on stderr)", "2:usage"})
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "Directory of gold files (*.json, searched recursively), or one gold file.")
    Path gold;

    @Option(names = "--json", description = "Write the report as JSON instead of a table.")
    boolean json;

    @Option(names = "--misses", description = "List missed and spurious records, each with its nearest counterpart and why.")
    boolean misses;

    @Option(names = "--errors", description = "Print the error summary: errors counted by reason.")
    boolean errors;

    @Option(names = "--without-year",
            description = "Extract without the gold context's year and date (periods dated from the text alone).")
    boolean withoutYear;

    @Option(names = "--file-dates",
            description = "With --without-year: date each document from a date or a year in its file name "
                    + "(2023-07-31_a.txt, h02_neimenggu_2013.txt), as extract does with a path.")
    boolean fileDates;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Extra lexicon file (units, metrics, abbreviations …); used by extractor and scorer; repeatable.")
    List<Path> lexicons = new ArrayList<>();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories (recursively, *.txt).")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintStream err = System.err;
        if (!Files.exists(gold)) {
            err.println("zhibiao: --gold " + gold + ": no such directory or file");
            return 2;
        }
        IndicatorExtractor.Builder b = IndicatorExtractor.builder();
        lexicons.forEach(b::lexicon);
        IndicatorExtractor extractor = b.build();
        Evaluator evaluator = new Evaluator(Scorer.withLexicons(lexicons));
        if (fileDates && !withoutYear) {
            err.println("zhibiao: --file-dates needs --without-year (with the gold's year the file name is not read)");
            return 2;
        }
        if (withoutYear) {
            evaluator = evaluator.withoutYear();
        }
        if (fileDates) {
            evaluator = evaluator.withFileDates();
        }

        GoldSet goldSet;
        try {
            goldSet = GoldSet.load(gold);
        } catch (UncheckedIOException e) {
            err.println("zhibiao: --gold " + gold + ": " + e.getMessage());
            return 2;
        }
        List<Problem> problems = new ArrayList<>(goldSet.problems());
        Inputs.Expansion in = Inputs.expand(paths, System.in);
        for (Inputs.Problem p : in.problems()) {
            problems.add(new Problem(p.path(), p.reason()));
        }
        List<DocumentScore> scores = new ArrayList<>();
        for (InputDoc doc : in.docs()) {
            if (doc.id().equals("-")) {
                problems.add(new Problem("-", "standard input has no file name to find its gold file by"));
                continue;
            }
            String name = Path.of(doc.id()).getFileName().toString();
            Optional<GoldFile> g = goldSet.find(name);
            if (g.isEmpty()) {
                problems.add(new Problem(doc.id(), "no gold file for " + name + " under " + gold));
                continue;
            }
            try {
                scores.add(evaluator.scoreDocument(extractor, g.get(), doc.read()));
            } catch (Exception e) {
                problems.add(new Problem(doc.id(), ExtractCommand.message(e)));
            }
        }
        EvalReport report = new EvalReport(scores, problems);
        for (Problem p : problems) {
            err.println("zhibiao: " + p.path() + ": " + p.reason());
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        if (json) {
            out.print(ReportFormat.json(report, misses));
        } else {
            if (misses) {
                out.print(ReportFormat.misses(report));
                out.println();
            }
            if (errors) {
                out.print(ReportFormat.errors(report));
                out.println();
            }
            out.print(ReportFormat.table(report));
        }
        out.flush();
        return problems.isEmpty() ? 0 : 1;
    }
}
