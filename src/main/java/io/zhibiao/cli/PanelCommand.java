package io.zhibiao.cli;

import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.format.RecordFields;
import io.zhibiao.format.RowWriter;
import io.zhibiao.panel.Panel;
import io.zhibiao.panel.PanelRows;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code panel}: records → one row per region code × metric id × modifiers × period × kind (docs/cli.md). */
@Command(name = "panel", mixinStandardHelpOptions = true,
        description = "Join records into a table: one row per region code x metric id x modifiers x period x kind "
                + "(x status x basis x base unit), with the value in the base unit, how many documents state it, whether they "
                + "disagree and where each statement is. Input: documents (extracted first, as extract does) or, with "
                + "--from-records, JSONL files of records. Bounded memory (external sort).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done", "1:some input failed", "2:usage"})
public final class PanelCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    BatchOptions batch = new BatchOptions();

    @Option(names = "--from-records", description = "PATHs are JSONL files of records (extract --format jsonl), not documents.")
    boolean fromRecords;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "csv", description = "csv (default) or jsonl.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--chunk", paramLabel = "N", defaultValue = "200000",
            description = "Records held in memory before a sorted run is spilled to a temporary file (default 200000).")
    int chunk;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Documents (files, directories, archives, JSONL articles, -), or with --from-records JSONL record files.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        return run(System.in, System.out, System.err);
    }

    int run(java.io.InputStream stdin, PrintStream stdout, PrintStream err) throws Exception {
        RowWriter.Format fmt;
        String f = format.toLowerCase(java.util.Locale.ROOT);
        if (f.equals("csv")) {
            fmt = RowWriter.Format.CSV;
        } else if (f.equals("jsonl")) {
            fmt = RowWriter.Format.JSONL;
        } else {
            err.println("zhibiao panel: --format must be csv or jsonl, not '" + format + "'");
            return 2;
        }
        if (batch.resume) {
            err.println("zhibiao panel: --resume does not apply (the panel is built from all records each run); "
                    + "resume the extract run instead, then use panel --from-records");
            return 2;
        }
        if (chunk < 1) {
            err.println("zhibiao panel: --chunk must be positive, not " + chunk);
            return 2;
        }
        int code = 0;
        Path extracted = null;
        try (Panel panel = new Panel(chunk, common.year)) {
            List<Path> recordFiles = new ArrayList<>();
            if (fromRecords) {
                for (String p : paths) {
                    Path file = Path.of(p);
                    if (!Files.isRegularFile(file)) {
                        err.println("zhibiao: " + p + ": not a file of records");
                        code = 1;
                        continue;
                    }
                    recordFiles.add(file);
                }
            } else {
                extracted = Files.createTempFile("zhibiao-panel-records", ".jsonl");
                code = extract(extracted, stdin, err);
                recordFiles.add(extracted);
            }
            for (Path file : recordFiles) {
                try {
                    panel.addJsonl(file);
                } catch (IOException e) {
                    err.println("zhibiao: " + e.getMessage());
                    code = 1;
                }
            }
            long rows;
            OutputOptions out = new OutputOptions();
            out.output = output;
            try (Writer w = out.open(stdout); RowWriter rw = RowWriter.create(fmt, w, PanelRows.COLUMNS)) {
                boolean csv = fmt == RowWriter.Format.CSV;
                rows = panel.finish(row -> rw.write(csv ? csvRow(row) : row));
            }
            err.println("zhibiao panel: " + panel.records() + " records, " + rows + " rows, " + panel.skipped()
                    + " records without regionCode or metricId left out");
        } finally {
            if (extracted != null) {
                Files.deleteIfExists(extracted);
            }
        }
        return code;
    }

    /** Documents → a JSONL file of records, through the batch runner (same inputs and options as extract). */
    private int extract(Path into, java.io.InputStream stdin, PrintStream err) throws Exception {
        IndicatorExtractor extractor = common.extractor();
        List<String> columns = new ArrayList<>(RecordFields.RECORD_KEYS);
        columns.addAll(RecordFields.EXTRA_KEYS);
        OutputOptions out = new OutputOptions();
        out.output = into;
        DateOptions dates = new DateOptions(); // a date or a year in a document's id or path, as extract reads it
        Batch.Processor processor = (doc, text) -> {
            List<Indicator> records = extractor.extract(text, dates.contextOf(doc, null));
            List<Map<String, Object>> rows = new ArrayList<>(records.size());
            for (Indicator r : records) {
                rows.add(RecordFields.of(doc, r, false));
            }
            return rows;
        };
        return BatchRun.execute(batch, out, RowWriter.Format.JSONL, columns, paths, processor, stdin,
                new PrintStream(java.io.OutputStream.nullOutputStream()), err);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> csvRow(Map<String, Object> row) {
        Map<String, Object> m = new LinkedHashMap<>(row);
        m.put("disagreeing", PanelRows.cell((List<Map<String, Object>>) row.get("disagreeing")));
        m.put("provenance", PanelRows.cell((List<Map<String, Object>>) row.get("provenance")));
        return m;
    }
}
