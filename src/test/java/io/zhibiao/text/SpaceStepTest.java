package io.zhibiao.text;

import static io.zhibiao.text.StepAssertions.assertStep;
import static io.zhibiao.text.StepAssertions.assertUnchanged;

import org.junit.jupiter.api.Test;

/** Spaced-out text is joined; spaces between Latin words and between headline phrases stay. */
class SpaceStepTest {
    final SpaceStep spaces = new SpaceStep();

    @Test
    void spacedOutCjkIsJoined() {
        assertStep(spaces, "科 技 型 企 业 数 量 分 别 增 长", "科技型企业数量分别增长");
        assertStep(spaces, "规上信息服务业实现营 业 收 入 99.1 亿 元 、增 长227.3%。",
                "规上信息服务业实现营业收入99.1亿元、增长227.3%。");
        assertStep(spaces, "额 实 现 1676.2 亿 元 ，同 比 增 长11.5%。", "额实现1676.2亿元，同比增长11.5%。");
    }

    @Test
    void aNumberSpreadOutByAPdfIsOneNumberAgain() {
        assertStep(spaces, "增加值2 86.7亿元，同比增长4 .2%，高于全省1. 3个百分点，总值6 1 8 .3亿元",
                "增加值286.7亿元，同比增长4.2%，高于全省1.3个百分点，总值618.3亿元");
        assertStep(spaces, "增 加 值 1 0 2 . 6 亿 元 ， 同 比 增 长 4 .2 %。", "增加值102.6亿元，同比增长4.2%。");
        // two numbers in a row, not inside running text, and table columns keep their spaces
        assertUnchanged(spaces, "Model 3 2024");
        assertStep(spaces, "表2 2013年主要工业产品产量", "表2 2013年主要工业产品产量");
        assertStep(spaces, "表1 10月份各板块成交情况", "表1 10月份各板块成交情况");   // a table's number, then a month
        assertStep(spaces, "图3 1-9月工业增加值增速", "图3 1-9月工业增加值增速");
        assertUnchanged(spaces, "麒麟区 123.45 13.2 8.7 6.5 4.4");
    }

    @Test
    void spacesBetweenCjkAndNumbersGo() {
        assertStep(spaces, "2021 年上半年，工业投资增长 32.1%，GDP 增长 4.8%。", "2021年上半年，工业投资增长32.1%，GDP增长4.8%。");
        assertStep(spaces, "开放型经济方面 ，外贸进出口总额", "开放型经济方面，外贸进出口总额");
        assertStep(spaces, "增长\u30002.8%\u00A0，增速\u2002第一", "增长2.8%，增速第一");
        assertStep(spaces, "增速 4.8 %", "增速4.8%");
    }

    @Test
    void spacesBetweenLatinWordsStayAsOne() {
        assertUnchanged(spaces, "Model 3 and SK hynix");
        assertStep(spaces, "SK  hynix\u00A0Inc", "SK hynix Inc");
        assertUnchanged(spaces, "2019 2020");
    }

    @Test
    void aHeadlineKeepsTheSpaceBetweenItsPhrases() {
        assertUnchanged(spaces, "“十四五”开局稳中有进 地区生产总值同比增长15.3%");
        assertUnchanged(spaces, "1—11月我市固定资产投资增长3.8% 房地产市场仍处调整期"); // a phrase may end with its figure
        assertUnchanged(spaces, "九龙坡区委书记 覃昌德");
        assertStep(spaces, "潼南\u3000“三百三千”\u3000集聚人才", "潼南 “三百三千” 集聚人才");
    }

    @Test
    void runningTextDoesNotKeepPhraseSpaces() {
        assertStep(spaces, "上半年，全区 地区生产总值增长6.6%。", "上半年，全区地区生产总值增长6.6%。");
    }

    @Test
    void tableRowsKeepOneSpacePerColumn() {
        assertStep(spaces, "地区生产总值\u3000亿元\u3000412.63\u300012.1", "地区生产总值 亿元 412.63 12.1");
        assertStep(spaces, "麒麟区\t123.45\t13.2\n宣威市  72.31  11.6", "麒麟区 123.45 13.2\n宣威市 72.31 11.6");
        // one separator is not a table: running text is joined as usual
        assertStep(spaces, "电商产品加工线 19 条、累计达 44 条", "电商产品加工线19条、累计达44条");
    }

    @Test
    void lineEndsLoseTheirSpaces() {
        assertStep(spaces, "  增长4.7% \n\u3000上半年 ", "增长4.7%\n上半年");
    }
}
