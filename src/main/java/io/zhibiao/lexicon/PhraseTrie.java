package io.zhibiao.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A char trie of phrases with values: longest match at a position, and all matches in a range.
 * Immutable once built by {@link Builder}; lookups are allocation-free except for results.
 *
 * @param <V> value attached to each phrase
 */
public final class PhraseTrie<V> {

    /** A phrase found in a text. */
    public record Match<V>(int start, int end, String phrase, V value) {
    }

    private static final class Node<V> {
        final Map<Character, Node<V>> next = new HashMap<>(4);
        V value;
        String phrase;
    }

    private final Node<V> root;
    private final int size;

    private PhraseTrie(Node<V> root, int size) {
        this.root = root;
        this.size = size;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** Number of phrases. */
    public int size() {
        return size;
    }

    /** The longest phrase starting at {@code pos} of {@code text}, or null. */
    public Match<V> longestAt(CharSequence text, int pos) {
        return longestAt(text, pos, text.length());
    }

    /** The longest phrase starting at {@code pos} and ending at or before {@code limit}, or null. */
    public Match<V> longestAt(CharSequence text, int pos, int limit) {
        Node<V> n = root;
        Node<V> best = null;
        int bestEnd = -1;
        for (int i = pos; i < limit; i++) {
            n = n.next.get(text.charAt(i));
            if (n == null) {
                break;
            }
            if (n.phrase != null) {
                best = n;
                bestEnd = i + 1;
            }
        }
        return best == null ? null : new Match<>(pos, bestEnd, best.phrase, best.value);
    }

    /** The longest phrase ending exactly at {@code end} and starting at or after {@code floor}, or null. */
    public Match<V> longestEndingAt(CharSequence text, int end, int floor) {
        Match<V> best = null;
        for (int s = end - 1; s >= floor; s--) {
            Match<V> m = exactAt(text, s, end);
            if (m != null) {
                best = m;
            }
        }
        return best;
    }

    /** The phrase exactly covering [start, end), or null. */
    public Match<V> exactAt(CharSequence text, int start, int end) {
        Node<V> n = root;
        for (int i = start; i < end; i++) {
            n = n.next.get(text.charAt(i));
            if (n == null) {
                return null;
            }
        }
        return n.phrase == null ? null : new Match<>(start, end, n.phrase, n.value);
    }

    /** Leftmost-longest, non-overlapping matches in [from, to). */
    public List<Match<V>> findAll(CharSequence text, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<V> m = longestAt(text, i, to);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** True if {@code phrase} is in the trie. */
    public boolean contains(String phrase) {
        return exactAt(phrase, 0, phrase.length()) != null;
    }

    /** Value of {@code phrase}, or null. */
    public V get(String phrase) {
        Match<V> m = exactAt(phrase, 0, phrase.length());
        return m == null ? null : m.value();
    }

    /** Collects phrases; a phrase added twice keeps the last value. */
    public static final class Builder<V> {
        private final Node<V> root = new Node<>();
        private int size;

        public Builder<V> add(String phrase, V value) {
            if (phrase == null || phrase.isEmpty()) {
                throw new IllegalArgumentException("empty phrase");
            }
            Node<V> n = root;
            for (int i = 0; i < phrase.length(); i++) {
                n = n.next.computeIfAbsent(phrase.charAt(i), c -> new Node<>());
            }
            if (n.phrase == null) {
                size++;
            }
            n.phrase = phrase;
            n.value = value;
            return this;
        }

        public PhraseTrie<V> build() {
            return new PhraseTrie<>(root, size);
        }
    }
}
