package io.zhibiao.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.DocumentContext;
import io.zhibiao.Region;
import io.zhibiao.lexicon.Gazetteer;
import io.zhibiao.text.Document;
import io.zhibiao.text.NormalizedText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd input never breaks the analysis: random text made of region words, cues, figures and layout. */
class RegionAnalyzerRobustnessTest {
    private static final RegionAnalyzer ANALYZER = new RegionAnalyzer(Gazetteer.defaults());
    private static final String[] PIECES = {"江北区", "江北", "宁波", "重庆", "全区", "该县", "全市", "我市", "新区", "直管区",
        "经开区", "高新区", "两江新区", "鼓楼区", "秀山县", "高于", "占", "第一", "与", "分别", "分列", "、", "，", "。", "；", "：",
        "“", "”", "（", "）", "\n", "\n\n", " ", "一、", "二、", "三、", "增长", "5.1%", "12个", "亿元", "融媒体中心", "有限公司",
        "港", "区委书记", "张三", "上半年", "同期", "分市看", "由", "原", "含", "等", "十", "速增长。", "进。", "”向", "▶",
        "\u3000", "A", "9"};

    @Test
    void randomDocuments() {
        Random rnd = new Random(20260401L);
        DocumentContext[] contexts = {DocumentContext.NONE, DocumentContext.ofYear(2008).withDefaultRegion("重庆市"),
            DocumentContext.ofYear(2026).withDefaultRegion("鼓楼区"), DocumentContext.ofYear(2020).withDefaultRegion("火星")};
        for (int doc = 0; doc < 400; doc++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(120);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            RegionAnalysis a = ANALYZER.analyze(new Document(NormalizedText.identity(text), null),
                    contexts[doc % contexts.length]);
            List<RegionMention> ms = a.mentions();
            int last = -1;
            for (RegionMention m : ms) {
                assertThat(m.start()).isGreaterThanOrEqualTo(last).isLessThan(m.end());
                assertThat(m.end()).isLessThanOrEqualTo(text.length());
                assertThat(m.surface()).isEqualTo(text.substring(m.start(), m.end()));
                if (m.region() != null) {   // null: a reference word or name that names no known place
                    assertThat(m.region().level()).isNotEqualTo(Region.Level.UNKNOWN);
                }
                assertThat(m.role()).isNotNull();
                last = m.end();
            }
            for (int off = -1; off <= text.length() + 1; off++) {
                Region r = a.regionAt(off);
                if (r != null) {
                    assertThat(r.name()).isNotBlank();
                }
                a.continuationOf(Math.max(0, Math.min(off, text.length())));
            }
            a.resolveReference("全市", text.length() / 2);
            a.resolveReference("江北区", 0);
        }
    }

    @Test
    void aLongDocumentIsAnalyzedInLinearTime() {
        StringBuilder b = new StringBuilder();
        String para = "上半年，江北区地区生产总值增长5.1%，高于全市1.2个百分点，居全市第一。宁波江北区与重庆江北区签订协议，"
                + "该区新增市场主体1200户，全区固定资产投资分别增长6%、7%。\n";
        while (b.length() < 200_000) {
            b.append(para);
        }
        long t0 = System.nanoTime();
        RegionAnalysis a = ANALYZER.analyze(new Document(NormalizedText.identity(b.toString()), null),
                DocumentContext.ofYear(2020).withDefaultRegion("重庆市"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("200,000 characters analysed in " + ms + " ms, " + a.mentions().size() + " mentions");
        assertThat(a.mentions()).hasSizeGreaterThan(10_000);
        assertThat(ms).as("analysis time of 200,000 characters").isLessThan(15_000);
    }
}
