package io.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhibiao.bench.TarWriter;
import io.zhibiao.format.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of input of a batch, good and bad: each document gives records or one error line. */
class BatchInputsTest {
    static final String A = "上半年，江北区完成地区生产总值617.4亿元，增长4.7%。";
    static final String B = "全市规模以上工业增加值增长6.2%，社会消费品零售总额312亿元。";

    @TempDir
    Path dir;

    static List<JsonNode> records(CliRun r) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.lines()) {
            try {
                out.add(Json.mapper().readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Distinct doc ids of the records, in order of first appearance. */
    static List<String> docs(CliRun r) {
        Set<String> s = new LinkedHashSet<>();
        records(r).forEach(n -> s.add(n.get("doc").asText()));
        return new ArrayList<>(s);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static CliRun extract(String... args) {
        List<String> a = new ArrayList<>(List.of("extract", "--format", "jsonl", "--no-progress"));
        a.addAll(List.of(args));
        return CliRun.run(a.toArray(new String[0]));
    }

    @Test
    void directoriesAreReadRecursivelyInNameOrderTextsOnly() throws IOException {
        write("d/b.txt", B);
        write("d/a/z.txt", A);
        write("d/a.TXT", A);
        write("d/notes.md", A);
        CliRun r = extract(dir.resolve("d").toString());
        assertThat(r.code()).as(r.err()).isZero();
        String d = dir.resolve("d").toString();
        assertThat(docs(r)).containsExactly(d + "/a/z.txt", d + "/a.TXT", d + "/b.txt");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void zipEntriesAreDocumentsNamedArchiveBangPath() throws IOException {
        Path zip = dir.resolve("news.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String[] e : new String[][] {{"2020/01/a.txt", A}, {"2020/01/img.png", "x"}, {"2020/02/b.txt", B},
                {"more.jsonl", "{\"id\": \"j1\", \"text\": \"" + A + "\"}\n"}}) {
                z.putNextEntry(new ZipEntry(e[0]));
                z.write(e[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        CliRun r = extract(zip.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(docs(r)).containsExactly(zip + "!/2020/01/a.txt", zip + "!/2020/02/b.txt", "j1");
        JsonNode first = records(r).get(0);
        assertThat(first.get("evidence").asText()).isEqualTo(A.substring(first.get("start").asInt(), first.get("end").asInt()));
    }

    @Test
    void tarGzEntriesAreDocumentsInArchiveOrder() throws IOException {
        Path tgz = dir.resolve("news.tar.gz");
        try (TarWriter t = new TarWriter(new GZIPOutputStream(Files.newOutputStream(tgz)))) {
            t.add("z/first.txt", A.getBytes(StandardCharsets.UTF_8));
            t.add("a/second.txt", B.getBytes(TextDecoding.GB18030));
            t.add("a/skip.csv", A.getBytes(StandardCharsets.UTF_8));
        }
        CliRun r = extract(tgz.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(docs(r)).containsExactly(tgz + "!/z/first.txt", tgz + "!/a/second.txt");
    }

    @Test
    void jsonlLinesAreDocumentsWithTheirOtherFieldsPassedThrough() throws IOException {
        Path jl = write("news.jsonl", String.join("\n",
                "{\"id\": \"2020-07-01/3\", \"date\": \"2020-07-01\", \"page\": 3, \"tags\": [\"经济\"], \"text\": \"" + A + "\"}",
                "",
                "{\"text\": \"" + B + "\", \"region\": \"渝北区\"}",
                "{\"id\": 42, \"body\": \"no text field\"}",
                "{\"id\": \"x\", \"text\": 7}",
                "this is not json",
                "[1, 2]") + "\n");
        CliRun r = extract(jl.toString());
        assertThat(r.code()).isEqualTo(1);
        List<JsonNode> recs = records(r);
        JsonNode first = recs.get(0);
        assertThat(first.get("doc").asText()).isEqualTo("2020-07-01/3");
        assertThat(first.get("date").asText()).isEqualTo("2020-07-01");
        assertThat(first.get("page").asInt()).isEqualTo(3);
        assertThat(first.get("tags").get(0).asText()).isEqualTo("经济");
        assertThat(first.has("text")).isFalse();
        assertThat(first.has("id")).isFalse();
        // no id: FILE:LINE; an input field named like a record key is kept as input.NAME
        JsonNode second = recs.stream().filter(n -> n.get("doc").asText().equals(jl + ":3")).findFirst().orElseThrow();
        assertThat(second.get("input.region").asText()).isEqualTo("渝北区");
        assertThat(second.has("region")).isTrue();
        assertThat(r.errLines()).containsExactly(
                "zhibiao: 42: no \"text\" field (--text-field)",
                "zhibiao: x: field \"text\" is not a string",
                "zhibiao: " + jl + ":6: not JSON: Unrecognized token 'this': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "zhibiao: " + jl + ":7: not a JSON object",
                "zhibiao: 4 of 6 documents failed");
    }

    @Test
    void jsonlFieldNamesAreConfigurableAndCsvGetsTheFieldsAsOneColumn() throws IOException {
        Path jl = write("news.ndjson", "{\"key\": \"k1\", \"page\": 3, \"body\": \"" + A + "\"}\n");
        CliRun r = CliRun.run("extract", "--format", "csv", "--text-field", "body", "--id-field", "key", jl.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.lines();
        assertThat(lines.get(0)).startsWith("doc,region,").endsWith(",upper,metricModifiers,dateSource,fields");
        assertThat(lines.get(1)).startsWith("k1,").endsWith(",\"{\"\"page\"\":3}\"");
    }

    @Test
    void standardInputIsOneTextOrJsonlWithInputFormat() {
        CliRun text = CliRun.withInput(A.getBytes(StandardCharsets.UTF_8), "extract", "--format", "jsonl", "-");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(docs(text)).containsExactly("-");
        byte[] lines = ("{\"id\": \"s1\", \"text\": \"" + A + "\"}\n{\"id\": \"s2\", \"text\": \"" + B + "\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        CliRun jl = CliRun.withInput(lines, "extract", "--format", "jsonl", "--input-format", "jsonl", "-");
        assertThat(jl.code()).as(jl.err()).isZero();
        assertThat(docs(jl)).containsExactly("s1", "s2");
    }

    @Test
    void gb18030FilesGiveTheSameRecordsAsUtf8() throws IOException {
        Path utf8 = write("u.txt", A + B);
        Path gb = dir.resolve("g.txt");
        Files.write(gb, (A + B).getBytes(TextDecoding.GB18030));
        CliRun u = extract(utf8.toString());
        CliRun g = extract(gb.toString());
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(g.out()).isNotEmpty().isEqualTo(u.out().replace(utf8.toString(), gb.toString()));
    }

    @Test
    void everyBadDocumentGetsAnErrorLineAndAStatusLineAndTheRunGoesOn() throws IOException {
        Path good = write("in/1-good.txt", A);
        Path invalid = dir.resolve("in/2-invalid.txt");
        Files.write(invalid, concat(A.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}));
        Path binary = dir.resolve("in/3-binary.txt");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Path empty = write("in/4-empty.txt", "");
        Path corruptZip = dir.resolve("5-corrupt.zip");
        Files.writeString(corruptZip, "not a zip at all");
        Path truncatedTar = dir.resolve("6-truncated.tar.gz");
        ByteArrayOutputStream tgz = new ByteArrayOutputStream();
        try (TarWriter t = new TarWriter(new GZIPOutputStream(tgz))) {
            t.add("one.txt", A.getBytes(StandardCharsets.UTF_8));
            t.add("two.txt", B.repeat(200).getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = tgz.toByteArray();
        Files.write(truncatedTar, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        Path status = dir.resolve("status.tsv");
        CliRun r = extract("--status", status.toString(), dir.resolve("in").toString(), corruptZip.toString(),
                truncatedTar.toString(), dir.resolve("missing.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(docs(r)).containsExactly(good.toString(), truncatedTar + "!/one.txt");
        List<String> errors = r.errLines();
        assertThat(errors).hasSize(6);
        assertThat(errors.get(0)).startsWith("zhibiao: " + invalid + ": not UTF-8 or GB18030 text (invalid UTF-8 at byte ");
        assertThat(errors.get(1)).isEqualTo("zhibiao: " + binary + ": binary data (NUL byte at offset 4), not text");
        assertThat(errors.get(2)).startsWith("zhibiao: " + corruptZip + ": not a readable zip archive: ");
        assertThat(errors.get(3)).startsWith("zhibiao: " + truncatedTar + ": corrupt tar.gz archive after 2 documents: ");
        assertThat(errors.get(4)).isEqualTo("zhibiao: " + dir.resolve("missing.txt") + ": no such file or directory");
        assertThat(errors.get(5)).isEqualTo("zhibiao: 5 of 8 documents failed (see " + status + ")");

        List<String> st = Files.readAllLines(status);
        assertThat(st.get(0)).isEqualTo("doc\trecords\tms\terror");
        assertThat(st).hasSize(9);
        long goodRecords = records(r).stream().filter(n -> n.get("doc").asText().equals(good.toString())).count();
        assertThat(goodRecords).isPositive();
        assertThat(st.get(1)).startsWith(good + "\t" + goodRecords + "\t");
        assertThat(st.get(1)).endsWith("\t");
        assertThat(st.get(2)).startsWith(invalid + "\t0\t").contains("\tnot UTF-8 or GB18030 text");
        assertThat(st.get(4)).startsWith(empty + "\t0\t").endsWith("\t");
        assertThat(st.get(8)).isEqualTo(dir.resolve("missing.txt") + "\t0\t0\tno such file or directory");
    }

    @Test
    void anUnreadableFileFailsAlone() throws IOException {
        Path locked = write("locked.txt", A);
        Path ok = write("ok.txt", B);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as root: permissions are not enforced");
        CliRun r = extract(locked.toString(), ok.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines().get(0)).isEqualTo("zhibiao: " + locked + ": cannot read: permission denied");
        assertThat(docs(r)).containsExactly(ok.toString());
    }

    @Test
    void documentsOverTheSizeLimitFailWithoutStoppingTheRun() throws IOException {
        Path big = write("big.txt", A.repeat(10));
        Path small = write("small.txt", A);
        CliRun r = extract("--max-doc-chars", String.valueOf(A.length() * 5), big.toString(), small.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.errLines().get(0)).startsWith("zhibiao: " + big + ": document too large: ");
        assertThat(docs(r)).containsExactly(small.toString());
    }

    @Test
    void usageErrorsExitWithTwo() throws IOException {
        Path a = write("a.txt", A);
        assertThat(extract("--resume", a.toString()).code()).isEqualTo(2);
        assertThat(extract("--threads", "0", a.toString()).code()).isEqualTo(2);
        assertThat(extract("--input-format", "xml", a.toString()).code()).isEqualTo(2);
        assertThat(extract(a.toString()).code()).isZero();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
