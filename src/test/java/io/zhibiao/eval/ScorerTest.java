package io.zhibiao.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.zhibiao.Kind;
import io.zhibiao.Qualifier;
import io.zhibiao.Status;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private final Scorer scorer = Scorer.defaults();

    private static GoldRecord rec(String region, String metric, Kind kind, String value, String unit) {
        return GoldRecord.of(region, metric, kind, value, unit);
    }

    private static GoldRecord growth(String region, String metric, String value) {
        return rec(region, metric, Kind.GROWTH_RATE, value, "%");
    }

    private DocumentScore score(List<GoldRecord> gold, List<GoldRecord> predicted) {
        return scorer.score(gold, predicted);
    }

    @Nested
    class Quantity {
        private boolean same(String v1, String u1, String v2, String u2) {
            return scorer.sameQuantity(rec("江北区", "m", Kind.AMOUNT, v1, u1), rec("江北区", "m", Kind.AMOUNT, v2, u2));
        }

        @Test
        void magnitudesMultiplyOut() {
            assertThat(same("617.4", "亿元", "6174000", "万元")).isTrue();
            assertThat(same("617.4", "亿元", "61740000000", "元")).isTrue();
            assertThat(same("1", "万人次", "10000", "人次")).isTrue();
            assertThat(same("617.4", "亿元", "617.4", "万元")).isFalse();
        }

        @Test
        void equalToOneMillionthRelative() {
            assertThat(same("100", "亿元", "100.0001", "亿元")).isTrue(); // 1e-6 relative exactly
            assertThat(same("100", "亿元", "100.0002", "亿元")).isFalse();
            assertThat(same("33.333333", "%", "33.33333333", "%")).isTrue();
            assertThat(same("0", "%", "0", "%")).isTrue();
            assertThat(same("0", "%", "0.000001", "%")).isFalse();
        }

        @Test
        void unitFamiliesMustAgree() {
            assertThat(same("5", "亿元", "5", "亿美元")).isFalse();
            assertThat(same("5", "万人次", "5", "万人")).isFalse();
            assertThat(same("5", "个", "5", "家")).isFalse();
            assertThat(same("5", "%", "5", "个百分点")).isFalse();
            assertThat(same("3", "公里", "3", "千米")).isTrue(); // same base unit in the unit table
            assertThat(same("5", "‰", "0.5", "%")).isTrue();
        }

        @Test
        void anUnknownUnitComparesByItsExactStringWithScaleOne() {
            assertThat(same("12", "台(件)", "12", "台(件)")).isTrue();
            assertThat(same("12", "台(件)", "12", "台")).isFalse();
            assertThat(same("12", "万台(件)", "120000", "台(件)")).isFalse();
        }

        @Test
        void noUnitOnlyWithNoUnit() {
            GoldRecord r1 = rec("江北区", "排名", Kind.RANK, "1", null);
            assertThat(scorer.sameQuantity(r1, rec("江北区", "排名", Kind.RANK, "1", null))).isTrue();
            assertThat(scorer.sameQuantity(r1, rec("江北区", "排名", Kind.RANK, "1", "位"))).isFalse();
        }

        @Test
        void theSignMatters() {
            assertThat(same("-50", "%", "50", "%")).isFalse();
            DocumentScore s = score(List.of(growth("江北区", "工业投资", "-50")), List.of(growth("江北区", "工业投资", "50")));
            assertThat(s.counts().value().tp()).isZero();
            assertThat(s.misses()).extracting(Miss::reason).containsExactly(Miss.Reason.WRONG_SIGN);
        }
    }

    @Nested
    class Conditions {
        @Test
        void allFourAgreeIsAStrictMatch() {
            DocumentScore s = score(List.of(growth("江北区", "GDP", "4.7")), List.of(growth("江北区", "地区生产总值", "4.7")));
            assertThat(s.counts().strict()).isEqualTo(new Prf(1, 0, 0));
            assertThat(s.counts().value()).isEqualTo(new Prf(1, 0, 0));
            assertThat(s.misses()).isEmpty();
        }

        @Test
        void wholeNameAliasesAgreeInMatching() {
            // 经济 and 经济增速 are taxonomy aliases of 地区生产总值; the match itself must fold them
            DocumentScore s = score(List.of(growth("滁州市", "地区生产总值", "14.3"),
                            rec("滁州市", "地区生产总值增速", Kind.RANK, "2", null)),
                    List.of(growth("滁州市", "经济", "14.3"), rec("滁州市", "经济增速", Kind.RANK, "2", null)));
            assertThat(s.counts().strict()).isEqualTo(new Prf(2, 0, 0));
            // a different indicator under the same measure word does not
            DocumentScore t = score(List.of(rec("滁州市", "地区生产总值增速", Kind.RANK, "2", null)),
                    List.of(rec("滁州市", "税收增速", Kind.RANK, "2", null)));
            assertThat(t.counts().strict().tp()).isZero();
        }

        @Test
        void theKindMustBeTheSame() {
            DocumentScore s = score(List.of(rec("江北区", "开工率", Kind.PERCENT, "72.2", "%")),
                    List.of(growth("江北区", "开工率", "72.2")));
            assertThat(s.counts().value().tp()).isZero();
            assertThat(s.counts().strict().tp()).isZero();
            assertThat(s.misses()).singleElement().satisfies(m -> {
                assertThat(m.reason()).isEqualTo(Miss.Reason.WRONG_KIND);
                assertThat(m.type()).isEqualTo(Miss.Type.MISMATCH);
                assertThat(m.why()).contains("PERCENT").contains("GROWTH_RATE");
            });
        }

        @Test
        void aWrongRegionIsAValueMatchButNotStrict() {
            DocumentScore s = score(List.of(growth("江北区", "GDP", "4.7")), List.of(growth("重庆市", "GDP", "4.7")));
            assertThat(s.counts().value()).isEqualTo(new Prf(1, 0, 0));
            assertThat(s.counts().strict()).isEqualTo(new Prf(0, 1, 1));
            assertThat(s.counts().regionAccuracy()).isEqualTo(0.0);
            assertThat(s.counts().metricAccuracy()).isEqualTo(1.0);
            assertThat(s.misses()).singleElement().satisfies(m -> {
                assertThat(m.reason()).isEqualTo(Miss.Reason.REGION_WRONG);
                assertThat(m.why()).contains("江北区").contains("重庆市");
            });
        }

        @Test
        void aNullRegionMatchesOnlyNull() {
            assertThat(score(List.of(growth(null, "GDP", "4.7")), List.of(growth(null, "GDP", "4.7")))
                    .counts().strict().tp()).isEqualTo(1);
            assertThat(score(List.of(growth(null, "GDP", "4.7")), List.of(growth("江北区", "GDP", "4.7")))
                    .counts().strict().tp()).isZero();
            DocumentScore s = score(List.of(growth("江北区", "GDP", "4.7")), List.of(growth(null, "GDP", "4.7")));
            assertThat(s.counts().strict().tp()).isZero();
            assertThat(s.misses().get(0).why()).contains("江北区").contains("(none)");
        }

        @Test
        void metricsThatDoNotAgreeAreAValueMatchButNotStrict() {
            DocumentScore s = score(List.of(growth("江北区", "工业投资", "32.1")),
                    List.of(growth("江北区", "社会消费品零售总额", "32.1")));
            assertThat(s.counts().value().tp()).isEqualTo(1);
            assertThat(s.counts().strict().tp()).isZero();
            assertThat(s.counts().metricAccuracy()).isEqualTo(0.0);
            assertThat(s.counts().regionAccuracy()).isEqualTo(1.0);
            assertThat(s.misses()).singleElement().satisfies(m -> {
                assertThat(m.reason()).isEqualTo(Miss.Reason.METRIC_NOT_SIMILAR);
                assertThat(m.why()).contains("工业投资").contains("社会消费品零售总额");
            });
        }

        @Test
        void regionAndMetricBothWrong() {
            DocumentScore s = score(List.of(growth("江北区", "工业投资", "32.1")),
                    List.of(growth("重庆市", "社会消费品零售总额", "32.1")));
            assertThat(s.misses()).extracting(Miss::reason).containsExactly(Miss.Reason.REGION_AND_METRIC_WRONG);
        }
    }

    @Nested
    class Matching {
        @Test
        void oneToOne() {
            GoldRecord g = growth("江北区", "GDP", "4.7");
            DocumentScore twice = score(List.of(g), List.of(g, g));
            assertThat(twice.counts().strict()).isEqualTo(new Prf(1, 1, 0));
            assertThat(twice.misses()).singleElement().satisfies(m -> {
                assertThat(m.reason()).isEqualTo(Miss.Reason.SPURIOUS_NUMBER);
                assertThat(m.why()).contains("matched to other predictions");
            });
            DocumentScore once = score(List.of(g, g), List.of(g));
            assertThat(once.counts().strict()).isEqualTo(new Prf(1, 0, 1));
            assertThat(once.misses()).singleElement().extracting(Miss::reason).isEqualTo(Miss.Reason.MISSED_NUMBER);
        }

        @Test
        void greedyOnTheBestMetricSimilarity() {
            GoldRecord gInvest = growth("江北区", "工业投资", "10");
            GoldRecord gRetail = growth("江北区", "社会消费品零售总额", "10");
            GoldRecord pRetail = growth("江北区", "社会消费品零售额", "10");
            GoldRecord pInvest = growth("江北区", "工业投资增速", "10");
            DocumentScore s = score(List.of(gInvest, gRetail), List.of(pRetail, pInvest));
            assertThat(s.matches()).extracting(Match::goldIndex, Match::predictedIndex)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(1, 0));
            assertThat(s.counts().strict().tp()).isEqualTo(2);
        }

        @Test
        void theBestPairIsTakenFirstEvenWhenItLeavesAWorseOne() {
            // a agrees with p0 (1.0) and p1 (0.55); b agrees only with p0 (0.6). Greedy takes a-p0 and
            // leaves b with p1 (0.4, a value match only), although a-p1 + b-p0 would be two strict matches.
            GoldRecord a = growth("江北区", "工业投资", "10");
            GoldRecord b = growth("江北区", "技术改造工业投资", "10");
            GoldRecord p0 = growth("江北区", "工业投资", "10");
            GoldRecord p1 = growth("江北区", "工业投资总量增加值", "10");
            assertThat(scorer.metricSimilarity(a, p1)).isGreaterThanOrEqualTo(0.5);
            assertThat(scorer.metricSimilarity(b, p0)).isGreaterThanOrEqualTo(0.5);
            assertThat(scorer.metricSimilarity(b, p1)).isLessThan(0.5);
            DocumentScore s = score(List.of(a, b), List.of(p0, p1));
            assertThat(s.matches()).extracting(Match::goldIndex, Match::predictedIndex)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 0), org.assertj.core.groups.Tuple.tuple(1, 1));
            assertThat(s.counts().strict().tp()).isEqualTo(1);
            assertThat(s.counts().value().tp()).isEqualTo(2);
        }

        @Test
        void aStrictCandidateIsPreferredToAMoreSimilarNonStrictOne() {
            GoldRecord g = growth("江北区", "工业投资", "10");
            GoldRecord wrongRegion = growth("渝北区", "工业投资", "10");
            GoldRecord rightRegion = growth("江北区", "工业投资增速", "10");
            DocumentScore s = score(List.of(g), List.of(wrongRegion, rightRegion));
            assertThat(s.counts().strict()).isEqualTo(new Prf(1, 1, 0));
            assertThat(s.matches()).singleElement().extracting(Match::predictedIndex).isEqualTo(1);
        }

        @Test
        void amongEqualCandidatesTheRightRegionThenTheRightAttributesWin() {
            GoldRecord g = growth("江北区", "工业投资", "10").withPeriod("上半年");
            GoldRecord otherMetric = growth("江北区", "消费", "10");
            GoldRecord rightPeriod = growth("江北区", "消费", "10").withPeriod("上半年");
            DocumentScore s = score(List.of(g), List.of(otherMetric, rightPeriod));
            assertThat(s.matches()).singleElement().extracting(Match::predictedIndex).isEqualTo(1);
            // region beats attributes
            GoldRecord wrongRegion = growth("渝北区", "消费", "10").withPeriod("上半年");
            DocumentScore s2 = score(List.of(g), List.of(wrongRegion, otherMetric));
            assertThat(s2.matches()).singleElement().extracting(Match::predictedIndex).isEqualTo(1);
        }

        @Test
        void ties_goToDocumentOrder() {
            GoldRecord g = growth("江北区", "GDP", "4.7");
            DocumentScore s = score(List.of(g, g), List.of(g, g));
            assertThat(s.matches()).extracting(Match::goldIndex, Match::predictedIndex).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(0, 0), org.assertj.core.groups.Tuple.tuple(1, 1));
        }

        @Test
        void everyStrictMatchIsAValueMatch() {
            List<GoldRecord> gold = List.of(growth("江北区", "GDP", "4.7"), growth("江北区", "工业投资", "4.7"),
                    growth("渝北区", "GDP", "4.7"));
            List<GoldRecord> pred = List.of(growth("渝北区", "工业投资", "4.7"), growth("江北区", "GDP", "4.7"),
                    growth("江北区", "工业投资", "4.7"));
            DocumentScore s = score(gold, pred);
            assertThat(s.counts().strict().tp()).isLessThanOrEqualTo(s.counts().value().tp());
            assertThat(s.counts().strict().tp()).isEqualTo(2);
            assertThat(s.counts().value().tp()).isEqualTo(3);
        }
    }

    @Nested
    class Optional {
        private final GoldRecord opt = growth("江北区", "工业投资", "10").withOptional(true);
        private final GoldRecord req = growth("江北区", "GDP", "4.7");

        @Test
        void aPredictionMatchingAnOptionalRecordCountsForNothing() {
            DocumentScore s = score(List.of(req, opt), List.of(req, growth("江北区", "工业投资", "10")));
            assertThat(s.counts().gold()).isEqualTo(1);
            assertThat(s.counts().optionalGold()).isEqualTo(1);
            assertThat(s.counts().strict()).isEqualTo(new Prf(1, 0, 0));
            assertThat(s.counts().value()).isEqualTo(new Prf(1, 0, 0));
            assertThat(s.counts().strictIgnored()).isEqualTo(1);
            assertThat(s.misses()).isEmpty();
        }

        @Test
        void anUnmatchedOptionalRecordIsNotMissed() {
            DocumentScore s = score(List.of(req, opt), List.of(req));
            assertThat(s.counts().strict()).isEqualTo(new Prf(1, 0, 0));
            assertThat(s.counts().value()).isEqualTo(new Prf(1, 0, 0));
            assertThat(s.misses()).isEmpty();
        }

        @Test
        void aValueMatchWithAnOptionalRecordInTheWrongRegionIsStrictlySpurious() {
            DocumentScore s = score(List.of(opt), List.of(growth("渝北区", "工业投资", "10")));
            assertThat(s.counts().value()).isEqualTo(new Prf(0, 0, 0));
            assertThat(s.counts().strict()).isEqualTo(new Prf(0, 1, 0));
            assertThat(s.counts().regionAccuracy()).isNull(); // optional matches are left out
            assertThat(s.misses()).singleElement().satisfies(m -> {
                assertThat(m.type()).isEqualTo(Miss.Type.SPURIOUS);
                assertThat(m.reason()).isEqualTo(Miss.Reason.REGION_WRONG);
                assertThat(m.gold()).isEqualTo(opt);
            });
        }

        @Test
        void atEqualSimilarityACountingRecordIsMatchedBeforeAnOptionalOne() {
            GoldRecord same = growth("江北区", "工业投资", "10");
            DocumentScore s = score(List.of(opt, same), List.of(same));
            assertThat(s.counts().strict()).isEqualTo(new Prf(1, 0, 0));
            assertThat(s.matches()).singleElement().extracting(Match::goldIndex).isEqualTo(1);
        }

        @Test
        void optionalRecordsLeaveAttributeAccuracyAlone() {
            DocumentScore s = score(List.of(opt.withPeriod("上半年")), List.of(growth("江北区", "工业投资", "10")));
            assertThat(s.counts().periodAccuracy()).isNull();
            assertThat(s.attributeErrors()).isEmpty();
        }
    }

    @Nested
    class Attributes {
        private final GoldRecord g = growth("江北区", "GDP", "4.7").withQualifier(Qualifier.APPROX)
                .withPeriod("今年上半年").withBasis("同比").withStatus(Status.TARGET);

        @Test
        void allRight() {
            DocumentScore s = score(List.of(g), List.of(g.withPeriod("上半年")));
            Counts c = s.counts();
            assertThat(List.of(c.qualifierAccuracy(), c.periodAccuracy(), c.basisAccuracy(), c.statusAccuracy()))
                    .containsOnly(1.0);
            assertThat(s.attributeErrors()).isEmpty();
        }

        @Test
        void eachWrong() {
            GoldRecord p = growth("江北区", "GDP", "4.7").withPeriod("1-6月");
            DocumentScore s = score(List.of(g), List.of(p));
            Counts c = s.counts();
            assertThat(c.strict().tp()).isEqualTo(1); // attributes do not decide a strict match
            assertThat(List.of(c.qualifierAccuracy(), c.periodAccuracy(), c.basisAccuracy(), c.statusAccuracy()))
                    .containsOnly(0.0);
            assertThat(s.errorCounts()).containsEntry("qualifier wrong", 1).containsEntry("period wrong", 1)
                    .containsEntry("basis wrong", 1).containsEntry("status wrong", 1);
            assertThat(ReportFormat.attributeDiffs(s.attributeErrors().get(0)))
                    .contains("period wrong: gold 今年上半年, predicted 1-6月");
        }

        @Test
        void aNullGoldPeriodAcceptsAnyPeriod() {
            GoldRecord gold = growth("江北区", "GDP", "4.7");
            assertThat(Scorer.samePeriod(gold, gold.withPeriod("上半年"))).isTrue();
            assertThat(Scorer.samePeriod(gold, gold)).isTrue();
        }

        @Test
        void periodsCompareWith今年Removed() {
            GoldRecord gold = growth("江北区", "GDP", "4.7").withPeriod("上半年");
            assertThat(Scorer.samePeriod(gold, gold.withPeriod("今年上半年"))).isTrue();
            assertThat(Scorer.samePeriod(gold.withPeriod("今年1-6月"), gold.withPeriod("1-6月"))).isTrue();
            assertThat(Scorer.samePeriod(gold, gold.withPeriod("一季度"))).isFalse();
            assertThat(Scorer.samePeriod(gold, gold.withPeriod(null))).isFalse();
            // gold 今年 is an empty period once 今年 is removed: it accepts only an empty one
            assertThat(Scorer.samePeriod(gold.withPeriod("今年"), gold.withPeriod(null))).isTrue();
            assertThat(Scorer.samePeriod(gold.withPeriod("今年"), gold.withPeriod("上半年"))).isFalse();
            // 今年初 is 年初, 今年底 年底
            assertThat(Scorer.samePeriod(gold.withPeriod("今年初"), gold.withPeriod("年初"))).isTrue();
            assertThat(Scorer.samePeriod(gold.withPeriod("年底"), gold.withPeriod("今年底"))).isTrue();
            assertThat(Scorer.samePeriod(gold.withPeriod("今年初"), gold.withPeriod("年底"))).isFalse();
            assertThat(Scorer.samePeriod(gold.withPeriod("上 半 年"), gold.withPeriod("上半年"))).isTrue();
        }

        @Test
        void attributesAreScoredOnStrictMatchesOnly() {
            DocumentScore s = score(List.of(g), List.of(growth("渝北区", "GDP", "4.7")));
            assertThat(s.counts().qualifierAccuracy()).isNull();
            assertThat(s.attributeErrors()).isEmpty();
        }
    }

    @Nested
    class Figures {
        @Test
        void precisionRecallF1() {
            List<GoldRecord> gold = List.of(
                    growth("江北区", "GDP", "4.7"),                              // strict
                    rec("江北区", "地区生产总值", Kind.AMOUNT, "617.4", "亿元"),   // value only (region)
                    growth("江北区", "工业投资", "32.1"),                        // missed
                    growth("江北区", "企业利润", "54.2"));                       // missed
            List<GoldRecord> pred = List.of(
                    growth("江北区", "GDP", "4.7"),
                    rec("重庆市", "GDP", Kind.AMOUNT, "6174000", "万元"),
                    growth("江北区", "消费", "1.0"));                             // spurious
            Counts c = score(gold, pred).counts();
            assertThat(c.strict()).isEqualTo(new Prf(1, 2, 3));
            assertThat(c.value()).isEqualTo(new Prf(2, 1, 2));
            assertThat(c.strict().precision()).isCloseTo(1.0 / 3, within(1e-12));
            assertThat(c.strict().recall()).isCloseTo(0.25, within(1e-12));
            assertThat(c.strict().f1()).isCloseTo(2 * (1.0 / 3) * 0.25 / (1.0 / 3 + 0.25), within(1e-12));
            assertThat(c.value().f1()).isCloseTo(4.0 / 7, within(1e-12));
            assertThat(c.regionAccuracy()).isEqualTo(0.5);
            assertThat(c.metricAccuracy()).isEqualTo(1.0);
        }

        @Test
        void emptyDenominators() {
            assertThat(new Prf(0, 0, 0)).satisfies(p -> {
                assertThat(p.precision()).isEqualTo(1.0);
                assertThat(p.recall()).isEqualTo(1.0);
                assertThat(p.f1()).isEqualTo(1.0);
            });
            assertThat(new Prf(0, 0, 3)).satisfies(p -> {
                assertThat(p.precision()).isZero();
                assertThat(p.recall()).isZero();
                assertThat(p.f1()).isZero();
            });
            assertThat(new Prf(0, 2, 0)).satisfies(p -> {
                assertThat(p.precision()).isZero();
                assertThat(p.recall()).isZero();
                assertThat(p.f1()).isZero();
            });
            Counts none = score(List.of(), List.of()).counts();
            assertThat(none.regionAccuracy()).isNull();
            assertThat(none.strict().f1()).isEqualTo(1.0);
        }

        @Test
        void totalsAreMicroAveragesAndMacroIsTheMeanOfDocuments() {
            DocumentScore d1 = scorer.score("a", List.of(growth("江北区", "GDP", "1")), List.of(growth("江北区", "GDP", "1")));
            DocumentScore d2 = scorer.score("b",
                    List.of(growth("江北区", "GDP", "1"), growth("江北区", "GDP", "2"), growth("江北区", "GDP", "3")),
                    List.of());
            EvalReport r = new EvalReport(List.of(d1, d2), List.of());
            assertThat(r.totals().strict()).isEqualTo(new Prf(1, 0, 3));
            assertThat(r.totals().strict().f1()).isCloseTo(2 * 0.25 / 1.25, within(1e-12));
            assertThat(r.macroStrictF1()).isCloseTo(0.5, within(1e-12));
        }
    }

    @Nested
    class Lexicons {
        @Test
        void userAbbreviationsAndUnitsTakePart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
                throws java.io.IOException {
            java.nio.file.Path abbr = dir.resolve("abbr.tsv");
            java.nio.file.Files.writeString(abbr, "# test\nshort\tfull\n两新\t新型基础设施和新型城镇化\n");
            java.nio.file.Path units = dir.resolve("units.tsv");
            java.nio.file.Files.writeString(units, "# test\nunit\tbase\tscale\ttype\tfamily\tmagnitudes\n"
                    + "框\t框\t1\tAMOUNT\tcount\tyes\n");
            Scorer custom = Scorer.withLexicons(List.of(abbr, units));
            GoldRecord g = growth("江北区", "两新投资", "9.4");
            GoldRecord p = growth("江北区", "新型基础设施和新型城镇化投资", "9.4");
            assertThat(scorer.metricSimilarity(g, p)).isLessThan(0.5);
            assertThat(custom.metricSimilarity(g, p)).isEqualTo(1.0);
            GoldRecord a = rec("江北区", "m", Kind.AMOUNT, "2", "万框");
            GoldRecord b = rec("江北区", "m", Kind.AMOUNT, "20000", "框");
            assertThat(scorer.sameQuantity(a, b)).isFalse(); // unknown units compare as written
            assertThat(custom.sameQuantity(a, b)).isTrue();
        }
    }

    @Nested
    class Misses {
        @Test
        void aMissedNumberAndASpuriousNumber() {
            DocumentScore s = score(List.of(growth("江北区", "GDP", "4.7")),
                    List.of(rec("江北区", "新增市场主体", Kind.AMOUNT, "6691", "户")));
            assertThat(s.misses()).extracting(Miss::type, Miss::reason).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Miss.Type.MISSED, Miss.Reason.MISSED_NUMBER),
                    org.assertj.core.groups.Tuple.tuple(Miss.Type.SPURIOUS, Miss.Reason.SPURIOUS_NUMBER));
            assertThat(s.misses().get(0).why()).contains("GROWTH_RATE 4.7 %");
            assertThat(s.misses().get(1).why()).contains("AMOUNT 6691 户");
            assertThat(s.errorCounts()).containsEntry("missed number", 1).containsEntry("spurious number", 1);
        }

        @Test
        void aWrongValueOrUnitOfTheSameMetric() {
            DocumentScore s = score(List.of(rec("江北区", "地区生产总值", Kind.AMOUNT, "617.4", "亿元")),
                    List.of(rec("江北区", "地区生产总值", Kind.AMOUNT, "617.4", "万元")));
            assertThat(s.misses()).singleElement().satisfies(m -> {
                assertThat(m.reason()).isEqualTo(Miss.Reason.WRONG_VALUE);
                assertThat(m.why()).contains("617.4 亿元").contains("617.4 万元");
            });
        }

        @Test
        void anUnrelatedNumberOfTheSameKindIsNotAWrongValue() {
            DocumentScore s = score(List.of(growth("江北区", "工业投资", "32.1")), List.of(growth("江北区", "企业利润", "54.2")));
            assertThat(s.misses()).extracting(Miss::reason)
                    .containsExactly(Miss.Reason.MISSED_NUMBER, Miss.Reason.SPURIOUS_NUMBER);
        }

        @Test
        void aPairErrorIsCountedOnce() {
            DocumentScore s = score(List.of(growth("江北区", "GDP", "4.7")), List.of(growth("重庆市", "GDP", "4.7")));
            assertThat(s.misses()).hasSize(1);
            assertThat(s.errorCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        }

        @Test
        void theSameClauseLinksAWrongKindEvenWhenTheMetricsDiffer() {
            GoldRecord g = rec("江北区", "上市企业市值占全市比重", Kind.PERCENT, "50", "%")
                    .withEvidence("上市企业达11家、市值占全市50%以上");
            GoldRecord p = growth(null, "、市值占全市", "50").withEvidence("、市值占全市50%");
            DocumentScore s = score(List.of(g), List.of(p));
            assertThat(s.misses()).singleElement().satisfies(m -> {
                assertThat(m.reason()).isEqualTo(Miss.Reason.WRONG_KIND);
                assertThat(m.why()).contains("also region");
            });
        }

        @Test
        void aMissedRecordShowsItsNearestPrediction() {
            GoldRecord g = rec("江北区", "地区生产总值增速", Kind.RANK, "3", null).withScope("全市");
            GoldRecord p = rec("江北区", "地区生产总值", Kind.AMOUNT, "208.2", "亿元");
            DocumentScore s = score(List.of(g), List.of(p));
            assertThat(s.misses().get(0)).satisfies(m -> {
                assertThat(m.reason()).isEqualTo(Miss.Reason.MISSED_NUMBER);
                assertThat(m.nearest()).isEqualTo(p);
            });
        }

        @Test
        void reasonsLabelTheSummary() {
            assertThat(DocumentScore.emptyErrorCounts().keySet()).contains("region wrong", "metric not similar",
                    "missed number", "spurious number", "wrong kind", "wrong sign", "wrong value/unit");
        }
    }
}
