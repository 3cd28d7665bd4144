package io.zhibiao.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.DocumentContext;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
    private final IndicatorExtractor extractor = IndicatorExtractor.builder().build();

    @Test
    void theGoldContextBecomesTheDocumentContext() {
        DocumentContext c = new GoldContext(2021, LocalDate.of(2021, 7, 30), "重庆经济技术开发区").toDocumentContext();
        assertThat(c).isEqualTo(new DocumentContext(2021, LocalDate.of(2021, 7, 30), "重庆经济技术开发区"));
        assertThat(GoldContext.NONE.toDocumentContext()).isEqualTo(DocumentContext.NONE);
    }

    @Test
    void scoresDocumentsWithGoldAndReportsTheRest(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path docs = Files.createDirectories(dir.resolve("docs"));
        GoldFormat.write(new GoldFile("a.txt", new GoldContext(2020, null, "江北区"),
                List.of(GoldRecord.of("江北区", "地区生产总值", Kind.AMOUNT, "617.4", "亿元"))), gold.resolve("a.json"));
        GoldFormat.write(new GoldFile("unused.txt", GoldContext.NONE, List.of()), gold.resolve("unused.json"));
        Files.writeString(docs.resolve("a.txt"), "上半年，江北区完成地区生产总值617.4亿元。");
        Files.writeString(docs.resolve("b.txt"), "没有金标准。");
        Files.write(docs.resolve("c.md"), new byte[] {1, 2, 3}); // not *.txt: not an input

        EvalReport r = Evaluator.evaluate(extractor, gold, List.of(docs, dir.resolve("missing.txt")));
        assertThat(r.documents()).extracting(DocumentScore::doc).containsExactly("a.txt");
        assertThat(r.totals().gold()).isEqualTo(1);
        assertThat(r.problems()).extracting(Problem::path, Problem::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(docs.resolve("b.txt").toString(), "no gold file for b.txt"),
                org.assertj.core.groups.Tuple.tuple(dir.resolve("missing.txt").toString(), "no such file or directory"));
        assertThat(r.complete()).isFalse();
    }

    @Test
    void anInputThatIsNotUtf8IsAProblem(@TempDir Path dir) throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        GoldFormat.write(new GoldFile("a.txt", GoldContext.NONE, List.of()), gold.resolve("a.json"));
        Path a = dir.resolve("a.txt");
        Files.write(a, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        EvalReport r = Evaluator.evaluate(extractor, gold, List.of(a));
        assertThat(r.documents()).isEmpty();
        assertThat(r.problems()).singleElement().extracting(Problem::reason).isEqualTo("not valid UTF-8 text");
    }
}
