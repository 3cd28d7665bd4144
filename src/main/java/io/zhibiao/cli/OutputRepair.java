package io.zhibiao.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.zhibiao.format.Json;
import io.zhibiao.format.RowWriter;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Before {@code --resume} appends to an output file: cuts off what a killed run wrote after its
 * last finished document, i.e. the records of documents that have no success line in the status
 * file (a run killed between a document's records and its status line, or in the middle of a
 * line). A document's records are contiguous and come before its status line, so the output is
 * cut right after the last record of a finished document (or after the CSV header).
 */
final class OutputRepair {
    private OutputRepair() {
    }

    /**
     * Truncates {@code file} (JSONL or CSV) to its finished documents' records.
     *
     * @return the number of bytes removed
     */
    static long truncateUnfinished(Path file, RowWriter.Format format, StatusFile.DoneSet done) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        long size = Files.size(file);
        long keep;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            keep = format == RowWriter.Format.CSV ? csvKeep(in, done) : jsonlKeep(in, done);
        }
        if (keep < size) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(keep);
            }
        }
        return size - keep;
    }

    private static long jsonlKeep(InputStream in, StatusFile.DoneSet done) throws IOException {
        LineReader lines = new LineReader(in, Integer.MAX_VALUE - 16);
        long keep = 0;
        long before = 0;
        LineReader.Line line;
        while ((line = lines.next()) != null) {
            long after = lines.consumed();
            boolean complete = after - before == line.length() + 1; // ends with its newline
            if (complete) {
                String doc = firstStringField(line.bytes());
                if (doc != null && done.contains(doc)) {
                    keep = after;
                }
            }
            before = after;
        }
        return keep;
    }

    private static String firstStringField(byte[] json) {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                    || !"doc".equals(p.currentName()) || p.nextToken() != JsonToken.VALUE_STRING) {
                return null;
            }
            return p.getText();
        } catch (IOException e) {
            return null;
        }
    }

    /** CSV: records end at a newline outside quotes; the doc is the first field ("" is a quote inside quotes). */
    private static long csvKeep(InputStream in, StatusFile.DoneSet done) throws IOException {
        long pos = 0;
        long keep = 0;
        boolean header = true;
        boolean quoted = false;
        boolean closing = false; // just saw a quote inside quotes: the end of the field, or the first of ""
        boolean firstField = true;
        java.io.ByteArrayOutputStream field = new java.io.ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            pos++;
            if (quoted) {
                if (c == '"') {
                    quoted = false;
                    closing = true;
                } else if (firstField) {
                    field.write(c);
                }
                continue;
            }
            if (closing) {
                closing = false;
                if (c == '"') {
                    quoted = true;
                    if (firstField) {
                        field.write('"');
                    }
                    continue;
                }
            }
            if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                firstField = false;
            } else if (c == '\n') {
                if (header) {
                    header = false;
                    keep = pos;
                } else if (done.contains(field.toString(java.nio.charset.StandardCharsets.UTF_8))) {
                    keep = pos;
                }
                field.reset();
                firstField = true;
            } else if (firstField && c != '\r') {
                field.write(c);
            }
        }
        return keep;
    }
}
