package io.zhibiao.extract;

import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Token;
import java.util.List;

/**
 * The noun phrase a figure is followed by (20个山地特色城镇, 45亿元的唐人神…): what a figure counts. One per
 * sentence, sharing the sentence's {@link ClauseState}.
 */
final class NounPhrases {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;

    NounPhrases(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.text = st.text;
    }

    /**
     * @param text       the noun phrase (山地特色城镇)
     * @param metricText what the figure counts, with a short verb phrase closing the clause
     *                   (重点项目建成投用)
     * @param afterDe    the phrase follows 的 (年产值45亿元的唐人神…: a subject, not the metric)
     */
    record NounPhrase(int start, int end, int metricEnd, String text, String metricText, boolean afterDe) {
    }

    /**
     * 山地特色城镇 after 20个, 唐人神生猪全产业链 after 45亿元的; null when a predicate or
     * punctuation follows (51户重组为33户, 11.7亿元。). What is counted runs to the next separator or
     * figure; the noun phrase proper (for topics and subjects) stops at the first verb.
     */
    NounPhrase nounPhraseAfter(QuantityMatch q, int clauseEnd, int limit) {
        int i = q.end();
        boolean de = false;
        if (i < limit && text.charAt(i) == '的') {
            de = true;
            i++;
        }
        if (i >= limit || !(Character.isLetter(text.charAt(i)) || text.charAt(i) == '“')) {
            return null;
        }
        RegionContext.Mention rm = view.regionStartingAt(i);
        if (!view.isBoundary(i) || view.cueAt(i, limit) != null
                || (rm != null && (rm.role() == RegionContext.Role.SUBJECT || rm.role() == RegionContext.Role.COMPARISON))) {
            return null;
        }
        List<Token> tokens = view.tokens();
        int fi = view.tokenIndexFrom(i);
        if (fi >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(fi);
        Token second = fi + 1 < tokens.size() ? tokens.get(fi + 1) : null;
        String p = first.pos();
        boolean oneCharBeforeNoun = first.word().length() == 1 && second != null && second.isNoun()
                && second.start() == first.end() && !view.lexicons().words().is("noun-phrase-not-modifier", first.word().charAt(0));
        boolean verbModifier = p.startsWith("v") && first.word().length() <= 4 && second != null
                && second.pos().equals("n") && second.start() == first.end() && view.cueAt(i, limit) == null;
        boolean predicate = !oneCharBeforeNoun && !verbModifier && (p.startsWith("p") || p.startsWith("d")
                || p.startsWith("u") || p.startsWith("c") || p.startsWith("r") || p.startsWith("f")
                || p.startsWith("m") || p.startsWith("q") || (p.startsWith("v") && !p.equals("vn")));
        if (predicate && !first.word().equals("“")) {
            return null;
        }
        int me = i;
        while (me < limit && "、，。；：,;:（(\n".indexOf(text.charAt(me)) < 0) {
            me++;
        }
        String counted = text.substring(i, me).strip();
        if (counted.isEmpty() || "mark".equals(view.lexicons().phrases().kindOf(counted))) {
            return null; // 突破2000亿元大关: a threshold, not a counted thing
        }
        if (me == limit && limit < clauseEnd && first.pos().startsWith("v") && (counted.endsWith("为")
                || counted.endsWith("到") || counted.endsWith("至") || counted.endsWith("成"))) {
            return null; // 由51户重组为33户
        }
        // the noun phrase proper: up to the first verb after a noun
        int e = i;
        boolean noun = false;
        for (int k = fi; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.start() != e || t.end() > me) {
                break;
            }
            boolean verb = t.pos().startsWith("v") && !t.pos().equals("vn");
            if (k > fi && view.cueAt(t.start(), me) != null) {
                break; // 规上工业企业|实现产值
            }
            boolean nounNext = k + 1 < tokens.size() && tokens.get(k + 1).isNoun() && tokens.get(k + 1).end() <= me
                    && t.word().length() == 1;
            boolean shortTail = t.word().length() == 1 && t.end() - i <= 3 && t.end() == me; // 村居 (村/n 居/v)
            if (verb && noun && !nounNext && !shortTail) {
                break;
            }
            String tp = t.pos();
            boolean function = tp.startsWith("d") || tp.startsWith("p") || tp.startsWith("c") || tp.startsWith("u")
                    || tp.startsWith("r") || tp.startsWith("w");
            if (function && k > fi && !t.word().equals("“") && !t.word().equals("”")) {
                if (t.word().equals("的") && de == false && k + 1 < tokens.size() && tokens.get(k + 1).isNoun()
                        && tokens.get(k + 1).end() <= me && e - i <= 8) {
                    e = t.end(); // 满载货物的标准集装箱: a relative clause stays in the phrase
                    continue;
                }
                break; // 关键指标|均为
            }
            noun |= t.isNoun();
            e = t.end();
        }
        if (e <= i) {
            e = me;
        }
        String np = text.substring(i, e);
        int next = me;
        if (de || counted.length() > 18 || (limit < clauseEnd && e < me && !verbObject(e, me))) {
            counted = np;
            me = e;
            next = e;
        } else if (limit < clauseEnd && e < me) {
            next = e; // 5303家企业获得续贷162亿元: 获得续贷 is also the next figure's metric
        }
        return new NounPhrase(i, next, me, np, counted, de);
    }

    /** 获得续贷 (a verb with its object) rather than 筹集起 (a verb alone) between [from, to). */
    private boolean verbObject(int from, int to) {
        String rest = text.substring(from, to).strip();
        if (rest.length() < 3 || view.lexicons().words().is("verb-complement", rest.charAt(rest.length() - 1))) {
            return false;
        }
        if (view.cueAt(from, to) != null) {
            return false; // 实现产值: a level verb starts the next figure's words
        }
        Token t = view.tokenAt(from);
        return t != null && t.pos().startsWith("v") && !t.pos().equals("vn");
    }

    static boolean npToken(Token t) {
        String p = t.pos();
        return t.isNoun() || p.equals("vn") || p.equals("a") || p.equals("b") || p.equals("an") || p.equals("j")
                || p.equals("l") || p.equals("i") || p.equals("g") || p.equals("nz") || p.startsWith("x")
                || p.equals("s");
    }
}
