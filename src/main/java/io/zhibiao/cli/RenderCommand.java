package io.zhibiao.cli;

import io.zhibiao.render.HtmlReport;
import io.zhibiao.render.RenderRecord;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code render}: one document and its records as a self-contained HTML page (docs/cli.md). The
 * records come from the extractor, or from {@code extract} output ({@code --records}). Exit codes:
 * 0 written, 1 the input or the records could not be read, 2 usage.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render one document and its records as a self-contained HTML page:",
            "the text with every record's evidence highlighted, a sortable table and a per-region summary.",
            "Example: zhibiao render seeds/000_f71ce4f648072e4a.txt > report.html"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:page written", "1:the document or the records could not be read", "2:usage"})
public final class RenderCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--records", paramLabel = "FILE",
            description = "Draw these records instead of running the extractor: the output of extract --format jsonl"
                    + " (or json); records of other documents are left out; - reads them from standard input.")
    String records;

    @Option(names = "--title", paramLabel = "TEXT", description = "Page title (default: the document's file name).")
    String title;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Parameters(paramLabel = "PATH", arity = "1", description = "One text file, or - for standard input.")
    String path;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        OutputOptions out = new OutputOptions();
        out.output = output;
        out.check(); // -o into a missing directory: a usage error naming it
        if ("-".equals(records) && "-".equals(path)) {
            err.println("zhibiao: render: the document and --records cannot both be standard input");
            return 2;
        }
        if (!path.equals("-") && Files.isDirectory(Path.of(path))) {
            err.println("zhibiao: " + path + ": render takes one document, not a directory");
            return 2;
        }
        Inputs.Expansion in = Inputs.expand(List.of(path), System.in);
        if (!in.problems().isEmpty()) {
            Inputs.Problem p = in.problems().get(0);
            err.println("zhibiao: " + p.path() + ": " + p.reason());
            return 1;
        }
        InputDoc doc = in.docs().get(0);
        String text;
        try {
            text = doc.read();
        } catch (Exception e) {
            err.println("zhibiao: " + doc.id() + ": " + ExtractCommand.message(e));
            return 1;
        }
        List<RenderRecord> drawn;
        if (records != null) {
            try (Reader r = recordsReader()) {
                drawn = HtmlReport.readRecords(r, doc.id().equals("-") ? null : doc.id());
            } catch (Exception e) {
                err.println("zhibiao: --records " + records + ": " + ExtractCommand.message(e));
                return 1;
            }
            long outside = drawn.stream().filter(r -> !r.hasValidSpan(text.length())).count();
            if (outside > 0) {
                err.println("zhibiao: " + doc.id() + ": " + outside + " of " + drawn.size()
                        + " records have no valid span in this text (listed, not highlighted)");
            }
        } else {
            drawn = HtmlReport.records(doc.id(), common.extractor().extract(text));
        }
        String name = title != null ? title
                : doc.id().equals("-") ? "standard input" : Path.of(doc.id()).getFileName().toString();
        String html = HtmlReport.render(name, text, drawn);
        try (Writer w = output != null ? Files.newBufferedWriter(output, StandardCharsets.UTF_8)
                : new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                    @Override
                    public void close() throws java.io.IOException {
                        flush(); // never close standard output
                    }
                }) {
            w.write(html);
        }
        return 0;
    }

    private Reader recordsReader() throws java.io.IOException {
        if (records.equals("-")) {
            return new InputStreamReader(System.in, StandardCharsets.UTF_8);
        }
        return new StringReader(TextDecoding.decode(Files.readAllBytes(Path.of(records))));
    }
}
