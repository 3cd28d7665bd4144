package io.zhibiao.extract;

import io.zhibiao.lexicon.PhraseTrie;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a span of a clause read as a sequence of typed items — periods, regions, cue words
 * (with their class: UP, DOWN, LEVEL, SHARE, RANK, COMP…), basis expressions, adverbial frames
 * that mean nothing for the metric (连续4年, 以“…”), and the noun pieces in between, where a metric
 * phrase is. The clause rules (clauses.tsv) ask about these items; the readers take metric,
 * bases, shares and ranks from them. A figure's items are read on its left ({@link #read} from
 * the clause start or the previous figure) and, through {@link FigureRight}, on its right.
 */
final class ClauseItems {

    enum Type { PIECE, CUE, REGION, PERIOD, BASIS }

    /** One item: a span of the normalized text and what it is. */
    record Item(Type type, int start, int end, Cue cue, RegionContext.Mention region, PeriodMention period) {
        String text(String doc) {
            return doc.substring(start, end);
        }

        // written out as the record's own (the same values): the generated one is linked on first
        // call through java.lang.runtime.ObjectMethods, milliseconds of CPU at start-up
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Item i && type == i.type && start == i.start && end == i.end
                    && java.util.Objects.equals(cue, i.cue) && java.util.Objects.equals(region, i.region)
                    && java.util.Objects.equals(period, i.period);
        }

        @Override
        public int hashCode() {
            int h = java.util.Objects.hashCode(type);
            h = h * 31 + Integer.hashCode(start);
            h = h * 31 + Integer.hashCode(end);
            h = h * 31 + java.util.Objects.hashCode(cue);
            h = h * 31 + java.util.Objects.hashCode(region);
            return h * 31 + java.util.Objects.hashCode(period);
        }
    }

    final String text;
    final int from;
    final int to;
    final List<Item> items;

    private ClauseItems(String text, int from, int to, List<Item> items) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.items = items;
    }

    /**
     * The most chars a left context reads before its figure: far more than any metric phrase or list
     * (the longest in the fixtures is under 100), and it keeps a clause of thousands of figures
     * linear, where the words of each figure that makes no record stay in the next one's context.
     */
    static final int MAX_CHARS = 512;

    /** Reads [from, to) of the document, at most the last {@link #MAX_CHARS} chars of it. */
    static ClauseItems read(DocumentView doc, int from, int to) {
        String text = doc.text();
        Words words = doc.lexicons().words();
        List<String> durationLeads = words.list("duration-lead"); // looked up once, not at every char
        List<String> meansFrames = words.list("means-frame");
        from = windowStart(text, from, to);
        List<Item> items = new ArrayList<>();
        int i = from;
        int pieceStart = -1;
        while (i < to) {
            Item next = null;
            PeriodMention p = doc.periodStartingAt(i);
            if (p != null && p.end() < to && pieceStart >= 0 && pieceStart < i - 1 && isOpen(text.charAt(i - 1)) && isClose(text.charAt(p.end()))) {
                // 高新技术企业数（2月末）：2138家: a period in brackets after a name is that name's period; read as
                // 2月末，高新技术企业数2138家 (the period before the piece it dates)
                int before = items.size();
                addPiece(items, words, doc::isBoundary, text, pieceStart, i - 1);
                items.add(before, new Item(Type.PERIOD, i, p.end(), null, null, p));
                pieceStart = -1;
                i = p.end() + 1;
                continue;
            }
            if (p != null && p.end() <= to) {
                next = new Item(Type.PERIOD, i, p.end(), null, null, p);
            }
            if (next == null) {
                RegionContext.Mention r = doc.regionStartingAt(i);
                if (r != null && r.end() <= to && r.role() != RegionContext.Role.NAME_PART) {
                    next = new Item(Type.REGION, i, r.end(), null, r, null);
                }
            }
            if (next == null) {
                int basisEnd = doc.basisEndAt(i, to);
                if (basisEnd > i) {
                    next = new Item(Type.BASIS, i, basisEnd, Cue.BASIS, null, null);
                }
            }
            if (next == null) {
                int adv = adverbialEnd(words, durationLeads, meansFrames, text, i, to);
                if (adv > i) {
                    next = new Item(Type.CUE, i, adv, Cue.CONNECTOR, null, null);
                }
            }
            if (next == null) {
                PhraseTrie.Match<Cue> c = doc.cueAt(i, to);
                if (c != null) {
                    next = new Item(c.value() == Cue.BASIS ? Type.BASIS : Type.CUE, i, c.end(), c.value(), null, null);
                }
            }
            if (next != null) {
                if (pieceStart >= 0) {
                    addPiece(items, words, doc::isBoundary, text, pieceStart, i);
                    pieceStart = -1;
                }
                items.add(next);
                i = next.end();
            } else {
                if (pieceStart < 0) {
                    pieceStart = i;
                }
                i++;
            }
        }
        if (pieceStart >= 0) {
            addPiece(items, words, doc::isBoundary, text, pieceStart, to);
        }
        return new ClauseItems(text, from, to, mergeInnerCues(words, doc::isBoundary, text, items));
    }

    private static boolean isOpen(char c) {
        return c == '（' || c == '(';
    }

    private static boolean isClose(char c) {
        return c == '）' || c == ')';
    }

    /** {@code from}, or where the last {@link #MAX_CHARS} chars before {@code to} start (never inside a surrogate pair). */
    static int windowStart(String text, int from, int to) {
        if (to - from <= MAX_CHARS) {
            return from;
        }
        int s = to - MAX_CHARS;
        return s > 0 && Character.isLowSurrogate(text.charAt(s)) && Character.isHighSurrogate(text.charAt(s - 1)) ? s + 1 : s;
    }

    /**
     * A change or one-character level word followed by more metric words is part of the metric
     * (减税降费, 纬创资通、及时达物流): only cues near the figure, or multi-character level verbs
     * between two noun phrases (规上信息服务业实现营业收入), are cues.
     */
    private static List<Item> mergeInnerCues(Words words, java.util.function.IntPredicate wordEdge, String text, List<Item> items) {
        int lastPiece = -1;
        for (int k = items.size() - 1; k >= 0; k--) {
            if (items.get(k).type() == Type.PIECE) {
                lastPiece = k;
                break;
            }
        }
        if (lastPiece < 0) {
            return items;
        }
        List<Item> out = new ArrayList<>();
        int k = 0;
        while (k < items.size()) {
            Item it = items.get(k);
            if (it.type() == Type.PIECE || (k < lastPiece && isInner(words, text, it, items, k))) {
                // absorb a run of pieces and inner cues into one piece
                int s = it.start();
                int e = it.end();
                int m = k + 1;
                while (m < items.size() && (items.get(m).type() == Type.PIECE
                        || (m < lastPiece && isInner(words, text, items.get(m), items, m)))) {
                    e = items.get(m).end();
                    m++;
                }
                boolean anyPiece = false;
                for (int x = k; x < m; x++) {
                    anyPiece |= items.get(x).type() == Type.PIECE;
                }
                if (anyPiece && m - k > 1) {
                    addPiece(out, words, wordEdge, text, s, e);
                } else {
                    for (int x = k; x < m; x++) {
                        out.add(items.get(x));
                    }
                }
                k = m;
            } else {
                out.add(it);
                k++;
            }
        }
        return out;
    }

    private static boolean isInner(Words words, String text, Item it, List<Item> items, int k) {
        if (it.type() == Type.BASIS && words.is("name-basis", text.substring(it.start(), it.end()))) {
            // 城镇职工年平均工资: an averaging word right before a noun is part of the name (not 年均增长8%)
            Item next = k + 1 < items.size() ? items.get(k + 1) : null;
            return next != null && next.type() == Type.PIECE && next.start() == it.end();
        }
        if (it.type() != Type.CUE) {
            return false;
        }
        Cue c = it.cue();
        if (c == Cue.UP || c == Cue.DOWN || c.isQualifier()) {
            return true;
        }
        if (c == Cue.LEVEL || c == Cue.LEVEL_TO) {
            if (it.end() - it.start() == 1) {
                return true;
            }
            // 投资完成率: a level verb between a word and a one-character ending is part of the word (公司实现产值 is not)
            Item next = k + 1 < items.size() ? items.get(k + 1) : null;
            Item prev = k > 0 ? items.get(k - 1) : null;
            return next != null && next.type() == Type.PIECE && next.start() == it.end() && next.end() - next.start() == 1
                    && prev != null && prev.type() == Type.PIECE && prev.end() == it.start();
        }
        return false;
    }


    /**
     * Adds the piece [s, e) less its junk: a lead char of words.tsv piece-lead-junk (在全市…, 从全市…) only
     * where the segmenter ends a word right after it, so a word it opens stays whole (在建项目, 从业人员,
     * 对外贸易, 所得税) and not before a word that keeps it (对美出口: words.tsv piece-lead-keep); trailing junk and
     * adverbs.
     */
    private static void addPiece(List<Item> items, Words words, java.util.function.IntPredicate wordEdge, String text, int s, int e) {
        // 所建的OPPO…: a relative 所V的 opening a piece says nothing about the metric
        if (s < e && text.charAt(s) == '所') {
            int de = text.indexOf('的', s);
            if (de > s && de <= s + 4 && de < e - 1) {
                s = de + 1;
            }
        }
        java.util.BitSet leadJunk = words.chars("piece-lead-junk");
        java.util.BitSet trailJunk = words.chars("piece-trail-junk");
        while (s < e && (text.charAt(s) == ' ' || text.charAt(s) == '\t'
                || leadJunk.get(text.charAt(s)) && (Character.getType(text.charAt(s)) != Character.OTHER_LETTER
                        || wordEdge.test(s + 1) && !words.startsWithAny("piece-lead-keep", text.substring(s, Math.min(e, s + 12)))))) {
            s++;
        }
        boolean cut = true;
        while (cut) {
            cut = false;
            while (e > s && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t' || trailJunk.get(text.charAt(e - 1))
                    && !words.endsWithAny("piece-trail-keep", text.substring(Math.max(s, e - 4), e)))) {
                // 增加值中 → 增加值, but 普通高中 keeps its 中
                e--;
            }
            for (String adv : words.list("trail-adverb")) { // adverbs never part of a metric
                if (e - s > adv.length() && text.startsWith(adv, e - adv.length())) {
                    e -= adv.length(); // 总量继续|稳居全市首位
                    cut = true;
                    break;
                }
            }
        }
        if (e > s && !isLatinGloss(text, s, e)) {
            items.add(new Item(Type.PIECE, s, e, null, null, null));
        }
    }

    /** （YoY）, (H1 2025): a bilingual release's English gloss in brackets, no piece of a metric. */
    static boolean isLatinGloss(String text, int s, int e) {
        if (e - s < 3 || !(text.charAt(s) == '（' || text.charAt(s) == '(') || !(text.charAt(e - 1) == '）' || text.charAt(e - 1) == ')')) {
            return false;
        }
        boolean letter = false;
        for (int i = s + 1; i < e - 1; i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                letter = true;
            } else if (!(c == ' ' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '&' || c == '/' || c == '\'')) {
                return false;
            }
        }
        return letter;
    }

    /**
     * Adverbials that carry no meaning for the metric: 连续4年, 连续三个季度 (a duration, not a period of
     * the fact), 以“互联网+智慧养护”, 通过“哈郑直流” (a means). Returns the end, or -1.
     */
    static int adverbialEnd(Words words, String text, int i, int to) {
        return adverbialEnd(words, words.list("duration-lead"), words.list("means-frame"), text, i, to);
    }

    /** {@link #adverbialEnd(Words, String, int, int)} with its two word lists looked up before. */
    private static int adverbialEnd(Words words, List<String> durationLeads, List<String> meansFrames, String text,
            int i, int to) {
        for (String lead : durationLeads) {
            if (!text.startsWith(lead, i)) {
                continue;
            }
            int j = i + lead.length();
            while (j < to && (Character.isDigit(text.charAt(j)) || "一二三四五六七八九十两".indexOf(text.charAt(j)) >= 0)) {
                j++;
            }
            if (j > i + lead.length()) {
                for (String u : words.list("duration-unit")) {
                    if (text.startsWith(u, j) && j + u.length() <= to) {
                        return j + u.length();
                    }
                }
            }
        }
        for (String means : meansFrames) {
            if (text.startsWith(means, i)) {
                int close = text.indexOf('”', i + means.length());
                if (close > 0 && close < to && close - i <= 20) {
                    return close + 1;
                }
            }
        }
        return -1;
    }

    /** The last item of a type, or null. */
    Item last(Type type) {
        for (int k = items.size() - 1; k >= 0; k--) {
            if (items.get(k).type() == type) {
                return items.get(k);
            }
        }
        return null;
    }

    /** The last cue item (of any cue in {@code cues}), or null. */
    Item lastCue(Cue... cues) {
        for (int k = items.size() - 1; k >= 0; k--) {
            Item it = items.get(k);
            if (it.type() == Type.CUE || it.type() == Type.BASIS) {
                for (Cue c : cues) {
                    if (it.cue() == c) {
                        return it;
                    }
                }
            }
        }
        return null;
    }

    boolean has(Cue cue) {
        return lastCue(cue) != null;
    }

    /** Index of an item in {@link #items}. */
    int indexOf(Item it) {
        return items.indexOf(it);
    }

    /** Items after index {@code k}. */
    List<Item> after(int k) {
        return items.subList(Math.min(items.size(), k + 1), items.size());
    }

    /** Items before index {@code k}. */
    List<Item> before(int k) {
        return items.subList(0, Math.max(0, Math.min(k, items.size())));
    }

    /** The last piece among {@code list}, or null. */
    static Item lastPiece(List<Item> list) {
        for (int k = list.size() - 1; k >= 0; k--) {
            if (list.get(k).type() == Type.PIECE) {
                return list.get(k);
            }
        }
        return null;
    }

    /** Region mentions among the items. */
    List<Item> regions() {
        List<Item> out = new ArrayList<>();
        for (Item it : items) {
            if (it.type() == Type.REGION) {
                out.add(it);
            }
        }
        return out;
    }

    /** True if nothing but cues (and junk) stands between the figure and {@code k}. */
    boolean onlyCuesAfter(int k) {
        for (Item it : after(k)) {
            if (it.type() == Type.PIECE) {
                return false;
            }
        }
        return true;
    }
}
