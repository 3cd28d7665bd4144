package io.zhibiao.extract;

import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which quantities can be figures: not a period (1-6月), not of a family records never have (ages,
 * durations, temperatures), not inside a quoted name, not the article count of a policy's title,
 * not a travel distance, not in a note on the statistics.
 */
final class FigureFilter {
    private FigureFilter() {
    }

    private static final Set<String> NON_RECORD_FAMILIES = Set.of("age", "duration", "temperature");

    /** Quantities that may be figures: not a period, not of a family records never have, not in a quoted name. */
    static List<QuantityMatch> candidates(DocumentView view, List<QuantityMatch> quantities) {
        List<QuantityMatch> out = new ArrayList<>();
        List<PeriodMention> periods = view.periods();
        String text = view.text();
        int p = 0;
        int noteSentence = -1; // inNote depends on the sentence only: asked once per sentence
        boolean note = false;
        for (int qi = 0; qi < quantities.size(); qi++) {
            QuantityMatch q = quantities.get(qi);
            while (p < periods.size() && periods.get(p).end() <= q.start()) {
                p++;
            }
            if (p < periods.size() && periods.get(p).start() < q.end()) {
                continue; // 1-6月, 2020年: a period, not a figure
            }
            String family = q.family();
            if (family != null && NON_RECORD_FAMILIES.contains(family)) {
                continue;
            }
            if (insideQuotedName(text, q)) {
                continue; // “支持企业40条”, “綦江18条”: a name
            }
            Document.Sentence sentence = view.document().sentenceAt(q.start());
            if (sentence.index() != noteSentence) {
                noteSentence = sentence.index();
                note = inNote(view, sentence);
            }
            if (isPolicyTitle(view.lexicons().words(), text, q) || isTravelDistance(view.lexicons().words(), text, q) || note
                    || isScopeOfPlaces(view.lexicons().words(), text, q)
                    || isThresholdOfNoun(view, text, q) && (countFollows(view, quantities, qi) || unitNounAfter(view, text, q))) {
                continue;
            }
            out.add(q);
        }
        return out;
    }

    /**
     * 年产值超亿元的乡镇企业, 产值超过10亿元的企业: a lower bound (MORE_THAN) right before 的 and a noun is a
     * threshold that names a class of units, no fact; the units are what the clause counts. Not before
     * a goal (超10亿元的目标: words.tsv goal-noun), a frame noun (突破2000亿元的背后: threshold-not-class),
     * a rate's bound (13%以上的增长), a named unit (…的浙江玉环汽配项目: a place within 8 chars) or places
     * named with their own figures (超过20亿元的有岳阳楼区（38.6亿元）).
     */
    private static boolean isThresholdOfNoun(DocumentView view, String text, QuantityMatch q) {
        Words words = view.lexicons().words();
        int i = q.end();
        boolean bound = q.qualifier() == io.zhibiao.Qualifier.MORE_THAN || q.qualifier() == io.zhibiao.Qualifier.LESS_THAN
                || words.endsWithAny("threshold-bound-word", text.substring(Math.max(0, q.start() - 3), q.start()));
        if (!bound || i + 1 >= text.length() || text.charAt(i) != '的') {
            return false;
        }
        char next = text.charAt(i + 1);
        if (Character.UnicodeScript.of(next) != Character.UnicodeScript.HAN || "%".equals(q.unit())) {
            return false; // 保持13%以上的增长: a rate's bound is the figure itself
        }
        if (next == '有' && (i + 2 >= text.length() || !isNumeral(text.charAt(i + 2)))) {
            return false; // 超过20亿元的有岳阳楼区（38.6亿元）…: the places are named with their own figures
        }
        String after = text.substring(i + 1, Math.min(text.length(), i + 7));
        if (words.containsAny("goal-noun", after) || words.startsWithAny("threshold-not-class", after)) {
            return false; // 超100亿元的目标; 突破2000亿元的背后: no class of units follows
        }
        int from = q.start();
        while (from > 0 && q.start() - from < 16 && "，。；：,;:！？\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        if (words.containsAny("threshold-fact-lead", text.substring(from, q.start()))) {
            return false; // 成为全市第3个主营业务收入过百亿元的工业园区: a fact about the subject
        }
        for (int k = i + 1; k < Math.min(text.length(), i + 9); k++) {
            if (view.regionStartingAt(k) != null) {
                return false; // 年产值超10亿元的浙江玉环汽配项目: one named unit, and the figure is a fact about it
            }
        }
        return true;
    }

    /**
     * 在14个旗市区中，…; 总量在19个国家级新区中居第三位: a count of places followed by 中 (里, 之中) is the scope the
     * text ranks or counts within, no fact (a place noun: its last char a place unit of words.tsv place-unit).
     */
    private static boolean isScopeOfPlaces(Words words, String text, QuantityMatch q) {
        if (!"count".equals(q.family())) {
            return false;
        }
        int i = q.end();
        int limit = Math.min(text.length(), i + 12);
        while (i < limit && (Character.isIdeographic(text.charAt(i)) || "（）()、".indexOf(text.charAt(i)) >= 0)) {
            for (String close : new String[] {"之中", "中", "里"}) {
                if (i > q.end() && text.startsWith(close, i)) {
                    int after = i + close.length();
                    char last = text.charAt(i - 1);
                    boolean place = words.is("place-unit", String.valueOf(last == '）' || last == ')' ? text.charAt(i - 2) : last))
                            || last == '）' || last == ')';
                    boolean closes = after >= text.length() || "，。；：,;:".indexOf(text.charAt(after)) >= 0
                            || words.startsWithAny("scope-close-next", text.substring(after, Math.min(text.length(), after + 3)));
                    if (place && closes) {
                        return true;
                    }
                }
            }
            i++;
        }
        return false;
    }

    /**
     * Right after the threshold's 的 a noun of a class of units (企业, 贫困户, 项目: words.tsv threshold-unit-noun):
     * 重点扶持年产值500万元以上的乡镇企业, 对年收入低于800元的贫困户 — a policy's class, no fact, with no count after it.
     */
    private static boolean unitNounAfter(DocumentView view, String text, QuantityMatch q) {
        int from = q.end() + 1;
        int to = Math.min(text.length(), from + 8);
        for (int e = from + 1; e <= to; e++) {
            if (view.lexicons().words().is("threshold-unit-noun", text.substring(from, e))
                    || e - from >= 2 && view.lexicons().words().endsWithAny("threshold-unit-noun", text.substring(from, e))
                    && (e == text.length() || !Character.isIdeographic(text.charAt(e)) || "给实予的和及，".indexOf(text.charAt(e)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A count (家, 个, 户 …) follows quantity {@code qi} in its sentence: what the threshold's class of units
     * numbers (年产值超亿元的乡镇企业达到12家). Without one the bound describes a thing (建成年产手机5000万台以上的产能).
     */
    private static boolean countFollows(DocumentView view, List<QuantityMatch> quantities, int qi) {
        Document.Sentence s = view.document().sentenceAt(quantities.get(qi).start());
        for (int k = qi + 1; k < quantities.size() && quantities.get(k).start() < s.end(); k++) {
            if ("count".equals(quantities.get(k).family())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumeral(char c) {
        return Character.isDigit(c) || "一二两三四五六七八九十百千万几".indexOf(c) >= 0;
    }

    /** 注：…统计起点为年主营业务收入2000万元: a note that explains the statistics states no fact. */
    private static boolean inNote(DocumentView view, Document.Sentence s) {
        Document.Paragraph p = view.document().paragraphs().get(s.paragraph());
        String text = view.text();
        for (int i = Math.min(s.start(), p.start()); i < s.end(); i++) {
            if (i < s.start() && i > p.start() + 2) {
                i = s.start() - 1; // a note word in an earlier sentence of the paragraph does not count
                continue;
            }
            if ("note".equals(view.lexicons().phrases().kindAt(text, i, s.end()))) {
                return true;
            }
        }
        return false;
    }

    /** 出台支持中小企业发展政策10条: the count of a policy's articles is part of its title. */
    private static boolean isPolicyTitle(Words words, String text, QuantityMatch q) {
        if (!"条".equals(q.unit())) {
            return false;
        }
        for (String w : words.list("policy-title")) {
            if (q.start() >= w.length() && text.startsWith(w, q.start() - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** 远离城区70公里之外, 车程30分钟: distances of travel are not facts about a place. */
    private static boolean isTravelDistance(Words words, String text, QuantityMatch q) {
        if (!"length".equals(q.family())) {
            return false;
        }
        int e = q.end();
        for (String w : words.list("travel-after")) {
            if (text.startsWith(w, e)) {
                return true;
            }
        }
        String before = text.substring(Math.max(0, q.start() - 10), q.start());
        int cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'));
        before = before.substring(cut + 1);
        return words.containsAny("travel-word", before) || words.endsWithAny("travel-end", before);
    }

    /** True if the quantity sits inside a short quotation with other words (a name or slogan). */
    private static boolean insideQuotedName(String text, QuantityMatch q) {
        int open = -1;
        for (int i = q.start() - 1; i >= Math.max(0, q.start() - 16); i--) {
            char c = text.charAt(i);
            if (c == '”' || c == '。' || c == '，' || c == '\n') {
                return false;
            }
            if (c == '“') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = q.end(); i < Math.min(text.length(), q.end() + 16); i++) {
            char c = text.charAt(i);
            if (c == '”') {
                return true;
            }
            if (c == '“' || c == '。' || c == '，' || c == '\n') {
                return false;
            }
        }
        return false;
    }
}
