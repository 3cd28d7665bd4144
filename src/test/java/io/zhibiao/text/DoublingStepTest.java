package io.zhibiao.text;

import static io.zhibiao.text.StepAssertions.assertStep;
import static io.zhibiao.text.StepAssertions.assertUnchanged;
import static io.zhibiao.text.StepAssertions.source;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Doubled headline units, doubled captions, repeated runs; and what must stay. */
class DoublingStepTest {
    final DoublingStep doubling = new DoublingStep();

    @Test
    void aDoubledHeadlineIsUndoubled() {
        String in = "1212区县区县““双晒会双晒会””上晒高招上晒高招";
        NormalizationStep.Result r = assertStep(doubling, in, "12区县“双晒会”上晒高招");
        // each unit maps to its first copy
        assertThat(source(in, r, 0, 2)).isEqualTo("12");
        assertThat(source(in, r, 2, 4)).isEqualTo("区县");
        // a range spanning units includes the deleted copies in between
        assertThat(source(in, r, 0, 4)).isEqualTo("1212区县");
    }

    @Test
    void aCaptionWrittenTwiceIsKeptOnce() {
        assertStep(doubling, "广阳岛智创生态城效果图广阳岛智创生态城效果图", "广阳岛智创生态城效果图");
        assertStep(doubling, "重庆经济技术开发区国家物联网产业示范基地全景 重庆经济技术开发区国家物联网产业示范基地全景",
                "重庆经济技术开发区国家物联网产业示范基地全景");
    }

    @Test
    void repeatedRunsCollapse() {
        String run = "重大项目建设推进有力";
        assertStep(doubling, "荣昌区荣昌区 " + run.repeat(32), "荣昌区 " + run);
        assertStep(doubling, run.repeat(3), run);
        // a run with a space inside
        assertStep(doubling, "工业强市 量质齐升".repeat(18), "工业强市 量质齐升");
    }

    @Test
    void onlyTheDoubledLineChanges() {
        assertStep(doubling, "新增市场主体1212户。\n1212区县区县““双晒会双晒会””\n看看",
                "新增市场主体1212户。\n12区县“双晒会”\n看看");
    }

    @Test
    void legitimateRepeatsInRunningTextStay() {
        assertUnchanged(doubling, "1212户");
        assertUnchanged(doubling, "新增市场主体1212户，同比增长25.13%。");
        assertUnchanged(doubling, "看看");
        assertUnchanged(doubling, "一一对应");
        assertUnchanged(doubling, "大家看看，一一落实，常常检查");
        assertUnchanged(doubling, "2020 2020");
        assertUnchanged(doubling, "谢谢谢谢");
    }

    @Test
    void surrogatePairsAreNeverSplit() {
        assertStep(doubling, "😀😀标题标题", "😀标题");
        assertUnchanged(doubling, "\uD83D\uDE00\uD83D\uDE01");
    }
}
