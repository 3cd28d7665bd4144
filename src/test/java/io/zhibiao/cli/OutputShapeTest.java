package io.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.bench.TarWriter;
import io.zhibiao.format.RecordFields;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person and a script read: CSV columns, document ids, the table, rounded values, a closed pipe. */
class OutputShapeTest {
    static final String A = "上半年，江北区完成地区生产总值617.4亿元，增长4.7%。";
    static final String SIXTH = "渝北区已有外资企业约占全市总数的六分之一。";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void csvColumnsAreTheSchemasWhateverTheInput() throws IOException {
        Path a = write("in/a.txt", A);
        Path jsonl = write("j.jsonl", "{\"id\":\"x\",\"text\":\"" + A + "\",\"source\":\"s\"}\n");
        List<String> expected = new ArrayList<>(RecordFields.ALL_KEYS);
        expected.add("fields");
        String header = String.join(",", expected);
        CliRun file = CliRun.run("extract", "--format", "csv", "--no-progress", a.toString());
        CliRun directory = CliRun.run("extract", "--format", "csv", "--no-progress", a.getParent().toString());
        CliRun stdin = CliRun.withInput(A.getBytes(StandardCharsets.UTF_8), "extract", "--format", "csv", "-");
        CliRun lines = CliRun.run("extract", "--format", "csv", "--no-progress", jsonl.toString());
        for (CliRun r : List.of(file, directory, stdin, lines)) {
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.lines().get(0)).isEqualTo(header);
            assertThat(r.lines()).hasSize(3); // header and the two records
        }
        // two runs can be concatenated: the record lines have the same number of cells
        assertThat(file.lines().get(1)).isEqualTo(stdin.lines().get(1).replace("-,", a + ","));
        assertThat(lines.lines().get(1)).endsWith("\"{\"\"source\"\":\"\"s\"\"}\"");
    }

    @Test
    void tarAndZipGiveTheSameDocumentIds() throws IOException {
        Path zip = dir.resolve("a.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("news/a.txt"));
            z.write(A.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path tar = dir.resolve("a.tar.gz");
        try (TarWriter t = new TarWriter(new GZIPOutputStream(Files.newOutputStream(tar)))) {
            t.add("./news/a.txt", A.getBytes(StandardCharsets.UTF_8)); // what tar czf a.tar.gz . writes
        }
        List<String> z = BatchInputsTest.docs(CliRun.run("extract", "--format", "jsonl", "--no-progress", zip.toString()));
        List<String> t = BatchInputsTest.docs(CliRun.run("extract", "--format", "jsonl", "--no-progress", tar.toString()));
        assertThat(z).containsExactly(zip + "!/news/a.txt");
        assertThat(t).containsExactly(tar + "!/news/a.txt");
        assertThat(InputWalker.entryName("./././x/y.txt")).isEqualTo("x/y.txt");
        assertThat(InputWalker.entryName("/x.txt")).isEqualTo("x.txt");
    }

    @Test
    void theTableFitsTheWidthEvidenceLastAndCutNumbersWhole() throws IOException {
        Path a = write("a.txt", "上半年，江北区完成地区生产总值617.4亿元，同比增长1.2%，增速居全市第三；全区规模以上工业增加值"
                + "增长12345.678%，社会消费品零售总额达到了312.25亿元。");
        for (int width : new int[] {80, 100, 160}) {
            CliRun r = CliRun.run("extract", "--format", "table", "--width", String.valueOf(width), a.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.lines()).hasSizeGreaterThan(3);
            for (String line : r.lines()) {
                assertThat(displayWidth(line)).as(line).isLessThanOrEqualTo(width);
            }
            String header = r.lines().get(0);
            assertThat(header).startsWith("reg").endsWith("evidence");
            assertThat(r.out()).contains("617.4").contains("12345.678").contains("312.25"); // never cut
        }
        CliRun narrow = CliRun.run("extract", "--format", "table", "--width", "80", a.toString());
        assertThat(narrow.out()).contains("…");
        CliRun wide = CliRun.run("extract", "--format", "table", "--width", "400", a.toString());
        assertThat(wide.out()).contains("完成地区生产总值617.4亿元");
        assertThat(CliRun.run("extract", "--format", "table", "--width", "5", a.toString()).code()).isEqualTo(2);
    }

    private static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= 0x2e80 && c <= 0xa4cf || c >= 0xff00 && c <= 0xff60 ? 2 : 1;
        }
        return w;
    }

    @Test
    void fractionsAreRoundedInEveryOutputAndExactInJava() throws IOException {
        Path a = write("a.txt", SIXTH);
        CliRun jsonl = CliRun.run("extract", "--format", "jsonl", a.toString());
        assertThat(jsonl.out()).contains("\"value\":16.666667,").doesNotContain("16.6666666");
        assertThat(CliRun.run("extract", "--format", "csv", a.toString()).out()).contains(",16.666667,")
                .doesNotContain("16.6666666");
        assertThat(CliRun.run("extract", "--format", "table", a.toString()).out()).contains("16.666667")
                .doesNotContain("16.6666666");
        assertThat(CliRun.run("quantities", "--format", "jsonl", a.toString()).out()).contains("\"value\":16.666667,");
        Indicator r = IndicatorExtractor.builder().build().extract(SIXTH).get(0);
        assertThat(r.quantity().value().precision()).isGreaterThan(20); // the API keeps the exact value
        assertThat(RecordFields.plain(new BigDecimal("617.40"))).isEqualTo(new BigDecimal("617.4"));
        assertThat(RecordFields.plain(new BigDecimal("1E+3")).toPlainString()).isEqualTo("1000");
        assertThat(RecordFields.plain(new BigDecimal("0.125"))).isEqualTo(new BigDecimal("0.125"));
        assertThat(RecordFields.plain(new BigDecimal("0.000000123456789"))).isEqualTo(new BigDecimal("1.23457E-7"));
        assertThat(RecordFields.plain(new BigDecimal("1E-309")).signum()).isOne(); // never rounded to 0
    }

    @Test
    void aClosedPipeEndsQuietlyWithZero() throws IOException {
        for (int i = 0; i < 30; i++) {
            write(String.format("many/%02d.txt", i), A);
        }
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        synchronized (CliRun.class) { // CliRun's lock: the standard streams are global
            try {
                System.setOut(new PrintStream(new ClosingAfter(600), true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                code = Main.run("extract", "--format", "jsonl", "--no-progress", "--threads", "1",
                        dir.resolve("many").toString());
            } finally {
                System.setOut(oldOut);
                System.setErr(oldErr);
            }
        }
        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("INFO: Instrumented")))
                .isEmpty(); // (Jazzer's lines when fuzz tests instrumented classes in this JVM)
    }

    /** A pipe whose reader goes away ({@code | head}) after {@code limit} bytes. */
    private static final class ClosingAfter extends OutputStream {
        private int left;

        ClosingAfter(int limit) {
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (--left < 0) {
                throw new IOException("Broken pipe");
            }
        }
    }
}
