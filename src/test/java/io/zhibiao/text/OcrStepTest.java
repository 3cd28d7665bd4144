package io.zhibiao.text;

import static io.zhibiao.text.StepAssertions.assertStep;
import static io.zhibiao.text.StepAssertions.assertUnchanged;
import static io.zhibiao.text.StepAssertions.source;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a scanner's text recognition misreads in figures, undone one char for one. */
class OcrStepTest {
    final OcrStep ocr = OcrStep.standard();

    @Test
    void lettersInsideADigitRunAreDigits() {
        assertStep(ocr, "全市生产总值增长l2.5%，达到2O1.6亿元", "全市生产总值增长12.5%，达到201.6亿元");
        assertStep(ocr, "1996年l0月份，粮食总产O.8万吨", "1996年10月份，粮食总产0.8万吨");
        assertStep(ocr, "比上年增长3.l%", "比上年增长3.1%");
    }

    @Test
    void aUnitMisreadRightAfterAFigureIsTheUnit() {
        NormalizationStep.Result r = assertStep(ocr, "完成投资86.3亿兀，5月3曰开工", "完成投资86.3亿元，5月3日开工");
        assertThat(source("完成投资86.3亿兀，5月3曰开工", r, 9, 10)).isEqualTo("兀");
        assertStep(ocr, "收入五十万兀", "收入五十万元");
    }

    @Test
    void wordsAndRunsWithoutARealDigitStay() {
        assertUnchanged(ocr, "OLED面板、Oil价格、IPO募资12亿元，l号线");
        assertUnchanged(ocr, "A1O公司与B2l型号");
        assertUnchanged(ocr, "子曰：学而时习之；亿兀");
        assertUnchanged(ocr, "增长12.5%，O.");
    }
}
