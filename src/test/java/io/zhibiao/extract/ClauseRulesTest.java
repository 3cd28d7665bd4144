package io.zhibiao.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.LexiconException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every clause rule of clauses.tsv fires on its own example: the record of the figure in
 * [brackets] carries the rule's name as its kind decision and the rule's kind. A user file adds a
 * rule or replaces one by name; a malformed line is a clear error.
 */
class ClauseRulesTest {
    private static final IndicatorExtractor EXTRACTOR = IndicatorExtractor.builder().build();

    @TestFactory
    Stream<DynamicTest> everyRuleFiresOnItsExample() {
        return ClauseRules.defaults().rules().stream().map(rule -> DynamicTest.dynamicTest(
                rule.id() + " ← " + rule.example(), () -> assertFires(EXTRACTOR, rule)));
    }

    static void assertFires(IndicatorExtractor extractor, ClauseRules.Rule rule) {
        String example = rule.example();
        assertThat(example).as("the example of %s marks its figure in [brackets]", rule.id()).contains("[", "]");
        int open = example.indexOf('[');
        int close = example.indexOf(']');
        String text = example.substring(0, open) + example.substring(open + 1, close) + example.substring(close + 1);
        int figStart = open;
        int figEnd = close - 1;
        List<Indicator> records = extractor.extract(text, DocumentContext.ofYear(2023));
        Indicator hit = records.stream()
                .filter(r -> r.span().start() <= figStart && figEnd <= r.span().end() && r.evidence().contains(
                        example.substring(open + 1, close)))
                .filter(r -> r.trace().contains(rule.id()))
                .findFirst().orElse(null);
        assertThat(hit).as("a record of the figure in %s decided by %s; got %s", example, rule.id(),
                records.stream().map(r -> r.kind() + " " + r.quantity() + " " + r.trace()).toList()).isNotNull();
        assertThat(hit.kind()).isEqualTo(rule.kind());
        assertThat(hit.quantity().value().signum() < 0).as("sign of " + rule.id()).isEqualTo(rule.negate());
    }

    @Test
    void aUserRuleReplacesAShippedOneByName(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("my-clauses.tsv");
        Files.writeString(f, "rule\tfigure\twhen\tkind\tsign\tunit\tpriority\texample\n"
                + "kind:share\tPERCENT\thas(SHARE)\tPERCENT\t+\tkeep\t90\t工业投资占比增长[5.1%]。\n",
                StandardCharsets.UTF_8);
        IndicatorExtractor mine = IndicatorExtractor.builder().lexicon(f).build();
        List<Indicator> before = EXTRACTOR.extract("工业投资占比增长5.1%。", DocumentContext.ofYear(2023));
        List<Indicator> after = mine.extract("工业投资占比增长5.1%。", DocumentContext.ofYear(2023));
        assertThat(before).extracting(Indicator::kind).containsExactly(io.zhibiao.Kind.GROWTH_RATE);
        assertThat(after).extracting(Indicator::kind).containsExactly(io.zhibiao.Kind.PERCENT);
        assertThat(after.get(0).trace()).contains("kind:share", "lost:kind:growth");
    }

    @Test
    void malformedLinesAreClearErrors(@TempDir Path dir) throws IOException {
        String header = "rule\tfigure\twhen\tkind\tsign\tunit\tpriority\texample\n";
        for (String[] bad : new String[][] {
                {"x\tPERCENT\thas(NOPE)\tPERCENT\t+\tkeep\t1\t-\n", "unknown cue class 'NOPE'"},
                {"x\tPERCENT\tsoon\tPERCENT\t+\tkeep\t1\t-\n", "unknown condition 'soon'"},
                {"x\tPERCENTS\t-\tPERCENT\t+\tkeep\t1\t-\n", "unknown figure type 'PERCENTS'"},
                {"x\tPERCENT\t-\tLEVEL\t+\tkeep\t1\t-\n", "unknown kind 'LEVEL'"},
                {"x\tPERCENT\t-\tPERCENT\tup\tkeep\t1\t-\n", "sign must be + or -"},
                {"x\tPERCENT\t-\tPERCENT\t+\tkeep\thigh\t-\n", "priority must be an integer"}}) {
            Path f = dir.resolve("bad.tsv");
            Files.writeString(f, header + bad[0], StandardCharsets.UTF_8);
            assertThatThrownBy(() -> IndicatorExtractor.builder().lexicon(f).build())
                    .isInstanceOf(LexiconException.class).hasMessageContaining(bad[1]).hasMessageContaining("bad.tsv");
        }
    }
}
