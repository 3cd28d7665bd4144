package io.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    static final String TEXT = "上半年，江北区完成地区生产总值617.4亿元，增长4.7%。";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            code = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static int highlights(String html) {
        Matcher m = Pattern.compile("<mark (?![^>]*data-cont)").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void rendersTheSeedWithOneHighlightPerExtractedRecord() {
        Run extract = run("", "extract", "--format", "jsonl", "seeds/000_f71ce4f648072e4a.txt");
        long records = extract.out().lines().filter(l -> !l.isBlank()).count();
        assertThat(records).isPositive();

        Run r = run("", "render", "seeds/000_f71ce4f648072e4a.txt");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("<!DOCTYPE html>").contains("<title>000_f71ce4f648072e4a.txt · zhibiao</title>");
        assertThat(highlights(r.out())).isEqualTo(records);
    }

    @Test
    void drawsRecordsFromExtractOutputAndWritesAFile() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), TEXT);
        Path jsonl = dir.resolve("a.jsonl");
        Run extract = run("", "extract", "--format", "jsonl", "-o", jsonl.toString(), text.toString());
        assertThat(extract.code()).as(extract.err()).isZero();
        long records = Files.readAllLines(jsonl).size();

        Path html = dir.resolve("a.html");
        Run r = run("", "render", "--records", jsonl.toString(), "--title", "江北", "-o", html.toString(), text.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        String page = Files.readString(html);
        assertThat(highlights(page)).isEqualTo(records);
        assertThat(page).contains("<h1>江北</h1>").contains("<span class=\"z-v\"");

        // records from standard input, the text from a file
        Run piped = run(Files.readString(jsonl), "render", "--records", "-", text.toString());
        assertThat(piped.code()).as(piped.err()).isZero();
        assertThat(highlights(piped.out())).isEqualTo(records);
    }

    @Test
    void readsTheTextFromStandardInput() {
        Run r = run(TEXT, "render", "-");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("<title>standard input · zhibiao</title>");
        assertThat(highlights(r.out())).isPositive();
    }

    @Test
    void recordsOutsideTheTextAreReported() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "GDP增长4.7%");
        Path jsonl = Files.writeString(dir.resolve("a.jsonl"),
                "{\"doc\":\"a.txt\",\"metric\":\"GDP\",\"kind\":\"GROWTH_RATE\",\"value\":4.7,\"unit\":\"%\",\"start\":0,\"end\":9}\n"
                        + "{\"doc\":\"a.txt\",\"metric\":\"GDP\",\"kind\":\"GROWTH_RATE\",\"value\":4.7,\"unit\":\"%\",\"start\":5,\"end\":50}\n");
        Run r = run("", "render", "--records", jsonl.toString(), text.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("1 of 2 records have no valid span");
        assertThat(highlights(r.out())).isEqualTo(1);
    }

    @Test
    void errorsAndUsage() throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), TEXT);
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"start\":0}\n{oops\n");

        Run missing = run("", "render", dir.resolve("nope.txt").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.txt: no such file or directory");

        Run badRecords = run("", "render", "--records", bad.toString(), text.toString());
        assertThat(badRecords.code()).isEqualTo(1);
        assertThat(badRecords.err()).contains("--records").contains("line 2: not a JSON object");

        Run directory = run("", "render", dir.toString());
        assertThat(directory.code()).isEqualTo(2);
        assertThat(directory.err()).contains("one document, not a directory");

        Run bothStdin = run("", "render", "--records", "-", "-");
        assertThat(bothStdin.code()).isEqualTo(2);

        Run two = run("", "render", text.toString(), text.toString());
        assertThat(two.code()).isEqualTo(2);

        Files.write(dir.resolve("latin1.txt"), new byte[] {(byte) 0xe9, 'a'});
        Run notUtf8 = run("", "render", dir.resolve("latin1.txt").toString());
        assertThat(notUtf8.code()).isEqualTo(1);
        assertThat(notUtf8.err()).contains("not UTF-8 or GB18030 text");
    }
}
