package io.zhibiao.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer's surfaces (region names and forms) and reference words in one {@link CharTrie},
 * with what each names: {@link Gazetteer#matchesAt} walks it over the text instead of hashing a
 * substring per candidate length. Immutable; built once per gazetteer.
 */
final class SurfaceTrie {
    private final CharTrie trie;
    private final String[] surface;
    private final int[][] ids;
    private final RegionWords.Word[] word;
    private final int maxSurface;

    SurfaceTrie(Map<String, int[]> bySurface, RegionWords words, int maxSurface) {
        this.maxSurface = maxSurface;
        CharTrie.Builder b = CharTrie.builder();
        List<String> keys = new ArrayList<>(bySurface.size() + words.words().size());
        for (String k : bySurface.keySet()) {
            if (b.add(k) == keys.size()) {
                keys.add(k);
            }
        }
        for (String w : words.words().keySet()) {
            if (!w.isEmpty() && w.length() <= maxSurface && b.add(w) == keys.size()) {
                keys.add(w);
            }
        }
        trie = b.build();
        surface = keys.toArray(new String[0]);
        ids = new int[surface.length][];
        word = new RegionWords.Word[surface.length];
        for (int i = 0; i < surface.length; i++) {
            ids[i] = bySurface.get(surface[i]);
            word[i] = words.word(surface[i]);
        }
    }

    /** A trie read back from the lexicon snapshot ({@link GazetteerSnapshot}). */
    SurfaceTrie(CharTrie trie, String[] surface, int[][] ids, RegionWords.Word[] word, int maxSurface) {
        this.trie = trie;
        this.surface = surface;
        this.ids = ids;
        this.word = word;
        this.maxSurface = maxSurface;
    }

    CharTrie trie() {
        return trie;
    }

    /** The surface of each value index of the trie. */
    String[] surfaces() {
        return surface;
    }

    /** Every surface starting at {@code pos}, longest first. */
    List<Gazetteer.Match> matchesAt(Gazetteer g, CharSequence text, int pos) {
        int n = text.length();
        if (pos >= n || !trie.startsWith(text.charAt(pos))) {
            return List.of();
        }
        int found = 0;
        int[] hits = null;
        int end = Math.min(n, pos + maxSurface);
        int state = CharTrie.ROOT;
        for (int i = pos; i < end; i++) {
            state = trie.walk(state, text.charAt(i));
            if (state < 0) {
                break;
            }
            if (CharTrie.endsKey(state)) {
                int v = trie.value(CharTrie.node(state));
                if (hits == null) {
                    hits = new int[4];
                } else if (found == hits.length) {
                    hits = Arrays.copyOf(hits, found * 2);
                }
                hits[found++] = v;
            }
        }
        if (found == 0) {
            return List.of();
        }
        List<Gazetteer.Match> out = new ArrayList<>(found);
        for (int k = found - 1; k >= 0; k--) {
            int v = hits[k];
            String s = surface[v];
            int[] is = ids[v];
            List<GazetteerEntry> es = List.of();
            if (is != null) {
                es = new ArrayList<>(is.length);
                for (int id : is) {
                    es.add(g.entry(id));
                }
            }
            out.add(new Gazetteer.Match(pos, pos + s.length(), s, es, word[v]));
        }
        return out;
    }
}
