package io.zhibiao.cli;

import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.format.RecordFields;
import io.zhibiao.format.RowWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: records of each input document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract indicator records from files, directories (recursively, *.txt) or - (stdin).")
public final class ExtractCommand implements Callable<Integer> {
    /** Columns of the table format (the full contract is in JSONL/JSON/CSV). */
    static final List<String> TABLE_COLUMNS = List.of(
            "region", "metric", "kind", "value", "unit", "qualifier", "period", "basis", "status", "scope", "evidence");

    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--explain", description = "Add each record's rule trace (JSON formats: key \"trace\").")
    boolean explain;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories or - for stdin.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        IndicatorExtractor extractor = common.builder().build();
        Inputs.Expansion in = Inputs.expand(paths, System.in);
        int failures = 0;
        for (Inputs.Problem p : in.problems()) {
            err.println("zhibiao: " + p.path() + ": " + p.reason());
            failures++;
        }
        RowWriter.Format format = output.resolvedFormat();
        List<String> columns = new ArrayList<>(RecordFields.RECORD_KEYS);
        if (format == RowWriter.Format.TABLE) {
            columns = new ArrayList<>(TABLE_COLUMNS);
            if (in.docs().size() > 1) {
                columns.add(0, "doc");
            }
        } else {
            columns.addAll(RecordFields.EXTRA_KEYS);
        }
        try (Writer w = output.open(System.out); RowWriter rows = RowWriter.create(format, w, columns)) {
            for (InputDoc doc : in.docs()) {
                List<Indicator> records;
                try {
                    records = extractor.extract(doc.read());
                } catch (Exception e) {
                    err.println("zhibiao: " + doc.id() + ": " + message(e));
                    failures++;
                    continue;
                }
                for (Indicator r : records) {
                    rows.write(RecordFields.of(doc.id(), r, explain));
                }
            }
        }
        return failures == 0 ? 0 : 1;
    }

    static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
