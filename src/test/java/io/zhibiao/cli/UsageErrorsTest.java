package io.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A usage error is one line on standard error naming the bad value (and the valid ones), exit
 * code 2, nothing on standard output; help is printed only when asked for. Runs the real main.
 */
class UsageErrorsTest {
    @TempDir
    Path dir;

    private Path doc() throws IOException {
        Path p = dir.resolve("a.txt");
        Files.writeString(p, "上半年，江北区完成地区生产总值617.4亿元，增长4.7%。");
        return p;
    }

    /** Exit 2, one line starting {@code zhibiao: } and holding every {@code expected} piece, no output. */
    private static void oneLine(CliRun r, String... expected) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        List<String> lines = ours(r);
        assertThat(lines).as(r.err()).hasSize(1);
        assertThat(lines.get(0)).startsWith("zhibiao: ").contains(expected);
        assertThat(r.out()).isEmpty();
    }

    /** Standard error without the lines Jazzer prints when fuzz tests instrument classes in this JVM. */
    static List<String> ours(CliRun r) {
        return r.errLines().stream().filter(l -> !l.startsWith("INFO: Instrumented")).toList();
    }

    @Test
    void aBadFormatNamesTheValueAndTheValidOnes() throws IOException {
        oneLine(CliRun.run("extract", "--format", "xml", doc().toString()), "'xml'", "jsonl, json, csv, table");
        oneLine(CliRun.run("quantities", "--format", "xml", doc().toString()), "'xml'", "jsonl, json, csv, table");
        assertThat(CliRun.run("extract", "--format", "CSV", doc().toString()).code()).isZero(); // any case
    }

    @Test
    void aBadInputFormatNamesTheValueAndTheValidOnes() throws IOException {
        oneLine(CliRun.run("extract", "--input-format", "xml", doc().toString()), "'xml'", "auto, text, jsonl");
    }

    @Test
    void aYearOutOfRangeNamesTheRange() throws IOException {
        oneLine(CliRun.run("extract", "--year", "20200", doc().toString()), "--year", "20200", "1949", "2200");
        oneLine(CliRun.run("render", "--year", "20200", doc().toString()), "--year", "20200");
    }

    @Test
    void anOutputInAMissingDirectorySaysWhy() throws IOException {
        Path out = dir.resolve("nonexistent/x.jsonl");
        oneLine(CliRun.run("extract", "-o", out.toString(), doc().toString()), out.toString(), "does not exist");
        oneLine(CliRun.run("extract", "-o", dir.toString(), doc().toString()), "is a directory");
        oneLine(CliRun.run("render", "-o", out.toString(), doc().toString()), out.toString(), "does not exist");
    }

    @Test
    void anUnknownRegionIsRejectedByName() throws IOException {
        oneLine(CliRun.run("extract", "--region", "不存在市", doc().toString()), "--region", "不存在市");
        oneLine(CliRun.run("quantities", "--region", "不存在市", doc().toString()), "不存在市");
        assertThat(CliRun.run("extract", "--region", "重庆市", doc().toString()).code()).isZero();
    }

    @Test
    void anUnknownCommandIsOneLineNotTheHelp() {
        CliRun r = CliRun.run("frobnicate", "--help");
        oneLine(r, "'frobnicate'", "extract", "quantities", "eval", "render");
    }

    @Test
    void anUnknownOptionIsOneLineWithAHintNotTheHelp() throws IOException {
        CliRun r = CliRun.run("extract", "--bogus", doc().toString());
        oneLine(r, "--bogus", "zhibiao extract --help");
        assertThat(r.err()).doesNotContain("Usage:");
    }

    @Test
    void helpCommandPrintsTheCommandsHelp() {
        CliRun r = CliRun.run("help", "extract");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: zhibiao extract").contains("--format");
        assertThat(CliRun.run("extract", "--help").out()).isEqualTo(r.out());
    }

    @Test
    void explainWithCsvOrTableIsAUsageErrorAndDefaultsToJsonl() throws IOException {
        oneLine(CliRun.run("extract", "--explain", "--format", "csv", doc().toString()), "--explain", "csv");
        oneLine(CliRun.run("extract", "--explain", "--format", "table", doc().toString()), "--explain", "table");
        CliRun r = CliRun.run("extract", "--explain", doc().toString());
        assertThat(r.code()).isZero();
        assertThat(r.lines()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("{").contains("\"trace\""));
    }

    @Test
    void anEmptyDirectoryIsReported() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "not a document");
        CliRun r = CliRun.run("extract", "--format", "jsonl", "--no-progress", empty.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(ours(r)).singleElement().asString().contains(empty.toString()).contains("no documents");
        // a directory with documents is not reported
        CliRun ok = CliRun.run("extract", "--format", "jsonl", "--no-progress", doc().getParent().toString());
        assertThat(ok.err()).doesNotContain("no documents");
    }
}
