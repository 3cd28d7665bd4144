package io.zhibiao.extract;

import io.zhibiao.lexicon.TsvReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word classes of the record stage ({@code zhibiao/extract/words.tsv}: policy words, adverbs that
 * open a verb phrase, name suffixes, goal phrases …), each named where it is used. A class keeps the
 * order of its file: where code tries words in turn, the first that fits wins. Immutable, thread-safe.
 */
public final class Words {
    public static final String RESOURCE = "zhibiao/extract/words.tsv";

    private final List<TsvReader.Row> rows;
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Map<String, Set<String>> sets = new LinkedHashMap<>();
    private final Map<String, java.util.BitSet> charSets = new java.util.concurrent.ConcurrentHashMap<>();

    private Words(List<TsvReader.Row> rows) {
        this.rows = List.copyOf(rows);
        for (TsvReader.Row r : rows) {
            String c = r.require("class");
            String w = r.require("word");
            List<String> l = lists.computeIfAbsent(c, k -> new ArrayList<>());
            if (!l.contains(w)) {
                l.add(w);
            }
            sets.computeIfAbsent(c, k -> new HashSet<>()).add(w);
        }
        lists.replaceAll((k, v) -> List.copyOf(v));
        sets.replaceAll((k, v) -> Set.copyOf(v));
    }

    public static Words defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final Words DEFAULTS = new Words(TsvReader.readResource(RESOURCE));
    }

    /** These words plus those of a user file with the same header (added to their classes, after them). */
    public Words withFile(Path file) {
        List<TsvReader.Row> all = new ArrayList<>(rows);
        all.addAll(TsvReader.readFile(file));
        return new Words(all);
    }

    /** The words of class {@code name}, in file order. */
    public List<String> list(String name) {
        List<String> l = lists.get(name);
        if (l == null) {
            throw new IllegalStateException("no word class '" + name + "' in " + RESOURCE + " (known: " + lists.keySet() + ")");
        }
        return l;
    }

    /** True if {@code s} is a word of class {@code name}. */
    public boolean is(String name, String s) {
        list(name);
        return sets.get(name).contains(s);
    }

    /** True if {@code c} is a one-character word of class {@code name}. */
    public boolean is(String name, char c) {
        return chars(name).get(c);
    }

    /** The one-character words of class {@code name} as a set of chars (made once; for per-char loops). */
    public java.util.BitSet chars(String name) {
        return charSets.computeIfAbsent(name, n -> {
            java.util.BitSet b = new java.util.BitSet();
            for (String w : list(n)) {
                if (w.length() == 1) {
                    b.set(w.charAt(0));
                }
            }
            return b;
        });
    }

    /** True if {@code s} ends with a word of class {@code name}. */
    public boolean endsWithAny(String name, String s) {
        for (String w : list(name)) {
            if (s.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** The longest word of class {@code name} that ends {@code s} and is shorter than it, or null. */
    public String longestProperSuffix(String name, String s) {
        String best = null;
        for (String w : list(name)) {
            if (s.endsWith(w) && s.length() > w.length() && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }

    /** True if {@code s} starts with a word of class {@code name}. */
    public boolean startsWithAny(String name, String s) {
        for (String w : list(name)) {
            if (s.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code s} contains a word of class {@code name}. */
    public boolean containsAny(String name, String s) {
        for (String w : list(name)) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The longest word of class {@code name} that {@code s} starts with, or null. */
    public String longestPrefix(String name, String s) {
        String best = null;
        for (String w : list(name)) {
            if (s.startsWith(w) && (best == null || w.length() > best.length())) {
                best = w;
            }
        }
        return best;
    }
}
