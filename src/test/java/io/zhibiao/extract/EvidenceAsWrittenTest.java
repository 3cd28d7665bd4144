package io.zhibiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.Indicator;
import io.zhibiao.reliability.Invariants;
import io.zhibiao.IndicatorExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Property over every fixture text (seeds and fixtures/*, including the 繁體 ones): a record's
 * {@code evidence} is the original's text at {@code [start, end)}, whitespace and invisible chars
 * aside (layout noise, annotation.md 3.4) — not the normalized (simplified, half-width) clause.
 */
class EvidenceAsWrittenTest {

    static List<Path> texts() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("seeds"), Path.of("fixtures"))) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void evidenceIsTheOriginalAtItsSpan() throws IOException {
        IndicatorExtractor extractor = IndicatorExtractor.builder().build();
        List<Path> files = texts();
        assertThat(files).hasSizeGreaterThan(50);
        int records = 0;
        List<String> wrong = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            for (Indicator r : extractor.extract(text)) {
                records++;
                String original = text.substring(r.span().start(), r.span().end());
                if (!Invariants.withoutLayout(original).equals(Invariants.withoutLayout(r.evidence()))) {
                    wrong.add(f + " [" + r.span().start() + "," + r.span().end() + ") " + r.evidence() + " | "
                            + original);
                }
            }
        }
        assertThat(records).isGreaterThan(1000);
        assertThat(wrong).as("records whose evidence is not the original at their span").isEmpty();
    }
}
