package io.zhibiao.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {
    private static final String GOOD = """
            {"doc": "%s", "context": {"year": 2020, "defaultRegion": "重庆市"}, "records": []}""";

    @Test
    void findsGoldFilesRecursivelyByDocumentFileName(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/one.json"), GOOD.formatted("one.txt"));
        Files.writeString(dir.resolve("two.json"), GOOD.formatted("seeds/two.txt"));
        Files.writeString(dir.resolve("notes.md"), "not gold");
        GoldSet set = GoldSet.load(dir);
        assertThat(set.problems()).isEmpty();
        assertThat(set.files()).containsOnlyKeys("one.txt", "two.txt");
        assertThat(set.find("one.txt")).isPresent();
        assertThat(set.find("other/dir/two.txt")).isPresent();
        assertThat(set.find("three.txt")).isEmpty();
    }

    @Test
    void badFilesAndDuplicatesAreProblemsNotFailures(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.json"), GOOD.formatted("one.txt"));
        Files.writeString(dir.resolve("b.json"), GOOD.formatted("one.txt"));
        Files.writeString(dir.resolve("c.json"), "{\"doc\": 1}");
        GoldSet set = GoldSet.load(dir);
        assertThat(set.files()).containsOnlyKeys("one.txt");
        assertThat(set.problems()).extracting(Problem::path)
                .containsExactly(dir.resolve("b.json").toString(), dir.resolve("c.json").toString());
        assertThat(set.problems().get(0).reason()).contains("second gold file for document one.txt");
        assertThat(set.problems().get(1).reason()).contains("bad gold file").contains("doc: must be a string");
    }

    @Test
    void aSingleFileCanBeGiven(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.json");
        Files.writeString(f, GOOD.formatted("x.txt"));
        assertThat(GoldSet.load(f).files()).containsOnlyKeys("x.txt");
    }

    @Test
    void aMissingDirectoryIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> GoldSet.load(dir.resolve("nope"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gold directory not found");
    }

    @Test
    void theFixturesLoad() {
        GoldSet set = GoldSet.load(Path.of("fixtures"));
        assertThat(set.problems()).isEmpty();
        assertThat(set.files()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(GoldSet.of(List.copyOf(set.files().values())).files()).isEqualTo(set.files());
    }
}
