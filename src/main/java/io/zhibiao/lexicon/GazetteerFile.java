package io.zhibiao.lexicon;

import io.zhibiao.LexiconException;
import io.zhibiao.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads gazetteer lines ({@code regions.tsv} format) into entries. The shipped file (7,000 lines)
 * is read by a lean scanner over the whole file rather than {@link TsvReader} rows, because the
 * extractor's start-up time matters; the format, the header rules and the {@code file:line} errors
 * are the same, and user files still go through {@link TsvReader}.
 */
final class GazetteerFile {
    static final String[] COLUMNS = {"code", "name", "level", "type", "parent", "from", "to", "forms", "hosts",
        "nbs_code", "flags"};

    private GazetteerFile() {
    }

    /**
     * A shipped regions file kept as text: its data lines are scanned once for the surface forms,
     * codes and ends of validity, and each line becomes a {@link GazetteerEntry} only when it is first
     * needed.
     */
    static final class Lines {
        final String file;
        final String text;
        final int[] start;
        final int[] end;
        final int[] lineNo;
        final int[] col;   // data cell index -> COLUMNS index (or -1)
        final int count;

        Lines(String file, String text, int[] start, int[] end, int[] lineNo, int[] col, int count) {
            this.file = file;
            this.text = text;
            this.start = start;
            this.end = end;
            this.lineNo = lineNo;
            this.col = col;
            this.count = count;
        }

        /** The cells of data line {@code row} in {@link #COLUMNS} order. */
        String[] cells(int row) {
            String[] cells = new String[COLUMNS.length];
            Arrays.fill(cells, "");
            List<String> raw = split(text, start[row], end[row]);
            if (raw.size() > col.length) {
                throw new LexiconException(file, lineNo[row], "expected at most " + col.length
                        + " tab-separated cells, found " + raw.size());
            }
            for (int i = 0; i < raw.size(); i++) {
                if (col[i] >= 0) {
                    cells[col[i]] = raw.get(i).strip();
                }
            }
            return cells;
        }

        /** The entry of data line {@code row}. */
        GazetteerEntry entry(int row, int id, Cache cache) {
            return GazetteerFile.entry(id, cells(row), cache, file, lineNo[row]);
        }

        /** The start and end of cell {@code column} (a COLUMNS index) of line {@code row}, or null. */
        int[] cell(int row, int column) {
            int p = start[row];
            int e = end[row];
            for (int i = 0; i < col.length; i++) {
                int t = text.indexOf('\t', p);
                if (t < 0 || t > e) {
                    t = e;
                }
                if (col[i] == column) {
                    return new int[] {p, t};
                }
                if (t == e) {
                    return null;
                }
                p = t + 1;
            }
            return null;
        }
    }

    /** Reads a shipped regions resource as {@link Lines}. */
    static Lines readShipped(String resource) {
        String text;
        try (InputStream in = GazetteerFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new LexiconException(resource, 0, "resource not found on the classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int bad = text.indexOf('\uFFFD');
        if (bad >= 0) {
            throw new LexiconException(resource, lineOf(text, bad), "not valid UTF-8");
        }
        int n = text.length();
        int cap = 8192;
        int[] st = new int[cap];
        int[] en = new int[cap];
        int[] ln = new int[cap];
        int count = 0;
        int[] col = null;
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        int lineNo = 0;
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            lineNo++;
            int end = eol > pos && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
            if (end > pos && text.charAt(pos) != '#' && !blank(text, pos, end)) {
                if (col == null) {
                    col = header(resource, lineNo, split(text, pos, end));
                } else {
                    if (count == cap) {
                        cap *= 2;
                        st = Arrays.copyOf(st, cap);
                        en = Arrays.copyOf(en, cap);
                        ln = Arrays.copyOf(ln, cap);
                    }
                    st[count] = pos;
                    en[count] = end;
                    ln[count] = lineNo;
                    count++;
                }
            }
            pos = eol + 1;
        }
        if (col == null) {
            throw new LexiconException(resource, lineNo, "no column header line");
        }
        return new Lines(resource, text, st, en, ln, col, count);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> split(String text, int from, int to) {
        List<String> out = new ArrayList<>(COLUMNS.length);
        int p = from;
        while (true) {
            int t = text.indexOf('\t', p);
            if (t < 0 || t > to) {
                out.add(text.substring(p, to));
                return out;
            }
            out.add(text.substring(p, t));
            p = t + 1;
        }
    }

    private static int[] header(String file, int line, List<String> names) {
        int[] col = new int[names.size()];
        List<String> known = Arrays.asList(COLUMNS);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String c = names.get(i).strip();
            if (c.isEmpty() || seen.contains(c)) {
                throw new LexiconException(file, line, "bad column header: " + names);
            }
            seen.add(c);
            col[i] = known.indexOf(c);
        }
        for (String required : new String[] {"code", "name", "level"}) {
            if (!seen.contains(required)) {
                throw new LexiconException(file, line, "no column '" + required + "' (columns: " + seen + ")");
            }
        }
        return col;
    }

    /** Shares the many repeated cells (types, dates, parents) between entries. */
    static final class Cache {
        private final Map<String, GazetteerValidity> validity = new HashMap<>();
        private final Map<String, String> strings = new HashMap<>();

        String intern(String s) {
            String old = strings.putIfAbsent(s, s);
            return old == null ? s : old;
        }
    }

    /**
     * One entry from its cells in {@link #COLUMNS} order (empty strings for absent cells).
     *
     * @throws LexiconException naming file and line when a cell is malformed
     */
    static GazetteerEntry entry(int id, String[] c, Cache cache, String file, int line) {
        String code = c[0];
        if (!code.isEmpty() && !isCode(code)) {
            throw new LexiconException(file, line, "code must be six digits: '" + code + "'");
        }
        String name = c[1];
        if (name.isEmpty()) {
            throw new LexiconException(file, line, "empty 'name'");
        }
        Region.Level level = level(c[2]);
        if (level == null) {
            throw new LexiconException(file, line, "unknown level '" + c[2]
                    + "' (COUNTRY, PROVINCE, PREFECTURE, COUNTY, ZONE, GROUP)");
        }
        String parent = c[4];
        if (!parent.isEmpty() && !isCode(parent)) {
            throw new LexiconException(file, line, "parent must be a six-digit code: '" + parent + "'");
        }
        String vkey = c[6].isEmpty() ? c[5] : new StringBuilder(c[5]).append('|').append(c[6]).toString();
        GazetteerValidity v = cache.validity.get(vkey);
        if (v == null) {
            try {
                v = GazetteerValidity.parse(c[5], c[6]);
            } catch (IllegalArgumentException e) {
                throw new LexiconException(file, line, e.getMessage());
            }
            cache.validity.put(vkey, v);
        }
        List<String> hosts = list(c[8]);
        for (String h : hosts) {
            if (!isCode(h)) {
                throw new LexiconException(file, line, "hosts must be six-digit codes: '" + h + "'");
            }
        }
        String flags = c[10];
        if (!flags.isEmpty() && !flags.equals("qualified")) {
            throw new LexiconException(file, line, "unknown flag '" + flags + "' (qualified)");
        }
        String type = c[3].isEmpty() ? level.name().toLowerCase(Locale.ROOT) : c[3];
        return new GazetteerEntry(id, code.isEmpty() ? null : code, name, level, cache.intern(type),
                parent.isEmpty() ? null : cache.intern(parent), v, list(c[7]), hosts,
                c[9].isEmpty() ? null : c[9], flags.equals("qualified"));
    }

    private static Region.Level level(String s) {
        switch (s) {
            case "COUNTY":
                return Region.Level.COUNTY;
            case "PREFECTURE":
                return Region.Level.PREFECTURE;
            case "PROVINCE":
                return Region.Level.PROVINCE;
            case "ZONE":
                return Region.Level.ZONE;
            case "GROUP":
                return Region.Level.GROUP;
            case "COUNTRY":
                return Region.Level.COUNTRY;
            default:
                try {
                    Region.Level l = Region.Level.valueOf(s.toUpperCase(Locale.ROOT));
                    return l == Region.Level.UNKNOWN ? null : l;
                } catch (IllegalArgumentException e) {
                    return null;
                }
        }
    }

    static boolean isCode(String s) {
        if (s.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static List<String> list(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        int bar = cell.indexOf('|');
        if (bar < 0) {
            return List.of(cell);
        }
        List<String> out = new ArrayList<>(4);
        int p = 0;
        while (true) {
            int b = cell.indexOf('|', p);
            String s = (b < 0 ? cell.substring(p) : cell.substring(p, b)).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
            if (b < 0) {
                return List.copyOf(out);
            }
            p = b + 1;
        }
    }
}
