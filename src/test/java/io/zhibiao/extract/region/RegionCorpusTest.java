package io.zhibiao.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.DocumentContext;
import io.zhibiao.Region;
import io.zhibiao.extract.Lexicons;
import io.zhibiao.extract.Pipeline;
import io.zhibiao.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the region corpus (src/test/resources/corpus/regions/*.txt, format in its README): every
 * block is a test named file:line; each figure must be about the listed region (or none), and a
 * place marked {@code !} must never be a subject or a figure's region.
 */
class RegionCorpusTest {
    private static final List<String> FILES = List.of("places.txt", "ordinary-words.txt");
    private static final Pipeline PIPELINE = new Pipeline(Lexicons.defaults());

    record Block(String file, int line, DocumentContext context, String input, List<String> expected) {
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String f : FILES) {
            for (Block b : parse(f)) {
                tests.add(DynamicTest.dynamicTest(f + ":" + b.line() + " " + b.input(), () -> check(b)));
            }
        }
        return tests.stream();
    }

    static List<Block> parse(String file) throws IOException {
        String text;
        try (InputStream in = RegionCorpusTest.class.getResourceAsStream("/corpus/regions/" + file)) {
            assertThat(in).as("corpus file %s", file).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Block> out = new ArrayList<>();
        DocumentContext ctx = DocumentContext.NONE;
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String l = lines[i].strip();
            if (l.startsWith("@")) {
                ctx = context(l.substring(1));
            } else if (l.startsWith(">")) {
                int at = i + 1;
                String input = l.substring(1).strip().replace("\\n", "\n");
                List<String> expected = new ArrayList<>();
                i++;
                while (i < lines.length && !lines[i].isBlank() && !lines[i].startsWith(">") && !lines[i].startsWith("#")
                        && !lines[i].startsWith("@")) {
                    expected.add(lines[i].strip());
                    i++;
                }
                out.add(new Block(file, at, ctx, input, expected));
                continue;
            }
            i++;
        }
        return out;
    }

    private static DocumentContext context(String spec) {
        Integer year = null;
        String region = null;
        for (String kv : spec.strip().split("\\s+")) {
            String[] p = kv.split("=", 2);
            if (p[0].equals("year")) {
                year = Integer.valueOf(p[1]);
            } else if (p[0].equals("region")) {
                region = p[1];
            }
        }
        return new DocumentContext(year, null, region);
    }

    private static void check(Block b) {
        Document doc = PIPELINE.prepare(b.input());
        RegionAnalysis a = PIPELINE.regions().analyze(doc, b.context());
        String text = doc.text();
        for (String e : b.expected()) {
            if (e.startsWith("!")) {
                String place = e.substring(1).strip();
                for (RegionMention m : a.mentions()) {
                    if (m.role() == Role.SUBJECT && m.region() != null) {
                        assertThat(m.region().name()).as("%s: %s is no place here", m.surface(), place).isNotEqualTo(place);
                    }
                }
                for (int off = 0; off < text.length(); off++) {
                    Region r = a.regionAt(off);
                    assertThat(r == null ? null : r.name()).as("region at %d", off).isNotEqualTo(place);
                }
                continue;
            }
            String[] p = e.split("\\|");
            String figure = p[0].strip();
            int nth = 1;
            int k = figure.lastIndexOf('@');
            if (k > 0) {
                nth = Integer.parseInt(figure.substring(k + 1));
                figure = figure.substring(0, k);
            }
            int off = -1;
            for (int n = 0; n < nth; n++) {
                off = text.indexOf(figure, off + 1);
            }
            assertThat(off).as("figure %s in the text", figure).isGreaterThanOrEqualTo(0);
            Region r = a.regionAt(off);
            String want = p[1].strip();
            assertThat(r == null ? "-" : r.name()).as("region of %s (mentions %s)", figure, a.mentions()).isEqualTo(want);
        }
    }
}
