package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Enumerations of metrics: 工业投资、民间投资 → two items; shared heads and modifiers distribute
 * (集成电路、新型显示产值 → 集成电路产值, 新型显示产值; 国家级、省级专精特新企业 → 国家级专精特新企业 …).
 */
final class Enumerations {
    private Enumerations() {
    }

    /** Items of a metric phrase split at 、 (and 和/及/与 when asked); a phrase with 等 is one item. */
    static List<String> split(String phrase, boolean conjunctions) {
        return split(phrase, conjunctions, null);
    }

    /**
     * @param wordEnds where words end in {@code phrase} (a conjunction splits only where it is a word
     *                 of its own: not 及 in 普及, not 和 in 和平), or null to split at every one
     */
    static List<String> split(String phrase, boolean conjunctions, int[] wordEnds) {
        List<String> out = new ArrayList<>();
        if (phrase.contains("等")) {
            out.add(phrase);
            return out;
        }
        List<Integer> conj = conjunctions ? conjunctionCuts(phrase, wordEnds) : List.of();
        int depth = 0;
        int s = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            depth = depth(c, depth);
            if (depth == 0 && (c == '、' || conj.contains(i))) {
                String item = phrase.substring(s, i).strip();
                if (item.endsWith("以")) {
                    item = item.substring(0, item.length() - 1); // 以及
                }
                if (!item.isEmpty()) {
                    out.add(item);
                }
                s = i + 1;
            }
        }
        String item = phrase.substring(s).strip();
        if (!item.isEmpty()) {
            out.add(item);
        }
        if (out.isEmpty()) {
            out.add(phrase);
        }
        return out;
    }

    /**
     * Where 和/及/与 may cut a phrase into items: outside quotes and brackets, not at either end, not
     * in 及以上/及以下/及其, and (with {@code wordEnds}) only where the conjunction is a word of its own.
     */
    private static List<Integer> conjunctionCuts(String phrase, int[] wordEnds) {
        List<Integer> out = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            depth = depth(c, depth);
            if (depth > 0 || !(c == '和' || c == '与' || c == '及') || i == 0 || i == phrase.length() - 1) {
                continue;
            }
            if (c == '及' && (phrase.startsWith("及以上", i) || phrase.startsWith("及以下", i) || phrase.startsWith("及其", i))) {
                continue;
            }
            if (wordEnds != null && !(isEnd(wordEnds, i) && isEnd(wordEnds, i + 1))) {
                continue;
            }
            out.add(i);
        }
        return out;
    }

    /** The quote and bracket depth after {@code c}. */
    private static int depth(char c, int depth) {
        if (c == '“' || c == '（' || c == '(' || c == '《') {
            return depth + 1;
        }
        return c == '”' || c == '）' || c == ')' || c == '》' ? Math.max(0, depth - 1) : depth;
    }

    private static boolean isEnd(int[] ends, int offset) {
        if (offset == 0) {
            return true;
        }
        for (int e : ends) {
            if (e == offset) {
                return true;
            }
        }
        return false;
    }

    /**
     * Items for {@code values} values: 、 first, then also 和/及/与 when that makes the count fit;
     * when splitting at every conjunction makes too many, the one choice of conjunctions that makes
     * the count fit with parallel items (all ending in the same character: 采矿业、制造业和电力热力燃气
     * 及水生产和供应业 → three 业).
     */
    static List<String> split(String phrase, int values, int[] wordEnds) {
        List<String> a = split(phrase, false, wordEnds);
        if (values <= 1) {
            return split(phrase, true, wordEnds);
        }
        if (a.size() == values) {
            return a;
        }
        List<String> b = split(phrase, true, wordEnds);
        if (b.size() == values) {
            return b;
        }
        if (b.size() > values && a.size() < values) {
            List<String> parallel = parallelChoice(phrase, values, wordEnds);
            if (parallel != null) {
                return parallel;
            }
        }
        return a;
    }

    /** The only choice of conjunction cuts that gives {@code values} parallel items, or null. */
    private static List<String> parallelChoice(String phrase, int values, int[] wordEnds) {
        List<Integer> conj = conjunctionCuts(phrase, wordEnds);
        int need = values - split(phrase, false, wordEnds).size();
        if (need <= 0 || need > conj.size() || conj.size() > 8) {
            return null;
        }
        List<String> found = null;
        for (int mask = 0; mask < 1 << conj.size(); mask++) {
            if (Integer.bitCount(mask) != need) {
                continue;
            }
            StringBuilder cut = new StringBuilder(phrase);
            for (int k = 0; k < conj.size(); k++) {
                if ((mask & (1 << k)) != 0) {
                    cut.setCharAt(conj.get(k), '、');
                }
            }
            List<String> items = split(cut.toString(), false, wordEnds);
            if (items.size() != values || !parallel(items)) {
                continue;
            }
            if (found != null) {
                return null; // two choices: which is meant is not clear
            }
            found = items;
        }
        return found;
    }

    /**
     * All items but the last end in the same character, and the last holds it past its start (the
     * last may carry the list's shared head: 纺织业、化工业、电子及通信设备制造业增加值).
     */
    private static boolean parallel(List<String> items) {
        String first = items.get(0);
        if (first.isEmpty()) {
            return false;
        }
        char end = first.charAt(first.length() - 1);
        for (int k = 1; k < items.size() - 1; k++) {
            String it = items.get(k);
            if (it.isEmpty() || it.charAt(it.length() - 1) != end) {
                return false;
            }
        }
        return items.get(items.size() - 1).indexOf(end, 1) > 0;
    }

    static List<String> split(String phrase, int values) {
        return split(phrase, values, null);
    }

    /** Distributes a shared head (last item's) or a shared modifier (first item's) over the items. */
    /**
     * The end of a word of the last item that each other item ends with (居民 in 城镇居民、农村居民人均可支配收入),
     * with a tail of two chars or more after it that the taxonomy knows on every item; or -1.
     */
    static int sharedWordEnd(List<String> items, int[] lastEnds, KnownMetrics known) {
        String lastItem = items.get(items.size() - 1);
        if (!known.isKnown(lastItem)) {
            return -1;
        }
        for (int w = 1; w < lastEnds.length - 1; w++) {
            int start = lastEnds[w - 1];
            int end = lastEnds[w];
            if (end - start < 2 || lastItem.length() - end < 2) {
                continue;
            }
            String word = lastItem.substring(start, end);
            String tail = lastItem.substring(end);
            boolean all = true;
            for (int k = 0; k < items.size() - 1 && all; k++) {
                String it = items.get(k);
                all = it.endsWith(word) && it.length() > word.length() && known.isKnown(it + tail);
            }
            if (all) {
                return end;
            }
        }
        return -1;
    }

    static List<String> distribute(List<String> items, Heads heads, KnownMetrics known,
            java.util.function.Function<String, int[]> wordEnds, Words words) {
        List<String> out = distributeNames(items, heads, known, wordEnds);
        // 对美国、欧盟和东盟出口: the preposition before the first partner governs the whole list (对欧盟出口, 对东盟出口);
        // words.tsv piece-lead-keep says which 对 opens a partner
        if (out.size() == items.size() && items.size() > 1 && items.get(0).startsWith(PARTNER_LEAD)
                && words.startsWithAny("piece-lead-keep", items.get(0))) {
            for (int k = 1; k < out.size(); k++) {
                if (!items.get(k).startsWith(PARTNER_LEAD) && !out.get(k).startsWith(PARTNER_LEAD)) {
                    out.set(k, PARTNER_LEAD + out.get(k));
                }
            }
        }
        return out;
    }

    /** The preposition of trade with a partner (对美出口): before the first of a list of partners it is every one's. */
    static final String PARTNER_LEAD = "对";

    private static List<String> distributeNames(List<String> items, Heads heads, KnownMetrics known,
            java.util.function.Function<String, int[]> wordEnds) {
        int n = items.size();
        if (n < 2) {
            return new ArrayList<>(items);
        }
        // 食品饮料三大产业增加值 → 食品饮料产业增加值: the count that sums up the list is no part of its last name
        String last = io.zhibiao.extract.metric.Appositive.withoutCount(items.get(n - 1), n);
        if (!last.equals(items.get(n - 1))) {
            items = new ArrayList<>(items);
            items.set(n - 1, last);
        }
        List<String> out = new ArrayList<>(items);
        String lastItem = items.get(n - 1);
        List<String> ordinals = ordinalShorthand(items);
        if (ordinals != null) {
            return ordinals;
        }
        String head = heads.suffixHead(lastItem);
        // shared modifier: 国家级、省级专精特新企业
        int ji = lastItem.indexOf('级');
        boolean modifiers = true;
        for (int k = 0; k < n - 1; k++) {
            String it = items.get(k);
            if (!(it.endsWith("级") || it.endsWith("型")) || it.length() > 4) {
                modifiers = false;
            }
        }
        if (modifiers && ji > 0 && ji < lastItem.length() - 1) {
            String rest = lastItem.substring(ji + 1);
            for (int k = 0; k < n - 1; k++) {
                out.set(k, items.get(k) + rest);
            }
            return out;
        }
        // parallel first words: 城镇、农村常住居民人均可支配收入 → 城镇常住居民人均可支配收入 (the whole tail
        // after the last item's first word, not only its head 收入), when the taxonomy knows both
        int[] lastEnds = wordEnds.apply(lastItem);
        int firstWord = lastEnds.length > 1 ? lastEnds[0] : -1;
        if (firstWord >= 2 && firstWord <= 3 && lastItem.length() - firstWord >= 2) {
            String tail0 = lastItem.substring(firstWord);
            boolean parallel = known.isKnown(lastItem);
            for (int k = 0; k < n - 1 && parallel; k++) {
                // the same length, and the taxonomy knows the result (汽车、电子元器件产值 stays 汽车产值)
                parallel = items.get(k).length() == firstWord && known.isKnown(items.get(k) + tail0);
            }
            if (parallel) {
                String tail = lastItem.substring(firstWord);
                for (int k = 0; k < n - 1; k++) {
                    out.set(k, items.get(k) + tail);
                }
                return out;
            }
        }
        // parallel names ending in one word: 城镇居民和农村居民人均可支配收入 → 城镇居民人均可支配收入 (the tail
        // after the last item's word that every item ends with), when the taxonomy knows each result
        int parallelEnd = sharedWordEnd(items, lastEnds, known);
        if (parallelEnd > 0) {
            String tail = lastItem.substring(parallelEnd);
            for (int k = 0; k < n - 1; k++) {
                out.set(k, items.get(k) + tail);
            }
            return out;
        }
        // shared head: 集成电路、新型显示产值
        if (head != null && head.length() < lastItem.length()) {
            boolean all = true;
            // an item the taxonomy knows is a metric of its own (工业投资、民间投资), unless the last
            // item without the head is known the same way: then they are parallel names of one class
            // (第一产业、第二产业和第三产业增加值 → each takes 增加值)
            boolean baseKnown = known.isKnown(lastItem.substring(0, lastItem.length() - head.length()));
            for (int k = 0; k < n - 1; k++) {
                String it = items.get(k);
                // (a sector's name the taxonomy reads as its value added, 制造业, still takes the head)
                if (heads.suffixHead(it) != null || (known.isKnown(it) && !baseKnown && !known.isSector(it))
                        || known.endsWithMeasure(it)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                // the head takes the sector word before it when the other items have none: 白酒、烟草、化工行业增加值
                String before = lastItem.substring(0, lastItem.length() - head.length());
                String lead = known.headLead(before);
                if (lead != null && lead.length() < before.length()) {
                    boolean bare = true;
                    for (int k = 0; k < n - 1; k++) {
                        bare &= !items.get(k).endsWith(lead) && !known.isSector(items.get(k));
                    }
                    if (bare) {
                        head = lead + head;
                    }
                }
                for (int k = 0; k < n - 1; k++) {
                    out.set(k, items.get(k) + head);
                }
                // a shared scope: 规上采矿业、制造业…增加值 → 规上制造业增加值 (words.tsv class shared-scope)
                String scope = known.sharedScope(items.get(0));
                if (scope != null && scope.length() < items.get(0).length()) {
                    for (int k = 1; k < n; k++) {
                        if (known.sharedScope(items.get(k)) == null) {
                            out.set(k, scope + out.get(k));
                        }
                    }
                }
                return out;
            }
        }
        // shared modifier prefix: 区外来黔就医、求学、消费 → 区外来黔求学; 生产安全事故起数和亡人数 → 生产安全事故亡人数
        String firstItem = items.get(0);
        int maxTail = 0;
        for (int k = 1; k < n; k++) {
            maxTail = Math.max(maxTail, items.get(k).length());
        }
        if (maxTail <= 3 && firstItem.length() >= maxTail + 2 && heads.suffixHead(firstItem) == null
                || maxTail <= 3 && firstItem.length() >= 5) {
            // the first item's last word (at most as long as the other items) is what the others replace
            int cut = -1;
            for (int end : wordEnds.apply(firstItem)) {
                if (end < firstItem.length() && firstItem.length() - end <= maxTail && end >= 2) {
                    cut = end;
                    break;
                }
            }
            if (cut > 0) {
                String prefix = firstItem.substring(0, cut);
                for (int k = 1; k < n; k++) {
                    if (!items.get(k).startsWith(prefix)) {
                        out.set(k, prefix + items.get(k));
                    }
                }
            }
        }
        return out;
    }

    private static final String NUMERALS = "一二三四五六七八九十";

    /** 第一、二、三产业增加值 → 第一产业增加值, 第二产业增加值, 第三产业增加值. */
    private static List<String> ordinalShorthand(List<String> items) {
        String first = items.get(0);
        if (!first.startsWith("第") || first.length() != 2 || NUMERALS.indexOf(first.charAt(1)) < 0) {
            return null;
        }
        for (int k = 1; k < items.size(); k++) {
            String it = items.get(k);
            if (it.isEmpty() || NUMERALS.indexOf(it.charAt(0)) < 0 || (k < items.size() - 1 && it.length() != 1)) {
                return null;
            }
        }
        String lastItem = items.get(items.size() - 1);
        String suffix = lastItem.substring(1);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            String it = items.get(k);
            char numeral = k == 0 ? it.charAt(1) : it.charAt(0);
            out.add("第" + numeral + suffix);
        }
        return out;
    }


    /** Whether a phrase is a metric by itself (the taxonomy knows it), and whether it names a sector. */
    interface KnownMetrics {
        boolean isKnown(String phrase);

        /** 游客接待量, 出口额, 企业数: an item that already names a measure (words.tsv measure-end) takes no shared head. */
        default boolean endsWithMeasure(String item) {
            return !item.isEmpty() && Words.defaults().is("measure-end", item.charAt(item.length() - 1));
        }

        /** A sector, industry or kind of firm (采矿业, 国有企业: words.tsv class sector-name); none by default. */
        default boolean isSector(String phrase) {
            return false;
        }

        /** The sector word a phrase ends with that a list's shared head takes along (行业, 产业), or null. */
        default String headLead(String phrase) {
            return null;
        }

        /** The scope word a phrase starts with that its list shares (规上, 限额以上), or null. */
        default String sharedScope(String phrase) {
            return null;
        }
    }
}
