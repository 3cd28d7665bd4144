package io.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhibiao.bench.TarWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class TarReaderTest {
    private static final String LONG = "a/" + "long".repeat(30) + "/doc.txt";

    /** Names and texts of the regular files, in order. */
    private static List<String> entries(InputStream in) throws IOException {
        TarReader tar = new TarReader(in);
        List<String> out = new ArrayList<>();
        for (TarReader.Entry e; (e = tar.next()) != null; ) {
            out.add(e.name() + "=" + new String(tar.read(1 << 20), StandardCharsets.UTF_8).strip());
        }
        return out;
    }

    @Test
    void readsGnuAndPaxArchivesMadeByGnuTar() throws IOException {
        for (String name : List.of("gnu.tar.gz", "pax.tar.gz")) {
            try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/cli/" + name))) {
                assertThat(entries(in)).as(name).containsExactly(
                        "重庆/江北区/报道.txt=上半年，江北区完成地区生产总值617.4亿元，增长4.7%。",
                        LONG + "=全市规模以上工业增加值增长6.2%。",
                        "a/readme.md=not a doc");
            }
        }
    }

    private static byte[] tar(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarWriter w = new TarWriter(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                w.add(namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void readsWhatTheTestWriterWritesAndSkipsUnreadEntries() throws IOException {
        byte[] t = tar("x.txt", "一", LONG, "二".repeat(600), "z.txt", "");
        assertThat(entries(new ByteArrayInputStream(t))).containsExactly("x.txt=一", LONG + "=" + "二".repeat(600), "z.txt=");
        TarReader r = new TarReader(new ByteArrayInputStream(t));
        assertThat(r.next().name()).isEqualTo("x.txt");
        assertThat(r.next().name()).isEqualTo(LONG); // not read: skipped
        assertThat(r.next().name()).isEqualTo("z.txt");
        assertThat(r.next()).isNull();
    }

    @Test
    void refusesAnEntryOverTheLimitAndGoesOn() throws IOException {
        TarReader r = new TarReader(new ByteArrayInputStream(tar("big.txt", "x".repeat(2000), "b.txt", "ok")));
        r.next();
        assertThatThrownBy(() -> r.read(1000)).isInstanceOf(DocumentTooLargeException.class);
        assertThat(r.next().name()).isEqualTo("b.txt");
        assertThat(new String(r.read(10), StandardCharsets.UTF_8)).isEqualTo("ok");
    }

    @Test
    void reportsCorruptAndTruncatedArchives() throws IOException {
        byte[] t = tar("a.txt", "一二三", "b.txt", "四五六");
        byte[] corrupt = t.clone();
        corrupt[512 + 512 + 3] ^= 0x55; // second header's name: the checksum no longer matches
        TarReader r = new TarReader(new ByteArrayInputStream(corrupt));
        assertThat(r.next().name()).isEqualTo("a.txt");
        assertThatThrownBy(r::next).hasMessage("corrupt tar archive: bad header checksum at byte 1024");

        byte[] truncated = Arrays.copyOf(t, 512 + 4);
        TarReader r2 = new TarReader(new ByteArrayInputStream(truncated));
        r2.next();
        assertThatThrownBy(() -> r2.read(100)).isInstanceOf(EOFException.class).hasMessageContaining("truncated");

        byte[] garbage = "this is not a tar archive at all".repeat(20).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> new TarReader(new ByteArrayInputStream(garbage)).next())
                .hasMessageStartingWith("corrupt tar archive");
    }
}
