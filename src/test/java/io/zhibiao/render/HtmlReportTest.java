package io.zhibiao.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.format.Json;
import io.zhibiao.format.RecordFields;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    static final Path SEED = Path.of("seeds/000_f71ce4f648072e4a.txt");
    static String text;
    static List<Indicator> records;

    @BeforeAll
    static void extract() throws Exception {
        text = Files.readString(SEED, StandardCharsets.UTF_8);
        records = IndicatorExtractor.builder().documentYear(2020).defaultRegion("重庆市").build().extract(text);
    }

    static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String article(String html) {
        int from = html.indexOf("<div class=\"article\">") + "<div class=\"article\">".length();
        return html.substring(from, html.indexOf("</div></section>", from));
    }

    @Test
    void seedReportHasOneHighlightPerRecordWithAValidSpan() {
        assertThat(records).isNotEmpty();
        long valid = records.stream().filter(r -> r.span().end() <= text.length() && r.span().length() > 0).count();
        String html = HtmlReport.render(SEED.getFileName().toString(), text, HtmlReport.records("000", records));

        assertThat(count(html, "<mark ") - count(html, "<mark [^>]*data-cont")).isEqualTo((int) valid);
        for (int i = 0; i < records.size(); i++) {
            assertThat(html).contains("<mark class=\"zb\" data-r=\"" + i + "\">");
        }
        // the article reads back as the original text, every mark nested properly
        MarkupOracle o = new MarkupOracle(article(html));
        assertThat(o.text.toString()).isEqualTo(text.replace("\r\n", "\n"));
        // a table row per record, the summary adds up, the data parses
        assertThat(count(html, "<tr data-r=\"")).isEqualTo(records.size());
        assertThat(html).contains("<meta name=\"zhibiao-highlights\" content=\"" + valid + "\">");
        int data = html.indexOf("<script type=\"application/json\" id=\"zb-data\">");
        String json = html.substring(html.indexOf('>', data) + 1, html.indexOf("</script>", data));
        assertThat(Json.line(List.of()).length()).isEqualTo(2);
        List<Map<String, Object>> parsed = read(json);
        assertThat(parsed).hasSize(records.size());
        assertThat(parsed.get(0).get("metric")).isEqualTo(records.get(0).metric().mention());
    }

    private static List<Map<String, Object>> read(String json) {
        try {
            return Json.mapper().readValue(json, new TypeReference<List<Map<String, Object>>>() { });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void thePageIsSelfContained() {
        String html = HtmlReport.render("t", text, HtmlReport.records("000", records));
        assertThat(html).doesNotContain("http://").doesNotContain("https://")
                .doesNotContainPattern("<(script|img|iframe)[^>]* src=").doesNotContain("<link")
                .doesNotContain("@import").doesNotContain("{{");
    }

    @Test
    void recordsFromJsonlDrawTheSameHighlights() throws Exception {
        StringBuilder jsonl = new StringBuilder("\n");
        jsonl.append(Json.line(RecordFields.of("other.txt", records.get(0), false))).append('\n');
        for (Indicator r : records) {
            jsonl.append(Json.line(RecordFields.of("seeds/000_f71ce4f648072e4a.txt", r, false))).append('\n');
        }
        List<RenderRecord> read = HtmlReport.readRecords(new StringReader(jsonl.toString()), SEED.toString());
        assertThat(read).hasSize(records.size());
        // by file name too
        assertThat(HtmlReport.readRecords(new StringReader(jsonl.toString()), "x/000_f71ce4f648072e4a.txt"))
                .hasSize(records.size());
        String fromJsonl = HtmlReport.render("t", text, read);
        String fromRecords = HtmlReport.render("t", text, HtmlReport.records("000", records));
        MarkupOracle a = new MarkupOracle(article(fromJsonl));
        MarkupOracle b = new MarkupOracle(article(fromRecords));
        assertThat(a.covered).isEqualTo(b.covered);
        assertThat(a.roleText("z-v")).isEqualTo(b.roleText("z-v"));

        // the JSON array of extract --format json reads too
        String array = "[\n  " + Json.line(RecordFields.of("a.txt", records.get(0), false)) + "\n]\n";
        assertThat(HtmlReport.readRecords(new StringReader(array), "a.txt")).hasSize(1);
    }

    @Test
    void badRecordInputIsReportedWithItsLine() {
        assertThatThrownBy(() -> HtmlReport.readRecords(new StringReader("{\"start\":0,\"end\":2}\nnot json\n"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 2: not a JSON object");
        assertThatThrownBy(() -> HtmlReport.readRecords(
                new StringReader("{\"doc\":\"a.txt\"}\n{\"doc\":\"b.txt\"}\n"), "c.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 documents and none is c.txt");
    }

    @Test
    void recordsWithoutSpansAreListedNotHighlighted() throws Exception {
        List<RenderRecord> read = HtmlReport.readRecords(new StringReader(
                "{\"metric\":\"GDP\",\"value\":4.7,\"start\":0,\"end\":3}\n"
                        + "{\"metric\":\"GDP\",\"value\":4.7}\n{\"metric\":\"GDP\",\"value\":1,\"start\":2,\"end\":99}\n"), null);
        String html = HtmlReport.render(null, "GDP增长4.7%", read);
        assertThat(count(html, "<mark ")).isEqualTo(1);
        assertThat(count(html, "<tr data-r=\"[0-9]+\" class=\"nospan\"")).isEqualTo(2);
        assertThat(html).contains("3 records · 1 highlighted · 2 without a span in this text");
    }
}
