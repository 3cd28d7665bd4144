package io.zhibiao.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.zhibiao.cli.CliRun;
import io.zhibiao.format.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each column of a panel row, the external sort, and the command over the seeds and fixtures. */
class PanelTest {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    static Map<String, Object> record(String doc, String code, String id, String kind, String value, String period,
            int start) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", doc);
        m.put("region", "江北区");
        m.put("regionCode", code);
        m.put("metric", "地区生产总值");
        m.put("metricId", id);
        m.put("kind", kind);
        m.put("value", new BigDecimal(value));
        m.put("unit", kind.equals("AMOUNT") ? "亿元" : "%");
        m.put("baseValue", kind.equals("AMOUNT") ? new BigDecimal(value).multiply(new BigDecimal("100000000")) : new BigDecimal(value));
        m.put("baseUnit", kind.equals("AMOUNT") ? "元" : "%");
        m.put("period", period);
        m.put("start", start);
        m.put("end", start + 10);
        return m;
    }

    static List<Map<String, Object>> build(List<Map<String, Object>> records, int chunk, Integer year) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Panel p = new Panel(chunk, year)) {
            for (Map<String, Object> r : records) {
                p.add(r);
            }
            p.finish(rows::add);
            if (chunk == 1) {
                assertThat(p.runs()).as("a chunk of 1 spills every record").isEqualTo(records.size() - p.skipped());
            }
        }
        return rows;
    }

    @Test
    void oneRowPerKeyWithValueInBaseUnitDocumentsConflictAndProvenance() throws IOException {
        List<Map<String, Object>> in = List.of(
                record("a.txt", "500105", "gdp", "AMOUNT", "617.4", "上半年", 4),
                record("b.txt", "500105", "gdp", "AMOUNT", "617.40", "上半年", 30),
                record("c.txt", "500105", "gdp", "AMOUNT", "618", "上半年", 7),
                record("a.txt", "500105", "gdp", "GROWTH_RATE", "5.2", "上半年", 20),
                record("a.txt", "500106", "gdp", "AMOUNT", "400", "上半年", 50),
                record("a.txt", null, "gdp", "AMOUNT", "1", "上半年", 60),
                record("a.txt", "500105", null, "AMOUNT", "1", "上半年", 70));
        for (int chunk : new int[] {1, 2, 1000}) {
            List<Map<String, Object>> rows = build(in, chunk, 2020);
            assertThat(rows).as("chunk %d", chunk).hasSize(3);
            Map<String, Object> gdp = rows.get(0);
            assertThat(gdp.keySet()).containsExactlyElementsOf(PanelRows.COLUMNS);
            assertThat(gdp.get("regionCode")).isEqualTo("500105");
            assertThat(gdp.get("region")).isEqualTo("江北区");
            assertThat(gdp.get("metricId")).isEqualTo("gdp");
            assertThat(gdp.get("metric")).isEqualTo("地区生产总值");
            assertThat(gdp.get("kind")).isEqualTo("AMOUNT");
            assertThat(gdp.get("period")).isEqualTo("上半年");
            // two documents say 617.4 (617.40 is the same number), one says 618: the majority wins
            assertThat((BigDecimal) gdp.get("value")).isEqualByComparingTo("61740000000");
            assertThat(gdp.get("baseUnit")).isEqualTo("元");
            assertThat(gdp.get("documents")).isEqualTo(3);
            assertThat(gdp.get("statements")).isEqualTo(3L);
            assertThat(gdp.get("conflict")).isEqualTo(true);
            assertThat(PanelRows.cell(cast(gdp.get("disagreeing")))).isEqualTo("61800000000 c.txt@7-17");
            assertThat(PanelRows.cell(cast(gdp.get("provenance"))))
                    .isEqualTo("61740000000 a.txt@4-14; 61740000000 b.txt@30-40");
            Map<String, Object> growth = rows.get(1);
            assertThat(growth.get("kind")).isEqualTo("GROWTH_RATE");
            assertThat(growth.get("conflict")).isEqualTo(false);
            assertThat(cast(growth.get("disagreeing"))).isEmpty();
            assertThat(rows.get(2).get("regionCode")).isEqualTo("500106");
        }
    }

    @Test
    void modifiersStatusBasisAndPeriodsSeparateRows() throws IOException {
        Map<String, Object> a = record("a.txt", "500105", "exports", "GROWTH_RATE", "5", "上半年", 0);
        Map<String, Object> b = new LinkedHashMap<>(a);
        b.put("metricModifiers", "partner=美国");
        Map<String, Object> c = new LinkedHashMap<>(a);
        c.put("status", "TARGET");
        Map<String, Object> d = new LinkedHashMap<>(a);
        d.put("basis", "环比");
        Map<String, Object> e = new LinkedHashMap<>(a);
        e.put("basis", "比上年同期"); // year on year: the same row as a bare 增长
        e.put("value", new BigDecimal("6"));
        e.put("baseValue", new BigDecimal("6"));
        Map<String, Object> f = new LinkedHashMap<>(a);
        f.put("periodStart", "2020-01-01");
        f.put("periodEnd", "2020-06-30");
        Map<String, Object> g = new LinkedHashMap<>(a);
        g.put("period", "2019年上半年");
        List<Map<String, Object>> rows = build(List.of(a, b, c, d, e, f, g), 1000, null);
        assertThat(rows).hasSize(6);
        Map<String, Object> plain = rows.stream().filter(r -> r.get("metricModifiers") == null && r.get("status") == null
                && r.get("basis") == null && r.get("periodStart") == null && "上半年".equals(r.get("period")))
                .findFirst().orElseThrow();
        assertThat(plain.get("conflict")).isEqualTo(true);
        assertThat(rows).anySatisfy(r -> assertThat(r.get("metricModifiers")).isEqualTo("partner=美国"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("status")).isEqualTo("TARGET"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("basis")).isEqualTo("环比"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("periodEnd")).isEqualTo("2020-06-30"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("period")).isEqualTo("2019年上半年"));
    }

    @Test
    void measuresOfASubjectAreKeyedBySubject() throws IOException {
        Map<String, Object> a = record("a.txt", "500112", "subject_output", "AMOUNT", "185", "2020年", 0);
        a.put("subject", "OPPO（重庆）智能科技有限公司");
        Map<String, Object> b = record("a.txt", "500112", "subject_output", "AMOUNT", "45", "2020年", 40);
        b.put("subject", "泰山电缆");
        Map<String, Object> c = record("b.txt", "500112", "subject_output", "AMOUNT", "186", "2020年", 9);
        c.put("subject", "OPPO（重庆）智能科技有限公司");
        // a firm the sentence names but the record does not: its own row, never another firm's
        Map<String, Object> d = record("c.txt", "500112", "subject_output", "AMOUNT", "3", "2020年", 5);
        Map<String, Object> e = record("d.txt", "500112", "subject_output", "AMOUNT", "4", "2020年", 5);
        // a region's indicator stays keyed without a subject: two values there are a conflict
        Map<String, Object> f = record("a.txt", "500112", "gdp", "AMOUNT", "2010", "2020年", 80);
        Map<String, Object> g = record("b.txt", "500112", "gdp", "AMOUNT", "2011", "2020年", 80);
        for (int chunk : new int[] {1, 1000}) {
            List<Map<String, Object>> rows = build(List.of(a, b, c, d, e, f, g), chunk, null);
            assertThat(rows).as("chunk %d", chunk).hasSize(5);
            Map<String, Object> oppo = rows.stream()
                    .filter(r -> "OPPO（重庆）智能科技有限公司".equals(r.get("subject"))).findFirst().orElseThrow();
            assertThat(oppo.get("documents")).isEqualTo(2);
            assertThat(oppo.get("conflict")).isEqualTo(true); // one firm, two values: a real conflict
            Map<String, Object> taishan = rows.stream().filter(r -> "泰山电缆".equals(r.get("subject")))
                    .findFirst().orElseThrow();
            assertThat(taishan.get("conflict")).isEqualTo(false);
            assertThat((BigDecimal) taishan.get("value")).isEqualByComparingTo("4500000000");
            assertThat(rows.stream().filter(r -> "subject_output".equals(r.get("metricId")) && r.get("subject") == null))
                    .hasSize(2).allSatisfy(r -> assertThat(r.get("conflict")).isEqualTo(false));
            Map<String, Object> gdp = rows.stream().filter(r -> "gdp".equals(r.get("metricId"))).findFirst().orElseThrow();
            assertThat(gdp.get("subject")).isNull();
            assertThat(gdp.get("conflict")).isEqualTo(true);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> cast(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @Test
    void commandOverSeedsAndFixturesFromDocumentsAndFromRecords(@TempDir Path dir) throws IOException {
        Path records = dir.resolve("records.jsonl");
        String[] inputs = {"seeds", "fixtures/written", "fixtures/heldout", "fixtures/heldout2", "fixtures/heldout3"};
        List<String> args = new ArrayList<>(List.of("extract", "--format", "jsonl", "-o", records.toString()));
        args.addAll(List.of(inputs));
        CliRun ex = CliRun.run(args.toArray(String[]::new));
        assertThat(ex.code()).as(ex.err()).isZero();
        Path csv = dir.resolve("panel.csv");
        CliRun p = CliRun.run("panel", "--from-records", "--chunk", "50", "-o", csv.toString(), records.toString());
        assertThat(p.code()).as(p.err()).isZero();
        assertThat(p.err()).contains("rows");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo(String.join(",", PanelRows.COLUMNS));
        assertThat(lines.size()).isGreaterThan(300);

        Path jsonl = dir.resolve("panel.jsonl");
        List<String> panelArgs = new ArrayList<>(List.of("panel", "--format", "jsonl", "-o", jsonl.toString()));
        panelArgs.addAll(List.of(inputs));
        CliRun q = CliRun.run(panelArgs.toArray(String[]::new));
        assertThat(q.code()).as(q.err()).isZero();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String l : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            rows.add(Json.mapper().readValue(l, MAP));
        }
        assertThat(rows).hasSize(lines.size() - 1); // documents or their records: the same table
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("regionCode")).isNotNull();
            assertThat(r.get("metricId")).isNotNull();
            assertThat((Integer) r.get("documents")).isPositive();
            assertThat(cast(r.get("provenance"))).isNotEmpty();
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.get("conflict")).isEqualTo(true));
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path dir) {
        CliRun r = CliRun.run("panel", "--format", "xml", "--from-records", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("xml").contains("csv").contains("jsonl");
        CliRun c = CliRun.run("panel", "--chunk", "0", "--from-records", dir.toString());
        assertThat(c.code()).isEqualTo(2);
        CliRun missing = CliRun.run("panel", "--from-records", dir.resolve("none.jsonl").toString());
        assertThat(missing.code()).isEqualTo(1);
    }
}
