package io.zhibiao.cli;

import io.zhibiao.format.RowWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sets up a batch for a command: checks the options, opens output and status (resuming), runs, reports. */
final class BatchRun {
    private BatchRun() {
    }

    /**
     * Runs {@code processor} over {@code paths}.
     *
     * @param columns the output columns for {@code format}
     * @return the exit code: 0 all documents done, 1 some failed or the output failed, 2 usage
     */
    static int execute(BatchOptions b, OutputOptions output, RowWriter.Format format, List<String> columns,
            List<String> paths, Batch.Processor processor, InputStream stdin, PrintStream stdout, PrintStream err)
            throws IOException, InterruptedException {
        int threads = b.resolvedThreads();
        if (threads < 1 || threads > 1024) {
            return usage(err, "--threads must be between 1 and 1024");
        }
        if (b.maxDocChars < 1) {
            return usage(err, "--max-doc-chars must be positive");
        }
        if (b.docTimeoutSeconds < 0) {
            return usage(err, "--doc-timeout must be 0 (never) or positive");
        }
        if (b.resume && b.status == null) {
            return usage(err, "--resume needs --status FILE (the documents done are read from it)");
        }
        boolean appendOutput = b.resume && output.output != null && Files.exists(output.output)
                && Files.size(output.output) > 0;
        if (appendOutput && format != RowWriter.Format.JSONL && format != RowWriter.Format.CSV) {
            return usage(err, "--resume appends to -o FILE: use --format jsonl or csv");
        }
        // CSV columns are fixed whatever the input (runs can be concatenated): the fields column of
        // JSONL inputs' other fields is always there, empty for text inputs
        boolean fieldsColumn = format == RowWriter.Format.CSV;
        List<String> cols = new ArrayList<>(columns);
        if (fieldsColumn) {
            cols.add("fields");
        }
        int tableWidth = format == RowWriter.Format.TABLE ? output.tableWidth() : 0;
        StatusFile.DoneSet done = b.resume ? StatusFile.readDone(b.status) : StatusFile.DoneSet.EMPTY;
        if (appendOutput) {
            long removed = OutputRepair.truncateUnfinished(output.output, format, done);
            if (removed > 0) {
                err.println("zhibiao: --resume: removed " + removed + " bytes of unfinished documents' records from "
                        + output.output);
            }
            appendOutput = Files.size(output.output) > 0;
        }
        if (b.stats) {
            Warmup.await();
        }
        BatchStats stats = new BatchStats();
        Batch.Settings settings = new Batch.Settings(threads, b.ordered, b.maxDocChars, b.docTimeoutSeconds * 1000L,
                b.inputFormat, b.textField, b.idField, fieldsColumn);
        boolean progress = b.progress != null ? b.progress : Progress.stderrIsTerminal();
        long failed;
        boolean csvHeaderDone = appendOutput && format == RowWriter.Format.CSV; // the file has its header already
        try (StatusFile status = b.status == null ? null : StatusFile.open(b.status, b.resume);
                Writer opened = output.open(stdout, appendOutput);
                Writer out = csvHeaderDone ? new SkipFirstLine(opened) : opened;
                RowWriter rows = RowWriter.create(format, out, cols, tableWidth)) {
            Batch batch = new Batch(settings, processor, rows, out, output.output == null ? stdout : null, status,
                    done, err, stats);
            failed = batch.run(paths, stdin, progress);
        } catch (ClosedOutputException e) {
            return 0; // the reader of standard output has what it wanted (| head): a normal end
        } catch (IOException e) {
            err.println("zhibiao: cannot write output: " + e.getMessage());
            return 1;
        }
        if (b.stats) {
            stats.print(err, threads);
        }
        long docs = stats.written();
        if (failed > 0 && docs > 1) {
            err.println("zhibiao: " + failed + " of " + docs + " documents failed"
                    + (b.status != null ? " (see " + b.status + ")" : ""));
        }
        return failed == 0 ? 0 : 1;
    }

    private static int usage(PrintStream err, String message) {
        err.println("zhibiao: " + message);
        return 2;
    }

    /** Whether any input may hold JSONL documents (for the CSV fields column). */
    static boolean anyJsonl(List<String> paths, BatchOptions.InputFormat format) {
        if (format == BatchOptions.InputFormat.JSONL) {
            return true;
        }
        for (String p : paths) {
            String n = p.toLowerCase(Locale.ROOT);
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".zip") || n.endsWith(".tar.gz")
                    || n.endsWith(".tgz") || n.endsWith(".tar") || (!p.equals("-") && Files.isDirectory(Path.of(p)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the table output needs a doc column: more than one document may come. */
    static boolean manyDocs(List<String> paths, BatchOptions.InputFormat format) {
        return paths.size() > 1 || anyJsonl(paths, format);
    }

    /** Drops everything up to and including the first newline (a CSV header already in the file). */
    static final class SkipFirstLine extends FilterWriter {
        private boolean skipping = true;

        SkipFirstLine(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (skipping) {
                skipping = c != '\n';
                return;
            }
            out.write(c);
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            write(new String(cbuf, off, len), 0, len);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            if (skipping) {
                int nl = s.indexOf('\n', off);
                if (nl < 0 || nl >= off + len) {
                    return;
                }
                skipping = false;
                len -= nl + 1 - off;
                off = nl + 1;
            }
            out.write(s, off, len);
        }
    }
}
