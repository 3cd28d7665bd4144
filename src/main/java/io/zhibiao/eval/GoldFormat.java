package io.zhibiao.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.zhibiao.Kind;
import io.zhibiao.Qualifier;
import io.zhibiao.Status;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes gold files (docs/annotation.md, section 4; docs/evaluation.md).
 *
 * <p>Reading is strict, so that a typo cannot silently change a score: unknown keys (except those
 * starting with {@code _}, which are comments), wrong types, unknown kinds and missing required
 * fields are errors naming the file, the record and the field. Left out, {@code qualifier} is
 * EXACT, {@code optional} false and every other optional field null.
 *
 * <p>Writing gives UTF-8 JSON laid out like the shipped fixtures (one-space indent, {@code ": "},
 * one key per line, no trailing newline) with a stable key order: {@code doc, context{year, date,
 * defaultRegion}, records[{region, metric, subject, kind, value, unit, scope, qualifier, period,
 * basis, status, evidence, optional, metricId}]}; {@code subject}, {@code scope}, {@code status},
 * {@code date} are written only when set, {@code optional} only when true and {@code metricId}
 * only when the record states it (null included).
 */
public final class GoldFormat {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static final Set<String> TOP_KEYS = Set.of("doc", "context", "records");
    static final Set<String> CONTEXT_KEYS = Set.of("year", "date", "defaultRegion");
    static final Set<String> RECORD_KEYS = Set.of("region", "metric", "subject", "kind", "value", "unit", "scope",
            "qualifier", "period", "basis", "status", "evidence", "optional", "metricId", "periodStart", "periodEnd");

    private GoldFormat() {
    }

    /** Reads a gold file; a bad one throws {@link GoldFormatException} naming it. */
    public static GoldFile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GoldFormatException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new GoldFormatException(file.toString(), "not valid UTF-8", e);
        }
        return parse(file.toString(), text);
    }

    /** Parses gold JSON; {@code name} names the source in errors. */
    public static GoldFile parse(String name, String json) {
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            json = json.substring(1);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new GoldFormatException(name, "not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new GoldFormatException(name, "empty file, expected a JSON object {\"doc\", \"context\", \"records\"}");
        }
        return new Reader(name).file(root);
    }

    /** Reads field by field, naming the place of each problem. */
    private static final class Reader {
        private final String name;

        Reader(String name) {
            this.name = name;
        }

        private GoldFormatException error(String where, String problem) {
            return new GoldFormatException(name, where.isEmpty() ? problem : where + ": " + problem);
        }

        GoldFile file(JsonNode root) {
            if (!root.isObject()) {
                throw error("", "expected a JSON object {\"doc\", \"context\", \"records\"}, found " + type(root));
            }
            checkKeys(root, TOP_KEYS, "");
            String doc = string(root, "doc", "", true);
            JsonNode ctx = root.get("context");
            if (ctx == null) {
                throw error("", "missing \"context\" (e.g. {\"year\": 2020, \"defaultRegion\": \"重庆市\"})");
            }
            GoldContext context = context(ctx);
            JsonNode recs = root.get("records");
            if (recs == null) {
                throw error("", "missing \"records\" (an array, may be empty)");
            }
            if (!recs.isArray()) {
                throw error("records", "must be an array, not " + type(recs));
            }
            List<GoldRecord> records = new ArrayList<>(recs.size());
            for (int i = 0; i < recs.size(); i++) {
                records.add(record(recs.get(i), i));
            }
            return new GoldFile(doc, context, records);
        }

        GoldContext context(JsonNode ctx) {
            if (!ctx.isObject()) {
                throw error("context", "must be an object, not " + type(ctx));
            }
            checkKeys(ctx, CONTEXT_KEYS, "context");
            Integer year = null;
            JsonNode y = ctx.get("year");
            if (y != null && !y.isNull()) {
                if (!y.isIntegralNumber() || !y.canConvertToInt()) {
                    throw error("context.year", "must be a whole number, not " + y);
                }
                year = y.intValue();
                if (year < 1949 || year > 2200) {
                    throw error("context.year", "out of range (1949-2200): " + year);
                }
            }
            LocalDate date = null;
            String d = string(ctx, "date", "context", false);
            if (d != null) {
                try {
                    date = LocalDate.parse(d);
                } catch (DateTimeParseException e) {
                    throw error("context.date", "must be a date like 2020-07-31, not \"" + d + "\"");
                }
                if (year != null && date.getYear() != year) {
                    throw error("context.date", d + " is not in context.year " + year);
                }
                if (date.getYear() < 1949 || date.getYear() > 2200) {
                    throw error("context.date", "out of range (1949-2200): " + d);
                }
            }
            String region = string(ctx, "defaultRegion", "context", false);
            return new GoldContext(year, date, region);
        }

        GoldRecord record(JsonNode r, int i) {
            String where = "records[" + i + "]";
            if (!r.isObject()) {
                throw error(where, "must be an object, not " + type(r));
            }
            JsonNode m = r.get("metric");
            if (m != null && m.isTextual()) {
                where += " (metric \"" + m.asText() + "\")";
            }
            checkKeys(r, RECORD_KEYS, where);
            String metric = string(r, "metric", where, true);
            Kind kind = enumValue(r, "kind", where, Kind.class, true);
            JsonNode v = r.get("value");
            if (v == null || v.isNull()) {
                throw error(where, "missing \"value\" (a number)");
            }
            if (!v.isNumber()) {
                throw error(where + ".value", "must be a number, not " + v);
            }
            BigDecimal value = v.decimalValue();
            String unit = string(r, "unit", where, false);
            if (kind == Kind.RANK && unit != null) {
                throw error(where + ".unit", "must be null for a RANK record (the scope names the ranking area), not \""
                        + unit + "\"");
            }
            Qualifier qualifier = enumValue(r, "qualifier", where, Qualifier.class, false);
            Status status = enumValue(r, "status", where, Status.class, false);
            boolean optional = false;
            JsonNode o = r.get("optional");
            if (o != null && !o.isNull()) {
                if (!o.isBoolean()) {
                    throw error(where + ".optional", "must be true or false, not " + o);
                }
                optional = o.booleanValue();
            }
            return new GoldRecord(
                    string(r, "region", where, false),
                    metric,
                    string(r, "subject", where, false),
                    kind,
                    value,
                    unit,
                    string(r, "scope", where, false),
                    qualifier,
                    string(r, "period", where, false),
                    string(r, "basis", where, false),
                    status,
                    string(r, "evidence", where, false),
                    optional,
                    string(r, "metricId", where, false),
                    r.has("metricId"),

                    date(r, "periodStart", where),
                    date(r, "periodEnd", where));
        }

        private java.time.LocalDate date(JsonNode r, String key, String where) {
            String v = string(r, key, where, false);
            if (v == null) {
                return null;
            }
            try {
                return java.time.LocalDate.parse(v);
            } catch (java.time.format.DateTimeParseException e) {
                throw error(where + "." + key, "must be a date YYYY-MM-DD, not \"" + v + "\"");
            }
        }

        private void checkKeys(JsonNode obj, Set<String> allowed, String where) {
            Iterator<String> it = obj.fieldNames();
            while (it.hasNext()) {
                String k = it.next();
                if (!allowed.contains(k) && !k.startsWith("_")) {
                    throw error(where, "unknown key \"" + k + "\" (allowed: " + String.join(", ", sorted(allowed))
                            + "; keys starting with _ are comments)");
                }
            }
        }

        /** A string field: absent or null gives null (or an error when required); blank is an error. */
        private String string(JsonNode obj, String key, String where, boolean required) {
            JsonNode n = obj.get(key);
            String at = where.isEmpty() ? key : where + "." + key;
            if (n == null || n.isNull()) {
                if (required) {
                    throw error(where, "missing \"" + key + "\"");
                }
                return null;
            }
            if (!n.isTextual()) {
                throw error(at, "must be a string" + (required ? "" : " or null") + ", not " + n);
            }
            String s = n.textValue();
            if (s.isBlank()) {
                throw error(at, "is blank" + (required ? "" : " (write null when there is none)"));
            }
            return s;
        }

        private <E extends Enum<E>> E enumValue(JsonNode obj, String key, String where, Class<E> type,
                boolean required) {
            String s = string(obj, key, where, required);
            if (s == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, s);
            } catch (IllegalArgumentException e) {
                throw error(where + "." + key, "must be one of " + Arrays.toString(type.getEnumConstants())
                        .replace("[", "").replace("]", "") + ", not \"" + s + "\"");
            }
        }

        private static String type(JsonNode n) {
            return switch (n.getNodeType()) {
                case ARRAY -> "an array";
                case OBJECT -> "an object";
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
                default -> n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            };
        }

        private static List<String> sorted(Set<String> s) {
            List<String> l = new ArrayList<>(s);
            l.sort(null);
            return l;
        }
    }

    // ---------------------------------------------------------------- writing

    /** The gold file as JSON text, laid out like the fixtures (no trailing newline). */
    public static String write(GoldFile gold) {
        StringBuilder sb = new StringBuilder(256 + 300 * gold.records().size());
        sb.append("{\n");
        field(sb, 1, "doc").append(quote(gold.doc())).append(",\n");
        field(sb, 1, "context").append("{\n");
        GoldContext c = gold.context();
        List<Map.Entry<String, String>> ctx = new ArrayList<>();
        ctx.add(Map.entry("year", c.year() == null ? "null" : c.year().toString()));
        if (c.date() != null) {
            ctx.add(Map.entry("date", quote(c.date().toString())));
        }
        ctx.add(Map.entry("defaultRegion", quoteOrNull(c.defaultRegion())));
        entries(sb, 2, ctx);
        indent(sb, 1).append("},\n");
        field(sb, 1, "records");
        if (gold.records().isEmpty()) {
            sb.append("[]\n");
        } else {
            sb.append("[\n");
            for (int i = 0; i < gold.records().size(); i++) {
                indent(sb, 2).append("{\n");
                entries(sb, 3, recordEntries(gold.records().get(i)));
                indent(sb, 2).append(i + 1 < gold.records().size() ? "},\n" : "}\n");
            }
            indent(sb, 1).append("]\n");
        }
        return sb.append('}').toString();
    }

    /** Writes the gold file as UTF-8. */
    public static void write(GoldFile gold, Path file) throws IOException {
        Files.writeString(file, write(gold), StandardCharsets.UTF_8);
    }

    /** A record as an ordered map (same keys, order and omissions as the file format). */
    public static Map<String, Object> toMap(GoldRecord r) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("region", r.region());
        m.put("metric", r.metric());
        if (r.subject() != null) {
            m.put("subject", r.subject());
        }
        m.put("kind", r.kind().name());
        BigDecimal v = r.value().stripTrailingZeros();
        m.put("value", v.scale() < 0 ? v.setScale(0) : v);
        m.put("unit", r.unit());
        if (r.scope() != null) {
            m.put("scope", r.scope());
        }
        m.put("qualifier", r.qualifier().name());
        m.put("period", r.period());
        m.put("basis", r.basis());
        if (r.status() != null) {
            m.put("status", r.status().name());
        }
        m.put("evidence", r.evidence());
        if (r.optional()) {
            m.put("optional", true);
        }
        if (r.metricIdGiven()) {
            m.put("metricId", r.metricId());
        }
        if (r.periodStart() != null) {
            m.put("periodStart", r.periodStart().toString());
            m.put("periodEnd", r.periodEnd() == null ? null : r.periodEnd().toString());
        }
        return m;
    }

    /** The keys and JSON values of a record, in the stable order. */
    static List<Map.Entry<String, String>> recordEntries(GoldRecord r) {
        List<Map.Entry<String, String>> e = new ArrayList<>();
        e.add(Map.entry("region", quoteOrNull(r.region())));
        e.add(Map.entry("metric", quote(r.metric())));
        if (r.subject() != null) {
            e.add(Map.entry("subject", quote(r.subject())));
        }
        e.add(Map.entry("kind", quote(r.kind().name())));
        e.add(Map.entry("value", GoldRecord.plain(r.value())));
        e.add(Map.entry("unit", quoteOrNull(r.unit())));
        if (r.scope() != null) {
            e.add(Map.entry("scope", quote(r.scope())));
        }
        e.add(Map.entry("qualifier", quote(r.qualifier().name())));
        e.add(Map.entry("period", quoteOrNull(r.period())));
        e.add(Map.entry("basis", quoteOrNull(r.basis())));
        if (r.status() != null) {
            e.add(Map.entry("status", quote(r.status().name())));
        }
        e.add(Map.entry("evidence", quoteOrNull(r.evidence())));
        if (r.optional()) {
            e.add(Map.entry("optional", "true"));
        }
        if (r.metricIdGiven()) {
            e.add(Map.entry("metricId", quoteOrNull(r.metricId())));
        }
        return e;
    }

    private static void entries(StringBuilder sb, int depth, List<Map.Entry<String, String>> entries) {
        for (int i = 0; i < entries.size(); i++) {
            field(sb, depth, entries.get(i).getKey()).append(entries.get(i).getValue());
            sb.append(i + 1 < entries.size() ? ",\n" : "\n");
        }
    }

    private static StringBuilder field(StringBuilder sb, int depth, String key) {
        return indent(sb, depth).append(quote(key)).append(": ");
    }

    private static StringBuilder indent(StringBuilder sb, int depth) {
        return sb.append(" ".repeat(depth));
    }

    private static String quoteOrNull(String s) {
        return s == null ? "null" : quote(s);
    }

    /** A JSON string: escapes quote, backslash and control characters; everything else as is. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
