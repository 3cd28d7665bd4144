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
    @Option(names = "--format", paramLabel = "FMT", converter = FormatCheck.class,
            description = "jsonl, json, csv or table (default: table on a terminal, jsonl otherwise).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--width", paramLabel = "N",
            description = "Table format: fit each line to N columns, the evidence cut to what is left "
                    + "(default: the terminal's width; no limit when not writing to a terminal).")
    Integer width;

    /** The table's line width: --width, else the terminal's when writing to one, else 0 (no limit). */
    int tableWidth() {
        if (width != null) {
            if (width < 20) {
                throw new UsageException("--width " + width + ": too narrow (at least 20)");
            }
            return width;
        }
        return output == null && Terminal.stdoutIsTerminal() ? Terminal.columns() : 0;
    }

    /** Picocli converter: a known format name (case-insensitive), else one line naming the valid ones. */
    static final class FormatCheck implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                RowWriter.Format.parse(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /**
     * Checks what can be checked before a run: the directory of {@code -o FILE} exists and FILE is
     * not a directory.
     *
     * @throws UsageException naming the bad value
     */
    void check() {
        if (output == null) {
            return;
        }
        Path dir = output.toAbsolutePath().getParent();
        if (Files.isDirectory(output)) {
            throw new UsageException("-o " + output + ": is a directory, not a file");
        }
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageException("-o " + output + ": directory " + dir + " does not exist");
        }
    }

    RowWriter.Format resolvedFormat() {
        if (format != null) {
            return RowWriter.Format.parse(format);
        }
        return output == null && Terminal.stdoutIsTerminal() ? RowWriter.Format.TABLE : RowWriter.Format.JSONL;
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
