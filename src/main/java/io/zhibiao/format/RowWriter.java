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

        /**
         * The format named {@code s} (case-insensitive).
         *
         * @throws IllegalArgumentException naming {@code s} and the valid names
         */
        public static Format parse(String s) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(s.strip())) {
                    return f;
                }
            }
            StringBuilder valid = new StringBuilder();
            for (Format f : values()) {
                valid.append(valid.length() == 0 ? "" : ", ").append(f.name().toLowerCase(Locale.ROOT));
            }
            throw new IllegalArgumentException("'" + s + "' is not a format (valid: " + valid + ")");
        }
    }

    protected final Writer out;
    protected final List<String> columns;

    protected RowWriter(Writer out, List<String> columns) {
        this.out = out;
        this.columns = List.copyOf(columns);
    }

    public static RowWriter create(Format format, Writer out, List<String> columns) {
        return create(format, out, columns, 0);
    }

    /**
     * A writer of {@code format}; {@code width} is the line width of the table format (a terminal's
     * columns), 0 for no limit; other formats ignore it.
     */
    public static RowWriter create(Format format, Writer out, List<String> columns, int width) {
        return switch (format) {
            case JSONL -> new Jsonl(out, columns);
            case JSON -> new JsonArray(out, columns);
            case CSV -> new Csv(out, columns);
            case TABLE -> new Table(out, columns, width);
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

    /**
     * An aligned text table for a terminal; wide (CJK) chars count as two columns. With a width
     * ({@link #create(Format, Writer, List, int)}) every line fits it (down to about 70 columns,
     * where only numbers and 4-column stubs are left): columns empty in every row are left out, the last column (the evidence) takes the room that is left and is cut with …,
     * then the widest text columns are narrowed; numbers ({@link #NUMERIC}) are never cut.
     */
    static final class Table extends RowWriter {
        /** Columns whose cells are numbers, written whole. */
        static final java.util.Set<String> NUMERIC = java.util.Set.of("value", "baseValue", "upper", "start", "end",
                "regionCode");
        private static final int MAX = 40;
        private static final int MIN = 4;
        private static final int MIN_LAST = 12;
        private final int width;
        private final List<String[]> rows = new ArrayList<>();

        Table(Writer out, List<String> columns, int width) {
            super(out, columns);
            this.width = width;
        }

        @Override
        public void write(Map<String, Object> row) {
            String[] cells = new String[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                Object v = row.get(columns.get(i));
                cells[i] = v == null ? "" : cell(v).replace('\n', ' ').replace('\r', ' ');
            }
            rows.add(cells);
        }

        /** {@code s} cut to at most {@code max} columns, … marking the cut. */
        static String truncate(String s, int max) {
            if (width(s) <= max) {
                return s;
            }
            int w = 0;
            for (int i = 0; i < s.length(); i++) {
                w += width(s.charAt(i));
                if (w > max - 1) {
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
            List<Integer> shown = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (width <= 0 || rows.isEmpty() || !empty(i)) {
                    shown.add(i);
                }
            }
            int n = shown.size();
            int[] widths = new int[n];
            boolean[] numeric = new boolean[n];
            for (int k = 0; k < n; k++) {
                int i = shown.get(k);
                numeric[k] = NUMERIC.contains(columns.get(i));
                widths[k] = width(columns.get(i));
                for (String[] r : rows) {
                    widths[k] = Math.max(widths[k], width(r[i]));
                }
                if (!numeric[k]) {
                    widths[k] = Math.min(widths[k], Math.max(MAX, width(columns.get(i))));
                }
            }
            if (width > 0) {
                fit(widths, numeric);
            }
            line(shown, columns.toArray(new String[0]), widths);
            for (String[] r : rows) {
                line(shown, r, widths);
            }
            super.close();
        }

        private boolean empty(int column) {
            for (String[] r : rows) {
                if (!r[column].isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Narrows the columns until a line fits {@link #width}, in steps: the other text columns to
         * 16, the last (the evidence) to 24, the others to 8, the last to 12, the others to 4. Numbers
         * are never narrowed (a line of numbers alone may stay longer).
         */
        private void fit(int[] widths, boolean[] numeric) {
            int n = widths.length;
            int total = 2 * (n - 1);
            for (int w : widths) {
                total += w;
            }
            int last = n - 1;
            int[][] steps = {{16, -1}, {-1, 24}, {8, -1}, {-1, MIN_LAST}, {MIN, -1}};
            for (int[] step : steps) {
                while (total > width) {
                    int k = -1;
                    if (step[1] > 0) {
                        k = !numeric[last] && widths[last] > step[1] ? last : -1;
                    } else {
                        for (int j = 0; j < last; j++) {
                            if (!numeric[j] && widths[j] > step[0] && (k < 0 || widths[j] > widths[k])) {
                                k = j;
                            }
                        }
                    }
                    if (k < 0) {
                        break;
                    }
                    widths[k]--;
                    total--;
                }
            }
        }

        private void line(List<Integer> shown, String[] cells, int[] widths) throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < shown.size(); k++) {
                if (k > 0) {
                    sb.append("  ");
                }
                String c = truncate(cells[shown.get(k)], widths[k]);
                sb.append(c);
                if (k < shown.size() - 1) {
                    sb.append(" ".repeat(Math.max(0, widths[k] - width(c))));
                }
            }
            out.write(sb.toString().stripTrailing());
            out.write('\n');
        }
    }
}
