package io.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhibiao.Kind;
import io.zhibiao.eval.GoldContext;
import io.zhibiao.eval.GoldFile;
import io.zhibiao.eval.GoldFormat;
import io.zhibiao.eval.GoldRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path dir;
    Path gold;
    Path docs;

    /** Exit code, standard output and standard error of one run. */
    record Run(int code, String out, String err) {
        List<String> lines() {
            return Arrays.asList(out.split("\n"));
        }
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void files() throws IOException {
        gold = Files.createDirectories(dir.resolve("gold"));
        docs = Files.createDirectories(dir.resolve("docs"));
        GoldFormat.write(new GoldFile("a.txt", new GoldContext(2020, null, "江北区"), List.of(
                GoldRecord.of("江北区", "地区生产总值", Kind.AMOUNT, "617.4", "亿元"),
                GoldRecord.of("江北区", "地区生产总值", Kind.GROWTH_RATE, "4.7", "%"))), gold.resolve("a.json"));
        Files.writeString(docs.resolve("a.txt"), "上半年，江北区完成地区生产总值617.4亿元，增长4.7%。");
    }

    private String[] args(String... rest) {
        List<String> a = new ArrayList<>(List.of("eval", "--gold", gold.toString()));
        a.addAll(List.of(rest));
        return a.toArray(new String[0]);
    }

    @Test
    void printsATableThatEndsWithAThreeLineSummary() {
        Run r = run(args(docs.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.lines();
        assertThat(lines.get(0)).startsWith("doc").contains("strictF1", "valueF1", "region", "metric", "qualifier",
                "period", "basis", "status");
        assertThat(lines.get(1)).startsWith("a.txt");
        int n = lines.size();
        assertThat(lines.get(n - 4)).startsWith("TOTAL");
        assertThat(lines.get(n - 3)).startsWith("strict  P ");
        assertThat(lines.get(n - 2)).startsWith("value   P ");
        assertThat(lines.get(n - 1)).startsWith("region ").contains("1 docs, 2 gold + 0 optional");
    }

    @Test
    void missesAndErrorsComeBeforeTheTable() {
        Run r = run(args("--misses", "--errors", docs.resolve("a.txt").toString()));
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("== a.txt: ").contains("errors by reason (1 documents):")
                .contains("missed number").contains("spurious number");
        List<String> lines = r.lines();
        assertThat(lines.get(lines.size() - 3)).startsWith("strict");
        assertThat(r.out().indexOf("errors by reason")).isLessThan(r.out().indexOf("\nTOTAL"));
    }

    @Test
    void writesJson() throws IOException {
        Run r = run(args("--json", docs.toString()));
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("documents").get(0).path("doc").asText()).isEqualTo("a.txt");
        assertThat(root.path("documents").get(0).has("misses")).isFalse();
        assertThat(root.path("total").path("gold").asInt()).isEqualTo(2);
        assertThat(root.path("total").path("strict").has("f1")).isTrue();
        assertThat(root.path("total").path("value").has("precision")).isTrue();
        assertThat(root.path("total").path("region").has("accuracy")).isTrue();
        assertThat(root.path("total").path("attributes").has("period")).isTrue();
        assertThat(root.path("errors").has("missed number")).isTrue();
        assertThat(root.path("problems").size()).isZero();

        JsonNode withMisses = new ObjectMapper().readTree(run(args("--json", "--misses", docs.toString())).out());
        assertThat(withMisses.path("documents").get(0).path("misses").isArray()).isTrue();
    }

    @Test
    void anInputWithoutGoldIsReportedAndSkipped() throws IOException {
        Files.writeString(docs.resolve("b.txt"), "没有金标准的文件，增长5%。");
        Run r = run(args(docs.toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(docs.resolve("b.txt").toString()).contains("no gold file for b.txt");
        assertThat(r.out()).contains("a.txt").doesNotContain("b.txt");
    }

    @Test
    void aMissingInputIsReported() {
        Run r = run(args(docs.resolve("nope.txt").toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("nope.txt").contains("no such file");
    }

    @Test
    void aBadGoldFileIsReportedWithItsName() throws IOException {
        Files.writeString(gold.resolve("broken.json"), "{\"doc\": \"c.txt\", \"context\": {}, \"records\": [{}]}");
        Run r = run(args(docs.toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(gold.resolve("broken.json").toString()).contains("records[0]")
                .contains("missing \"metric\"");
        assertThat(r.out()).contains("a.txt"); // the good one is still scored
    }

    @Test
    void aLexiconFileIsAccepted() throws IOException {
        Path abbr = dir.resolve("abbr.tsv");
        Files.writeString(abbr, "# test abbreviations\nshort\tfull\n区GDP\t地区生产总值\n");
        assertThat(run(args("--lexicon", abbr.toString(), docs.toString())).code()).isZero();
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "what\tever\nx\ty\n");
        Run r = run(args("--lexicon", bad.toString(), docs.toString()));
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("bad.tsv");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("eval", docs.toString()).code()).isEqualTo(2); // no --gold
        assertThat(run("eval", "--gold", gold.toString()).code()).isEqualTo(2); // no PATH
        assertThat(run(args("--frobnicate", docs.toString())).code()).isEqualTo(2);
        Run r = run("eval", "--gold", dir.resolve("nothing").toString(), docs.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nothing").contains("no such directory");
    }

    @Test
    void standardInputHasNoNameToMatch() {
        Run r = run(args("-"));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("standard input");
    }

    @Test
    void fileDatesDateAnUntoldDocumentFromTheYearInItsName() throws IOException {
        Path g = Files.createDirectories(dir.resolve("gold2"));
        Path d = Files.createDirectories(dir.resolve("docs2"));
        Files.writeString(g.resolve("jiangbei_2020.json"), """
                {"doc": "jiangbei_2020.txt", "context": {"year": 2020, "defaultRegion": "江北区"}, "records": [
                 {"region": "江北区", "metric": "地区生产总值", "kind": "AMOUNT", "value": 617.4, "unit": "亿元",
                  "qualifier": "EXACT", "period": "上半年", "periodStart": "2020-01-01", "periodEnd": "2020-06-30",
                  "evidence": "完成地区生产总值617.4亿元"}]}
                """);
        Files.writeString(d.resolve("jiangbei_2020.txt"), "上半年，江北区完成地区生产总值617.4亿元。");
        Run told = run("eval", "--gold", g.toString(), d.toString());
        Run untold = run("eval", "--without-year", "--gold", g.toString(), d.toString());
        Run named = run("eval", "--without-year", "--file-dates", "--gold", g.toString(), d.toString());
        assertThat(told.out()).contains("dates 1.000 of 1");
        assertThat(untold.out()).contains("dates 0.000 of 1"); // the text names no year
        assertThat(named.code()).as(named.err()).isZero();
        assertThat(named.out()).contains("dates 1.000 of 1");
    }

    @Test
    void fileDatesWithoutWithoutYearIsAUsageError() {
        Run r = run(args("--file-dates", docs.toString()));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().split("\n")).hasSize(1);
        assertThat(r.err()).contains("--file-dates").contains("--without-year");
    }
}
