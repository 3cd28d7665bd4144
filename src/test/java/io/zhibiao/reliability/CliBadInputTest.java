package io.zhibiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhibiao.cli.CliRun;
import io.zhibiao.format.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to the CLI and batch runs (issue 7), all in one run the way an unattended job over an
 * archive meets them: a binary file, invalid UTF-8, a GBK file, an empty file, an unreadable file,
 * a corrupt zip, a zip with a damaged entry, JSONL lines that are not JSON or lack the text field.
 * Each bad document gets one error line naming it and the reason, and a status line with the
 * reason; the run goes on; the exit code is 1; every document is accounted for (records or an
 * error, nothing silently dropped); a failed document writes no record at all.
 * (The batch helper's own tests, io.zhibiao.cli.Batch*Test, cover the messages one by one.)
 */
class CliBadInputTest {
    static final String A = "上半年，江北区实现地区生产总值617.4亿元，同比增长4.7%。";
    static final String B = "1-6月，全区规模以上工业增加值增长12.3%，固定资产投资增长9.2%。";

    @TempDir
    Path dir;

    /** The JSONL records a run printed. */
    static List<JsonNode> records(CliRun r) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : r.lines()) {
            if (!l.isBlank()) {
                out.add(Json.mapper().readTree(l));
            }
        }
        return out;
    }

    static CliRun run(byte[] stdin, String... args) {
        return CliRun.withInput(stdin, args);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    /** Status file lines after the header: doc → error ("" when the document succeeded). */
    static Map<String, String> status(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("doc\trecords\tms\terror");
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split("\t", -1);
            assertThat(c).as("status line %s", l).hasSize(4);
            assertThat(out.put(c[0], c[3])).as("one status line for %s", c[0]).isNull();
        }
        return out;
    }

    @Test
    void everyBadDocumentIsNamedWithItsReasonTheRunGoesOnAndNothingIsLost() throws IOException {
        Path good = write("in/01-good.txt", utf8(A));
        Path binary = write("in/02-binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        byte[] invalid = utf8(A + B);
        invalid[7] = (byte) 0xFF;
        invalid[8] = (byte) 0xFE;
        Path badUtf8 = write("in/03-invalid-utf8.txt", invalid);
        Path gbk = write("in/04-gbk.txt", B.getBytes(Charset.forName("GBK")));
        Path empty = write("in/05-empty.txt", new byte[0]);
        Path loop = dir.resolve("in/06-unreadable.txt");
        Files.createSymbolicLink(loop, loop.getFileName()); // a link to itself: unreadable, even for root
        Path corruptZip = write("07-corrupt.zip", utf8("PK\u0003\u0004 this is not a zip archive"));
        byte[] zipBytes = zip(new LinkedHashMap<>(Map.of("a.txt", utf8(A.repeat(20)))));
        // damage the compressed data of the entry (after its 30-byte local header and name)
        for (int i = 40; i < 60 && i < zipBytes.length; i++) {
            zipBytes[i] = (byte) 0xFF;
        }
        Path damagedZip = write("08-damaged-entry.zip", zipBytes);
        Path jsonl = write("09-articles.jsonl", utf8(String.join("\n",
                "{\"id\": \"ok1\", \"text\": \"" + A + "\"}",
                "this line is not JSON",
                "{\"id\": \"notext\", \"body\": \"" + B + "\"}",
                "[1, 2, 3]",
                "{\"id\": \"numtext\", \"text\": 42}",
                "{\"id\": \"ok2\", \"text\": \"" + B + "\"}")));
        Path status = dir.resolve("status.tsv");

        CliRun r = run(new byte[0], "extract", "--format", "jsonl", "--no-progress", "--threads", "2",
                "--status", status.toString(), dir.resolve("in").toString(), corruptZip.toString(),
                damagedZip.toString(), jsonl.toString());

        assertThat(r.code()).as("exit code when some documents failed: %s", r.err()).isEqualTo(1);
        Map<String, String> st = status(status);
        List<String> errors = r.errLines();

        // every bad document: an error line naming it with the reason, a status line with the reason
        Map<String, String> expectedReasons = new LinkedHashMap<>();
        expectedReasons.put(binary.toString(), "binary data");
        expectedReasons.put(badUtf8.toString(), "not UTF-8 or GB18030 text");
        expectedReasons.put(loop.toString(), "cannot read: broken or looping symbolic link");
        expectedReasons.put(corruptZip.toString(), "zip");
        expectedReasons.put(jsonl + ":2", "not JSON");
        expectedReasons.put("notext", "no \"text\" field"); // a line with an id is named by it
        expectedReasons.put(jsonl + ":4", "not a JSON object");
        expectedReasons.put("numtext", "is not a string");
        for (Map.Entry<String, String> e : expectedReasons.entrySet()) {
            assertThat(errors).as("error line for %s", e.getKey())
                    .anySatisfy(l -> assertThat(l).startsWith("zhibiao: " + e.getKey() + ": ").contains(e.getValue()));
            assertThat(st.get(e.getKey())).as("status line of %s", e.getKey()).isNotNull().contains(e.getValue());
        }
        // the damaged entry fails by the archive's or the entry's name
        assertThat(errors).anySatisfy(l -> assertThat(l).startsWith("zhibiao: " + damagedZip));
        assertThat(st.keySet()).anySatisfy(k -> assertThat(k).startsWith(damagedZip.toString()));

        // good, GBK and empty documents succeed; the good ones give records
        for (String ok : List.of(good.toString(), gbk.toString(), empty.toString(), "ok1", "ok2")) {
            assertThat(st.get(ok)).as("status of %s", ok).isEqualTo("");
        }
        Set<String> docsWithRecords = new LinkedHashSet<>();
        for (JsonNode n : records(r)) {
            docsWithRecords.add(n.get("doc").asText());
        }
        assertThat(docsWithRecords).contains(good.toString(), gbk.toString(), "ok1", "ok2");
        // no partial record: a failed document writes nothing
        for (Map.Entry<String, String> e : st.entrySet()) {
            if (!e.getValue().isEmpty()) {
                assertThat(docsWithRecords).as("records of failed %s", e.getKey()).doesNotContain(e.getKey());
            }
        }
        // nothing dropped silently: every document has its status line, and the totals agree
        long failed = st.values().stream().filter(v -> !v.isEmpty()).count();
        assertThat(failed).isGreaterThanOrEqualTo(expectedReasons.size() + 1);
        assertThat(errors.get(errors.size() - 1))
                .isEqualTo("zhibiao: " + failed + " of " + st.size() + " documents failed (see " + status + ")");
        assertThat(errors).hasSize((int) failed + 1);
    }

    @Test
    void aGbkFileGivesTheRecordsOfItsUtf8Twin() throws IOException {
        Path u = write("utf8.txt", utf8(A + B));
        Path g = write("gbk.txt", (A + B).getBytes(Charset.forName("GBK")));
        CliRun ru = run(new byte[0], "extract", "--format", "jsonl", "--no-progress", u.toString());
        CliRun rg = run(new byte[0], "extract", "--format", "jsonl", "--no-progress", g.toString());
        assertThat(ru.code()).isZero();
        assertThat(rg.code()).as(rg.err()).isZero();
        assertThat(rg.out()).isNotEmpty().isEqualTo(ru.out().replace(u.toString(), g.toString()));
    }

    @Test
    void badStandardInputFailsWithExitCodeOne() {
        CliRun bin = run(new byte[] {0, 1, 2, 3, 0, 0}, "extract", "--format", "jsonl", "--no-progress", "-");
        assertThat(bin.code()).isEqualTo(1);
        assertThat(bin.errLines().get(0)).startsWith("zhibiao: -: ").contains("binary data");
        assertThat(bin.out()).isEmpty();

        CliRun badJson = run(utf8("{\"text\": \"" + A + "\"}\n{oops\n"), "extract", "--format", "jsonl", "--no-progress",
                "--input-format", "jsonl", "-");
        assertThat(badJson.code()).isEqualTo(1);
        assertThat(badJson.errLines()).anySatisfy(l -> assertThat(l).startsWith("zhibiao: -:2: ").contains("not JSON"));
        assertThat(badJson.out()).contains("\"doc\":\"-:1\"");
    }

    @Test
    void aBadLexiconFileIsAUsageErrorNamingFileAndLine() throws IOException {
        Path lex = write("bad-units.tsv", utf8("# units\nunit\tbase\tscale\ttype\tfamily\tmagnitudes\tspelling\tcounter\n"
                + "台套\t台套\tx\tAMOUNT\tcount\tyes\t\tyes\n"));
        Path doc = write("a.txt", utf8(A));
        CliRun r = run(new byte[0], "extract", "--format", "jsonl", "--no-progress", "--lexicon", lex.toString(), doc.toString());
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains(lex + ":3: ");
        assertThat(r.out()).isEmpty();
    }
}
