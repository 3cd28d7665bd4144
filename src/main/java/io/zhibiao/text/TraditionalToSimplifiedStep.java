package io.zhibiao.text;

import io.zhibiao.lexicon.TsvReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts traditional-script Chinese to simplified (點 → 点, 億 → 亿, 增長 → 增长) with the table
 * {@code zhibiao/text/t2s.tsv}: longest match first, a phrase before its chars, so that phrases
 * mapping to themselves (乾隆, 蒜薹) protect chars that simplified text also uses. Nearly every
 * entry maps one char to one char of the same UTF-16 length (a one-to-one map); the few that
 * change length map as a group and never split a surrogate pair.
 *
 * <p>Cost: one table lookup per char to see whether the text has any traditional char at all;
 * a text without one is returned as it is, without conversion.
 */
final class TraditionalToSimplifiedStep extends EditingStep {
    static final String RESOURCE = "zhibiao/text/t2s.tsv";

    /** The conversion table. */
    static final class Table {
        final char[] bmp;                       // bmp[c] != 0: c -> bmp[c] (both BMP)
        final Map<Integer, String> other;       // other one-code-point entries
        final boolean[] trigger;                // first UTF-16 unit of a key that changes something
        final Map<Character, String[][]> phrases; // first char -> {key, value} pairs, longest first

        Table(char[] bmp, Map<Integer, String> other, boolean[] trigger, Map<Character, String[][]> phrases) {
            this.bmp = bmp;
            this.other = other;
            this.trigger = trigger;
            this.phrases = phrases;
        }

        static Table load(List<TsvReader.Row> rows) {
            char[] bmp = new char[Character.MAX_VALUE + 1];
            Map<Integer, String> other = new HashMap<>();
            boolean[] trigger = new boolean[Character.MAX_VALUE + 1];
            Map<Character, List<String[]>> phrases = new HashMap<>();
            Set<String> seen = new HashSet<>();
            for (TsvReader.Row r : rows) {
                String t = r.require("traditional");
                String s = r.require("simplified");
                if (!seen.add(t)) {
                    throw r.error("duplicate entry for '" + t + "'");
                }
                int cps = t.codePointCount(0, t.length());
                if (cps == 1) {
                    int cp = t.codePointAt(0);
                    if (s.codePointCount(0, s.length()) != 1) {
                        throw r.error("a char must map to one char: '" + t + "' -> '" + s + "'");
                    }
                    if (t.equals(s)) {
                        continue;
                    }
                    if (t.length() == 1 && s.length() == 1) {
                        bmp[t.charAt(0)] = s.charAt(0);
                    } else {
                        other.put(cp, s);
                    }
                    trigger[t.charAt(0)] = true;
                } else {
                    if (s.codePointCount(0, s.length()) != cps) {
                        throw r.error("a phrase must map to a phrase of the same length: '" + t + "' -> '" + s + "'");
                    }
                    phrases.computeIfAbsent(t.charAt(0), k -> new ArrayList<>()).add(new String[] {t, s});
                }
            }
            Map<Character, String[][]> byFirst = new HashMap<>();
            for (Map.Entry<Character, List<String[]>> e : phrases.entrySet()) {
                String[][] list = e.getValue().toArray(new String[0][]);
                Arrays.sort(list, Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
                byFirst.put(e.getKey(), list);
            }
            return new Table(bmp, other, trigger, byFirst);
        }
    }

    /**
     * {@code text} with each traditional char that has a one-char simplified form replaced by it,
     * and nothing else changed: the result has the same length, so offsets into it are offsets
     * into {@code text} (for looking up simplified words in an original text).
     */
    static String foldChars(String text) {
        char[] bmp = Holder.TABLE.bmp;
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (bmp[c] != 0 && bmp[c] != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = bmp[c];
            }
        }
        return out == null ? text : new String(out);
    }

    private static final class Holder {
        static final Table TABLE = table();

        /** From the build's snapshot of the table when it was made from this t2s.tsv, else from the file. */
        private static Table table() {
            Table t = ScriptTableSnapshot.find();
            return t != null ? t : Table.load(TsvReader.readResource(RESOURCE));
        }
    }

    private final Table table;

    TraditionalToSimplifiedStep() {
        this(Holder.TABLE);
    }

    TraditionalToSimplifiedStep(Table table) {
        super("t2s");
        this.table = table;
    }

    Table table() {
        return table;
    }

    /** True if {@code text} has a char this step would convert on its own. */
    boolean hasTraditional(String text) {
        boolean[] trigger = table.trigger;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (trigger[text.charAt(i)]) {
                return true;
            }
        }
        return false;
    }

    @Override
    void edit(String text, Edits out) {
        if (!hasTraditional(text)) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            String[][] candidates = table.phrases.get(c);
            if (candidates != null) {
                String[] hit = null;
                for (String[] p : candidates) {
                    if (text.startsWith(p[0], i) && !splitsPair(text, i + p[0].length())) {
                        hit = p;
                        break;
                    }
                }
                if (hit != null) {
                    if (!hit[0].equals(hit[1])) {
                        out.replace(i, i + hit[0].length(), hit[1]);
                    }
                    i += hit[0].length();
                    continue;
                }
            }
            char s = table.bmp[c];
            if (s != 0) {
                out.replace(i, s);
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (table.trigger[c]) {
                String v = table.other.get(cp);
                if (v != null) {
                    out.replace(i, i + len, v);
                }
            }
            i += len;
        }
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }
}
