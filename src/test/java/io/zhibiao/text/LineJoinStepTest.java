package io.zhibiao.text;

import static io.zhibiao.text.StepAssertions.assertStep;
import static io.zhibiao.text.StepAssertions.assertUnchanged;
import static io.zhibiao.text.StepAssertions.source;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Soft breaks of a newspaper column go, paragraph breaks stay as one '\n'. */
class LineJoinStepTest {
    final LineJoinStep lines = new LineJoinStep();

    @Test
    void aNarrowColumnIsJoinedIntoItsParagraphs() {
        String in = """
                 重庆高新区全力推动科学
                城建设，努力将其打造为共建
                成渝地区双城经济圈的“新平
                台”、高质量发展的“新引擎”。
                上半年，重庆高新区GDP增长
                4.7%，科学城建设取得良好开
                局。

                重庆高新区通过聚焦产
                业能级提升，为科学城高质量
                发展创造强劲势头。工业方

                面，工业投资增长 32.1%，规
                上工业增加值增长 4.9%，企
                业利润增长54.2%。
                """;
        NormalizationStep.Result r = assertStep(lines, in, """
                重庆高新区全力推动科学城建设，努力将其打造为共建成渝地区双城经济圈的“新平台”、高质量发展的“新引擎”。\
                上半年，重庆高新区GDP增长4.7%，科学城建设取得良好开局。
                重庆高新区通过聚焦产业能级提升，为科学城高质量发展创造强劲势头。工业方面，工业投资增长 32.1%，规\
                上工业增加值增长 4.9%，企业利润增长54.2%。""");
        // a range across a soft break includes the removed newline(s) in the original
        int at = r.text().indexOf("增长4.7%");
        assertThat(source(in, r, at, at + 6)).isEqualTo("增长\n4.7%");
        at = r.text().indexOf("工业方面");
        assertThat(source(in, r, at, at + 4)).isEqualTo("工业方\n\n面");
    }

    @Test
    void wideTextBrokenInsideAWordAcrossABlankLineIsJoined() {
        String p1 = "一、全力优结构促转型。支持长安汽车建设现代化制造基地，推动宁德时代、延锋国际等一批核心零部件配套企业入驻赛力斯超级工厂，支持千里科技";
        String p2 = "打造“AI+汽车+机器人”新生态，上半年新区汽车产值增长12.9%。深化与新紫光集团战略合作，推动惠普AI智创中心项目落地。";
        String in = "聚焦产业 精准发力 扎实推动经济高质量发展\n\n市委常委、两江新区党工委副书记 罗楠\n\n"
                + p1 + "\n\n" + p2 + "\n\n二、全力扬优势促增量。集中力量打造人工智能产业集聚区。\n";
        assertStep(lines, in, "聚焦产业 精准发力 扎实推动经济高质量发展\n市委常委、两江新区党工委副书记 罗楠\n"
                + p1 + p2 + "\n二、全力扬优势促增量。集中力量打造人工智能产业集聚区。");
    }

    @Test
    void aLineOpeningWithAYearDoesNotGoOnWithTheNumberBeforeIt() {
        assertStep(lines, "来源：管委会　浏览次数：1286\n\n2025年，全区地区生产总值增长8.6%。",
                "来源：管委会　浏览次数：1286\n2025年，全区地区生产总值增长8.6%。");
    }

    @Test
    void aShortFragmentInWideTextIsJoinedButNotATitle() {
        String in = "核心提示\n\n7月24日下午，市委召开区县委书记和部门一把手例会。两江新区、黔江区、九龙坡区、北碚区、渝北区负责人作现场交流发言。以下为发言摘登。\n\n"
                + "湖光山色，群鸟翩跹，山、湖、城相互\n\n交融。春夏之交，走进璧山，30多个城市公园星罗棋布，串联起一幅“湖在城中、城在山中、人在山水中”的动人画卷。\n";
        assertStep(lines, in, "核心提示\n7月24日下午，市委召开区县委书记和部门一把手例会。两江新区、黔江区、九龙坡区、北碚区、渝北区负责人作现场交流发言。以下为发言摘登。\n"
                + "湖光山色，群鸟翩跹，山、湖、城相互交融。春夏之交，走进璧山，30多个城市公园星罗棋布，串联起一幅“湖在城中、城在山中、人在山水中”的动人画卷。");
    }

    @Test
    void aDanglingFragmentIsNotGluedToTheNextHeadline() {
        String in = "区外来黔就医、求学、消费占比分别为39.5%、26.5%、32.3%。区域吸引力和服力明显提升，发展势头良好，全区上下干劲十足。\n\n"
                + "二、渝贵高铁效应推动文商旅高\n\n强化使命担当保持奋进姿态 凝心聚力推动经济发展提质提速提效\n\n北碚区委书记 林旭阳\n\n"
                + "北碚区认真学习贯彻习近平总书记视察重庆重要讲话重要指示精神，上半年，全区GDP增长6.5%。\n";
        assertStep(lines, in, "区外来黔就医、求学、消费占比分别为39.5%、26.5%、32.3%。区域吸引力和服力明显提升，发展势头良好，全区上下干劲十足。\n"
                + "二、渝贵高铁效应推动文商旅高\n强化使命担当保持奋进姿态 凝心聚力推动经济发展提质提速提效\n北碚区委书记 林旭阳\n"
                + "北碚区认真学习贯彻习近平总书记视察重庆重要讲话重要指示精神，上半年，全区GDP增长6.5%。");
    }

    @Test
    void boxItemsAndTheirLabelsStaySeparate() {
        String in = """
                型国家物流枢纽功能，完成铁
                水联运 3.1 万标箱，占全市
                80%。
                 数读
                上半年区县经济亮点
                ▶两江新区
                GDP增长4.8%，增速全市第一
                ▶江北区
                大力发展新经济、培育新业态、促进新消
                费，完成地区生产总值617.4亿元
                ▶奉节县
                以脱贫攻坚为统揽，经济运行止缓有效、稳
                定向好
                ▶秀山县
                依托扼守渝东南门户的区位优势，全面推进商
                贸服务，辐射功能不断增强

                找准切入点突破口，推动上半年重庆经济增速由负转正——

                12区县“双晒会”上晒高招
                """;
        assertStep(lines, in, """
                型国家物流枢纽功能，完成铁水联运 3.1 万标箱，占全市80%。
                数读
                上半年区县经济亮点
                ▶两江新区
                GDP增长4.8%，增速全市第一
                ▶江北区
                大力发展新经济、培育新业态、促进新消费，完成地区生产总值617.4亿元
                ▶奉节县
                以脱贫攻坚为统揽，经济运行止缓有效、稳定向好
                ▶秀山县
                依托扼守渝东南门户的区位优势，全面推进商贸服务，辐射功能不断增强
                找准切入点突破口，推动上半年重庆经济增速由负转正——
                12区县“双晒会”上晒高招""");
    }

    @Test
    void headlineSubtitleAndANarrowerBoxStaySeparate() {
        String in = """
                放眼未来，重庆经开区将继续以绿色发展为本底
                和目标，走好“智慧+”“绿色+”高质量发展之路。
                 国家物联网产业示范基地

                “十四五”开局稳中有进 地区生产总值同比增长15.3%

                2021年上半年经济发展“成绩单”出炉

                重庆经开区外贸进出口
                保持较快增长

                上半年，预计外贸进出
                口金额约45亿元人民币，
                同比增长58.9%

                预计实际利用外资5.4
                亿美元，FDI在全市12个国
                家级开发区中排名第一
                """;
        assertStep(lines, in, """
                放眼未来，重庆经开区将继续以绿色发展为本底和目标，走好“智慧+”“绿色+”高质量发展之路。
                国家物联网产业示范基地
                “十四五”开局稳中有进 地区生产总值同比增长15.3%
                2021年上半年经济发展“成绩单”出炉
                重庆经开区外贸进出口保持较快增长
                上半年，预计外贸进出口金额约45亿元人民币，同比增长58.9%
                预计实际利用外资5.4亿美元，FDI在全市12个国家级开发区中排名第一""");
    }

    @Test
    void photoCreditsEndTheirCaption() {
        String in = "疫情之下，璧山不少工业企业订单逆势上扬。摄/曾清龙\n\n巴南区南彭贸易物流基地京东仓库。(巴南区融媒体中心供图)\n\n渝北仙桃数据谷。摄/任天驹\n";
        assertStep(lines, in, "疫情之下，璧山不少工业企业订单逆势上扬。摄/曾清龙\n巴南区南彭贸易物流基地京东仓库。(巴南区融媒体中心供图)\n渝北仙桃数据谷。摄/任天驹");
    }

    @Test
    void aNumberBrokenAcrossLinesIsJoined() {
        String in = """
                在渝北地区生产总值突破2000
                亿元的背后，还形成了两大新发展格
                局。同时，区里安排了2.3亿
                元财政资金帮助企业渡过难关。
                """;
        assertStep(lines, in, "在渝北地区生产总值突破2000亿元的背后，还形成了两大新发展格局。同时，区里安排了2.3亿元财政资金帮助企业渡过难关。");
    }

    @Test
    void latinWordsJoinedAcrossASoftBreakGetASpace() {
        String in = "The Chongqing economic zone reported\nstrong growth in the first half\nof the year.\n";
        assertStep(lines, in, "The Chongqing economic zone reported strong growth in the first half of the year.");
    }

    @Test
    void trailingSpacesDoNotHideAnIndentButSpacedOutTextGoesOn() {
        String in = "重庆高新区还着力重大项 \n"
                + "目牵引，为科学城发展集聚动 \n"
                + "能，位居全市第一。 \n"
                + " 长江与嘉陵江环抱，在江 \n"
                + "北嘴实现交汇。上半年，江北 \n"
                + "区大力发展新经济、培育新业 \n"
                + "态、促进新消费，国 家 高 新 \n"
                + " 技 术 企 业 数 量 分 别 增 长 \n"
                + "12.3%。\n";
        assertStep(lines, in, "重庆高新区还着力重大项目牵引，为科学城发展集聚动能，位居全市第一。\n"
                + "长江与嘉陵江环抱，在江北嘴实现交汇。上半年，江北区大力发展新经济、培育新业态、促进新消费，"
                + "国 家 高 新技 术 企 业 数 量 分 别 增 长12.3%。");
    }

    @Test
    void spacedOutTextGoesOnAcrossABreakThatLooksLikeAnIndent() {
        // A ends with two spaced-out chars (三 大 产), or with one and B starts with two (生 产 / 总 值 分 别).
        String in = "工业经济支撑作用明显。全\n"
                + "市规模以上工业增加值完成3\n"
                + "86.7亿元，增长19\n"
                + ".2%。装备制造、有色金\n"
                + "属、能源化工三 大 产\n"
                + " 业 增 加 值分 别 增\n"
                + " 长 23.4%、16.8%和2\n"
                + "1.5%。陈仓区、凤翔县、岐\n"
                + "山县、扶风县生 产\n"
                + " 总 值 分 别 增 长15\n"
                + ".2%、14.8%和14.6%。\n";
        assertStep(lines, in, "工业经济支撑作用明显。全市规模以上工业增加值完成386.7亿元，增长19.2%。"
                + "装备制造、有色金属、能源化工三 大 产业 增 加 值分 别 增长 23.4%、16.8%和21.5%。"
                + "陈仓区、凤翔县、岐山县、扶风县生 产总 值 分 别 增 长15.2%、14.8%和14.6%。");
        // one spaced-out char at the end of A and an ordinary line after it: the indent stays a paragraph start
        String para = "全年经济运行平稳，主要指标好于预期，生 产\n 总值突破千亿元。\n";
        assertThat(lines.breaks(para)).extracting(LineJoinStep.Break::rule).containsExactly("indent");
    }

    @Test
    void aLineNeverStartsWithClosingPunctuation() {
        String in = """
                大周再生金属产业园区是长葛
                工业的“顶梁柱”，园区入
                驻企业3,800余家，年回收
                再生金属超过300万吨
                。
                """;
        assertStep(lines, in, "大周再生金属产业园区是长葛工业的“顶梁柱”，园区入驻企业3,800余家，年回收再生金属超过300万吨。");
    }

    @Test
    void anOpenBracketCarriesTheLineOn() {
        String in = """
                本报讯（记者 王晓东 通讯
                员 赵文博）今年上半年，
                长葛市坚持工业强市战略，经济
                运行稳中向好。
                """;
        assertStep(lines, in, "本报讯（记者 王晓东 通讯员 赵文博）今年上半年，长葛市坚持工业强市战略，经济运行稳中向好。");
    }

    @Test
    void tableRowsStayRows() {
        String in = "指标名称\u3000单位\u30001-9月\u3000同比增长（%）\n"
                + "地区生产总值\u3000亿元\u3000412.63\u300012.1\n"
                + "规模以上工业增加值\u3000亿元\u3000156.28\u300016.8\n\n"
                + "县（市、区）\t1-9月（亿元）\t同比增长（%）\n麒麟区\t123.45\t13.2\n宣威市\t72.31\t11.6\n\n"
                + "简析：1至9月，全市生产总值增长12.1%。\n";
        assertStep(lines, in, "指标名称\u3000单位\u30001-9月\u3000同比增长（%）\n"
                + "地区生产总值\u3000亿元\u3000412.63\u300012.1\n"
                + "规模以上工业增加值\u3000亿元\u3000156.28\u300016.8\n"
                + "县（市、区）\t1-9月（亿元）\t同比增长（%）\n麒麟区\t123.45\t13.2\n宣威市\t72.31\t11.6\n"
                + "简析：1至9月，全市生产总值增长12.1%。");
    }

    @Test
    void numberedSectionTitlesInWideTextStayTitles() {
        String p1 = "1-5月，全区规模以上工业增加值同比增长20.6%，两年平均增长5.1%。5月份，全区规模以上工业增加值同比增长8.3%，环比增长2.1%。";
        String p2 = "1-5月，全区固定资产投资同比增长15.7%，两年平均增长9.8%。其中，工业投资增长42.3%，房地产开发投资增长6.1%。";
        String in = "2021年1-5月顺德区经济运行简况\n\n顺德区统计局 2021-06-22\n\n一、工业生产\n\n" + p1
                + "\n\n二、固定资产投资\n\n" + p2 + "\n";
        assertStep(lines, in, "2021年1-5月顺德区经济运行简况\n顺德区统计局 2021-06-22\n一、工业生产\n" + p1
                + "\n二、固定资产投资\n" + p2);
    }

    @Test
    void blankLinesAndOuterSpaceGo() {
        assertStep(lines, "\n\n  增长4.7%。  \n\n\n\u3000上半年。 \n \n", "增长4.7%。\n上半年。");
        assertStep(lines, " \n\t\n", "");
        assertUnchanged(lines, "增长4.7%。\n上半年。");
        assertUnchanged(lines, "");
    }

    @Test
    void everyBreakIsExplainedByARule() {
        List<LineJoinStep.Break> breaks = lines.breaks("数读\n▶两江新区\nGDP增长4.8%");
        assertThat(breaks).extracting(LineJoinStep.Break::rule).containsExactly("marker", "marker");
        assertThat(breaks).allMatch(LineJoinStep.Break::hard);
    }

    @Test
    void aPostsBracketedHeadingsEmojiEndsAndDatelinesStayTheirOwnLines() {
        String in = "衡水发布 2022-10-18 09:15 发表于河北\n\n📊 10月18日，市统计局发布前三季度经济数据。一起来看👇\n\n"
                + "【投资：项目建设提速】\n\n前三季度，全市固定资产投资增长9.8%。\n";
        assertStep(lines, in, "衡水发布 2022-10-18 09:15 发表于河北\n📊 10月18日，市统计局发布前三季度经济数据。一起来看👇\n"
                + "【投资：项目建设提速】\n前三季度，全市固定资产投资增长9.8%。");
    }

    @Test
    void aPostsCardsBecomeOneClauseEach() {
        String in = "一图读懂｜上半年经济\n\n💰地区生产总值\n1356.8亿元\n同比增长3.9%\n\n▲固定资产投资\n↓2.3%\n\n"
                + "2985.6亿元\n社会消费品零售总额\n增长5.1%\n\n#数说#\n阅读 1.2万";
        NormalizationStep.Result r = assertStep(lines, in, "一图读懂｜上半年经济\n💰地区生产总值1356.8亿元，同比增长3.9%\n"
                + "▲固定资产投资↓2.3%\n2985.6亿元：社会消费品零售总额，增长5.1%\n#数说#阅读 1.2万"); // (the hashtag line: the line rules)
        int at = r.text().indexOf("，同比");
        assertThat(source(in, r, at, at + 3)).isEqualTo("\n同比"); // the comma maps to the line break
        assertThat(lines.breaks(in)).extracting(LineJoinStep.Break::rule).contains("card", "card-end");
    }

    @Test
    void captionsBecomeOneClauseEachAndALabelKeepsItsValue() {
        String in = "今年上半年\n全市实现生产总值\n102.6亿元\n同比增长12.8%\n其中第一产业增加值\n28.4亿元\n增长6.2%";
        NormalizationStep.Result r = assertStep(lines, in,
                "今年上半年，全市实现生产总值102.6亿元，同比增长12.8%，其中第一产业增加值28.4亿元，增长6.2%");
        int at = r.text().indexOf("，其中");
        assertThat(source(in, r, at, at + 3)).isEqualTo("\n其中"); // the comma maps to the line break
        // four lines, or a line with punctuation: no caption block, the line rules decide
        assertThat(lines.breaks("今年上半年\n全市实现生产总值\n102.6亿元\n同比增长12.8%")).extracting(LineJoinStep.Break::rule)
                .doesNotContain("card");
        assertThat(lines.breaks("今年上半年，全市\n实现生产总值\n102.6亿元\n同比增长12.8%\n其中第一产业\n增加值28.4亿元"))
                .extracting(LineJoinStep.Break::rule).doesNotContain("card");
    }

    @Test
    void aNumberedSectionHeadingAfterABlankLineStandsAlone() {
        assertStep(lines, "发布时间：2022-01-20 来源：省市场监督管理局\n\n一、总体情况\n\n截至2021年底，全省实有市场主体278.6万户。",
                "发布时间：2022-01-20 来源：省市场监督管理局\n一、总体情况\n截至2021年底，全省实有市场主体278.6万户。");
    }

    @Test
    void aListOfLabelledFiguresKeepsOneItemPerLine() {
        assertStep(lines, "三、全省部分市工业增加值增速（%）\n宣城市：10.4\n蚌埠市：9.9\n琅琊区：-1.8\n\n四、简要分析\n\n全市工业增长较快。",
                "三、全省部分市工业增加值增速（%）\n宣城市：10.4\n蚌埠市：9.9\n琅琊区：-1.8\n四、简要分析\n全市工业增长较快。");
    }

    @Test
    void aDateOrASentenceIsNoCard() {
        // a date line is no figure, a line with a comma no label: the line rules decide as before
        assertUnchanged(lines, "市统计局发布\n7月28日");
        String in = "工业生产稳中有升\n全市规上工业增加值增长6.2%，高于全省。";
        assertThat(lines.breaks(in)).extracting(LineJoinStep.Break::rule).doesNotContain("card");
    }

    @Test
    void aColonSubheadAboveABlankLineIsATitle() {
        // wide text: 总量：… has a colon but is a subhead, not a fragment of the paragraph after it
        assertStep(lines, "总量：蒙自市“一枝独秀”\n\n从经济总量看，蒙自市以288.6亿元排在全州首位。",
                "总量：蒙自市“一枝独秀”\n从经济总量看，蒙自市以288.6亿元排在全州首位。");
        // a fragment cut by a page break keeps going on (its colon is no subhead's: a comma before it)
        assertStep(lines, "全市工业稳定，主要产品：原煤、焦炭\n\n等均有增长。", "全市工业稳定，主要产品：原煤、焦炭等均有增长。");
    }
}
