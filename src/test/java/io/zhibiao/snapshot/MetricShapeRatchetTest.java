package io.zhibiao.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zhibiao.format.Json;
import io.zhibiao.lexicon.TsvReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A gold-free ratchet: the extractor's output metrics on every fixture set (the reviewed snapshot,
 * which OutputSnapshotTest holds equal to the output) that have a shape no metric can have
 * (metric-shape/impossible.tsv). The count of each set may only fall: lower its line in
 * metric-shape/ratchet.properties when it does, never raise it.
 */
class MetricShapeRatchetTest {
    private static final Path RULES = Path.of("src/test/resources/metric-shape/impossible.tsv");
    private static final Path RATCHET = Path.of("src/test/resources/metric-shape/ratchet.properties");

    static java.util.stream.Stream<OutputSnapshotTest.Set> sets() {
        return OutputSnapshotTest.sets();
    }

    static List<String> impossible(Path jsonl) throws IOException {
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        List<String> okStarts = new ArrayList<>();
        List<String> okEnds = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        for (TsvReader.Row r : TsvReader.readFile(RULES)) {
            switch (r.require("rule")) {
                case "bad-start" -> starts.add(r.require("word"));
                case "bad-end" -> ends.add(r.require("word"));
                case "ok-start" -> okStarts.add(r.require("word"));
                case "ok-end" -> okEnds.add(r.require("word"));
                case "unpaired" -> pairs.add(r.require("word"));
                default -> throw r.error("unknown rule");
            }
        }
        List<String> bad = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode r = Json.mapper().readTree(line);
            String m = r.path("metric").asText("").replaceAll("\\s", "");
            boolean badStart = starts.stream().anyMatch(m::startsWith) && okStarts.stream().noneMatch(m::startsWith);
            boolean badEnd = ends.stream().anyMatch(m::endsWith) && okEnds.stream().noneMatch(m::endsWith);
            boolean listNumber = LIST_NUMBER.matcher(m).lookingAt();
            boolean unpaired = pairs.stream().anyMatch(p -> count(m, p.charAt(0)) != count(m, p.charAt(1)));
            boolean tooShort = m.codePointCount(0, m.length()) < 2 && !r.path("evidence").asText().endsWith(m);
            if (m.isEmpty() || badStart || badEnd || listNumber || unpaired || tooShort || Character.isDigit(m.charAt(m.length() - 1))) {
                bad.add(m + "  |  " + r.path("evidence").asText());
            }
        }
        return bad;
    }

    /** A list item's number (1．食品类价格, 3、…): one or two digits and a list mark, no digit after. */
    private static final java.util.regex.Pattern LIST_NUMBER = java.util.regex.Pattern.compile("[0-9０-９]{1,2}[.．、)）](?![0-9０-９])");

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    @ParameterizedTest
    @MethodSource("sets")
    void impossibleMetricsOnlyFall(OutputSnapshotTest.Set set) throws IOException {
        Properties ratchet = new Properties();
        try (Reader in = Files.newBufferedReader(RATCHET, StandardCharsets.UTF_8)) {
            ratchet.load(in);
        }
        List<String> bad = impossible(OutputSnapshotTest.DIR.resolve(set.name() + ".jsonl"));
        String limit = ratchet.getProperty(set.name());
        assertThat(limit).as(set.name() + " in " + RATCHET).isNotNull();
        System.out.println("MetricShapeRatchetTest " + set.name() + ": " + bad.size() + " impossible metrics"
                + (bad.isEmpty() ? "" : ": " + String.join(" ; ", bad)));
        assertThat(bad.size()).as(set.name() + " impossible metrics: " + bad)
                .isLessThanOrEqualTo(Integer.parseInt(limit.strip()));
    }
}
