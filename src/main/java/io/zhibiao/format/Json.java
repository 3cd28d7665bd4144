package io.zhibiao.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * JSON for rows and files. {@link #line(Object)} writes rows with jackson-core alone; {@link #mapper()}
 * is the shared, thread-safe databind mapper (plain decimals, big numbers read as BigDecimal),
 * created on first use so that a run that only writes records never starts databind.
 */
public final class Json {
    private static final class Mapper {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();

        static {
            MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(200_000_000).maxNumberLength(10_000).build());
        }
    }

    /** The shared databind mapper. */
    public static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    private Json() {
    }

    /** Writes rows with jackson-core alone: no databind start-up before the first record. */
    private static final class Plain {
        static final JsonFactory FACTORY = JsonFactory.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    }

    /**
     * One line of JSON, no trailing newline. Maps, lists, strings, numbers, booleans and null (what
     * rows hold) are written by a plain generator; anything else goes through the mapper.
     */
    public static String line(Object value) {
        try {
            if (plain(value)) {
                StringWriter w = new StringWriter(256);
                try (JsonGenerator g = Plain.FACTORY.createGenerator(w)) {
                    write(g, value);
                }
                return w.toString();
            }
            return mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static boolean plain(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof BigDecimal
                || v instanceof Integer || v instanceof Long || v instanceof Double) {
            return true;
        }
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String) || !plain(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (v instanceof List<?> l) {
            for (Object o : l) {
                if (!plain(o)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static void write(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName((String) e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else {
            g.writeStartArray();
            for (Object o : (List<?>) v) {
                write(g, o);
            }
            g.writeEndArray();
        }
    }
}
