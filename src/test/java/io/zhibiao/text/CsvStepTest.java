package io.zhibiao.text;

import static io.zhibiao.text.StepAssertions.assertStep;
import static io.zhibiao.text.StepAssertions.assertUnchanged;

import org.junit.jupiter.api.Test;

class CsvStepTest {
    private final CsvStep step = new CsvStep();

    @Test
    void aBlockOfCommaSeparatedRowsBecomesTabSeparated() {
        assertStep(step, "指标,单位,绝对数,增长(%)\n地区生产总值,亿元,215.6,6.8\n一般公共预算收入,万元,\"123,456\",5.5",
                "指标\t单位\t绝对数\t增长(%)\n地区生产总值\t亿元\t215.6\t6.8\n一般公共预算收入\t万元\t123,456\t5.5");
    }

    @Test
    void proseNumbersAndSingleLinesStayAsTheyAre() {
        assertUnchanged(step, "全区实现GDP 1,234亿元,增长5%，比上年提高0.3个百分点。");
        assertUnchanged(step, "地区生产总值,亿元,215.6,6.8"); // one line is no block
        assertUnchanged(step, "地区生产总值,亿元,215.6\n规上工业增加值,亿元,58.3,7.2"); // cells differ
        // a tab table whose numbers have thousands separators
        assertUnchanged(step, "营业总收入（元）\t10,142,365,218.45\t-6.85%\n净利润（元）\t2,716,408,992.30\t-33.83%");
        assertUnchanged(step, "10,142,365\n20,300,400"); // numbers only: no label cell
    }

    @Test
    void anUnquotedThousandsSeparatorIsNoCellEnd() {
        assertStep(step, "街道,单位数,从业人员\n东城街道,1250,18,600\n西城街道,986,12,340",
                "街道\t单位数\t从业人员\n东城街道\t1250\t18,600\n西城街道\t986\t12,340");
    }
}
