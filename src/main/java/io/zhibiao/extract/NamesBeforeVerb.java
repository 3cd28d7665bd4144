package io.zhibiao.extract;

import io.zhibiao.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The subject a clause opens with before its action verb (words.tsv {@code subject-verb}: 实现, 完成):
 * <ul>
 *   <li>a facility a place name makes (汕头港完成集装箱吞吐量: the region matcher takes 汕头, the piece
 *       left is the name suffix 港);</li>
 *   <li>names that each end in a {@code name-suffix} (光电产业园、智能装备产业园和生物医药产业园分别实现营业收入);</li>
 *   <li>a firm's short name: a proper-noun word and nouns (宇通客车实现营业收入, 比亚迪实现…), as the segmenter tags it.</li>
 * </ul>
 * Names that 分别 gives each a value are subjects whatever the verb (A景区、B景区分别接待游客…).
 * An industry (电子信息产业实现产值) is none of these: it stays in the metric (docs/annotation.md).
 */
final class NamesBeforeVerb {
    private final ClauseState st;
    private final DocumentView view;
    private final String text;

    NamesBeforeVerb(ClauseState st) {
        this.st = st;
        this.view = st.view;
        this.text = view.text();
    }

    /** The name (or the names, as written, joined by their list marks) before the verb of {@code piece}, or null. */
    String before(ClauseItems.Item piece, ClauseItems left) {
        int k = left.indexOf(piece);
        int j = k - 1;
        if (j < 1) {
            return null;
        }
        ClauseItems.Item verb = left.items.get(j);
        if (verb.type() == ClauseItems.Type.CUE && verb.cue() == Cue.ENUM && st.words().is("each-word", verb.text(text))
                && left.items.get(j - 1).type() == ClauseItems.Type.PIECE) {
            // 三峡大坝旅游区、西陵峡口风景区、清江画廊景区分别接待游客…: names that each take a value, whatever the verb
            String list = withPlaceBefore(left, j - 1);
            return names(list).size() >= 2 ? list : null;
        }
        if (verb.type() != ClauseItems.Type.CUE || verb.cue() != Cue.LEVEL || !st.words().is("subject-verb", verb.text(text))) {
            return null;
        }
        j--;
        while (j >= 0 && (left.items.get(j).type() == ClauseItems.Type.PERIOD
                || left.items.get(j).type() == ClauseItems.Type.CUE && left.items.get(j).cue() == Cue.ENUM)) {
            j--; // 汕头港一季度完成…, …产业园分别实现…
        }
        if (j < 0 || left.items.get(j).type() != ClauseItems.Type.PIECE) {
            return null;
        }
        ClauseItems.Item b = left.items.get(j);
        String name = st.subjects.stripDescriptor(SubjectSplitter.stripRelative(withPlaceBefore(left, j)));
        if (names(name).size() >= 1 || firmName(b)) {
            return name;
        }
        return null;
    }

    /**
     * The clause opens with its action verb (…；实现门票收入4860万元): nothing but periods and connectors before the
     * verb right before {@code piece}, so the clause goes on about the subject of the clause before.
     */
    boolean opensWithVerb(ClauseItems.Item piece, ClauseItems left) {
        int k = left.indexOf(piece);
        if (k < 1) {
            return false;
        }
        ClauseItems.Item verb = left.items.get(k - 1);
        if (verb.type() != ClauseItems.Type.CUE || verb.cue() != Cue.LEVEL || !st.words().is("subject-verb", verb.text(text))) {
            return false;
        }
        for (int j = 0; j < k - 1; j++) {
            ClauseItems.Item it = left.items.get(j);
            if (!(it.type() == ClauseItems.Type.PERIOD || it.type() == ClauseItems.Type.CUE && it.cue() == Cue.CONNECTOR)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of piece {@code j}, with the place right before it when nothing stands between (汕头|港,
     * 谷城县|汽车零部件产业园, 崇礼|万龙滑雪场、…): a place that begins a name is part of the name.
     */
    private String withPlaceBefore(ClauseItems left, int j) {
        ClauseItems.Item b = left.items.get(j);
        ClauseItems.Item region = j > 0 ? left.items.get(j - 1) : null;
        boolean named = region != null && region.type() == ClauseItems.Type.REGION && region.end() == b.start()
                && view.lexicons().regions().words().word(region.text(text)) == null; // not 全市, 我县: no name's part
        int start = named ? region.start() : b.start();
        return text.substring(start, b.end()).strip();
    }

    /**
     * The names of a list whose every item ends in a {@code name-suffix} and is more than it
     * (光电产业园、智能装备产业园和生物医药产业园 → three), else an empty list.
     */
    List<String> names(String s) {
        java.util.regex.Matcher counted = COUNTED_CLASS.matcher(s);
        boolean vouched = counted.find() && counted.start() > 0 && endsInSuffix(counted.group(2)) && s.indexOf('、') > 0;
        String list = vouched ? s.substring(0, counted.start()) : s; // 大理古城、崇圣寺三塔两个景区: the class vouches for the names
        List<String> items = new ArrayList<>();
        String[] parts = list.split("、", -1);
        for (int k = 0; k < parts.length; k++) {
            String p = parts[k];
            String[] last = k == parts.length - 1 ? lastPair(p) : null;
            if (last != null && (vouched || named(last[1]))) {
                if (!(vouched || named(last[0]))) {
                    return List.of(); // 湖口高新区和瑞昌工业园: a list of names only if both sides are (永和商厦 is one name)
                }
                items.add(last[0]);
                items.add(last[1]);
                continue;
            }
            if (!(vouched ? p.length() >= 2 : named(p))) {
                return List.of();
            }
            items.add(p);
        }
        return items;
    }

    /** A count and a class after listed names: 两个景区, 三大园区 (group 2 the class). */
    private static final java.util.regex.Pattern COUNTED_CLASS =
            java.util.regex.Pattern.compile("([两二三四五六七八九十0-9]+)(?:个|大|家|座)(\\p{IsHan}{2,5})$");

    /**
     * The names listed in the sentence from {@code first} (its first occurrence in [from, to)) up to 分别
     * (words.tsv each-word) or a punctuation mark: 光电产业园 → [光电产业园, 智能装备产业园, 生物医药产业园]
     * when the text lists them so; else an empty list.
     */
    List<String> listFrom(String first, int from, int to) {
        int i = text.indexOf(first, from);
        if (i < 0 || i >= to) {
            return List.of();
        }
        int e = i + first.length();
        while (e < to && "，。；：,;:！？\n（(".indexOf(text.charAt(e)) < 0) {
            String each = st.words().longestPrefix("each-word", text.substring(e, Math.min(to, e + 4)));
            if (each != null) {
                return names(text.substring(i, e));
            }
            e++;
        }
        return List.of();
    }

    /** 智能装备产业园和生物医药产业园 → the two sides of its 和/及/与, or null. */
    private String[] lastPair(String p) {
        for (String w : st.words().list("list-last-join")) {
            int i = p.indexOf(w);
            if (i > 0 && i + w.length() < p.length()) {
                return new String[] {p.substring(0, i), p.substring(i + w.length())};
            }
        }
        return null;
    }

    private boolean endsInSuffix(String word) {
        for (String suf : st.words().list("name-suffix")) {
            if (word.endsWith(suf)) {
                return true;
            }
        }
        return false;
    }

    private boolean named(String item) {
        if (item.isEmpty() || st.subjects.isBareEntity(item)) {
            return false;
        }
        for (String suf : st.words().list("name-suffix")) {
            if (item.endsWith(suf) && item.length() >= suf.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /** 宇通客车, 长城汽车, 比亚迪: a proper-noun word (not a place) and then nouns only, in the document's words. */
    private boolean firmName(ClauseItems.Item b) {
        if (b.end() - b.start() > 10 || view.regionStartingAt(b.start()) != null) {
            return false;
        }
        int k = view.tokenIndexFrom(b.start());
        List<Token> ts = view.tokens();
        if (k >= ts.size() || ts.get(k).start() != b.start()) {
            return false;
        }
        Token first = ts.get(k);
        if (first.word().length() < 2 || !st.words().is("firm-name-tag", first.pos())) {
            return false;
        }
        int n = 0;
        int end = first.end();
        for (int i = k + 1; i < ts.size() && ts.get(i).end() <= b.end(); i++) {
            Token t = ts.get(i);
            if (!t.pos().startsWith("n") || t.pos().startsWith("ns")) {
                return false;
            }
            end = t.end();
            n++;
        }
        return end == b.end() && (n >= 1 || first.word().length() >= 3); // 宇通客车, 比亚迪
    }
}
