package io.zhibiao.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.zhibiao.Kind;
import io.zhibiao.Qualifier;
import io.zhibiao.Status;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoldFormatTest {
    private static final ObjectMapper TREE = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("fixtures"))) {
            List<Path> l = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(l).isNotEmpty();
            return l.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixturesRoundTrip(Path fixture) throws IOException {
        String original = Files.readString(fixture, StandardCharsets.UTF_8);
        GoldFile gold = GoldFormat.read(fixture);
        assertThat(gold.doc()).isEqualTo(fixture.getFileName().toString().replace(".json", ".txt"));
        assertThat(gold.records()).isNotEmpty();

        String written = GoldFormat.write(gold);
        // the same JSON (key order aside), the same records, and writing is stable
        assertThat(TREE.readTree(written)).isEqualTo(TREE.readTree(original));
        GoldFile again = GoldFormat.parse("written", written);
        assertThat(again).isEqualTo(gold);
        assertThat(GoldFormat.write(again)).isEqualTo(written);
        // laid out like the fixture: the same lines, once trailing commas are set aside
        assertThat(lines(written)).containsExactlyInAnyOrderElementsOf(lines(original));
    }

    private static List<String> lines(String json) {
        List<String> out = new ArrayList<>();
        for (String l : json.split("\n", -1)) {
            out.add(l.endsWith(",") ? l.substring(0, l.length() - 1) : l);
        }
        return out;
    }

    @Test
    void writesAStableKeyOrderLikeTheFixtures() {
        GoldRecord r = new GoldRecord("江北区", "地区生产总值", "汽车产业", Kind.RANK, new BigDecimal("1.0"), null, "全市",
                Qualifier.EXACT, "上半年", null, Status.TARGET, "增速\"全市\"第一", true);
        GoldFile f = new GoldFile("a.txt", new GoldContext(2020, LocalDate.of(2020, 7, 31), "重庆市"),
                List.of(r, GoldRecord.of(null, "GDP", Kind.GROWTH_RATE, "-4.70", "%")));
        assertThat(GoldFormat.write(f)).isEqualTo("""
                {
                 "doc": "a.txt",
                 "context": {
                  "year": 2020,
                  "date": "2020-07-31",
                  "defaultRegion": "重庆市"
                 },
                 "records": [
                  {
                   "region": "江北区",
                   "metric": "地区生产总值",
                   "subject": "汽车产业",
                   "kind": "RANK",
                   "value": 1,
                   "unit": null,
                   "scope": "全市",
                   "qualifier": "EXACT",
                   "period": "上半年",
                   "basis": null,
                   "status": "TARGET",
                   "evidence": "增速\\"全市\\"第一",
                   "optional": true
                  },
                  {
                   "region": null,
                   "metric": "GDP",
                   "kind": "GROWTH_RATE",
                   "value": -4.7,
                   "unit": "%",
                   "qualifier": "EXACT",
                   "period": null,
                   "basis": null,
                   "evidence": null
                  }
                 ]
                }""");
    }

    @Test
    void writesAnEmptyFile() {
        assertThat(GoldFormat.write(new GoldFile("a.txt", GoldContext.NONE, List.of()))).isEqualTo("""
                {
                 "doc": "a.txt",
                 "context": {
                  "year": null,
                  "defaultRegion": null
                 },
                 "records": []
                }""");
    }

    @Test
    void escapesControlCharacters() {
        assertThat(GoldFormat.quote("a\nb\t\"c\"\\\u0001")).isEqualTo("\"a\\nb\\t\\\"c\\\"\\\\\\u0001\"");
    }

    @Test
    void writesAndReadsAFile(@TempDir Path dir) throws IOException {
        GoldFile f = new GoldFile("x.txt", new GoldContext(2021, null, "渝北区"),
                List.of(GoldRecord.of("渝北区", "工业投资", Kind.GROWTH_RATE, "32.1", "%").withBasis("同比")));
        Path p = dir.resolve("x.json");
        GoldFormat.write(f, p);
        assertThat(GoldFormat.read(p)).isEqualTo(f);
    }

    @Test
    void theExampleOfTheAnnotationGuideReads() {
        GoldFile f = GoldFormat.parse("example", """
                {
                  "doc": "000_f71ce4f648072e4a.txt",
                  "context": {"year": 2020, "defaultRegion": "重庆市"},
                  "records": [
                    {"region": "江北区", "metric": "地区生产总值", "kind": "AMOUNT", "value": 617.4,
                     "unit": "亿元", "qualifier": "EXACT", "period": "上半年",
                     "evidence": "完成地区生产总值617.4亿元"},
                    {"region": "重庆高新区", "metric": "GDP", "kind": "GROWTH_RATE", "value": 4.7,
                     "unit": "%", "period": "上半年", "evidence": "重庆高新区GDP增长4.7%"}
                  ]
                }""");
        assertThat(f.context().toDocumentContext().year()).isEqualTo(2020);
        assertThat(f.context().toDocumentContext().defaultRegion()).isEqualTo("重庆市");
        assertThat(f.records()).hasSize(2);
        GoldRecord second = f.records().get(1);
        assertThat(second.qualifier()).isEqualTo(Qualifier.EXACT); // left out: EXACT
        assertThat(second.basis()).isNull();
        assertThat(second.status()).isNull();
        assertThat(second.optional()).isFalse();
        assertThat(second.value()).isEqualByComparingTo("4.7");
    }

    @Test
    void keysStartingWithUnderscoreAreComments() {
        GoldFile f = GoldFormat.parse("c", """
                {"_note": "checked", "doc": "a.txt", "context": {}, "records": [
                  {"metric": "GDP", "kind": "GROWTH_RATE", "value": 1, "unit": "%", "_why": "see 3.1"}]}""");
        assertThat(f.records()).hasSize(1);
        assertThat(f.context()).isEqualTo(GoldContext.NONE);
    }

    private static void assertBad(String json, String... fragments) {
        assertThatThrownBy(() -> GoldFormat.parse("gold/bad.json", json))
                .isInstanceOf(GoldFormatException.class)
                .hasMessageStartingWith("gold/bad.json: ")
                .hasMessageContainingAll(fragments);
    }

    private static String withRecord(String record) {
        return "{\"doc\": \"a.txt\", \"context\": {\"year\": 2020}, \"records\": [" + record + "]}";
    }

    @Test
    void badFilesGiveClearErrors() {
        assertBad("", "empty file");
        assertBad("{\"doc\": \"a.txt\",", "not valid JSON", "line 1");
        assertBad("[]", "expected a JSON object");
        assertBad("{\"context\": {}, \"records\": []}", "missing \"doc\"");
        assertBad("{\"doc\": \"a.txt\", \"records\": []}", "missing \"context\"");
        assertBad("{\"doc\": \"a.txt\", \"context\": {}}", "missing \"records\"");
        assertBad("{\"doc\": \"a.txt\", \"context\": {}, \"records\": {}}", "records: must be an array");
        assertBad("{\"doc\": \"a.txt\", \"context\": {}, \"records\": [], \"recrods\": []}", "unknown key \"recrods\"");
        assertBad("{\"doc\": \"a.txt\", \"doc\": \"b.txt\", \"context\": {}, \"records\": []}", "not valid JSON",
                "Duplicate field 'doc'");
        assertBad("{\"doc\": \"a.txt\", \"context\": {\"year\": \"2020\"}, \"records\": []}", "context.year",
                "whole number");
        assertBad("{\"doc\": \"a.txt\", \"context\": {\"year\": 1800}, \"records\": []}", "context.year", "out of range");
        assertBad("{\"doc\": \"a.txt\", \"context\": {\"year\": 2020, \"date\": \"2021-01-05\"}, \"records\": []}",
                "context.date", "not in context.year 2020");
        assertBad("{\"doc\": \"a.txt\", \"context\": {\"date\": \"July 2020\"}, \"records\": []}", "context.date",
                "2020-07-31");
    }

    @Test
    void badRecordsNameTheRecordAndTheField() {
        assertBad(withRecord("{\"kind\": \"AMOUNT\", \"value\": 1, \"unit\": \"个\"}"), "records[0]", "missing \"metric\"");
        assertBad(withRecord("{\"metric\": \"GDP\", \"kind\": \"GROWTH\", \"value\": 1, \"unit\": \"%\"}"),
                "records[0] (metric \"GDP\").kind", "must be one of AMOUNT, GROWTH_RATE", "not \"GROWTH\"");
        assertBad(withRecord("{\"metric\": \"GDP\", \"kind\": \"GROWTH_RATE\", \"value\": \"4.7\", \"unit\": \"%\"}"),
                "records[0] (metric \"GDP\").value", "must be a number");
        assertBad(withRecord("{\"metric\": \"GDP\", \"kind\": \"GROWTH_RATE\", \"unit\": \"%\"}"), "missing \"value\"");
        assertBad(withRecord("{\"metric\": \"GDP\", \"kind\": \"RANK\", \"value\": 1, \"unit\": \"位\"}"),
                ".unit", "must be null for a RANK record");
        assertBad(withRecord("{\"metric\": \"GDP\", \"kind\": \"AMOUNT\", \"value\": 1, \"unit\": \"个\", \"region\": \" \"}"),
                ".region", "blank", "null");
        assertBad(withRecord("{\"metric\": \"GDP\", \"kind\": \"AMOUNT\", \"value\": 1, \"unit\": \"个\", \"optional\": \"yes\"}"),
                ".optional", "true or false");
        assertBad(withRecord("{\"metric\": \"GDP\", \"kind\": \"AMOUNT\", \"value\": 1, \"unit\": \"个\", \"qualifier\": \"ABOUT\"}"),
                ".qualifier", "EXACT, APPROX, MORE_THAN, LESS_THAN");
        assertBad(withRecord("{\"metric\": \"GDP\", \"kind\": \"AMOUNT\", \"value\": 1, \"unit\": \"个\", \"status\": \"PLAN\"}"),
                ".status", "TARGET, FORECAST");
        assertBad(withRecord("{\"metric\": \"GDP\", \"kind\": \"AMOUNT\", \"value\": 1, \"unit\": 5}"),
                ".unit", "must be a string or null");
        assertBad(withRecord("{\"metric\": \"GDP\", \"kind\": \"AMOUNT\", \"value\": 1, \"unit\": \"个\", \"metirc\": \"x\"}"),
                "records[0]", "unknown key \"metirc\"");
        assertBad(withRecord("{\"metric\": \"GDP\", \"kind\": \"AMOUNT\", \"value\": 1, \"unit\": \"个\"}, 7"),
                "records[1]", "must be an object");
    }

    @Test
    void aFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("latin.json");
        Files.write(p, new byte[] {'{', '"', (byte) 0xe9, '"', '}'});
        assertThatThrownBy(() -> GoldFormat.read(p)).isInstanceOf(GoldFormatException.class)
                .hasMessage(p + ": not valid UTF-8");
        assertThatThrownBy(() -> GoldFormat.read(dir.resolve("missing.json"))).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining("missing.json: cannot read");
    }

    @Test
    void aByteOrderMarkIsSkipped() {
        assertThat(GoldFormat.parse("bom", "\uFEFF{\"doc\": \"a.txt\", \"context\": {}, \"records\": []}").doc())
                .isEqualTo("a.txt");
    }
}
