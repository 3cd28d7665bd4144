package io.zhibiao.extract.region;

import io.zhibiao.extract.Words;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists of subjects (江北区、渝北区…) and the figures distributed over them with 分别 (分列, 依次): which
 * listed place a figure at an offset pairs with. Built once per analysis, in text order.
 */
final class SubjectLists {
    private final String text;
    /** For each mention in a list of subjects: the list from its head up to it. */
    private final Map<Mention, ListUpTo> lists = new IdentityHashMap<>();
    /** The distributing words (分别, 分列, 依次: words.tsv class distributing-word). */
    private final String[] distributing;
    /** The chars between the figures distributed (、和及: list-joint). */
    private final java.util.BitSet joints;

    SubjectLists(String text, List<Mention> mentions, Words words) {
        this.text = text;
        this.distributing = words.list("distributing-word").toArray(new String[0]);
        this.joints = words.chars("list-joint");
        for (Mention m : mentions) {
            if (m.coordinatedWith != null) {
                lists.put(m, listUpTo(m));
            }
        }
    }

    /**
     * 榆林市、宝鸡市、咸阳市地区生产总值分别增长4.1%、3.2%、4.5%: with a list of subjects and 分别 (分列, 依次)
     * between the list and the figure, the figure's place in its list picks the region.
     */
    Mention distributed(Mention last, int offset) {
        if (last.coordinatedWith == null) {
            return last;
        }
        ListUpTo group = lists.get(last);
        
        // 分别 and the figures after it are looked for in the last MAX_LIST_SPAN chars only: a figure
        // further from its list takes the list's last region (linear time however long the list)
        int lo = Math.max(last.cueEnd, offset - MAX_LIST_SPAN);
        int[] found = lastIndexOf(text, distributing, offset - 1, lo);
        int key = -1;
        for (int w = 0; w < distributing.length; w++) {
            int k = found[w];
            if (k >= last.cueEnd && k > key) {
                key = k + distributing[w].length();
            }
        }
        if (key < 0) {
            return last;
        }
        int index = 0;
        for (int i = key; i < offset; i++) {
            char c = text.charAt(i);
            if (joints.get(c)) {
                index++;
            } else if ("，；。".indexOf(c) >= 0) {
                return last;
            }
        }
        return index < group.size() ? group.get(index) : last;
    }

    /** How far after its list of subjects a figure may stand and still take its place's region. */
    private static final int MAX_LIST_SPAN = 1024;

    /**
     * For each word, {@code text.lastIndexOf(word, from)}, but looking no further back than
     * {@code lo} (-1 if not there): one backward pass for all the words.
     */
    private static int[] lastIndexOf(String text, String[] words, int from, int lo) {
        int[] out = new int[words.length];
        java.util.Arrays.fill(out, -1);
        int missing = words.length;
        for (int i = Math.min(from, text.length() - 1); i >= lo && missing > 0; i--) {
            for (int w = 0; w < words.length; w++) {
                if (out[w] < 0 && text.startsWith(words[w], i)) {
                    out[w] = i;
                    missing--;
                }
            }
        }
        return out;
    }

    /** The first {@code size} members of a list of subjects; lists that extend one another share members. */
    private record ListUpTo(List<Mention> members, int size) {
        Mention get(int i) {
            return members.get(i);
        }
    }

    /** The list of subjects up to {@code m}: its head first (built once per mention, in text order). */
    private ListUpTo listUpTo(Mention m) {
        Mention pred = m.coordinatedWith;
        ListUpTo p = lists.get(pred);
        if (p == null) {
            List<Mention> chain = new ArrayList<>();
            for (Mention g = pred; g != null; g = g.coordinatedWith) {
                chain.add(g);
            }
            Collections.reverse(chain);
            p = new ListUpTo(chain, chain.size());
        }
        List<Mention> members = p.members();
        if (p.size() != members.size()) {
            members = new ArrayList<>(members.subList(0, p.size()));
        }
        members.add(m);
        return new ListUpTo(members, p.size() + 1);
    }

}
