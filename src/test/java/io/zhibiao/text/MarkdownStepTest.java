package io.zhibiao.text;

import static io.zhibiao.text.StepAssertions.assertStep;
import static io.zhibiao.text.StepAssertions.assertUnchanged;

import org.junit.jupiter.api.Test;

class MarkdownStepTest {
    private final MarkdownStep step = new MarkdownStep();

    @Test
    void headingsQuotesAndBulletsLoseTheirMarkers() {
        assertStep(step, "## 一、总体情况\n> 来源：省统计局\n- 企业56.3万户\n* 个体工商户218.4万户\n+ 合作社3.9万户",
                "一、总体情况\n来源：省统计局\n企业56.3万户\n个体工商户218.4万户\n合作社3.9万户");
    }

    @Test
    void pairedEmphasisAndLinksLoseTheirMarks() {
        assertStep(step, "全省实有市场主体**278.6万户**，__增长10.2%__，详见[统计公报](https://tjj.jl.gov.cn/a.html)。",
                "全省实有市场主体278.6万户，增长10.2%，详见统计公报。");
    }

    @Test
    void loneMarksStayText() {
        assertUnchanged(step, "#数说# 增长-5.2%，*注：初步核算数。");
        assertUnchanged(step, "-5.2%");
        assertUnchanged(step, "- 1,200,000"); // a signed number
        assertUnchanged(step, "| 地区 | 总量 |\n|---|---|");
        assertUnchanged(step, "增长**5%"); // no closing pair
    }
}
