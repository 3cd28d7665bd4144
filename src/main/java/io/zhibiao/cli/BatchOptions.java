package io.zhibiao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of batch runs (docs/batch.md): threads, order, status file, resume, limits, JSONL inputs. */
public final class BatchOptions {
    /** What plain files and standard input hold. */
    public enum InputFormat {
        /** by file name: *.jsonl and *.ndjson are JSONL, *.zip, *.tar.gz, *.tgz, *.tar archives, the rest text; stdin is text */
        AUTO,
        /** one document */
        TEXT,
        /** one document a line */
        JSONL
    }

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--ordered", negatable = true, defaultValue = "true", fallbackValue = "true", arity = "0..1",
            paramLabel = "BOOL",
            description = "Write documents in input order (default, reproducible); --ordered=false writes each as it finishes.")
    boolean ordered = true;

    @Option(names = "--status", paramLabel = "FILE",
            description = "Write one tab-separated line per document: doc, records, ms, error (empty when it succeeded).")
    Path status;

    @Option(names = "--resume",
            description = "Skip documents that succeeded per the --status file and append to it and to -o FILE.")
    boolean resume;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error (default: when it is a terminal).")
    Boolean progress;

    @Option(names = "--stats", description = "Print totals and the time per stage to standard error at the end.")
    boolean stats;

    @Option(names = "--max-doc-chars", paramLabel = "N", defaultValue = "1000000",
            description = "Fail documents longer than N characters (default ${DEFAULT-VALUE}) instead of holding the run.")
    int maxDocChars = 1_000_000; // = defaultValue: FastExtract reads lines without picocli

    @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Fail a document still running after this many seconds (default ${DEFAULT-VALUE}; 0 = never).")
    int docTimeoutSeconds = 120;

    @Option(names = "--input-format", paramLabel = "FMT", defaultValue = "auto",
            converter = InputFormatConverter.class,
            description = "auto, text or jsonl: how to read plain files and - (default auto: by file name, stdin as text).")
    InputFormat inputFormat = InputFormat.AUTO;

    @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
            description = "JSONL inputs: the field holding the article text (default ${DEFAULT-VALUE}).")
    String textField = "text";

    @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
            description = "JSONL inputs: the field holding the document id (default ${DEFAULT-VALUE}; missing: FILE:LINE).")
    String idField = "id";

    int resolvedThreads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** Picocli converter: case-insensitive enum names. */
    static final class InputFormatConverter implements picocli.CommandLine.ITypeConverter<InputFormat> {
        @Override
        public InputFormat convert(String value) {
            for (InputFormat f : InputFormat.values()) {
                if (f.name().equalsIgnoreCase(value.strip())) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not an input format (valid: auto, text, jsonl)");
        }
    }
}
