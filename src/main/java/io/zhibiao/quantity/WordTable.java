package io.zhibiao.quantity;

import io.zhibiao.lexicon.CharTrie;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Words with a value, looked up at a position of a text: the longest word starting there, or the
 * longest ending there. Two char tries (words forward and reversed) are walked over the text, so a
 * lookup takes no substring and is bounded by the longest word, whatever the text.
 */
final class WordTable<V> {
    private final Map<String, V> words;
    private final CharTrie forward;
    private final CharTrie backward;
    private final String[] byForward;
    private final String[] byBackward;
    private final Object[] valueForward;  // by value index: no hash of the word found
    private final Object[] valueBackward;

    WordTable(Map<String, V> words) {
        this.words = Collections.unmodifiableMap(new HashMap<>(words));
        CharTrie.Builder f = CharTrie.builder();
        CharTrie.Builder b = CharTrie.builder();
        String[] fw = new String[words.size()];
        String[] bw = new String[words.size()];
        for (String w : this.words.keySet()) {
            fw[f.add(w)] = w;
            bw[b.add(w, true)] = w;
        }
        this.forward = f.build();
        this.backward = b.build();
        this.byForward = fw;
        this.byBackward = bw;
        this.valueForward = new Object[fw.length];
        this.valueBackward = new Object[bw.length];
        for (int i = 0; i < fw.length; i++) {
            valueForward[i] = this.words.get(fw[i]);
            valueBackward[i] = this.words.get(bw[i]);
        }
    }

    /** A word found in a text. */
    record Hit<V>(String word, V value, int start, int end) {
    }

    /** The longest word starting at {@code start}, or null. */
    Hit<V> longestAt(CharSequence text, int start) {
        int n = text.length();
        if (start >= n || start < 0) {
            return null;
        }
        long hit = forward.longestAt(text, start, n);
        if (hit < 0) {
            return null;
        }
        int v = (int) hit;
        return new Hit<>(byForward[v], value(valueForward[v]), start, (int) (hit >>> 32));
    }

    /** The longest word ending at {@code end} (exclusive) and starting at or after {@code min}, or null. */
    Hit<V> longestEndingAt(CharSequence text, int end, int min) {
        if (end <= 0 || end > text.length()) {
            return null;
        }
        long hit = backward.longestEndingAt(text, end, Math.max(0, min));
        if (hit < 0) {
            return null;
        }
        int v = (int) hit;
        return new Hit<>(byBackward[v], value(valueBackward[v]), (int) (hit >>> 32), end);
    }

    @SuppressWarnings("unchecked")
    private V value(Object v) {
        return (V) v;
    }

    boolean contains(String w) {
        return words.containsKey(w);
    }

    Map<String, V> asMap() {
        return words;
    }
}
