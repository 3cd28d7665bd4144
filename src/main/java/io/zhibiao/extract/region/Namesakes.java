package io.zhibiao.extract.region;

import io.zhibiao.extract.Words;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places named like the items of a list they stand in: 石步岭港区、铁山港区和海角港区 are three port areas,
 * and 铁山港区 among them is a namesake of the district, not the district. A place whose neighbour in an
 * enumeration ends with the same two characters and is no place itself is a name part; so is every
 * later mention of the same surface in the document (其中铁山港区吞吐量增长61.2%).
 */
final class Namesakes {
    /** Punctuation that ends a list item, besides the joints (words.tsv class region-joint: 、和及与). */
    private static final String ITEM_PUNCTUATION = "，,。；;：:（）()“”";
    private static final int MAX_ITEM = 10;

    private Namesakes() {
    }

    /** Marks the namesakes among {@code mentions} (in text order) as name parts. */
    static void demote(String text, List<Mention> mentions, Words words) {
        BitSet separators = words.chars("region-joint");
        BitSet stops = (BitSet) separators.clone();
        for (int i = 0; i < ITEM_PUNCTUATION.length(); i++) {
            stops.set(ITEM_PUNCTUATION.charAt(i));
        }
        Set<String> namesakes = new HashSet<>();
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.isWord() || m.surface.length() < 3) {
                continue;
            }
            String suffix = m.surface.substring(m.surface.length() - 2);
            int prevEnd = k > 0 ? mentions.get(k - 1).end : -1;
            boolean namesake = m.start > 0 && separators.get(text.charAt(m.start - 1))
                    && prevEnd != m.start - 1 && itemBefore(text, m.start - 1, stops).endsWith(suffix);
            int nextStart = k + 1 < mentions.size() ? mentions.get(k + 1).start : -1;
            namesake |= m.end < text.length() && separators.get(text.charAt(m.end))
                    && nextStart != m.end + 1 && itemAfter(text, m.end + 1, suffix, stops);
            if (namesake) {
                namesakes.add(m.surface);
            }
        }
        if (namesakes.isEmpty()) {
            return;
        }
        for (Mention m : mentions) {
            if (!m.isWord() && namesakes.contains(m.surface)) {
                m.role = Role.NAME_PART;
            }
        }
    }

    /** The list item that ends right before {@code sep} (at most {@link #MAX_ITEM} chars). */
    private static String itemBefore(String text, int sep, BitSet stops) {
        int i = sep;
        while (i > 0 && sep - i < MAX_ITEM && !stops.get(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, sep);
    }

    /**
     * True if the list item starting at {@code from} holds {@code suffix} after its first character
     * (the last item runs on into the predicate: 和海角港区分别完成…).
     */
    private static boolean itemAfter(String text, int from, String suffix, BitSet stops) {
        int i = from;
        while (i < text.length() && i - from < MAX_ITEM && !stops.get(text.charAt(i))) {
            i++;
        }
        return text.substring(from, i).indexOf(suffix, 1) > 0;
    }
}
