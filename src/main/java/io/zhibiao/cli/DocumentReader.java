package io.zhibiao.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhibiao.format.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a batch worker reads one document: a file's bytes (refused past {@code --max-doc-chars}),
 * their decoding (counted in the stats), a JSONL line's object, its id ({@code --id-field}) and the
 * input fields passed through to the rows (or, for CSV, into the {@code fields} column).
 * Thread-safe: called from every worker.
 */
final class DocumentReader {
    private static final String FIELDS = "fields";

    private final Batch.Settings settings;
    private final BatchStats stats;

    DocumentReader(Batch.Settings settings, BatchStats stats) {
        this.settings = settings;
        this.stats = stats;
    }

    byte[] readFile(java.nio.file.Path p) throws IOException {
        long maxBytes = 4L * settings.maxDocChars();
        try {
            long size = Files.size(p);
            if (size > maxBytes) {
                throw new DocumentTooLargeException("document too large: " + size + " bytes (--max-doc-chars "
                        + settings.maxDocChars() + ")");
            }
            return Files.readAllBytes(p);
        } catch (DocumentTooLargeException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("cannot read: " + InputWalker.reason(e), e);
        }
    }

    String decode(byte[] bytes) throws IOException {
        TextDecoding.Decoded d = TextDecoding.decodeDetailed(bytes);
        stats.addBytes(bytes.length, d.charset() != StandardCharsets.UTF_8);
        return d.text();
    }

    static ObjectNode parseLine(String line) throws IOException {
        JsonNode n;
        try {
            n = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new IOException("not JSON: " + e.getOriginalMessage());
        }
        if (!(n instanceof ObjectNode o)) {
            throw new IOException("not a JSON object");
        }
        return o;
    }

    String idOf(ObjectNode obj, String fallback) throws IOException {
        JsonNode v = obj.get(settings.idField());
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (v.isTextual() || v.isNumber() || v.isBoolean()) {
            return v.asText();
        }
        throw new IOException("field \"" + settings.idField() + "\" is not a string or number");
    }

    Map<String, JsonNode> passThrough(ObjectNode obj) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals(settings.textField()) && !e.getKey().equals(settings.idField())) {
                m.put(e.getKey(), e.getValue());
            }
        }
        return m;
    }

    /**
     * Input fields go after the record's keys; a record key wins a clash and the input's value
     * is kept as {@code input.NAME}. With CSV output they all go, as one JSON object, into the
     * {@code fields} column.
     */
    void addPassThrough(List<Map<String, Object>> rowList, Map<String, JsonNode> pass) throws IOException {
        String asJson = settings.fieldsColumn() ? Json.mapper().writeValueAsString(pass) : null;
        for (Map<String, Object> row : rowList) {
            if (asJson != null) {
                row.put(FIELDS, asJson);
                continue;
            }
            for (Map.Entry<String, JsonNode> e : pass.entrySet()) {
                String key = row.containsKey(e.getKey()) || e.getKey().equals("trace") ? "input." + e.getKey() : e.getKey();
                row.putIfAbsent(key, e.getValue());
            }
        }
    }
}
