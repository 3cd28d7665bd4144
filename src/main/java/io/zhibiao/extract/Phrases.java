package io.zhibiao.extract;

import io.zhibiao.lexicon.PhraseTrie;
import io.zhibiao.lexicon.TsvReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixed phrases of {@code zhibiao/extract/phrases.tsv}: names with 和/及/与/、 inside that an
 * enumeration must not split (租赁和商务服务业, 市级及以上). Immutable, thread-safe.
 */
public final class Phrases {
    public static final String RESOURCE = "zhibiao/extract/phrases.tsv";
    private static final char MASK = '\uE000';

    private final List<TsvReader.Row> rows;
    private final PhraseTrie<String> trie;

    private Phrases(List<TsvReader.Row> rows) {
        this.rows = List.copyOf(rows);
        PhraseTrie.Builder<String> b = PhraseTrie.builder();
        for (TsvReader.Row r : rows) {
            b.add(r.require("phrase"), r.get("kind"));
        }
        this.trie = b.build();
    }

    public static Phrases defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final Phrases DEFAULTS = new Phrases(TsvReader.readResource(RESOURCE));
    }

    public Phrases withFile(Path file) {
        List<TsvReader.Row> all = new ArrayList<>(rows);
        all.addAll(TsvReader.readFile(file));
        return new Phrases(all);
    }

    /** The kind of the fixed phrase {@code s} is exactly, or null. */
    public String kindOf(String s) {
        return trie.get(s);
    }

    /** The kind of the fixed phrase {@code s} ends with (industry, class …), or null. */
    public String kindOfSuffix(String s) {
        for (int i = 0; i < s.length(); i++) {
            PhraseTrie.Match<String> m = trie.exactAt(s, i, s.length());
            if (m != null) {
                return m.value();
            }
        }
        return null;
    }

    /**
     * {@code s} with its first pair word expanded into its two parts (城乡居民收入 → 城镇居民收入,
     * 农村居民收入), or null when it holds none.
     */
    public String[] expandPair(String s) {
        for (PhraseTrie.Match<String> m : trie.findAll(s, 0, s.length())) {
            String kind = m.value();
            if (kind != null && kind.startsWith("pair:")) {
                String[] parts = kind.substring(5).split("\\|");
                if (parts.length == 2) {
                    return new String[] {s.substring(0, m.start()) + parts[0] + s.substring(m.end()),
                        s.substring(0, m.start()) + parts[1] + s.substring(m.end())};
                }
            }
        }
        return null;
    }

    /** The kind of the fixed phrase starting at {@code pos}, or null. */
    public String kindAt(CharSequence s, int pos, int limit) {
        PhraseTrie.Match<String> m = trie.longestAt(s, pos, limit);
        return m == null ? null : m.value();
    }

    /** The end of a fixed phrase starting at {@code pos}, or -1. */
    public int endAt(CharSequence s, int pos, int limit) {
        PhraseTrie.Match<String> m = trie.longestAt(s, pos, limit);
        return m == null ? -1 : m.end();
    }

    /** {@code s} with the separators inside fixed phrases replaced by a private-use char (same length). */
    public String mask(String s) {
        StringBuilder sb = null;
        for (PhraseTrie.Match<String> m : trie.findAll(s, 0, s.length())) {
            for (int i = m.start(); i < m.end(); i++) {
                char c = s.charAt(i);
                if (c == '和' || c == '及' || c == '与' || c == '、') {
                    if (sb == null) {
                        sb = new StringBuilder(s);
                    }
                    sb.setCharAt(i, MASK);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
