package io.zhibiao.extract;

import io.zhibiao.Qualifier;
import io.zhibiao.Status;
import io.zhibiao.lexicon.PhraseTrie;
import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Token;
import java.util.List;

/**
 * How a figure is stated: its status (target, forecast; carried over the clauses after an
 * announcement) and a qualifier written away from the number. One per sentence, sharing the sentence's
 * {@link ClauseState}.
 */
final class StatusReader {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;

    StatusReader(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.text = st.text;
    }

    /**
     * A qualifier written away from the number (约占全市总数的六分之一, 超过了全市总量的五分之一) and
     * one that opens a list (分别突破400家、160家) holds for every value of the group.
     */
    void qualifiers(List<Draft> made, ClauseItems left, List<QuantityMatch> group) {
        Qualifier fromCue = null;
        for (int k = left.items.size() - 1; k >= 0; k--) {
            ClauseItems.Item it = left.items.get(k);
            if (it.type() == ClauseItems.Type.CUE && it.cue().isQualifier()) {
                ClauseItems.Item next = k + 1 < left.items.size() ? left.items.get(k + 1) : null;
                boolean touches = next == null || (next.type() == ClauseItems.Type.CUE
                        && (next.cue() == Cue.SHARE || next.cue() == Cue.LEVEL || next.cue() == Cue.LEVEL_TO))
                        || next.type() == ClauseItems.Type.REGION;
                if (touches) {
                    fromCue = it.cue().qualifier(); // 约占全县农业总产值的七成, 超过了全市总量的五分之一
                }
                break;
            }
        }
        QuantityMatch first = group.get(0);
        Qualifier listQualifier = group.size() > 1 && first.numberStart() > first.start()
                && first.qualifier() != Qualifier.EXACT ? first.qualifier() : null;
        for (Draft d : made) {
            if (d.q.qualifier() != null && d.q.qualifier() != Qualifier.EXACT) {
                continue;
            }
            if (fromCue != null) {
                d.qualifier = fromCue;
                d.trace.add(Rule.QUALIFIER_CUE.id());
            } else if (listQualifier != null) {
                d.qualifier = listQualifier;
                d.trace.add(Rule.QUALIFIER_LIST.id());
            }
        }
    }

    /** 主要预期目标是：… / 预计：…: a clause with no figure that announces a status carries it over the clauses after it. */
    void announcement(int clauseIndex, int start, int end) {
        String clause = text.substring(start, end);
        if (st.words().containsAny("goal-announcement", clause)) {
            st.carriedStatus = Status.TARGET;
            st.carriedStatusClause = clauseIndex;
        } else if (st.words().endsWithAny("forecast-announcement", clause)
                || st.words().startsWithAny("forecast-announcement", clause)) {
            st.carriedStatus = Status.FORECAST;
            st.carriedStatusClause = clauseIndex;
        }
    }

    Status status(ClauseItems left, int clauseIndex) {
        if (left.lastCue(Cue.FORECAST) != null) {
            st.carriedStatus = Status.FORECAST;
            st.carriedStatusClause = clauseIndex;
            return Status.FORECAST;
        }
        ClauseItems.Item t = left.lastCue(Cue.TARGET);
        int lead = forecastLead();
        if (lead >= 0 && lead <= left.from && (t == null || !strongTarget(t.text(text)))) {
            return Status.FORECAST; // 省旅文厅预计，一季度全省接待游客将超过2000万人次
        }
        if (t != null && completionOf(left, t)) {
            t = null; // 完成全年目标任务的93.3%: how much of a goal is done, a fact
        }
        if (t != null && (strongTarget(t.text(text)) || opensPlan(t.end()))) {
            st.carriedPlan = !strongTarget(t.text(text));
            st.carriedStatus = Status.TARGET;
            st.carriedStatusClause = clauseIndex;
            return Status.TARGET;
        }
        if (st.carriedStatus == Status.TARGET && clauseIndex > st.carriedStatusClause && doneClause(left)) {
            st.carriedStatus = null; // and so is the rest of the sentence (…，已完成98.6公里，完成82.2%)
            return null; // 年度目标新改建农村公路120公里，已完成98.6公里: what is done is a fact
        }
        if (st.carriedStatus != null && (clauseIndex > st.carriedStatusClause
                || clauseIndex == st.carriedStatusClause && st.carriedStatus == Status.FORECAST)) {
            // a forecast holds for the rest of its clause too (预计全年外贸进出口总额89.6亿元、增长12.3%); a plan word
            // does not (计划实施的185个重大项目已开工70%: what is done)
            return st.carriedStatus;
        }
        int goal = lastGoalPhrase();
        if (goal >= left.to && !st.words().containsAny("goal-exceed-verb", text.substring(left.to, goal))) {
            return Status.TARGET; // 提出地区生产总值增长9%、固定资产投资增长18%的目标 (not 参合率97.6%，超过…95%以上的目标)
        }
        return null;
    }

    /** 完成(了)全年目标任务的…, 完成年度计划的…: the goal word names what the share is of. */
    private boolean completionOf(ClauseItems left, ClauseItems.Item t) {
        String before = text.substring(left.from, t.start());
        String after = text.substring(t.end(), left.to);
        return st.words().containsAny("completion-verb", before) && after.endsWith("的") && after.length() <= 6;
    }

    private int forecastLead = -2;

    /**
     * The end of a clause of the sentence that ends with a forecast word and holds no figure
     * (省旅文厅预计，… / 据测算，…), or -1: the figures after it are forecasts. Found once per sentence.
     */
    private int forecastLead() {
        if (forecastLead == -2) {
            forecastLead = -1;
            int end = Math.min(st.sentence.end(), st.sentence.start() + ClauseItems.MAX_CHARS);
            for (int i = st.sentence.start(); i < end && forecastLead < 0; i++) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    break; // a figure before it: the forecast word is not a lead
                }
                PhraseTrie.Match<Cue> m = view.cueAt(i, end);
                if (m != null && m.value() == Cue.FORECAST && m.end() < end && "，,：:".indexOf(text.charAt(m.end())) >= 0) {
                    forecastLead = m.end() + 1;
                }
            }
        }
        return forecastLead;
    }

    private int lastGoalPhrase = -2;

    /** Start of the last 的目标/的预期目标/的奋斗目标 of the sentence, or -1 (found once per sentence). */
    private int lastGoalPhrase() {
        if (lastGoalPhrase == -2) {
            lastGoalPhrase = -1;
            List<String> goals = st.words().list("goal-phrase"); // looked up once, not at every char
            int end = st.sentence.end();
            StringBuilder firsts = new StringBuilder();
            for (String w : goals) {
                firsts.append(w.charAt(0));
            }
            for (int i = end - 3; i >= st.sentence.start() && lastGoalPhrase < 0; i--) {
                if (!contains(firsts, text.charAt(i))) {
                    continue; // no goal phrase starts with this char
                }
                for (String w : goals) {
                    if (i + w.length() <= end && text.startsWith(w, i)) {
                        lastGoalPhrase = i;
                        break;
                    }
                }
            }
        }
        return lastGoalPhrase;
    }

    /** The clause says what is done (已完成…), or, after a plan word, what is completed (…完成投资4.1亿元). */
    private boolean doneClause(ClauseItems left) {
        String clause = text.substring(left.from, left.to); // only while a goal is carried, not for every clause
        return st.words().containsAny("done-adverb", clause) || st.carriedPlan && st.words().containsAny("plan-done-verb", clause);
    }

    private static boolean contains(CharSequence chars, char c) {
        for (int k = 0; k < chars.length(); k++) {
            if (chars.charAt(k) == c) {
                return true;
            }
        }
        return false;
    }

    /** 力争, 确保, 争取: always a goal; 计划, 将, 规划, 目标 only when a verb follows. */
    private boolean strongTarget(String word) {
        return word.length() >= 2 && !st.words().is("weak-target", word);
    }

    /** 计划投资, 力争达到, 将努力: a goal word followed by a verb or adverb (not 投资计划60%). */
    private boolean opensPlan(int offset) {
        Token t = view.tokenAt(offset);
        if (t == null) {
            return false;
        }
        String p = t.pos();
        if (p.startsWith("ns")) {
            // 计划新建…: 新建 is also a place's name (新建区), tagged so by our region words; the language's own tag decides
            String core = io.zhibiao.text.HanlpSegmenter.leadingNature(t.word());
            p = core == null ? p : core;
        }
        return p.startsWith("v") || p.startsWith("d") || p.equals("ad") || p.equals("a");
    }
}
