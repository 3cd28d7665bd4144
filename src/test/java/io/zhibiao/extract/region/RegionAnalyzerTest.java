package io.zhibiao.extract.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.DocumentContext;
import io.zhibiao.Region;
import io.zhibiao.lexicon.Gazetteer;
import io.zhibiao.text.Document;
import io.zhibiao.text.NormalizedText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Region understanding on sentences written for these tests, from all over China (not the seeds):
 * ambiguity, dates, back-references, sections, roles.
 */
class RegionAnalyzerTest {
    private static final RegionAnalyzer ANALYZER = new RegionAnalyzer(Gazetteer.defaults());
    private static final DocumentContext NONE = DocumentContext.NONE;

    static RegionAnalysis analyze(String text, DocumentContext ctx) {
        return ANALYZER.analyze(new Document(NormalizedText.identity(text), null), ctx);
    }

    static DocumentContext year(int y) {
        return DocumentContext.ofYear(y);
    }

    static DocumentContext year(int y, String defaultRegion) {
        return DocumentContext.ofYear(y).withDefaultRegion(defaultRegion);
    }

    /** The region of the figure that starts with {@code figure} (its first occurrence after {@code after}). */
    static Region regionOf(RegionAnalysis a, String figure) {
        return regionOf(a, figure, 0);
    }

    static Region regionOf(RegionAnalysis a, String figure, int after) {
        int at = a.document().text().indexOf(figure, after);
        assertThat(at).as("figure %s in the text", figure).isGreaterThanOrEqualTo(0);
        return a.regionAt(at);
    }

    static RegionMention mention(RegionAnalysis a, String surface) {
        return mention(a, surface, 0);
    }

    static RegionMention mention(RegionAnalysis a, String surface, int nth) {
        List<RegionMention> ms = a.mentions().stream().filter(m -> m.surface().equals(surface)).toList();
        assertThat(ms).as("mentions %s in %s", surface, a.mentions()).hasSizeGreaterThan(nth);
        return ms.get(nth);
    }

    static String code(Region r) {
        return r == null ? null : r.code();
    }

    @Nested
    class Ambiguity {
        @Test
        void qualifiedNamesPickTheirCity() {
            RegionAnalysis a = analyze("宁波江北区上半年地区生产总值增长5.1%。重庆江北区地区生产总值增长4.2%。", year(2023));
            assertThat(code(regionOf(a, "5.1%"))).isEqualTo("330205");
            assertThat(code(regionOf(a, "4.2%"))).isEqualTo("500105");
            assertThat(mention(a, "宁波江北区").region().name()).isEqualTo("江北区");
        }

        @Test
        void aCityNamedNearbyDecides() {
            RegionAnalysis a = analyze("宁波市统计局日前发布数据。今年一季度，江北区实现地区生产总值120亿元，同比增长5.6%。",
                    year(2023));
            assertThat(code(regionOf(a, "120亿元"))).isEqualTo("330205");
        }

        @Test
        void theDefaultRegionDecides() {
            RegionAnalysis a = analyze("今年一季度，江北区实现地区生产总值120亿元。", year(2023, "重庆市"));
            assertThat(code(regionOf(a, "120亿元"))).isEqualTo("500105");
        }

        @Test
        void aRankingScopeWithoutZaiOpensNoSection() {
            // 全省9个市（州）及贵安新区中排第一: 全省 names the ranking's scope; the outline goes on about its own place
            String text = "● 增速排位：全省9个市（州）及贵安新区中排第一\n● 一般公共预算收入：12.37亿元，增长21.6%";
            assertThat(regionOf(analyze(text, year(2019, "贵州贵安新区")), "12.37亿元").name()).isEqualTo("贵州贵安新区");
            // with 在 and no count of units in between the place stays the subject: 全市GDP在全省中排第一
            assertThat(regionOf(analyze("全市地区生产总值在全省中排第一，增长6.1%。", year(2019, "遵义市")), "6.1%").name())
                    .isEqualTo("遵义市");
        }

        @Test
        void aDefaultNameTwoPlacesShareIsTheOneTheDocumentPlaces() {
            // 长安区 is a district of 石家庄 and of 西安; the institution's name in the byline says which
            String text = "西安市长安区人力资源和社会保障局\n\n2012年，全区企业职工基本养老保险参保人数达到6.2万人。";
            assertThat(code(regionOf(analyze(text, year(2012, "长安区")), "6.2万人"))).isEqualTo("610116");
            String hebei = "石家庄市长安区统计局\n\n2012年，全区地区生产总值增长8.1%。";
            assertThat(code(regionOf(analyze(hebei, year(2012, "长安区")), "8.1%"))).isEqualTo("130102");
        }

        @Test
        void withoutContextTheMentionIsKeptWithoutCode() {
            RegionAnalysis a = analyze("鼓楼区上半年GDP增长6%。", NONE);
            RegionMention m = mention(a, "鼓楼区");
            assertThat(m.region().code()).isNull();
            assertThat(m.region().name()).isEqualTo("鼓楼区");
            assertThat(m.region().level()).isEqualTo(Region.Level.COUNTY);
            Region r = regionOf(a, "6%");
            assertThat(r.name()).isEqualTo("鼓楼区");
            assertThat(r.code()).isNull();
            // a bare county short name with no context at all is no place on its own evidence (永和, 安化
            // and 江北 are words too): it needs a related place in the document or a default region
            RegionAnalysis b = analyze("江北上半年GDP增长6%。", NONE);
            assertThat(b.mentions()).noneMatch(x -> x.surface().equals("江北") && x.region() != null);
            RegionAnalysis c = analyze("江北上半年GDP增长6%。", year(2020).withDefaultRegion("重庆市"));
            assertThat(mention(c, "江北").region().code()).isEqualTo("500105");
        }

        @Test
        void gulouWithACityNamedNearby() {
            assertThat(code(regionOf(analyze("福州市今年一季度经济运行平稳。其中，鼓楼区地区生产总值增长6%。", year(2024)), "6%")))
                    .isEqualTo("350102");
            assertThat(code(regionOf(analyze("南京市鼓楼区地区生产总值增长5%。", year(2024)), "5%"))).isEqualTo("320106");
            assertThat(code(regionOf(analyze("徐州发布半年报，鼓楼区规模以上工业增加值增长7%。", year(2024)), "7%")))
                    .isEqualTo("320302");
        }

        @Test
        void chaoyangOfBeijingAndOfChangchun() {
            assertThat(code(regionOf(analyze("北京朝阳区一季度社会消费品零售总额增长3%。", year(2024)), "3%")))
                    .isEqualTo("110105");
            assertThat(code(regionOf(analyze("长春市朝阳区一季度社会消费品零售总额增长4%。", year(2024)), "4%")))
                    .isEqualTo("220104");
            assertThat(code(regionOf(analyze("长春市召开经济形势分析会。朝阳区一季度固定资产投资增长9%。", year(2024)), "9%")))
                    .isEqualTo("220104");
            assertThat(code(regionOf(analyze("朝阳区一季度固定资产投资增长9%。", year(2024, "北京市")), "9%")))
                    .isEqualTo("110105");
        }

        @Test
        void bareNamesFarFromTheDocumentArePartOfWords() {
            // 长安汽车 (a firm), 热火朝天 (an idiom), 阿里巴巴 (a firm) in a Chongqing report
            RegionAnalysis a = analyze("渝北区支持长安汽车扩大产能，工厂里一派热火朝天的景象，阿里巴巴客服基地落地，新增就业2000人。",
                    year(2020, "重庆市"));
            assertThat(a.mentions()).extracting(RegionMention::surface).containsExactly("渝北区");
            assertThat(regionOf(a, "2000人").name()).isEqualTo("渝北区");
        }
    }

    @Nested
    class Dates {
        @Test
        void oldCountyNamesIn2008() {
            RegionAnalysis a = analyze("2008年，铜梁县地区生产总值增长14%。开县接待游客120万人次。万盛区工业增加值增长18%。", year(2008));
            assertThat(code(regionOf(a, "14%"))).isEqualTo("500224");
            assertThat(regionOf(a, "14%").name()).isEqualTo("铜梁县");
            assertThat(code(regionOf(a, "120万"))).isEqualTo("500234");
            assertThat(regionOf(a, "18%").name()).isEqualTo("万盛区");
        }

        @Test
        void shortNamesFollowTheDate() {
            String text = "璧山地区生产总值增长9%。铜梁工业投资增长12%。";
            assertThat(code(regionOf(analyze(text, year(2008, "重庆市")), "9%"))).isEqualTo("500227");   // 璧山县
            assertThat(code(regionOf(analyze(text, year(2020, "重庆市")), "9%"))).isEqualTo("500120");   // 璧山区
            assertThat(regionOf(analyze(text, year(2008, "重庆市")), "12%").name()).isEqualTo("铜梁县");
            assertThat(regionOf(analyze(text, year(2020, "重庆市")), "12%").name()).isEqualTo("铜梁区");
            // 万盛 was a district until 2011 and is the 万盛经开区 since
            Region w2020 = regionOf(analyze("万盛工业增加值增长8%。", year(2020, "重庆市")), "8%");
            assertThat(w2020.level()).isEqualTo(Region.Level.ZONE);
            assertThat(w2020.name()).isEqualTo("重庆万盛经济技术开发区");
            assertThat(regionOf(analyze("万盛工业增加值增长8%。", year(2009, "重庆市")), "8%").name()).isEqualTo("万盛区");
        }

        @Test
        void liangjiangNewAreaBeforeAndAfterItBecameADistrict() {
            String text = "两江新区一季度地区生产总值增长6.2%，全区规模以上工业增加值增长8.1%。";
            RegionAnalysis in2020 = analyze(text, year(2020, "重庆市"));
            Region z = regionOf(in2020, "6.2%");
            assertThat(z.name()).isEqualTo("两江新区");
            assertThat(z.level()).isEqualTo(Region.Level.ZONE);
            assertThat(regionOf(in2020, "8.1%").level()).isEqualTo(Region.Level.ZONE);

            RegionAnalysis in2026 = analyze(text, new DocumentContext(2026, LocalDate.of(2026, 4, 20), "重庆市"));
            Region d = regionOf(in2026, "6.2%");
            assertThat(d.name()).isEqualTo("两江新区");
            assertThat(d.level()).isEqualTo(Region.Level.COUNTY);
            assertThat(regionOf(in2026, "8.1%").level()).isEqualTo(Region.Level.COUNTY);
            assertThat(mention(in2026, "全区").region().level()).isEqualTo(Region.Level.COUNTY);
            // a day before the new district started, the new area
            assertThat(regionOf(analyze(text, new DocumentContext(2026, LocalDate.of(2026, 1, 24), "重庆市")), "6.2%")
                    .level()).isEqualTo(Region.Level.ZONE);
        }

        @Test
        void jiangbeiStillResolvesInA2026ArticleAboutThePast() {
            RegionAnalysis a = analyze("原江北区2025年地区生产总值增长5%。", new DocumentContext(2026, LocalDate.of(2026, 3, 1), "重庆市"));
            assertThat(code(regionOf(a, "5%"))).isEqualTo("500105");
        }
    }

    @Nested
    class BackReferences {
        @Test
        void guangxiWholeRegion() {
            RegionAnalysis a = analyze("广西壮族自治区统计局发布：上半年，全区地区生产总值增长4.5%。", year(2024));
            assertThat(code(regionOf(a, "4.5%"))).isEqualTo("450000");
            RegionAnalysis b = analyze("上半年，全区规模以上工业增加值增长6.2%。", year(2024, "广西壮族自治区"));
            assertThat(code(regionOf(b, "6.2%"))).isEqualTo("450000");
            RegionAnalysis c = analyze("广西上半年经济运行稳中向好。全区固定资产投资增长3%。", year(2024));
            assertThat(code(regionOf(c, "3%"))).isEqualTo("450000");
        }

        @Test
        void aSichuanCountyReport() {
            String text = "四川省宣汉县2023年经济运行情况发布。全县实现地区生产总值600亿元，增长6%。"
                    + "该县规模以上工业增加值增长8%，高于全省2.1个百分点。";
            RegionAnalysis a = analyze(text, year(2024));
            assertThat(code(regionOf(a, "600亿元"))).isEqualTo("511722");
            assertThat(code(regionOf(a, "8%"))).isEqualTo("511722");
            assertThat(code(mention(a, "该县").region())).isEqualTo("511722");
            RegionMention province = mention(a, "全省");
            assertThat(province.role()).isEqualTo(Role.COMPARISON);
            assertThat(code(province.region())).isEqualTo("510000");
            assertThat(code(a.resolveReference("全省", text.indexOf("2.1")))).isEqualTo("510000");
            assertThat(code(regionOf(a, "2.1"))).isEqualTo("511722");
        }

        @Test
        void aChainOfDemonstratives() {
            String text = "三门峡市湖滨区上半年经济运行总体平稳。该区地区生产总值同比增长6.8%。"
                    + "该区规模以上工业增加值同比增长9.7%，全区社会消费品零售总额增长5%。";
            RegionAnalysis a = analyze(text, year(2025));
            assertThat(code(regionOf(a, "6.8%"))).isEqualTo("411202");
            assertThat(code(regionOf(a, "9.7%"))).isEqualTo("411202");
            assertThat(code(regionOf(a, "5%"))).isEqualTo("411202");
            assertThat(code(mention(a, "该区", 1).region())).isEqualTo("411202");
        }

        @Test
        void wholeCityInADistrictReportIsTheParentCity() {
            String text = "上半年，江北区GDP增长6%，高于全市1.2个百分点，增速居全市第一。";
            RegionAnalysis a = analyze(text, year(2020, "重庆市"));
            assertThat(code(regionOf(a, "6%"))).isEqualTo("500105");
            assertThat(code(regionOf(a, "1.2"))).isEqualTo("500105");
            assertThat(mention(a, "全市", 0).role()).isEqualTo(Role.COMPARISON);
            assertThat(mention(a, "全市", 1).role()).isEqualTo(Role.SCOPE);
            assertThat(code(a.resolveReference("全市", text.indexOf("1.2")))).isEqualTo("500000");
            // a prefecture-level city: 全市 in one of its districts
            String t2 = "温州市鹿城区一季度地区生产总值增长5.5%，比全市高0.3个百分点。";
            RegionAnalysis b = analyze(t2, year(2024));
            assertThat(code(b.resolveReference("全市", t2.indexOf("0.3")))).isEqualTo("330300");
            assertThat(mention(b, "全市").role()).isEqualTo(Role.COMPARISON);
        }

        @Test
        void ourCityIsThePublisher() {
            RegionAnalysis a = analyze("今年上半年我市GDP增速为5%。", year(2025, "重庆市"));
            assertThat(code(regionOf(a, "5%"))).isEqualTo("500000");
            RegionAnalysis b = analyze("上半年，我区实现地区生产总值238亿元。", year(2022, "嘉定区"));
            assertThat(code(regionOf(b, "238亿元"))).isEqualTo("310114");
        }

        @Test
        void directlyManagedAreaAndNewArea() {
            String text = "南京江北新区半年报出炉。直管区实现地区生产总值536.4亿元，新区排名前20的重点工业企业产值增长12%。";
            RegionAnalysis a = analyze(text, year(2023));
            Region r = regionOf(a, "536.4");
            assertThat(r.name()).isEqualTo("南京江北新区");
            assertThat(r.level()).isEqualTo(Region.Level.ZONE);
            assertThat(mention(a, "新区").region().name()).isEqualTo("南京江北新区");
        }

        @Test
        void nationIsChina() {
            RegionAnalysis a = analyze("全国规模以上工业增加值同比增长6%。", year(2024));
            Region r = regionOf(a, "6%");
            assertThat(r.name()).isEqualTo("中国");
            assertThat(r.level()).isEqualTo(Region.Level.COUNTRY);
        }

        @Test
        void anUnresolvableReferenceGivesNoRegionNotTheWord() {
            RegionAnalysis a = analyze("上半年，全县地区生产总值增长5%。", NONE);
            assertThat(regionOf(a, "5%")).isNull();
            assertThat(a.mentions()).singleElement().satisfies(m -> {
                assertThat(m.surface()).isEqualTo("全县");
                assertThat(m.region()).isNull();
            });
        }

        @Test
        void anUnresolvableSubjectStopsTheEarlierRegion() {
            // 全市 names no known city here: its figure is not the earlier sentence's 江北区's
            RegionAnalysis a = analyze("江北区地区生产总值增长6%。全市规上工业增加值增长5%。", NONE);
            assertThat(regionOf(a, "6%").name()).isEqualTo("江北区");
            assertThat(regionOf(a, "5%")).isNull();
        }

        @Test
        void theDocumentsCountiesTellItsCity() {
            RegionAnalysis a = analyze("全市规上工业增加值增长5%。\n分县看，南康区增长7%，瑞金市增长6%，于都县增长4%。", NONE);
            assertThat(regionOf(a, "5%").name()).isEqualTo("赣州市");
            assertThat(regionOf(a, "7%").name()).isEqualTo("南康区");
        }

        @Test
        void placesOfSeveralCitiesTellNoCity() {
            RegionAnalysis a = analyze("全市规上工业增加值增长5%。\n南京市增长7%，苏州市增长6%。", NONE);
            assertThat(regionOf(a, "5%")).isNull();
        }
    }

    @Nested
    class Sections {
        @Test
        void headlinesAndBylines() {
            String text = "区县经济半年报\n"
                    + "渝北 产业发展提速\n"
                    + "上半年，全区GDP增长7.1%。\n"
                    + "规上工业增加值增长10.4%。\n"
                    + "渝北区融媒体中心 张三\n"
                    + "璧山 科技创新加力\n"
                    + "上半年，地区生产总值增长2.3%。\n"
                    + "璧山区融媒体中心 李四\n"
                    + "本版图片由各区县提供，共12幅。\n";
            RegionAnalysis a = analyze(text, year(2020, "重庆市"));
            assertThat(regionOf(a, "7.1%").name()).isEqualTo("渝北区");
            assertThat(regionOf(a, "10.4%").name()).isEqualTo("渝北区");
            assertThat(regionOf(a, "2.3%").name()).isEqualTo("璧山区");
            assertThat(regionOf(a, "12幅").name()).isEqualTo("重庆市");
            assertThat(mention(a, "渝北区").role()).isEqualTo(Role.BYLINE);
        }

        @Test
        void officialsBylines() {
            String text = "打造消费新场景\n"
                    + "九龙坡区委书记 覃昌德\n"
                    + "上半年，全区GDP、规上工业增加值分别增长6.6%、9%。\n"
                    + "全力以赴稳外贸扩消费\n"
                    + "市商务委党组书记、主任 章勇武\n"
                    + "上半年，进出口总额增长7.6%。\n";
            RegionAnalysis a = analyze(text, year(2025, "重庆市"));
            assertThat(regionOf(a, "6.6%").name()).isEqualTo("九龙坡区");
            assertThat(regionOf(a, "9%").name()).isEqualTo("九龙坡区");
            assertThat(regionOf(a, "7.6%").name()).isEqualTo("重庆市");
        }

        @Test
        void aParagraphThatOpensWithARegionStartsASection() {
            String text = "上半年，垫江县地区生产总值增长2.4%。\n"
                    + "在具体工作中，推出企服系统，落地招商项目73个。\n"
                    + "奉节县地处三峡库区腹心，今年上半年经济运行稳定向好。\n"
                    + "上半年接待游客623.1万人次。\n";
            RegionAnalysis a = analyze(text, year(2020, "重庆市"));
            assertThat(regionOf(a, "73个").name()).isEqualTo("垫江县");
            assertThat(regionOf(a, "623.1").name()).isEqualTo("奉节县");
        }

        @Test
        void aRegionNamedInTheClauseWinsOverTheSection() {
            String text = "江津 携手泸州开展合作\n"
                    + "龙驹镇地处渝鄂交界，是重庆市18个深度贫困乡镇之一。江津珞璜港已组织450余标箱货物。\n";
            RegionAnalysis a = analyze(text, year(2020, "重庆市"));
            assertThat(regionOf(a, "18个").name()).isEqualTo("重庆市");
            assertThat(regionOf(a, "450").name()).isEqualTo("江津区");
        }

        @Test
        void aPageJumpKeepsTheContinuationWithItsStory() {
            String text = "宣汉县委书记 张三\n"
                    + "宣汉县坚持工业强县。上半年，全县GDP增长6%。\n"
                    + "二、项目建设持续发力，新开工重点项目\n"
                    + "渠县县委书记 李四\n"
                    + "渠县聚焦农业现代化。上半年，全县GDP增长5%。\n"
                    + "二、乡村振兴扎实推进。建成高标准农田8万亩。\n"
                    + "23个，完成投资增长12%。\n";
            RegionAnalysis a = analyze(text, year(2024));
            assertThat(regionOf(a, "6%").name()).isEqualTo("宣汉县");
            assertThat(regionOf(a, "5%").name()).isEqualTo("渠县");
            assertThat(regionOf(a, "8万亩").name()).isEqualTo("渠县");
            assertThat(regionOf(a, "23个").name()).isEqualTo("宣汉县");
            assertThat(regionOf(a, "12%").name()).isEqualTo("宣汉县");
        }

        @Test
        void aBreakOffGluedToTheNextStorysContinuation() {
            // the layout step joined 渠县's broken-off item 三 to 宣汉县's continuation (力。新开工…); the
            // numbering (三、 right after 三、) shows that the rest of that paragraph belongs elsewhere
            String text = "宣汉县委书记 张三\n"
                    + "一、工业强县。上半年，全县GDP增长6%。\n"
                    + "二、项目建设持续发\n"
                    + "渠县县委书记 李四\n"
                    + "一、农业现代化。上半年，全县GDP增长5%。\n"
                    + "二、乡村振兴扎实推进。建成高标准农田8万亩。\n"
                    + "三、文旅融合加快推力。新开工重点项目23个，完成投资增长12%。\n"
                    + "三、营商环境持续优化。新增市场主体1200户。\n";
            RegionAnalysis a = analyze(text, year(2024));
            assertThat(regionOf(a, "8万亩").name()).isEqualTo("渠县");
            assertThat(regionOf(a, "23个").name()).isEqualTo("宣汉县");
            assertThat(regionOf(a, "12%").name()).isEqualTo("宣汉县");
            assertThat(regionOf(a, "1200户").name()).isEqualTo("宣汉县");
            assertThat(a.continuationOf(text.indexOf("文旅融合"))).isEqualTo(-1);
        }

        @Test
        void noJumpInOrdinaryText() {
            String text = "宣汉县委书记 张三\n"
                    + "一、工业强县。上半年，全县GDP增长6%。\n"
                    + "二、项目建设持续发力。新开工重点项目23个。\n"
                    + "下一步，全县将继续扩大有效投资，力争全年投资增长12%。\n";
            RegionAnalysis a = analyze(text, year(2024));
            assertThat(regionOf(a, "12%").name()).isEqualTo("宣汉县");
            for (int i = 0; i < text.length(); i++) {
                assertThat(a.continuationOf(i)).isEqualTo(-1);
            }
        }
    }

    @Nested
    class Roles {
        @Test
        void comparisons() {
            RegionAnalysis a = analyze("江津区GDP增长7%，增速比全市和全国分别高1.4、1.8个百分点；规上工业增加值高于全国0.7、全省2.3个百分点。",
                    year(2023, "重庆市"));
            assertThat(mention(a, "全市").role()).isEqualTo(Role.COMPARISON);
            assertThat(mention(a, "全国", 0).role()).isEqualTo(Role.COMPARISON);
            assertThat(mention(a, "全国", 1).role()).isEqualTo(Role.COMPARISON);
            assertThat(mention(a, "全省").role()).isEqualTo(Role.COMPARISON);
            assertThat(regionOf(a, "1.8").name()).isEqualTo("江津区");
            assertThat(regionOf(a, "2.3").name()).isEqualTo("江津区");
        }

        @Test
        void sharesAndScopes() {
            RegionAnalysis a = analyze("上半年，永川区新签约企业51家，招商引资综合考核居主城都市区第一位，上市企业市值占全市50%以上。"
                    + "FDI在全市12个国家级开发区中排名第一。", year(2020, "重庆市"));
            assertThat(mention(a, "主城都市区").role()).isEqualTo(Role.SCOPE);
            assertThat(mention(a, "主城都市区").region().level()).isEqualTo(Region.Level.GROUP);
            assertThat(mention(a, "全市", 0).role()).isEqualTo(Role.COMPARISON);
            assertThat(mention(a, "全市", 1).role()).isEqualTo(Role.SCOPE);
            assertThat(regionOf(a, "50%").name()).isEqualTo("永川区");
        }

        @Test
        void namePartsAreNotTheSubject() {
            RegionAnalysis a = analyze("50个集装箱从四川泸州港运抵重庆江津珞璜港。重庆大学产业技术研究院等60余个项目开工。"
                    + "宇海公司与重庆高新技术产业研究院签约。江北嘴片区整体提升。重庆市天实精工科技有限公司投入1000万元。",
                    year(2020, "江津区"));
            assertThat(mention(a, "四川泸州").role()).isEqualTo(Role.NAME_PART);
            assertThat(code(mention(a, "四川泸州").region())).isEqualTo("510500");
            assertThat(mention(a, "江北").role()).isEqualTo(Role.NAME_PART);
            assertThat(mention(a, "重庆", 1).role()).isEqualTo(Role.NAME_PART);       // 重庆大学
            assertThat(a.mentions()).noneMatch(m -> m.region().level() == Region.Level.ZONE);
            assertThat(regionOf(a, "60余个").name()).isEqualTo("江津区");
            assertThat(regionOf(a, "1000万元").name()).isEqualTo("江津区");
        }

        @Test
        void aProvincialBulletin() {
            String text = "2023年四川省国民经济和社会发展统计公报。初步核算，全省地区生产总值60132.9亿元，比上年增长6.0%。"
                    + "分区域看，成都平原经济区地区生产总值增长6.2%，其中成都市增长6.0%，绵阳市增长8.5%。";
            RegionAnalysis a = analyze(text, year(2024));
            assertThat(code(regionOf(a, "60132.9"))).isEqualTo("510000");
            assertThat(mention(a, "成都").role()).isEqualTo(Role.NAME_PART);
            assertThat(code(regionOf(a, "6.2%"))).isEqualTo("510000");
            assertThat(code(regionOf(a, "6.0%", text.indexOf("成都市")))).isEqualTo("510100");
            assertThat(code(regionOf(a, "8.5%"))).isEqualTo("510700");
        }

        @Test
        void aZoneNotInTheListIsItsDistrict() {
            RegionAnalysis a = analyze("近日在璧山高新区，规上工业企业订单较去年同期上涨20%左右。", year(2020, "重庆市"));
            RegionMention m = mention(a, "璧山");
            assertThat(m.role()).isEqualTo(Role.SUBJECT);
            assertThat(code(m.region())).isEqualTo("500120");
            assertThat(a.mentions()).noneMatch(x -> x.surface().equals("高新区"));
            assertThat(regionOf(a, "20%").name()).isEqualTo("璧山区");
        }

        @Test
        void partnersAndListedPlaces() {
            RegionAnalysis a = analyze("江北区与德阳、泸州等地签订合作协议，引进项目14个。九龙坡区对外投资项目遍及美国、香港等18个国家和地区。"
                    + "江津区与泸州市签订行动计划，双方将开展32个方面的合作。", year(2020, "重庆市"));
            assertThat(mention(a, "泸州").role()).isEqualTo(Role.OTHER);
            assertThat(mention(a, "香港").role()).isEqualTo(Role.OTHER);
            assertThat(mention(a, "泸州市").role()).isEqualTo(Role.OTHER);
            assertThat(regionOf(a, "14个").name()).isEqualTo("江北区");
            assertThat(regionOf(a, "18个").name()).isEqualTo("九龙坡区");
            assertThat(regionOf(a, "32个").name()).isEqualTo("江津区");
        }

        @Test
        void designationsInsideAClauseAreNotTheSubject() {
            RegionAnalysis a = analyze("上半年，武隆区创建全国乡村旅游重点村3个，认定为重庆市新型研发机构20家。", year(2020, "重庆市"));
            assertThat(regionOf(a, "3个").name()).isEqualTo("武隆区");
            assertThat(regionOf(a, "20家").name()).isEqualTo("武隆区");
        }

        @Test
        void canonicalNames() {
            RegionAnalysis a = analyze("秀山县、重庆经开区、重庆高新区、四川天府新区、浦东新区、恩施州和石柱县的数据均已发布。", year(2024, "重庆市"));
            assertThat(mention(a, "秀山县").region().name()).isEqualTo("秀山土家族苗族自治县");
            assertThat(mention(a, "重庆经开区").region().name()).isEqualTo("重庆经济技术开发区");
            assertThat(mention(a, "重庆高新区").region().name()).isEqualTo("重庆高新技术产业开发区");
            assertThat(mention(a, "四川天府新区").region().name()).isEqualTo("四川天府新区");
            assertThat(mention(a, "四川天府新区").region().level()).isEqualTo(Region.Level.ZONE);
            assertThat(code(mention(a, "浦东新区").region())).isEqualTo("310115");
            assertThat(mention(a, "恩施州").region().name()).isEqualTo("恩施土家族苗族自治州");
            assertThat(mention(a, "石柱县").region().name()).isEqualTo("石柱土家族自治县");
        }
    }

    @Test
    void emptyAndOddInput() {
        RegionAnalysis a = analyze("", NONE);
        assertThat(a.mentions()).isEmpty();
        assertThat(a.regionAt(0)).isNull();
        assertThat(a.regionAt(-5)).isNull();
        RegionAnalysis b = analyze("\n\n   \n", year(2020, "重庆市"));
        assertThat(b.regionAt(2).name()).isEqualTo("重庆市");
        assertThat(b.regionAt(1000).name()).isEqualTo("重庆市");
        RegionAnalysis c = analyze("上半年GDP增长5%。", year(2020, "火星市"));
        assertThat(c.regionAt(5).name()).isEqualTo("火星市");
        assertThat(c.regionAt(5).level()).isEqualTo(Region.Level.UNKNOWN);
        assertThat(c.resolveReference("", 0)).isNull();
        assertThat(c.resolveReference("全市", 3)).isNull();
    }
}
