package io.zhibiao.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows encoded by a batch's workers and copied by its writer come out as rows written one by one. */
class RowWriterTest {
    private static final List<String> COLUMNS = List.of("doc", "value", "evidence");

    private static List<Map<String, Object>> rows() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("doc", "d1");
        a.put("value", new BigDecimal("617.40"));
        a.put("evidence", "增长4.7%，\"引号\"");
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("doc", "d1");
        b.put("value", null);
        b.put("evidence", "两行\n文字");
        return List.of(a, b);
    }

    @Test
    void encodedEqualsWritten() throws IOException {
        for (RowWriter.Format f : List.of(RowWriter.Format.JSONL, RowWriter.Format.CSV)) {
            StringWriter one = new StringWriter();
            try (RowWriter w = RowWriter.create(f, one, COLUMNS)) {
                for (Map<String, Object> r : rows()) {
                    w.write(r);
                }
                w.write(rows().get(0));
            }
            StringWriter copied = new StringWriter();
            try (RowWriter w = RowWriter.create(f, copied, COLUMNS)) {
                w.writeEncoded(w.encode(List.of()));
                w.writeEncoded(w.encode(rows()));
                w.writeEncoded(w.encode(List.of(rows().get(0))));
            }
            assertEquals(one.toString(), copied.toString(), f.toString());
        }
    }

    @Test
    void bufferingFormatsDoNotEncode() {
        assertNull(RowWriter.create(RowWriter.Format.JSON, new StringWriter(), COLUMNS).encode(rows()));
        assertNull(RowWriter.create(RowWriter.Format.TABLE, new StringWriter(), COLUMNS).encode(rows()));
    }

    @Test
    void csvHeaderOnceEvenWithNoRows() throws IOException {
        StringWriter s = new StringWriter();
        try (RowWriter w = RowWriter.create(RowWriter.Format.CSV, s, COLUMNS)) {
            w.writeEncoded(w.encode(List.of()));
        }
        assertEquals("doc,value,evidence\n", s.toString());
    }
}
