package io.zhibiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the record corpus (src/test/resources/corpus/records/*.txt, format in its README): every
 * block is a test named file:line that must give exactly the listed records.
 */
class RecordCorpusTest {
    private static final List<String> FILES = List.of("kinds.txt", "enumerations.txt", "metrics.txt", "non-records.txt",
            "shares-ranks.txt", "ranks-qualifiers.txt", "periods.txt",
            "context.txt", "metric-shape.txt", "boxes.txt", "subjects.txt");
    private static final IndicatorExtractor EXTRACTOR = IndicatorExtractor.builder().build();

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
        try (InputStream in = RecordCorpusTest.class.getResourceAsStream("/corpus/records/" + file)) {
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
                String input = l.substring(1).strip().replace("\\n", "\n"); // \n: a paragraph break
                List<String> expected = new ArrayList<>();
                i++;
                while (i < lines.length && !lines[i].isBlank() && !lines[i].startsWith(">") && !lines[i].startsWith("#")) {
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
                year = Integer.parseInt(p[1]);
            } else if (p[0].equals("region")) {
                region = p[1];
            }
        }
        return new DocumentContext(year, null, region);
    }

    private static void check(Block b) {
        List<Indicator> got = EXTRACTOR.extract(b.input(), b.context());
        List<String> gotLines = new ArrayList<>();
        for (Indicator r : got) {
            gotLines.add(describe(r));
        }
        if (b.expected().size() == 1 && b.expected().get(0).equals("= none")) {
            assertThat(gotLines).as("%s:%d %s", b.file(), b.line(), b.input()).isEmpty();
            return;
        }
        assertThat(got).as("%s:%d %s -> %s", b.file(), b.line(), b.input(), gotLines).hasSize(b.expected().size());
        for (int k = 0; k < got.size(); k++) {
            Indicator r = got.get(k);
            String[] cells = b.expected().get(k).split("\\|");
            String why = b.file() + ":" + b.line() + " record " + k + " " + gotLines;
            assertThat(r.kind().name()).as(why).isEqualTo(cells[0].strip());
            assertThat(r.quantity().value().compareTo(new BigDecimal(cells[1].strip()))).as(why + " value").isZero();
            String unit = cells[2].strip();
            assertThat(r.quantity().unit()).as(why + " unit").isEqualTo(unit.equals("-") ? null : unit);
            assertThat(r.metric().mention()).as(why + " metric").isEqualTo(cells[3].strip());
            for (int c = 4; c < cells.length; c++) {
                for (Map.Entry<String, String> e : attributes(cells[c]).entrySet()) {
                    assertThat(attribute(r, e.getKey())).as(why + " " + e.getKey()).isEqualTo(e.getValue().equals("-") ? null : e.getValue());
                }
            }
        }
    }

    private static Map<String, String> attributes(String cell) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String kv : cell.strip().split("\\s+")) {
            if (!kv.isEmpty()) {
                String[] p = kv.split("=", 2);
                m.put(p[0], p.length > 1 ? p[1] : "");
            }
        }
        return m;
    }

    private static String attribute(Indicator r, String key) {
        return switch (key) {
            case "qualifier" -> r.qualifier().name();
            case "period" -> r.period() == null ? null : r.period().text();
            case "basis" -> r.basis();
            case "status" -> r.status() == null ? null : r.status().name();
            case "scope" -> r.scope();
            case "subject" -> r.subject();
            case "metricId" -> r.metric().id();
            case "region" -> r.region() == null ? null : r.region().name();
            default -> throw new IllegalArgumentException("unknown corpus attribute " + key);
        };
    }

    static String describe(Indicator r) {
        return r.kind() + " | " + r.quantity().value().stripTrailingZeros().toPlainString() + " | "
                + (r.quantity().unit() == null ? "-" : r.quantity().unit()) + " | " + r.metric().mention();
    }
}
