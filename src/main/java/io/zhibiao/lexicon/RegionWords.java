package io.zhibiao.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words around regions: reference words ({@code region-words.tsv}: 全区, 该县, 我市, 直管区 …)
 * and role cues ({@code region-cues.tsv}: 高于, 第一, 有限公司 …). Immutable and thread-safe.
 */
public final class RegionWords {

    /** How a reference word resolves (see region-words.tsv). */
    public enum Mode {
        CONTEXT, LAST, PUBLISHER, INSTITUTION
    }

    /** A reference word. */
    public record Word(String word, Set<RegionKind> refers, Mode mode) {
        public Word {
            refers = Collections.unmodifiableSet(EnumSet.copyOf(refers));
        }

        /** True when it can mean a region of {@code e}'s kind. */
        public boolean refersTo(GazetteerEntry e) {
            for (RegionKind k : refers) {
                if (k.matches(e)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Where a cue stands relative to a mention (see region-cues.tsv). */
    public enum Where {
        BEFORE, AFTER, NAME, BARE, PARK, BREAK, BYLINE, LEAD
    }

    /** What a cue makes of a mention. */
    public enum Effect {
        COMPARISON, SCOPE, OTHER, NAME_PART, BYLINE,
        /**
         * The place after it is what the figure around it is about, though it stands after the
         * figure's words or after another subject (增速排名第二的是|绵阳, 增长最快的是|义乌市).
         */
        FOCUS,
        /**
         * A rank word after the mention (排名, 排位): a reference word or a place inside a clause is the
         * ranking's scope (全省排名第二); a place opening its clause is what is ranked (桂林排名第二).
         */
        RANKED,
        /** No role: the word only keeps a shorter cue from matching (人均 after a region is not 重庆|人). */
        NONE
    }

    /** A role cue. */
    public record Cue(String cue, Where where, Effect effect) {
    }

    private final Map<String, Word> words;
    private final Map<Where, Map<String, Cue>> cues;
    private final int maxWordLength;
    private final int[] maxCueLength = new int[Where.values().length];
    private final CharTrie[] cuesForward = new CharTrie[Where.values().length];
    private final CharTrie[] cuesBackward = new CharTrie[Where.values().length];
    private final Cue[][] cueForward = new Cue[Where.values().length][];
    private final Cue[][] cueBackward = new Cue[Where.values().length][];

    private RegionWords(Map<String, Word> words, Map<Where, Map<String, Cue>> cues) {
        this.words = Collections.unmodifiableMap(words);
        this.cues = cues;
        int m = 0;
        for (String w : words.keySet()) {
            m = Math.max(m, w.length());
        }
        this.maxWordLength = m;
        for (Map.Entry<Where, Map<String, Cue>> e : cues.entrySet()) {
            int c = 0;
            for (String k : e.getValue().keySet()) {
                c = Math.max(c, k.length());
            }
            int o = e.getKey().ordinal();
            maxCueLength[o] = c;
            CharTrie.Builder f = CharTrie.builder();
            CharTrie.Builder b = CharTrie.builder();
            Cue[] fc = new Cue[e.getValue().size()];
            Cue[] bc = new Cue[e.getValue().size()];
            for (Map.Entry<String, Cue> k : e.getValue().entrySet()) {
                fc[f.add(k.getKey())] = k.getValue();
                bc[b.add(k.getKey(), true)] = k.getValue();
            }
            cuesForward[o] = f.build();
            cuesBackward[o] = b.build();
            cueForward[o] = fc;
            cueBackward[o] = bc;
        }
    }

    static RegionWords empty() {
        return new RegionWords(new LinkedHashMap<>(), emptyCues());
    }

    private static Map<Where, Map<String, Cue>> emptyCues() {
        Map<Where, Map<String, Cue>> m = new java.util.EnumMap<>(Where.class);
        for (Where w : Where.values()) {
            m.put(w, new LinkedHashMap<>());
        }
        return m;
    }

    /** True when the rows (by their column header) are reference words. */
    static boolean isWordFile(TsvReader.Row first) {
        return first.has("word") && first.has("refers");
    }

    /** True when the rows (by their column header) are role cues. */
    static boolean isCueFile(TsvReader.Row first) {
        return first.has("cue") && first.has("where");
    }

    /** These words plus reference-word rows. */
    RegionWords withWords(List<TsvReader.Row> rows) {
        Map<String, Word> w = new LinkedHashMap<>(words);
        for (TsvReader.Row r : rows) {
            String word = r.require("word");
            Set<RegionKind> refers = EnumSet.noneOf(RegionKind.class);
            for (String k : r.require("refers").split("\\|")) {
                try {
                    refers.add(RegionKind.parse(k));
                } catch (IllegalArgumentException e) {
                    throw r.error("unknown region kind '" + k + "'");
                }
            }
            Mode mode;
            try {
                mode = Mode.valueOf(r.require("mode").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown mode '" + r.get("mode") + "' (context, last, publisher, institution)");
            }
            w.put(word, new Word(word, refers, mode));
        }
        return new RegionWords(w, cues);
    }

    /** These words plus cue rows. */
    RegionWords withCues(List<TsvReader.Row> rows) {
        Map<Where, Map<String, Cue>> c = emptyCues();
        cues.forEach((k, v) -> c.get(k).putAll(v));
        for (TsvReader.Row r : rows) {
            String cue = r.require("cue");
            Where where;
            try {
                where = Where.valueOf(r.require("where").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown 'where' '" + r.get("where") + "' (before, after, name, break, byline, lead)");
            }
            Effect effect = null;
            String role = r.get("role");
            if (where != Where.BREAK) {
                try {
                    effect = Effect.valueOf(role.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw r.error("unknown role '" + role + "'");
                }
            }
            c.get(where).put(cue, new Cue(cue, where, effect));
        }
        return new RegionWords(words, c);
    }

    /** The reference word {@code w}, or null. */
    public Word word(String w) {
        return words.get(w);
    }

    /** All reference words. */
    public Map<String, Word> words() {
        return words;
    }

    public int maxWordLength() {
        return maxWordLength;
    }

    /**
     * The longest cue of kind {@code where} that ends at {@code end} in {@code text} (for
     * {@link Where#BEFORE}), or null.
     */
    public Cue cueEndingAt(Where where, CharSequence text, int end, int limit) {
        int o = where.ordinal();
        long hit = cuesBackward[o].longestEndingAt(text, end, limit);
        return hit < 0 ? null : cueBackward[o][(int) hit];
    }

    /** The longest cue of kind {@code where} that starts at {@code start}, or null. */
    public Cue cueStartingAt(Where where, CharSequence text, int start, int limit) {
        int o = where.ordinal();
        long hit = cuesForward[o].longestAt(text, start, Math.min(limit, text.length()));
        return hit < 0 ? null : cueForward[o][(int) hit];
    }

    /** True when a cue of kind {@code where} occurs in {@code text} between {@code from} and {@code to}. */
    public boolean containsCue(Where where, CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cueStartingAt(where, text, i, to) != null) {
                return true;
            }
        }
        return false;
    }

    /** All cues of one kind, in file order. */
    public List<Cue> cues(Where where) {
        return new ArrayList<>(cues.get(where).values());
    }
}
