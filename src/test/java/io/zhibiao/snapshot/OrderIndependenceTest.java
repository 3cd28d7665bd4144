package io.zhibiao.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.DocumentContext;
import io.zhibiao.IndicatorExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A document's records do not depend on what the extractor read before it: the caches the
 * pipeline keeps (pieces' words, folded metric phrases, the last period scan) only save work.
 * Every fixture text is extracted in file order, then again in reverse order (the caches now full
 * of the other documents), and the two outputs must be equal, trace included.
 */
class OrderIndependenceTest {

    @Test
    void recordsDoNotDependOnTheDocumentsReadBefore() throws IOException {
        List<Path> docs = new ArrayList<>();
        for (OutputSnapshotTest.Set set : OutputSnapshotTest.sets().toList()) {
            try (Stream<Path> s = Files.list(set.docs())) {
                s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(docs::add);
            }
        }
        IndicatorExtractor extractor = IndicatorExtractor.builder().build();
        Map<Path, String> forward = run(extractor, docs);
        List<Path> reversed = new ArrayList<>(docs);
        Collections.reverse(reversed);
        Map<Path, String> backward = run(extractor, reversed);
        assertThat(docs).hasSizeGreaterThan(80);
        for (Path doc : docs) {
            assertThat(backward.get(doc)).as(doc + " read after the others").isEqualTo(forward.get(doc));
        }
    }

    private static Map<Path, String> run(IndicatorExtractor extractor, List<Path> docs) throws IOException {
        Map<Path, String> out = new LinkedHashMap<>();
        for (Path doc : docs) {
            StringBuilder sb = new StringBuilder();
            extractor.extract(Files.readString(doc, StandardCharsets.UTF_8), DocumentContext.ofYear(2020))
                    .forEach(r -> sb.append(r).append(' ').append(r.trace()).append('\n'));
            out.put(doc, sb.toString());
        }
        return out;
    }
}
