package io.zhibiao.extract.metric;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.IndicatorExtractor;
import io.zhibiao.LexiconException;
import io.zhibiao.lexicon.TsvReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import io.zhibiao.format.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The metric edge check: its corpus, every data line's example, and every gold metric left alone. */
class MetricShapeTest {
    private static final MetricShape SHAPE = MetricShape.defaults();

    static Stream<String[]> corpus() throws IOException {
        return Files.readAllLines(Path.of("src/test/resources/corpus/metrics/edges.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusCase(String phrase, String expected) {
        MetricShape.Result r = SHAPE.check(phrase);
        assertThat(r.rejected() ? "REJECT" : r.phrase()).as(phrase + " " + r.edits()).isEqualTo(expected);
    }

    /** Each data line whose example reads `A → B` turns A into B. */
    static Stream<String[]> dataExamples() {
        List<String[]> out = new ArrayList<>();
        for (TsvReader.Row row : TsvReader.readResource(MetricShape.RESOURCE)) {
            String ex = row.get("example");
            int arrow = ex.indexOf(" → ");
            if (arrow > 0 && (row.get("edge").equals("start") || row.get("edge").equals("end"))) {
                String to = ex.substring(arrow + 3).split(" ")[0];
                out.add(new String[] {row.file() + ":" + row.line(), ex.substring(0, arrow), to});
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataExamples")
    void dataLineExample(String where, String phrase, String expected) {
        assertThat(SHAPE.check(phrase).phrase()).as(where + ": " + phrase).isEqualTo(expected);
    }

    @Test
    void everyDataLineOfAnEdgeHasAnExample() {
        for (TsvReader.Row row : TsvReader.readResource(MetricShape.RESOURCE)) {
            assertThat(row.get("example")).as(row.file() + ":" + row.line()).isNotEmpty();
        }
    }

    /** A gold metric is a metric: the check must leave every one of every fixture set as it is. */
    @Test
    void goldMetricsPassUnchanged() throws IOException {
        TreeSet<String> changed = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode records = Json.mapper().readTree(f.toFile()).path("records");
                for (JsonNode r : records) {
                    String m = r.path("metric").asText();
                    seen++;
                    MetricShape.Result res = SHAPE.check(m);
                    if (res.changed() || res.rejected()) {
                        changed.add(f.getFileName() + ": " + m + " " + res.edits());
                    }
                }
            }
        }
        assertThat(seen).isGreaterThan(2000);
        assertThat(changed).as("gold metrics the edge check would change").isEmpty();
    }

    @Test
    void aUserEdgeFileExtendsTheCheck(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("edges.tsv");
        Files.writeString(file, "# mine\nedge\tword\tclass\tclose\texample\nend\t总计\tOTHER\t\t产值总计 → 产值\n",
                StandardCharsets.UTF_8);
        assertThat(SHAPE.check("产值总计").changed()).isFalse();
        assertThat(SHAPE.withFile(file).check("产值总计").phrase()).isEqualTo("产值");
        IndicatorExtractor.builder().lexicon(file).build(); // recognised by its header
    }

    @Test
    void aBadEdgeKindNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("edges.tsv");
        Files.writeString(file, "edge\tword\nmiddle\t总计\n", StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SHAPE.withFile(file))
                .isInstanceOf(LexiconException.class).hasMessageContaining("edges.tsv:2");
    }

    @Test
    void aNamingFrameNamesTheMetricBeforeAFigure() {
        String s = "以经济总量计，深圳继续位居内地城市第三";
        assertThat(SHAPE.namedByFrame(s, 0, s.indexOf("深圳"))).isEqualTo("经济总量");
        assertThat(SHAPE.namedByFrame("深圳继续位居内地城市第三", 0, 5)).isNull();
    }
}
