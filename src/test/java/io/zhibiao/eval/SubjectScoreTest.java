package io.zhibiao.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectScoreTest {
    private final Scorer scorer = Scorer.defaults();

    private static GoldRecord rec(String metric, String value, String subject) {
        return GoldRecord.of("南阳市", metric, Kind.AMOUNT, value, "亿元").withSubject(subject);
    }

    @Test
    void countsSubjectsOverStrictMatchesOnly() {
        List<GoldRecord> gold = List.of(
                rec("营业收入", "162.3", "光电产业园"),
                rec("营业收入", "87.5", "智能装备产业园"),
                rec("地区生产总值", "300", null),
                rec("产值", "5", "瑞通电子"));
        List<GoldRecord> predicted = List.of(
                rec("营业收入", "162.3", "光电产业园"),        // equal
                rec("营业收入", "87.5", "光电产业园"),         // a subject, not the gold's
                rec("地区生产总值", "300", "第一产业"),         // a subject the gold has not
                rec("出口额", "5", "瑞通电子"));               // no strict match: not counted
        SubjectScore s = SubjectScore.of(new EvalReport(List.of(scorer.score(gold, predicted)), List.of()));
        assertThat(s.strict()).isEqualTo(3);
        assertThat(s.gold()).isEqualTo(2);
        assertThat(s.predicted()).isEqualTo(3);
        assertThat(s.equal()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(1.0 / 3);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.line()).isEqualTo("subject P 0.333 R 0.500 (1 of 3 predicted, 2 gold)");
    }

    @Test
    void scriptsFoldAndNoneGivesDashes() {
        SubjectScore s = SubjectScore.of(new EvalReport(List.of(scorer.score(
                List.of(rec("產值", "5", "台資企業")), List.of(rec("产值", "5", "台资企业")))), List.of()));
        assertThat(s.equal()).isEqualTo(1);
        SubjectScore none = SubjectScore.of(new EvalReport(List.of(), List.of()));
        assertThat(none.line()).isEqualTo("subject P - R - (0 of 0 predicted, 0 gold)");
    }
}
