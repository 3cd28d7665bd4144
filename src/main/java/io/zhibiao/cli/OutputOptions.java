package io.zhibiao.cli;

import io.zhibiao.format.RowWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine.Option;

/** Where and how results are written. */
public final class OutputOptions {
    @Option(names = "--format", paramLabel = "FMT",
            description = "jsonl, json, csv or table (default: table on a terminal, jsonl otherwise).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    RowWriter.Format resolvedFormat() {
        if (format != null) {
            return RowWriter.Format.parse(format);
        }
        return output == null && System.console() != null ? RowWriter.Format.TABLE : RowWriter.Format.JSONL;
    }

    Writer open(PrintStream stdout) throws IOException {
        return open(stdout, false);
    }

    /** The output writer; with {@code append} an existing -o FILE is added to, not replaced. */
    Writer open(PrintStream stdout, boolean append) throws IOException {
        if (output != null) {
            return append
                    ? Files.newBufferedWriter(output, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        }
        return new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                flush(); // never close standard output
            }
        };
    }
}
