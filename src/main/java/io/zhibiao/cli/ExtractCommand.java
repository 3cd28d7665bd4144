package io.zhibiao.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.format.RecordFields;
import io.zhibiao.format.RowWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: records of each input document, as a batch (docs/batch.md). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract indicator records from files, directories (recursively), .zip/.tar.gz archives, "
                + "JSONL files (one article a line) or - (stdin). Documents run on all cores; output keeps input "
                + "order. See docs/batch.md.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every document done", "1:some document failed (stderr and --status say which and why)",
            "2:usage"})
public final class ExtractCommand implements Callable<Integer> {
    /** Columns of the table format (the full contract is in JSONL/JSON/CSV). */
    static final List<String> TABLE_COLUMNS = List.of(
            "region", "metric", "kind", "value", "unit", "qualifier", "period", "basis", "status", "scope", "evidence");

    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    BatchOptions batch = new BatchOptions();

    @Mixin
    DateOptions dates = new DateOptions();

    @Option(names = "--explain",
            description = "Add each record's rule trace as key \"trace\" (jsonl and json only; the default format becomes jsonl).")
    boolean explain;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, archives, JSONL files or - for stdin.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        output.check();
        RowWriter.Format format = explain && output.format == null ? RowWriter.Format.JSONL : output.resolvedFormat();
        if (explain && format != RowWriter.Format.JSONL && format != RowWriter.Format.JSON) {
            throw new UsageException("--explain adds a \"trace\" key: use --format jsonl or json, not "
                    + format.name().toLowerCase(java.util.Locale.ROOT));
        }
        IndicatorExtractor.Builder builder = common.builder();
        if (dates.date != null) {
            builder.documentDate(dates.date);
        }
        IndicatorExtractor extractor = common.build(builder);
        List<String> columns = new ArrayList<>(RecordFields.ALL_KEYS);
        if (format == RowWriter.Format.TABLE) {
            columns = new ArrayList<>(TABLE_COLUMNS);
            if (BatchRun.manyDocs(paths, batch.inputFormat)) {
                columns.add(0, "doc");
            }
        }
        boolean trace = explain;
        Batch.Processor processor = new Batch.Processor() {
            @Override
            public List<Map<String, Object>> rows(String doc, String text) throws Exception {
                return rows(doc, text, null);
            }

            @Override
            public List<Map<String, Object>> rows(String doc, String text, ObjectNode fields) throws Exception {
                List<Indicator> records = extractor.extract(text, dates.contextOf(doc, fields));
                List<Map<String, Object>> rows = new ArrayList<>(records.size());
                for (Indicator r : records) {
                    rows.add(RecordFields.of(doc, r, trace));
                }
                return rows;
            }
        };
        return BatchRun.execute(batch, output, format, columns, paths, processor, System.in, System.out, System.err);
    }

    static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
