package io.zhibiao.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.zhibiao.Indicator;
import io.zhibiao.format.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One article and its records as a self-contained HTML page (no network, no external file): the
 * text with every record's evidence highlighted ({@code <mark data-r="i">}, region, metric and
 * value in their own colours), a tooltip with the record on hover, a sortable table of the
 * records beside it, and a per-region summary. What {@code zhibiao render} writes.
 *
 * <pre>{@code
 * String html = HtmlReport.render("江北区", text, HtmlReport.records("a.txt", extractor.extract(text)));
 * }</pre>
 *
 * <p>The page works without JavaScript (marks, table and summary are plain HTML); the script adds
 * the tooltip, sorting, region filtering and linking between marks and rows.
 */
public final class HtmlReport {
    private static final String TEMPLATE = "/zhibiao/render/report.html";

    /** Table columns: the contract's keys a reader wants to see, in order. */
    static final List<String> COLUMNS = List.of(
            "region", "metric", "kind", "value", "unit", "qualifier", "period", "basis", "status", "scope", "evidence");

    private static final List<String> KINDS = List.of(
            "AMOUNT", "GROWTH_RATE", "PERCENT", "PP_CHANGE", "MULTIPLE", "RANK");

    private HtmlReport() {
    }

    /**
     * The extractor's records as records to draw, numbered in order.
     *
     * @param doc     the document id shown in each record, or {@code null}
     * @param records the extractor's records of the text
     * @return the records to draw
     */
    public static List<RenderRecord> records(String doc, List<Indicator> records) {
        List<RenderRecord> out = new ArrayList<>(records.size());
        for (Indicator r : records) {
            out.add(RenderRecord.of(out.size(), doc, r));
        }
        return out;
    }

    /**
     * Reads records from {@code extract --format jsonl} output (one JSON object a line; blank
     * lines skipped) or {@code --format json} output (one array), keeping those of one document.
     *
     * @param in  the JSONL or JSON text
     * @param doc keep the records whose {@code doc} is this id or has this file name; when none has,
     *            but all records name the same document (or none), keep them all; {@code null}
     *            keeps all
     * @return the records, numbered in order
     * @throws IOException              when reading fails
     * @throws IllegalArgumentException when a line is not a JSON object ({@code line N: …}), or the
     *                                  records are of several documents and none is {@code doc}
     */
    public static List<RenderRecord> readRecords(Reader in, String doc) throws IOException {
        List<Map<String, Object>> all = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        StringBuilder whole = null;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (whole != null) {
                whole.append(line).append('\n');
                continue;
            }
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("[")) {
                whole = new StringBuilder(line).append('\n');
                continue;
            }
            all.add(object(t, "line " + n));
        }
        if (whole != null) {
            try {
                all.addAll(Json.mapper().readValue(whole.toString(), new TypeReference<List<Map<String, Object>>>() { }));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("not a JSON array of records: " + e.getOriginalMessage());
            }
        }
        List<Map<String, Object>> kept = select(all, doc);
        List<RenderRecord> out = new ArrayList<>(kept.size());
        for (Map<String, Object> m : kept) {
            out.add(RenderRecord.fromJson(out.size(), m));
        }
        return out;
    }

    private static Map<String, Object> object(String json, String where) {
        try {
            Map<String, Object> m = Json.mapper().readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
            if (m == null) {
                throw new IllegalArgumentException(where + ": not a JSON object");
            }
            return m;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not a JSON object: " + e.getOriginalMessage());
        }
    }

    private static List<Map<String, Object>> select(List<Map<String, Object>> all, String doc) {
        if (doc == null) {
            return all;
        }
        List<Map<String, Object>> same = new ArrayList<>();
        for (Map<String, Object> m : all) {
            Object d = m.get("doc");
            if (d != null && (d.toString().equals(doc) || fileName(d.toString()).equals(fileName(doc)))) {
                same.add(m);
            }
        }
        if (!same.isEmpty()) {
            return same;
        }
        long docs = all.stream().map(m -> Objects.toString(m.get("doc"), "")).distinct().count();
        if (docs <= 1) {
            return all;
        }
        throw new IllegalArgumentException("the records are of " + docs + " documents and none is " + doc);
    }

    private static String fileName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /**
     * The page.
     *
     * @param title   the page title (the document's name), or {@code null}
     * @param text    the original text the records' offsets point into
     * @param records the records; those without a valid span are listed but not highlighted
     * @return a complete HTML document
     */
    public static String render(String title, String text, List<RenderRecord> records) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(records, "records");
        int highlighted = Highlights.place(text, records).size();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", Highlights.escape(title == null || title.isBlank() ? "zhibiao report" : title));
        values.put("count", Integer.toString(records.size()));
        values.put("highlighted", Integer.toString(highlighted));
        values.put("unplaced", records.size() == highlighted ? ""
                : " · " + (records.size() - highlighted) + " without a span in this text");
        values.put("article", Highlights.article(text, records));
        values.put("table", table(text, records));
        values.put("summary", summary(records));
        values.put("data", data(records));
        return fill(template(), values);
    }

    /** The records table: a header and one row per record, numbers for sorting in data-sort. */
    static String table(String text, List<RenderRecord> records) {
        StringBuilder b = new StringBuilder();
        b.append("<table id=\"zb-table\" class=\"records\"><thead><tr><th data-type=\"num\">#</th>");
        for (String c : COLUMNS) {
            b.append("<th").append(c.equals("value") ? " data-type=\"num\"" : "").append('>')
                    .append(c).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (RenderRecord r : records) {
            boolean placed = r.hasValidSpan(text.length());
            b.append("<tr data-r=\"").append(r.index()).append('"')
                    .append(placed ? "" : " class=\"nospan\" title=\"no valid span in this text\"")
                    .append(" data-region=\"").append(Highlights.escape(r.field("region"))).append("\">");
            b.append("<td data-sort=\"").append(r.index()).append("\">").append(r.index()).append("</td>");
            for (String c : COLUMNS) {
                String v = r.field(c);
                b.append("<td");
                if (c.equals("value") && v != null) {
                    b.append(" data-sort=\"").append(Highlights.escape(v)).append('"');
                }
                b.append(" class=\"c-").append(c).append("\">").append(Highlights.escape(v)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table>").toString();
    }

    /** Records per region (most first), with a count per kind. */
    static String summary(List<RenderRecord> records) {
        Map<String, int[]> byRegion = new TreeMap<>();
        for (RenderRecord r : records) {
            String region = r.field("region");
            int[] counts = byRegion.computeIfAbsent(region == null ? "" : region, k -> new int[KINDS.size() + 1]);
            counts[0]++;
            int k = r.field("kind") == null ? -1 : KINDS.indexOf(r.field("kind"));
            if (k >= 0) {
                counts[k + 1]++;
            }
        }
        List<Map.Entry<String, int[]>> rows = new ArrayList<>(byRegion.entrySet());
        rows.sort((a, c) -> Integer.compare(c.getValue()[0], a.getValue()[0]));
        StringBuilder b = new StringBuilder();
        b.append("<table id=\"zb-summary\" class=\"summary\"><thead><tr><th>region</th><th>records</th>");
        for (String k : KINDS) {
            b.append("<th>").append(k).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (Map.Entry<String, int[]> e : rows) {
            String name = e.getKey();
            b.append("<tr data-region=\"").append(Highlights.escape(name)).append("\"><td>")
                    .append(name.isEmpty() ? "<i>(none)</i>" : Highlights.escape(name)).append("</td>");
            for (int c : e.getValue()) {
                b.append("<td>").append(c == 0 ? "" : Integer.toString(c)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table>").toString();
    }

    /** The records as JSON for the script, safe inside a script element (no '<', '>' or '&'). */
    static String data(List<RenderRecord> records) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (RenderRecord r : records) {
            list.add(r.fields());
        }
        return Json.line(list).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String template() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces each {{name}} of the template by its value (values are inserted as they are). */
    static String fill(String template, Map<String, String> values) {
        StringBuilder b = new StringBuilder(template.length() + 4096);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("{{", i);
            if (open < 0) {
                b.append(template, i, template.length());
                break;
            }
            int close = template.indexOf("}}", open + 2);
            String name = close < 0 ? null : template.substring(open + 2, close);
            if (name == null || !values.containsKey(name)) {
                b.append(template, i, open + 2);
                i = open + 2;
                continue;
            }
            b.append(template, i, open).append(values.get(name));
            i = close + 2;
        }
        return b.toString();
    }
}
