package io.zhibiao.extract;

import io.zhibiao.Kind;
import io.zhibiao.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The metric phrase of a figure built from its left context: piece text, verb phrases, examples lists,
 * growth nouns, cleaning. One per sentence, sharing the sentence's {@link ClauseState}.
 */
final class MetricPhrases {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;
    private final io.zhibiao.text.Segmenter segmenter;

    MetricPhrases(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.text = st.text;
        this.segmenter = st.segmenter;
    }

    /** 固定资产投资增速低于全省: a comparison of rates keeps 增速 in the metric. */
    String growthNounAfter(ClauseItems.Item piece, ClauseItems left, Draft d) {
        if (d.kind != Kind.PP_CHANGE && d.kind != Kind.RANK) {
            return "";
        }
        int k = left.indexOf(piece);
        if (k + 1 < left.items.size()) {
            ClauseItems.Item next = left.items.get(k + 1);
            String w = next.text(text);
            if (next.type() == ClauseItems.Type.CUE && st.words().is("rate-noun", w)) {
                return w;
            }
        }
        return "";
    }

    boolean isVerbOnly(ClauseItems.Item piece) {
        if (piece.end() - piece.start() > 3) {
            return false;
        }
        String p = piece.text(text);
        if (p.length() >= 2 && (p.endsWith("为") || p.endsWith("到") || p.endsWith("至"))) {
            return true; // 重组为, 增加到
        }
        for (int k = view.tokenIndexFrom(piece.start()); k < view.tokens().size(); k++) {
            Token t = view.tokens().get(k);
            if (t.start() >= piece.end()) {
                break;
            }
            if (!t.pos().startsWith("v") || t.pos().equals("vn")) {
                return false;
            }
        }
        return true;
    }

    /** A sector, industry or firm that a metric is about (集成电路产业产值 → 集成电路产业). */
    String subjectOf(String metric) {
        for (String suffix : st.words().list("sector-subject")) {
            int i = metric.indexOf(suffix);
            if (i >= 2 && i + suffix.length() < metric.length()) {
                String s = metric.substring(0, i + suffix.length());
                if (s.indexOf('、') < 0 && !st.words().containsAny("sector-subject-not", s)) {
                    return s;
                }
            }
        }
        return null;
    }

    boolean endsWithNoun(String s) {
        List<Token> ts = segmenter.segment(s);
        return !ts.isEmpty() && (ts.get(ts.size() - 1).isNoun() || NounPhrases.npToken(ts.get(ts.size() - 1)));
    }

    boolean startsWithVerbWord(String s) {
        List<Token> ts = segmenter.segment(s);
        return !ts.isEmpty() && ts.get(0).pos().startsWith("v") && !ts.get(0).pos().equals("vn");
    }

    /**
     * The metric text of a piece, joined with the piece before it when only a level verb
     * separates them and either the first names a sector (规上信息服务业|实现|营业收入) or the
     * second is a bare head (在建项目|完成|投资).
     */
    String pieceText(ClauseItems.Item piece, ClauseItems left) {
        String m = piece.text(text);
        int k = left.indexOf(piece);
        if (k >= 1) {
            // 对香港出口: a partner that is also a place (香港, 澳门, 台湾) stays in the metric with its 对 (words.tsv piece-lead-keep)
            ClauseItems.Item place = left.items.get(k - 1);
            if (place.type() == ClauseItems.Type.REGION && place.end() == piece.start() && place.start() > 0
                    && text.charAt(place.start() - 1) == '对' && st.words().startsWithAny("piece-lead-keep", "对" + place.text(text))) {
                return "对" + place.text(text) + m;
            }
        }
        if (k >= 3 && left.items.get(k - 1).type() == ClauseItems.Type.CUE && left.items.get(k - 1).cue() == Cue.LEVEL
                && left.items.get(k - 2).type() == ClauseItems.Type.PERIOD
                && left.items.get(k - 3).type() == ClauseItems.Type.PIECE && namesSector(left.items.get(k - 3).text(text))) {
            return left.items.get(k - 3).text(text) + m; // 鞋服产业集群2017年实现产值
        }
        if (k >= 2) {
            ClauseItems.Item verb = left.items.get(k - 1);
            ClauseItems.Item before = left.items.get(k - 2);
            if (verb.type() == ClauseItems.Type.CUE && before.type() == ClauseItems.Type.PIECE) {
                String b = before.text(text);
                if (m.startsWith("的") && (verb.cue() == Cue.LEVEL || verb.cue() == Cue.LEVEL_TO)) {
                    return text.substring(before.start(), piece.end()); // 通过公共网络实现的商品零售额
                }
                if (st.subjects.isBareEntity(b)) {
                    return m; // 公司实现产值: the firm is the subject, not part of the metric
                }
                if (verb.cue() == Cue.LEVEL && st.names.before(piece, left) != null && !namesSector(b)) {
                    return m; // 瑞通电子实现产值: the firm is the subject (NamesBeforeVerb)
                }
                if (verb.cue() == Cue.LEVEL && namesSector(b)) {
                    return b + m;
                }
                boolean joins = verb.cue() == Cue.LEVEL || verb.cue() == Cue.TARGET || verb.cue() == Cue.FORECAST;
                if (joins && view.lexicons().heads().isGeneric(m)) {
                    return text.substring(before.start(), piece.end()); // 相关项目计划投资, 在建项目完成投资
                }
            }
        }
        return m;
    }

    private boolean namesSector(String s) {
        return st.words().endsWithAny("sector-name", s);
    }

    boolean endsWithVerb(ClauseItems.Item piece) {
        Token t = view.tokenEndingAt(piece.end());
        return t != null && ((t.pos().startsWith("v") && !t.pos().equals("vn")) || t.pos().startsWith("u"));
    }

    /**
     * The verb phrase a counted noun follows: the whole piece when it is short and holds no
     * examples (辐射周边, 建成北滨路), else its leading verb (引进 in 引进中粮大悦城、东方微银等).
     */
    String verbPhrase(ClauseItems.Item piece) {
        String p = piece.text(text);
        if (p.indexOf('让') >= 0 || p.indexOf('使') >= 0 || p.indexOf('令') >= 0) {
            return null; // 不仅让团结社区的4100余名居民…: a causative, not what is counted
        }
        if (p.indexOf('等') < 0 && p.indexOf('、') < 0 && p.length() <= 10 && hasVerb(piece)) {
            int k = view.tokenIndexFrom(piece.start());
            int s = piece.start();
            while (k < view.tokens().size() && view.tokens().get(k).start() == s && view.tokens().get(k).end() < piece.end()
                    && isOpener(view.tokens().get(k))) {
                s = view.tokens().get(k).end();
                k++;
            }
            return text.substring(s, piece.end());
        }
        return leadingVerbOf(piece);
    }

    /** Adverbs, pronouns and prepositions that open a verb phrase without meaning for the metric. */
    private boolean isOpener(Token t) {
        String p = t.pos();
        return st.words().is("opener-adverb", t.word()) || p.startsWith("d") || p.startsWith("r") || p.startsWith("p")
                || st.words().is("opener-verb", t.word());
    }

    private boolean hasVerb(ClauseItems.Item piece) {
        for (int k = view.tokenIndexFrom(piece.start()); k < view.tokens().size(); k++) {
            Token t = view.tokens().get(k);
            if (t.start() >= piece.end()) {
                break;
            }
            if (t.pos().startsWith("v") && !t.pos().equals("vn")) {
                return true;
            }
        }
        return false;
    }

    static ClauseItems.Item firstPiece(ClauseItems left) {
        for (ClauseItems.Item it : left.items) {
            if (it.type() == ClauseItems.Type.PIECE) {
                return it;
            }
        }
        return null;
    }

    private boolean startsWithVerb(ClauseItems.Item piece) {
        int k = view.tokenIndexFrom(piece.start());
        while (k < view.tokens().size()) {
            Token t = view.tokens().get(k);
            if (t.start() >= piece.end()) {
                return false;
            }
            if (st.words().is("opener-adverb", t.word()) || st.words().is("verb-prefix", t.word())) {
                k++;
                continue;
            }
            return t.pos().startsWith("v") && !t.pos().equals("vn");
        }
        return false;
    }

    /** End of an examples list (…等) inside a metric phrase, or -1. */
    static int examplesEnd(String metric) {
        int d = metric.lastIndexOf('等');
        if (d <= 0 || d >= metric.length() - 1) {
            return -1;
        }
        String before = metric.substring(0, d);
        if (before.indexOf('、') < 0 && before.length() < 6) {
            return -1; // 等 as in 等级, or a short phrase
        }
        char next = metric.charAt(d + 1);
        if ("级于同效额量值".indexOf(next) >= 0) {
            return -1; // 等级, 等于, 等同, 等效声级, 等额, 等量, 等值: a word, no list's 等
        }
        return d + 1;
    }

    String leadingVerbOf(ClauseItems.Item piece) {
        boolean examples = piece.text(text).indexOf('等') > 0;
        StringBuilder verb = new StringBuilder();
        boolean hasVerb = false;
        List<Token> tokens = view.tokens();
        int e = piece.start();
        for (int k = view.tokenIndexFrom(piece.start()); k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.start() != e || t.end() > piece.end()) {
                break;
            }
            boolean v = t.pos().startsWith("v") && (!t.pos().equals("vn") || examples || verb.length() > 0);
            if ((v || (!hasVerb && st.words().is("verb-prefix", t.word()))) && verb.length() + t.word().length() <= 5) {
                verb.append(t.word());
                hasVerb |= v;
                e = t.end();
            } else {
                break;
            }
        }
        return hasVerb && e < piece.end() ? verb.toString() : null;
    }

    /** A cue word (带动, 实现) stands right before the piece: its own verb, none to carry. */
    static boolean afterCue(ClauseItems.Item piece, ClauseItems left) {
        int k = left.indexOf(piece);
        return k > 0 && left.items.get(k - 1).type() == ClauseItems.Type.CUE && left.items.get(k - 1).end() == piece.start();
    }

    boolean isNounPhrase(ClauseItems.Item piece) {
        for (int k = view.tokenIndexFrom(piece.start()); k < view.tokens().size(); k++) {
            Token t = view.tokens().get(k);
            if (t.start() >= piece.end()) {
                break;
            }
            if (!NounPhrases.npToken(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * 总人口（指常住人口，下同） → 总人口, 具有大学程度（指大专以上）的人口 → 具有大学程度的人口: a bracketed note
     * (its first word in words.tsv bracket-note) explains a name, it is no part of it.
     */
    String withoutNotes(String m) {
        int open = m.indexOf('（');
        while (open >= 0) {
            int close = m.indexOf('）', open);
            if (close < 0) {
                return m;
            }
            String inside = m.substring(open + 1, close);
            if (st.words().startsWithAny("bracket-note", inside)) {
                m = m.substring(0, open) + m.substring(close + 1);
                open = m.indexOf('（', open);
            } else {
                open = m.indexOf('（', close);
            }
        }
        return m;
    }

    static String cleanMetric(String m) {
        String s = m.strip();
        if (s.length() >= 2 && s.startsWith("“") && s.endsWith("”") && s.indexOf('“', 1) < 0) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** Whether every bracket and quote opened in {@code s} closes in it, and none closes that did not open. */
    static boolean balanced(String s) {
        java.util.ArrayDeque<Character> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int o = OPENERS.indexOf(c);
            int k = CLOSERS.indexOf(c);
            if (o >= 0) {
                open.push(CLOSERS.charAt(o));
            } else if (k >= 0 && (open.isEmpty() || open.pop() != c)) {
                return false;
            }
        }
        return open.isEmpty();
    }

    private static final String OPENERS = "（(“《【[";
    private static final String CLOSERS = "）)”》】]";
}
