package io.zhibiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.DocumentContext;
import io.zhibiao.Explanation;
import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A record's explanation tree: slots with rules and spans into the original, never state. */
class ExplanationTest {
    final IndicatorExtractor extractor = IndicatorExtractor.builder().build();

    @Test
    void aCarriedMetricSaysWhereItCameFromAndEachSlotWhereItWasRead() {
        String text = "上半年，荆门市规上工业增加值增长8.1%，比一季度加快1.2个百分点。";
        List<Indicator> rs = extractor.extract(text, DocumentContext.ofYear(2023));
        Indicator pp = rs.stream().filter(r -> r.kind() == io.zhibiao.Kind.PP_CHANGE).findFirst().orElseThrow();
        Explanation e = pp.explanation();
        assertThat(e.slot()).isEqualTo("record");
        assertThat(e.span()).isEqualTo(pp.span());
        assertThat(e.child("figure").value()).isEqualTo("1.2个百分点");
        assertThat(e.child("kind").value()).isEqualTo("PP_CHANGE");
        Explanation metric = e.child("metric");
        assertThat(metric.rules()).contains("metric:carried");
        assertThat(metric.child("from").value()).isEqualTo("8.1%"); // the figure whose metric it took
        assertThat(metric.child("from").span().of(text)).isEqualTo("8.1%");
        assertThat(e.child("region").value()).isEqualTo("荆门市");
        assertThat(e.child("region").child("mention").span().of(text)).isEqualTo("荆门市");
        assertThat(e.child("period").span().of(text)).isEqualTo("上半年");
        assertThat(e.child("basis").value()).isEqualTo("比一季度");
        assertThat(e.render()).contains("metric = 规上工业增加值增速", "  from = 8.1%");
    }

    @Test
    void everyRuleOfTheTraceSitsOnceInTheTreeAndEverySpanHoldsItsWords() throws IOException {
        List<Path> files = EvidenceAsWrittenTest.texts();
        int records = 0;
        int spans = 0;
        List<String> wrong = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            for (Indicator r : extractor.extract(text)) {
                records++;
                Explanation e = r.explanation();
                if (e == null) {
                    wrong.add(f + " no explanation: " + r.evidence());
                    continue;
                }
                List<String> rules = new ArrayList<>();
                List<Explanation> nodes = new ArrayList<>();
                collect(e, rules, nodes);
                List<String> trace = new ArrayList<>();
                for (String t : r.trace()) {
                    trace.add(t.startsWith("lost:") ? t.substring(5) : t);
                }
                if (!sorted(rules).equals(sorted(trace))) {
                    wrong.add(f + " rules " + rules + " vs trace " + r.trace());
                }
                for (Explanation n : nodes) {
                    if (n.span() == null || n.value() == null) {
                        continue;
                    }
                    spans++;
                    if (n.span().end() > text.length() || !n.span().of(text).equals(n.value())) {
                        wrong.add(f + " " + n.slot() + " " + n.value() + " at " + n.span());
                    }
                }
                if (!r.span().contains(e.child("figure").span())) {
                    wrong.add(f + " figure outside the record: " + r.evidence());
                }
            }
        }
        assertThat(records).isGreaterThan(1000);
        assertThat(spans).isGreaterThan(3 * records);
        assertThat(wrong).as("explanations that lose a rule or point at other words").isEmpty();
    }

    private static void collect(Explanation e, List<String> rules, List<Explanation> nodes) {
        rules.addAll(e.rules());
        nodes.add(e);
        for (Explanation c : e.children()) {
            collect(c, rules, nodes);
        }
    }

    private static List<String> sorted(List<String> l) {
        List<String> s = new ArrayList<>(l);
        s.sort(null);
        return s;
    }
}
