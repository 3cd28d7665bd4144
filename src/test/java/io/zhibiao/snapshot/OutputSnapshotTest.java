package io.zhibiao.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.eval.GoldFile;
import io.zhibiao.eval.GoldSet;
import io.zhibiao.format.Json;
import io.zhibiao.format.RecordFields;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The extractor's whole output on every fixture set, line for line, against a snapshot under
 * {@code src/test/resources/snapshot/<set>.jsonl} (each document with its gold file's context, the
 * records as {@code extract --format jsonl --explain} writes them, without the explanation tree,
 * which is the trace with spans: ExplanationTest checks it). A change of output is a test
 * failure until it is reviewed: the new output is written to {@code target/snapshot/<set>.jsonl}
 * and the first differing lines are printed. Accept a reviewed change with
 * {@code mvn test -Dtest=OutputSnapshotTest -Dzhibiao.snapshot.update=true} and commit the diff of
 * the snapshot with the change that caused it (the diff is the reviewed list of what changed).
 */
class OutputSnapshotTest {
    static final Path DIR = Path.of("src/test/resources/snapshot");

    record Set(String name, Path gold, Path docs) {
    }

    static Stream<Set> sets() {
        return Stream.of(
                new Set("seeds", Path.of("fixtures"), Path.of("seeds")),
                new Set("written", Path.of("fixtures/written"), Path.of("fixtures/written")),
                new Set("heldout", Path.of("fixtures/heldout"), Path.of("fixtures/heldout")),
                new Set("heldout2", Path.of("fixtures/heldout2"), Path.of("fixtures/heldout2")),
                new Set("heldout3", Path.of("fixtures/heldout3"), Path.of("fixtures/heldout3")),
                new Set("blind4", Path.of("fixtures/blind4"), Path.of("fixtures/blind4")),
                new Set("blind5", Path.of("fixtures/blind5"), Path.of("fixtures/blind5")),
                new Set("blind6", Path.of("fixtures/blind6"), Path.of("fixtures/blind6")),
                new Set("blind7", Path.of("fixtures/blind7"), Path.of("fixtures/blind7")),
                new Set("blind8", Path.of("fixtures/blind8"), Path.of("fixtures/blind8")),
            new Set("blind9", Path.of("fixtures/blind9"), Path.of("fixtures/blind9")),
            new Set("blind10", Path.of("fixtures/blind10"), Path.of("fixtures/blind10")),
            new Set("blind11", Path.of("fixtures/blind11"), Path.of("fixtures/blind11")),
            new Set("blind12", Path.of("fixtures/blind12"), Path.of("fixtures/blind12")),
            new Set("blind13", Path.of("fixtures/blind13"), Path.of("fixtures/blind13")),
            new Set("blind14", Path.of("fixtures/blind14"), Path.of("fixtures/blind14")));
    }

    /** The output of one set: one JSON line per record, documents in file-name order. */
    static List<String> output(IndicatorExtractor extractor, Set set) throws IOException {
        GoldSet gold = GoldSet.load(set.gold());
        List<Path> docs;
        try (Stream<Path> s = Files.list(set.docs())) {
            docs = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<String> lines = new ArrayList<>();
        for (Path doc : docs) {
            String name = doc.getFileName().toString();
            GoldFile g = gold.find(name).orElseThrow(() -> new AssertionError("no gold file for " + doc));
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            for (Indicator r : extractor.extract(text, g.context().toDocumentContext())) {
                java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>(RecordFields.of(name, r, true));
                fields.remove("explanation"); // derived from the trace and spans; ExplanationTest checks it
                lines.add(Json.line(fields));
            }
        }
        return lines;
    }

    @ParameterizedTest
    @MethodSource("sets")
    void outputEqualsTheReviewedSnapshot(Set set) throws IOException {
        List<String> actual = output(IndicatorExtractor.builder().build(), set);
        Path file = DIR.resolve(set.name() + ".jsonl");
        if (Boolean.getBoolean("zhibiao.snapshot.update")) {
            Files.createDirectories(DIR);
            Files.write(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("snapshot " + file + " (make it with -Dzhibiao.snapshot.update=true)").exists();
        List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Path out = Path.of("target/snapshot", set.name() + ".jsonl");
            Files.createDirectories(out.getParent());
            Files.write(out, actual, StandardCharsets.UTF_8);
            StringBuilder diff = new StringBuilder();
            int shown = 0;
            for (int i = 0; i < Math.max(expected.size(), actual.size()) && shown < 5; i++) {
                String e = i < expected.size() ? expected.get(i) : "<none>";
                String a = i < actual.size() ? actual.get(i) : "<none>";
                if (!e.equals(a)) {
                    diff.append("\n- ").append(e).append("\n+ ").append(a);
                    shown++;
                }
            }
            throw new AssertionError(set.name() + ": output differs from " + file + " (" + expected.size()
                    + " lines expected, " + actual.size() + " now; new output in " + out + "; diff with "
                    + "`diff " + file + " " + out + "`)" + diff);
        }
    }
}
