package io.zhibiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    static RenderRecord rec(int index, int start, int end) {
        return rec(index, start, end, null, null, null, null);
    }

    static RenderRecord rec(int index, int start, int end, String region, String metric, String value, String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", region);
        m.put("metric", metric);
        m.put("kind", "AMOUNT");
        m.put("value", value == null ? null : new BigDecimal(value));
        m.put("unit", unit);
        m.put("start", start);
        m.put("end", end);
        return RenderRecord.fromJson(index, m);
    }

    /** Each record's marks cover exactly its span, every mark nests, the text reads back. */
    static MarkupOracle check(String text, List<RenderRecord> records) {
        MarkupOracle o = new MarkupOracle(Highlights.article(text, records));
        assertThat(o.text.toString()).isEqualTo(text);
        int valid = 0;
        for (RenderRecord r : records) {
            if (r.hasValidSpan(text.length())) {
                valid++;
                TreeSet<Integer> expected = new TreeSet<>();
                for (int p = r.start(); p < r.end(); p++) {
                    expected.add(p);
                }
                assertThat(o.covered.get(r.index())).as("record %d", r.index()).isEqualTo(expected);
                assertThat(o.firstPieces.get(r.index())).as("first pieces of %d", r.index()).isEqualTo(1);
            } else {
                assertThat(o.covered).doesNotContainKey(r.index());
            }
        }
        assertThat(o.marks - o.contMarks).isEqualTo(valid);
        return o;
    }

    @Test
    void disjointRecordsGetOneMarkEach() {
        String t = "江北区完成地区生产总值617.4亿元，增长4.7%。";
        MarkupOracle o = check(t, List.of(rec(0, 0, 19), rec(1, 20, 26)));
        assertThat(o.marks).isEqualTo(2);
        assertThat(o.contMarks).isZero();
    }

    @Test
    void identicalAndContainedSpansNest() {
        String t = "民间投资分别增长2.8%和24.1%，外贸进出口总额1344亿元。";
        MarkupOracle o = check(t, List.of(rec(0, 0, 19), rec(1, 0, 19), rec(2, 4, 12), rec(3, 20, 32)));
        assertThat(o.marks).isEqualTo(4);
        assertThat(o.contMarks).isZero();
        assertThat(Highlights.article(t, List.of(rec(0, 0, 19), rec(1, 0, 19))))
                .startsWith("<mark class=\"zb\" data-r=\"0\"><mark class=\"zb\" data-r=\"1\">");
    }

    @Test
    void crossingSpansSplitTheLaterOneOnce() {
        String t = "0123456789abcdefghij";
        MarkupOracle o = check(t, List.of(rec(0, 0, 10), rec(1, 5, 15)));
        assertThat(o.marks).isEqualTo(3);
        assertThat(o.contMarks).isEqualTo(1);
        assertThat(Highlights.article(t, List.of(rec(0, 0, 10), rec(1, 5, 15))))
                .isEqualTo("<mark class=\"zb\" data-r=\"0\">01234<mark class=\"zb\" data-r=\"1\">56789</mark></mark>"
                        + "<mark class=\"zb\" data-r=\"1\" data-cont>abcde</mark>fghij");
    }

    @Test
    void invalidSpansAreNotHighlighted() {
        String t = "abcdef";
        MarkupOracle o = check(t, List.of(rec(0, -1, 3), rec(1, 2, 9), rec(2, 3, 3), rec(3, 4, 2), rec(4, 1, 2)));
        assertThat(o.marks).isEqualTo(1);
        assertThat(Highlights.place(t, List.of(rec(0, -1, 3), rec(1, 2, 9), rec(2, 3, 3), rec(4, 1, 2))))
                .hasSize(1);
    }

    @Test
    void spansDoNotSplitSurrogatePairs() {
        String t = "a\uD842\uDFB7b"; // 𠮷 is two UTF-16 chars
        String html = Highlights.article(t, List.of(rec(0, 2, 4)));
        assertThat(html).doesNotContain("\ufffd").contains("<mark class=\"zb\" data-r=\"0\">\uD842\uDFB7b</mark>");
    }

    @Test
    void markupInTheTextIsEscaped() {
        String t = "<b>GDP</b> & \"增长\" 4.7%";
        MarkupOracle o = check(t, List.of(rec(0, 0, t.length())));
        assertThat(Highlights.article(t, List.of())).isEqualTo("&lt;b&gt;GDP&lt;/b&gt; &amp; &quot;增长&quot; 4.7%");
        assertThat(o.marks).isEqualTo(1);
    }

    @Test
    void regionMetricAndValueAreColouredInsideTheSpan() {
        String t = "上半年，江北区完成地区生产总值617.4亿元，增长\n4.7%。";
        int s = t.indexOf("江北区");
        int e = t.indexOf("亿元") + 2;
        MarkupOracle o = check(t, List.of(
                rec(0, s, e, "江北区", "地区生产总值", "617.4", "亿元"),
                rec(1, s, t.indexOf('%') + 1, "江北区", "地区生产总值", "4.7", "%")));
        assertThat(o.roleText("z-g")).isEqualTo("江北区");
        assertThat(o.roleText("z-m")).isEqualTo("地区生产总值");
        // the value with its unit, across the PDF line break
        assertThat(o.roleText("z-v")).isEqualTo("617.4亿元|4.7%");
    }

    @Test
    void aValueIsNotFoundInsideALongerNumber() {
        String t = "增长19.4%，增长9%";
        assertThat(Highlights.findValue(t, 0, t.length(), "9", "%")).containsExactly(10, 12);
        assertThat(Highlights.findValue(t, 0, 8, "9", "%")).isNull();
        assertThat(Highlights.findValue(t, 0, t.length(), "-19.4", "%")).containsExactly(2, 7);
        assertThat(Highlights.findValue("增长１９．４％", 0, 7, "19.4", "%")).containsExactly(2, 7);
    }

    @Test
    void regionShortFormsAreLookedFor() {
        String t = "江北完成地区生产总值617.4亿元";
        MarkupOracle o = check(t, List.of(rec(0, 0, t.length(), "江北区", "地区生产总值", "617.4", "亿元")));
        assertThat(o.roleText("z-g")).isEqualTo("江北");
    }

    @Test
    void randomOverlappingSpansAlwaysNestAndCoverTheirSpans() {
        Random random = new Random(8);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + random.nextInt(40);
            for (int i = 0; i < len; i++) {
                b.append("增长4.7%<&亿\n元".charAt(random.nextInt(11)));
            }
            String t = b.toString();
            List<RenderRecord> records = new ArrayList<>();
            int n = random.nextInt(8);
            for (int i = 0; i < n; i++) {
                int s = random.nextInt(len + 2) - 1;
                int e = s + random.nextInt(12) - 1;
                records.add(rec(i, s, e, null, "增长", "4.7", "%"));
            }
            check(t, records);
        }
    }
}
