package io.zhibiao.lexicon;

import java.util.ArrayList;
import java.util.List;

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

    private final CharTrie trie;
    private final String[] phrases;
    private final Object[] values;

    private PhraseTrie(CharTrie trie, String[] phrases, Object[] values) {
        this.trie = trie;
        this.phrases = phrases;
        this.values = values;
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** A trie of parts built before (the lexicon snapshot): value {@code i} belongs to {@code phrases[i]}, key {@code i} of {@code trie}. */
    static <V> PhraseTrie<V> of(CharTrie trie, String[] phrases, Object[] values) {
        return new PhraseTrie<>(trie, phrases, values);
    }

    CharTrie trie() {
        return trie;
    }

    /** The phrase of value index {@code i}. */
    String phrase(int i) {
        return phrases[i];
    }

    @SuppressWarnings("unchecked")
    V value(int i) {
        return (V) values[i];
    }

    /** Number of phrases. */
    public int size() {
        return phrases.length;
    }

    /** True when some phrase starts with {@code c}. */
    public boolean startsWith(char c) {
        return trie.startsWith(c);
    }

    /** The longest phrase starting at {@code pos} of {@code text}, or null. */
    public Match<V> longestAt(CharSequence text, int pos) {
        return longestAt(text, pos, text.length());
    }

    /** The longest phrase starting at {@code pos} and ending at or before {@code limit}, or null. */
    public Match<V> longestAt(CharSequence text, int pos, int limit) {
        long hit = trie.longestAt(text, pos, limit);
        return hit < 0 ? null : match(pos, (int) (hit >>> 32), (int) hit);
    }

    /** The longest phrase ending exactly at {@code end} and starting at or after {@code floor}, or null. */
    public Match<V> longestEndingAt(CharSequence text, int end, int floor) {
        if (end <= floor) {
            return null;
        }
        long hit = reversed().longestEndingAt(text, end, Math.max(0, floor));
        return hit < 0 ? null : match((int) (hit >>> 32), end, (int) hit);
    }

    /**
     * The starts of every phrase ending exactly at {@code end} and starting at or after
     * {@code floor}, ascending (longest phrase first): one backward walk, not a lookup per start.
     */
    public int[] startsEndingAt(CharSequence text, int end, int floor) {
        CharTrie r = reversed();
        int[] found = new int[Math.max(0, Math.min(r.maxLength(), end - floor))];
        int k = found.length;
        int state = CharTrie.ROOT;
        for (int i = end - 1; i >= floor && k > 0; i--) {
            state = r.walk(state, text.charAt(i));
            if (state < 0) {
                break;
            }
            if (CharTrie.endsKey(state)) {
                found[--k] = i;
            }
        }
        return java.util.Arrays.copyOfRange(found, k, found.length);
    }

    /** The phrases reversed, with the same value indexes (made on the first backward lookup). */
    private CharTrie reversed() {
        CharTrie r = reversed;
        if (r == null) {
            CharTrie.Builder b = CharTrie.builder();
            for (String p : phrases) {
                b.add(p, true);
            }
            r = b.build();
            reversed = r;
        }
        return r;
    }

    private volatile CharTrie reversed;

    /** The phrase exactly covering [start, end), or null. */
    public Match<V> exactAt(CharSequence text, int start, int end) {
        if (end <= start) {
            return null;
        }
        int v = trie.exact(text, start, end);
        return v < 0 ? null : match(start, end, v);
    }

    @SuppressWarnings("unchecked")
    private Match<V> match(int start, int end, int v) {
        return new Match<>(start, end, phrases[v], (V) values[v]);
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
        private final CharTrie.Builder trie = CharTrie.builder();
        private final List<String> phrases = new ArrayList<>();
        private final List<V> values = new ArrayList<>();

        public Builder<V> add(String phrase, V value) {
            if (phrase == null || phrase.isEmpty()) {
                throw new IllegalArgumentException("empty phrase");
            }
            int v = trie.add(phrase);
            if (v == phrases.size()) {
                phrases.add(phrase);
                values.add(value);
            } else {
                phrases.set(v, phrase);
                values.set(v, value);
            }
            return this;
        }

        public PhraseTrie<V> build() {
            return new PhraseTrie<>(trie.build(), phrases.toArray(new String[0]), values.toArray());
        }
    }
}
