package io.zhibiao.lexicon;

import io.zhibiao.LexiconException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's data-file format: UTF-8, LF, {@code #} comment lines (the header gives the
 * columns, source and licence and how to extend), then one line of tab-separated column names,
 * then one entry per line. Blank lines are skipped. Errors name {@code file:line}.
 */
public final class TsvReader {

    /** One data line. */
    public record Row(String file, int line, Map<String, Integer> columns, String[] cells) {
        /** The cell of {@code column}; empty string when the line is short. */
        public String get(String column) {
            Integer i = columns.get(column);
            if (i == null) {
                throw new LexiconException(file, line, "no column '" + column + "' (columns: " + columns.keySet() + ")");
            }
            return i < cells.length ? cells[i].strip() : "";
        }

        /** The cell, required to be non-empty. */
        public String require(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw error("empty '" + column + "'");
            }
            return v;
        }

        /** True if the file has this column. */
        public boolean has(String column) {
            return columns.containsKey(column);
        }

        public LexiconException error(String message) {
            return new LexiconException(file, line, message);
        }
    }

    private TsvReader() {
    }

    /** Reads a classpath resource (absolute name without leading slash, e.g. zhibiao/quantity/units.tsv). */
    public static List<Row> readResource(String name) {
        InputStream in = TsvReader.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new LexiconException(name, 0, "resource not found on the classpath");
        }
        try (in) {
            return read(name, new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CRC-32 of a data file on the classpath (-1 when there is none), from the jar's directory
     * when it is in a jar: for the build's snapshots of built tables, used only when their source
     * files have the checksums they were made from.
     */
    public static long resourceChecksum(String name) {
        return GazetteerSnapshot.checksum(name);
    }

    /** Reads a user file. */
    public static List<Row> readFile(Path path) {
        if (!Files.isReadable(path)) {
            throw new LexiconException(path.toString(), 0, "file not found or not readable");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new LexiconException(path.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        return read(path.toString(), new java.io.StringReader(decode(path.toString(), bytes)));
    }

    /**
     * Strict UTF-8; a malformed byte is reported at its own line (a decoding reader reads ahead, so
     * its error would name the line where the read-ahead started).
     */
    static String decode(String file, byte[] bytes) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult r = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new LexiconException(file, line, "not valid UTF-8");
        }
        out.flip();
        return out.toString();
    }

    static List<Row> read(String file, Reader reader) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns = null;
        int lineNo = 0;
        try (BufferedReader br = new BufferedReader(reader)) {
            String line;
            while ((line = br.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < cells.length; i++) {
                        String c = cells[i].strip();
                        if (c.isEmpty() || columns.put(c, i) != null) {
                            throw new LexiconException(file, lineNo, "bad column header: " + Arrays.toString(cells));
                        }
                    }
                    continue;
                }
                if (cells.length > columns.size()) {
                    throw new LexiconException(file, lineNo, "expected at most " + columns.size()
                            + " tab-separated cells, found " + cells.length);
                }
                rows.add(new Row(file, lineNo, columns, cells));
            }
        } catch (CharacterCodingException e) {
            throw new LexiconException(file, lineNo + 1, "not valid UTF-8", e);
        } catch (IOException e) {
            throw new LexiconException(file, lineNo, "cannot read: " + e.getMessage(), e);
        }
        if (columns == null) {
            throw new LexiconException(file, lineNo, "no column header line");
        }
        return rows;
    }
}
