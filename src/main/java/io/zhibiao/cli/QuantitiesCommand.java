package io.zhibiao.cli;

import io.zhibiao.IndicatorExtractor;
import io.zhibiao.QuantityMention;
import io.zhibiao.format.RecordFields;
import io.zhibiao.format.RowWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code quantities}: every quantity mention found, record or not; same inputs and batch options as extract. */
@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = "List every quantity mention (value, unit, qualifier, offsets), record or not.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every document done", "1:some document failed", "2:usage"})
public final class QuantitiesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common = new CommonOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    BatchOptions batch = new BatchOptions();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, archives, JSONL files or - for stdin.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        output.check();
        RowWriter.Format format = output.resolvedFormat();
        IndicatorExtractor extractor = common.extractor();
        Batch.Processor processor = (doc, text) -> {
            List<QuantityMention> found = extractor.quantities(text);
            List<Map<String, Object>> rows = new ArrayList<>(found.size());
            for (QuantityMention q : found) {
                rows.add(RecordFields.of(doc, q));
            }
            return rows;
        };
        return BatchRun.execute(batch, output, format, RecordFields.QUANTITY_KEYS, paths, processor, System.in,
                System.out, System.err);
    }
}
