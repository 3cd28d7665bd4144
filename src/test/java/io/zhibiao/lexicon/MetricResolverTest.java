package io.zhibiao.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhibiao.Kind;
import io.zhibiao.LexiconException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class MetricResolverTest {
    private static final MetricTaxonomy TAXONOMY = MetricTaxonomy.defaults();
    private static final MetricResolver RESOLVER = new MetricResolver(TAXONOMY);

    /** src/test/resources/corpus/metrics/metric-ids.txt: phrase, kind, context → id{modifiers}. */
    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/corpus/metrics/metric-ids.txt")) {
            assertThat(in).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<DynamicTest> tests = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] c = l.split("\t");
            assertThat(c).as("metric-ids.txt:%d has 4 cells", i + 1).hasSize(4);
            Kind kind = c[1].equals("-") ? null : Kind.valueOf(c[1]);
            String context = c[2].equals("-") ? null : c[2];
            int line = i + 1;
            tests.add(DynamicTest.dynamicTest("metric-ids.txt:" + line + " " + c[0], () ->
                    assertThat(describe(c[0], kind, context)).as("metric-ids.txt:%d %s", line, c[0]).isEqualTo(c[3])));
        }
        assertThat(tests).hasSizeGreaterThan(40);
        return tests.stream();
    }

    static String describe(String phrase, Kind kind, String context) {
        return RESOLVER.resolve(phrase, kind, context).map(r -> {
            if (r.modifiers().isEmpty()) {
                return r.entry().id();
            }
            StringJoiner j = new StringJoiner(";", r.entry().id() + "{", "}");
            r.modifiers().forEach((k, v) -> j.add(k + "=" + v));
            return j.toString();
        }).orElse("null");
    }

    @Test
    void taxonomyHasThreeHundredIndicatorsWithEnglishNamesMeasuresAndSources() {
        List<MetricTaxonomy.Entry> all = TAXONOMY.entries();
        assertThat(all).hasSizeGreaterThanOrEqualTo(300);
        Set<String> ids = new HashSet<>();
        for (MetricTaxonomy.Entry e : all) {
            ids.add(e.id());
            MetricTaxonomy.Info info = TAXONOMY.info(e.id());
            assertThat(info.en()).as(e.id() + " en").isNotBlank();
            assertThat(info.measure()).as(e.id() + " measure").isIn("flow_ytd", "stock", "rate", "index");
            assertThat(info.source()).as(e.id() + " source").isNotBlank();
        }
        for (MetricTaxonomy.Entry e : all) {
            String parent = TAXONOMY.info(e.id()).parent();
            assertThat(parent.isEmpty() || ids.contains(parent)).as(e.id() + " parent " + parent).isTrue();
            for (MetricTaxonomy.Rescope r : TAXONOMY.info(e.id()).context()) {
                assertThat(ids).as(e.id() + " context target").contains(r.id());
            }
        }
        assertThat(TAXONOMY.info("rural_net_income_per_capita").valid()).isEqualTo("-2013");
        assertThat(TAXONOMY.info("rural_disposable_income_per_capita").valid()).isEqualTo("2013-");
        assertThat(TAXONOMY.info("exports").dims()).contains("partner", "commodity");
    }

    /** A form that names two indicators names neither (metric-aliases.tsv): no form is listed twice with two ids for the same kinds and cue. */
    @Test
    void noAliasNamesTwoIndicators() {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (TsvReader.Row r : TsvReader.readResource("zhibiao/lexicon/metric-aliases.tsv")) {
            String key = r.get("alias") + "|" + r.get("kinds") + "|" + r.get("bare");
            String id = r.get("id");
            String before = seen.putIfAbsent(key, id);
            if (before != null && !before.equals(id)) {
                clashes.add(r.get("alias") + ": " + before + " and " + id);
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void everyModifierDimensionIsOneSomeIndicatorUses() {
        Set<String> used = new HashSet<>();
        TAXONOMY.entries().forEach(e -> used.addAll(TAXONOMY.info(e.id()).dims()));
        TAXONOMY.modifiers().values().forEach(l -> l.forEach(m ->
                assertThat(used).as("dimension " + m.dimension()).contains(m.dimension())));
    }

    @Test
    void userFilesAddAliasesModifiersAndWords(@TempDir Path dir) throws IOException {
        Path aliases = dir.resolve("a.tsv");
        Files.writeString(aliases, "alias\tid\tkinds\n港口吞吐\tport_throughput\t\n");
        Path mods = dir.resolve("m.tsv");
        Files.writeString(mods, "word\tdimension\tvalue\n锂电\tproduct\t锂离子电池\n");
        MetricResolver r = new MetricResolver(TAXONOMY.withFile(aliases).withFile(mods));
        assertThat(r.resolve("港口吞吐", Kind.AMOUNT, null)).map(x -> x.entry().id()).contains("port_throughput");
        assertThat(r.resolve("锂电产量", Kind.AMOUNT, null)).map(x -> x.modifiers().get("product")).contains("锂离子电池");
        assertThat(RESOLVER.resolve("锂电产量", Kind.AMOUNT, null)).isEmpty();
    }

    @Test
    void badUserFilesNameTheLine(@TempDir Path dir) throws IOException {
        Path aliases = dir.resolve("a.tsv");
        Files.writeString(aliases, "alias\tid\tkinds\n吞吐\tno_such_id\t\n");
        assertThatThrownBy(() -> TAXONOMY.withFile(aliases)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("a.tsv:2").hasMessageContaining("no_such_id");
        Path kinds = dir.resolve("k.tsv");
        Files.writeString(kinds, "alias\tid\tkinds\n吞吐\tport_throughput\tAMOUNTS\n");
        assertThatThrownBy(() -> TAXONOMY.withFile(kinds)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("AMOUNTS");
        Path dim = dir.resolve("d.tsv"); // a form's own breakdown must be a dimension of the indicator
        Files.writeString(dim, "alias\tid\tkinds\n港资吞吐\tport_throughput{partner=中国香港}\t\n");
        assertThatThrownBy(() -> TAXONOMY.withFile(dim)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("d.tsv:2").hasMessageContaining("partner");
        Path brace = dir.resolve("b.tsv");
        Files.writeString(brace, "alias\tid\tkinds\n港资\tactual_fdi{partner}\t\n");
        assertThatThrownBy(() -> TAXONOMY.withFile(brace)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("b.tsv:2").hasMessageContaining("dim=value");
    }

    @Test
    void aFormMaySayItsOwnBreakdown(@TempDir Path dir) throws IOException {
        // metric-aliases.tsv id actual_fdi{partner=中国香港}: 实际利用港资 is FDI from Hong Kong
        assertThat(describe("实际利用港资", Kind.AMOUNT, null)).isEqualTo("actual_fdi{partner=中国香港}");
        assertThat(describe("實際使用港資", Kind.GROWTH_RATE, null)).isEqualTo("actual_fdi{partner=中国香港}");
        assertThat(describe("对美实际利用港资", Kind.AMOUNT, null)).isEqualTo("null"); // two partners
        Path aliases = dir.resolve("a.tsv");
        Files.writeString(aliases, "alias\tid\tkinds\n对台出口额\texports{partner=中国台湾}\t\n");
        MetricResolver r = new MetricResolver(TAXONOMY.withFile(aliases));
        assertThat(r.resolve("对台出口额", Kind.AMOUNT, null)).map(x -> x.modifiers().get("partner")).contains("中国台湾");
    }

    @Test
    void subjectMeasuresNeedARecordWithASubject() {
        // 员工, 年产值, 总投资 name a measure of the record's subject (a firm, project, park) only
        assertThat(RESOLVER.resolve("年产值", Kind.AMOUNT, null, true)).map(x -> x.entry().id()).contains("subject_output");
        assertThat(RESOLVER.resolve("年产值", Kind.AMOUNT, null, false)).isEmpty();
        assertThat(RESOLVER.resolve("员工", Kind.AMOUNT, null, true)).map(x -> x.entry().id()).contains("subject_employees");
        assertThat(RESOLVER.resolve("销售收入", Kind.AMOUNT, null, true)).map(x -> x.entry().id()).contains("subject_sales");
        assertThat(RESOLVER.resolve("销售收入", Kind.AMOUNT, null, false)).isEmpty();
        assertThat(RESOLVER.resolve("总投资", Kind.AMOUNT, null, true)).map(x -> x.entry().id())
                .contains("project_total_investment");
        // a breakdown word still makes the region's indicator, subject or not
        assertThat(RESOLVER.resolve("汽车产值", Kind.GROWTH_RATE, null, true)).map(x -> x.entry().id())
                .contains("industrial_output");
    }

    @Test
    void blankAndNullPhrasesHaveNoId() {
        assertThat(RESOLVER.resolve(null, null, null)).isEmpty();
        assertThat(RESOLVER.resolve("  ", Kind.AMOUNT, null)).isEmpty();
        assertThat(RESOLVER.resolve("（）", Kind.AMOUNT, null)).isEmpty();
    }
}
