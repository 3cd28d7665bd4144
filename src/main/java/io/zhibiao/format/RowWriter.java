package io.zhibiao.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Writes rows (ordered maps from {@link RecordFields}) in one output format. Streaming formats
 * (JSONL, CSV) write each row at once; JSON and table buffer until {@link #close()}. Not
 * thread-safe: callers serialize access.
 */
public abstract class RowWriter implements Closeable {

    /** Output formats. */
    public enum Format {
        JSONL, JSON, CSV, TABLE;

        public static Format parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    protected final Writer out;
    protected final List<String> columns;

    protected RowWriter(Writer out, List<String> columns) {
        this.out = out;
        this.columns = List.copyOf(columns);
    }

    public static RowWriter create(Format format, Writer out, List<String> columns) {
        return switch (format) {
            case JSONL -> new Jsonl(out, columns);
            case JSON -> new JsonArray(out, columns);
            case CSV -> new Csv(out, columns);
            case TABLE -> new Table(out, columns);
        };
    }

    public abstract void write(Map<String, Object> row) throws IOException;

    /**
     * For the streaming formats (JSONL, CSV): the text of these rows, made in any thread (a batch's
     * workers encode, its writer only copies), to be written with {@link #writeEncoded}; null for
     * the formats that buffer (JSON, table), whose rows go through {@link #write}.
     */
    public String encode(List<Map<String, Object>> rows) {
        return null;
    }

    /** Writes text made by {@link #encode} (after the header the format owes, if any). */
    public void writeEncoded(String text) throws IOException {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " buffers its rows");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    static final class Jsonl extends RowWriter {
        Jsonl(Writer out, List<String> columns) {
            super(out, columns);
        }

        @Override
        public void write(Map<String, Object> row) throws IOException {
            out.write(Json.line(row));
            out.write('\n');
        }

        @Override
        public String encode(List<Map<String, Object>> rows) {
            StringBuilder sb = new StringBuilder(rows.size() * 400);
            for (Map<String, Object> row : rows) {
                sb.append(Json.line(row)).append('\n');
            }
            return sb.toString();
        }

        @Override
        public void writeEncoded(String text) throws IOException {
            out.write(text);
        }
    }

    static final class JsonArray extends RowWriter {
        private boolean first = true;

        JsonArray(Writer out, List<String> columns) {
            super(out, columns);
        }

        @Override
        public void write(Map<String, Object> row) throws IOException {
            out.write(first ? "[\n  " : ",\n  ");
            first = false;
            out.write(Json.line(row));
        }

        @Override
        public void close() throws IOException {
            out.write(first ? "[]\n" : "\n]\n");
            super.close();
        }
    }

    static final class Csv extends RowWriter {
        private boolean header;

        Csv(Writer out, List<String> columns) {
            super(out, columns);
        }

        @Override
        public void write(Map<String, Object> row) throws IOException {
            writeEncoded(line(row, new StringBuilder()).toString());
        }

        @Override
        public String encode(List<Map<String, Object>> rows) {
            StringBuilder sb = new StringBuilder(rows.size() * 300);
            for (Map<String, Object> row : rows) {
                line(row, sb);
            }
            return sb.toString();
        }

        @Override
        public void writeEncoded(String text) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            if (!header) {
                out.write(String.join(",", columns));
                out.write('\n');
                header = true;
            }
            out.write(text);
        }

        private StringBuilder line(Map<String, Object> row, StringBuilder sb) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Object v = row.get(columns.get(i));
                sb.append(v == null ? "" : StringEscapeUtils.escapeCsv(cell(v)));
            }
            return sb.append('\n');
        }

        @Override
        public void close() throws IOException {
            if (!header) {
                out.write(String.join(",", columns));
                out.write('\n');
            }
            super.close();
        }
    }

    static String cell(Object v) {
        if (v instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(v);
    }

    /** An aligned text table for a terminal; wide (CJK) chars count as two columns. */
    static final class Table extends RowWriter {
        private static final int MAX = 40;
        private final List<String[]> rows = new ArrayList<>();

        Table(Writer out, List<String> columns) {
            super(out, columns);
        }

        @Override
        public void write(Map<String, Object> row) {
            String[] cells = new String[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                Object v = row.get(columns.get(i));
                cells[i] = v == null ? "" : truncate(cell(v).replace('\n', ' '));
            }
            rows.add(cells);
        }

        private static String truncate(String s) {
            int w = 0;
            for (int i = 0; i < s.length(); i++) {
                w += width(s.charAt(i));
                if (w > MAX) {
                    return s.substring(0, i) + "…";
                }
            }
            return s;
        }

        static int width(char c) {
            return c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
                    || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
                    || (c >= 0xffe0 && c <= 0xffe6)) ? 2 : 1;
        }

        static int width(String s) {
            int w = 0;
            for (int i = 0; i < s.length(); i++) {
                w += width(s.charAt(i));
            }
            return w;
        }

        @Override
        public void close() throws IOException {
            int[] widths = new int[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = width(columns.get(i));
            }
            for (String[] r : rows) {
                for (int i = 0; i < r.length; i++) {
                    widths[i] = Math.max(widths[i], width(r[i]));
                }
            }
            line(columns.toArray(new String[0]), widths);
            for (String[] r : rows) {
                line(r, widths);
            }
            super.close();
        }

        private void line(String[] cells, int[] widths) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    sb.append("  ");
                }
                sb.append(cells[i]);
                if (i < cells.length - 1) {
                    sb.append(" ".repeat(widths[i] - width(cells[i])));
                }
            }
            out.write(sb.toString().stripTrailing());
            out.write('\n');
        }
    }
}
