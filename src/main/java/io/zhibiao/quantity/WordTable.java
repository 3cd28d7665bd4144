package io.zhibiao.quantity;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Words with a value, looked up at a position of a text: the longest word starting there, or the
 * longest ending there. A lookup costs at most one hash probe per word length, so it is bounded by
 * the longest word, whatever the text.
 */
final class WordTable<V> {
    private final Map<String, V> words;
    private final int maxLength;
    private final Set<Character> firstChars;
    private final Set<Character> lastChars;

    WordTable(Map<String, V> words) {
        this.words = Collections.unmodifiableMap(new HashMap<>(words));
        int max = 0;
        Set<Character> first = new HashSet<>();
        Set<Character> last = new HashSet<>();
        for (String w : words.keySet()) {
            max = Math.max(max, w.length());
            first.add(w.charAt(0));
            last.add(w.charAt(w.length() - 1));
        }
        this.maxLength = max;
        this.firstChars = first;
        this.lastChars = last;
    }

    /** A word found in a text. */
    record Hit<V>(String word, V value, int start, int end) {
    }

    /** The longest word starting at {@code start}, or null. */
    Hit<V> longestAt(CharSequence text, int start) {
        int n = text.length();
        if (start >= n || !firstChars.contains(text.charAt(start))) {
            return null;
        }
        for (int len = Math.min(maxLength, n - start); len >= 1; len--) {
            String w = text.subSequence(start, start + len).toString();
            V v = words.get(w);
            if (v != null) {
                return new Hit<>(w, v, start, start + len);
            }
        }
        return null;
    }

    /** The longest word ending at {@code end} (exclusive) and starting at or after {@code min}, or null. */
    Hit<V> longestEndingAt(CharSequence text, int end, int min) {
        if (end <= 0 || end > text.length() || !lastChars.contains(text.charAt(end - 1))) {
            return null;
        }
        for (int len = Math.min(maxLength, end - Math.max(0, min)); len >= 1; len--) {
            String w = text.subSequence(end - len, end).toString();
            V v = words.get(w);
            if (v != null) {
                return new Hit<>(w, v, end - len, end);
            }
        }
        return null;
    }

    boolean contains(String w) {
        return words.containsKey(w);
    }

    Map<String, V> asMap() {
        return words;
    }
}
