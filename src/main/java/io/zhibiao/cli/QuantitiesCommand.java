package io.zhibiao.cli;

import io.zhibiao.IndicatorExtractor;
import io.zhibiao.QuantityMention;
import io.zhibiao.format.RecordFields;
import io.zhibiao.format.RowWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code quantities}: every quantity mention found, record or not. */
@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = "List every quantity mention (value, unit, qualifier, offsets), record or not.")
public final class QuantitiesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

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
        try (Writer w = output.open(System.out);
                RowWriter rows = RowWriter.create(format, w, RecordFields.QUANTITY_KEYS)) {
            for (InputDoc doc : in.docs()) {
                List<QuantityMention> found;
                try {
                    found = extractor.quantities(doc.read());
                } catch (Exception e) {
                    err.println("zhibiao: " + doc.id() + ": " + ExtractCommand.message(e));
                    failures++;
                    continue;
                }
                for (QuantityMention q : found) {
                    rows.write(RecordFields.of(doc.id(), q));
                }
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
