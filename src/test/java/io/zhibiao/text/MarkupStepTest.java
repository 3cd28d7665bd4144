package io.zhibiao.text;

import static io.zhibiao.text.StepAssertions.assertStep;
import static io.zhibiao.text.StepAssertions.assertUnchanged;
import static io.zhibiao.text.StepAssertions.source;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML tags and character references left in text copied from a web page. */
class MarkupStepTest {
    final MarkupStep markup = new MarkupStep();

    @Test
    void blockTagsBreakLinesCellTagsSpaceInlineTagsGo() {
        assertStep(markup, "<p>增长4.7%</p><br/><p>全区</p>", "\n增长4.7%\n\n\n全区\n");
        assertStep(markup, "<tr><td>地区生产总值</td><td>412.6</td></tr>", "\n 地区生产总值  412.6 \n");
        assertStep(markup, "全市<span style=\"color:red\">GDP</span>增长<strong>6%</strong>", "全市GDP增长6%");
        assertStep(markup, "<P ALIGN=center>一季度</P>", "\n一季度\n");
    }

    @Test
    void referencesBecomeTheirCharacters() {
        NormalizationStep.Result r = assertStep(markup, "首页&nbsp;&gt;&nbsp;要闻 &ldquo;十四五&rdquo;&#20013;&#x4E2D;&amp;",
                "首页 > 要闻 “十四五”中中&");
        assertThat(source("首页&nbsp;&gt;&nbsp;要闻 &ldquo;十四五&rdquo;&#20013;&#x4E2D;&amp;", r, 2, 3)).isEqualTo("&nbsp;");
    }

    @Test
    void textThatOnlyLooksLikeMarkupStays() {
        assertUnchanged(markup, "增速<5%，投资<10亿元的项目");
        assertUnchanged(markup, "A&B公司，R&D经费；&unknown;");
        assertUnchanged(markup, "<p 未闭合\n下一行>");
        assertUnchanged(markup, "〈经济〉与<<统计>>");
    }
}
