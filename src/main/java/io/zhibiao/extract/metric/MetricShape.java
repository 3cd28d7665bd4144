package io.zhibiao.extract.metric;

import io.zhibiao.lexicon.TsvReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The edge check of a metric phrase: a metric is a noun phrase, so it never starts or ends with a
 * verb of possession or reaching, a particle, an adverb, a preposition, a time or direction word,
 * or a frame (按…计算). The words are data ({@code zhibiao/extract/metric-edges.tsv}); this class
 * strips them, longest first, until none is left. Immutable, thread-safe.
 *
 * <pre>{@code
 * MetricShape.defaults().check("各类市场主体有")   // → 各类市场主体, edits [end:POSSESSION:有]
 * MetricShape.defaults().check("的有")             // → rejected (nothing is left)
 * }</pre>
 */
public final class MetricShape {
    public static final String RESOURCE = "zhibiao/extract/metric-edges.tsv";

    /** One edit the check applied: which edge, which class of word, the word. */
    public record Edit(String edge, String wordClass, String word) {
        @Override
        public String toString() {
            return edge + ":" + wordClass.toLowerCase(Locale.ROOT) + ":" + word;
        }
    }

    /**
     * The checked phrase: {@code phrase} is what is left (null when nothing is: the text was no
     * metric), {@code edits} what was stripped, in order.
     */
    public record Result(String phrase, List<Edit> edits) {
        public boolean rejected() {
            return phrase == null;
        }

        public boolean changed() {
            return !edits.isEmpty();
        }
    }

    private record Word(String word, String wordClass, String close) {
    }

    private static final int FRAME_SPAN = 10;
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[0-9][0-9.,]*[\\p{IsHan}%‰]{0,3}");
    private static final String QUOTE = "QUOTE";
    private static final java.util.Map<String, String> PAIRS = java.util.Map.of("“", "”", "”", "“", "‘", "’", "’", "‘",
            "「", "」", "」", "「", "《", "》", "》", "《", "（", "）", "）", "（");
    private static final Comparator<Word> LONGEST_FIRST = Comparator.comparingInt((Word w) -> w.word().length()).reversed();

    private final List<TsvReader.Row> rows;
    /** The edge class of a per-unit denominator (均价每平方米): stripped only from a phrase that has a metric before it. */
    static final String PER_UNIT = "PER_UNIT";
    private final List<Word> starts = new ArrayList<>();
    private final List<Word> ends = new ArrayList<>();
    private final List<Word> frames = new ArrayList<>();
    private final List<Word> naming = new ArrayList<>();
    private final List<String> keepStarts = new ArrayList<>();
    private final List<String> keepEnds = new ArrayList<>();
    /** {@link #starts} by first char and {@link #ends} by last char, each in the lists' order (longest first). */
    private final java.util.Map<Character, List<Word>> startsByChar = new java.util.HashMap<>();
    private final java.util.Map<Character, List<Word>> endsByChar = new java.util.HashMap<>();
    private final java.util.Set<String> wholes = new java.util.HashSet<>();
    /** Words of a group's total (合计): a count of places before them names the group, no edge (五县夏粮总产合计). */
    private final List<String> groupTotals = new ArrayList<>();

    private MetricShape(List<TsvReader.Row> rows) {
        this.rows = List.copyOf(rows);
        for (TsvReader.Row r : rows) {
            String edge = r.require("edge");
            String word = r.require("word");
            String cls = r.get("class").isEmpty() ? "OTHER" : r.get("class");
            switch (edge) {
                case "start" -> starts.add(new Word(word, cls, null));
                case "end" -> ends.add(new Word(word, cls, null));
                case "frame" -> frames.add(new Word(word, cls, r.require("close")));
                case "names" -> naming.add(new Word(word, cls, r.require("close")));
                case "keep-start" -> keepStarts.add(word);
                case "keep-end" -> keepEnds.add(word);
                case "whole" -> wholes.add(word);
                case "group-total" -> groupTotals.add(word);
                default -> throw r.error("edge must be start, end, frame, names, whole, keep-start, keep-end or group-total, not '"
                        + edge + "'");
            }
        }
        starts.sort(LONGEST_FIRST);
        ends.sort(LONGEST_FIRST);
        frames.sort(LONGEST_FIRST);
        for (Word w : starts) {
            startsByChar.computeIfAbsent(w.word().charAt(0), c -> new ArrayList<>()).add(w);
        }
        for (Word w : ends) {
            endsByChar.computeIfAbsent(w.word().charAt(w.word().length() - 1), c -> new ArrayList<>()).add(w);
        }
    }

    /** The words of {@code index} that may stand at the start (or end) of {@code s}: those of its first (last) char. */
    private static List<Word> bucket(java.util.Map<Character, List<Word>> index, String s, boolean start) {
        if (s.isEmpty()) {
            return List.of();
        }
        return index.getOrDefault(s.charAt(start ? 0 : s.length() - 1), List.of());
    }

    public static MetricShape defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final MetricShape DEFAULTS = new MetricShape(TsvReader.readResource(RESOURCE));
    }

    /** True if a user file with this first row is a metric-edge file. */
    public static boolean accepts(TsvReader.Row first) {
        return first.has("edge") && first.has("word");
    }

    /** These edges plus a user's file. */
    public MetricShape withFile(Path file) {
        List<TsvReader.Row> all = new ArrayList<>(rows);
        all.addAll(TsvReader.readFile(file));
        return new MetricShape(all);
    }

    /** Checks a metric phrase; whitespace inside it is ignored for the edges and kept in the result. */
    public Result check(String phrase) {
        String s = phrase.strip();
        List<Edit> edits = new ArrayList<>();
        int count = Appositive.countStart(s);
        if (count > 0) {
            // 汽车航空、…、陶瓷四大产业增加值 → 四大产业增加值: the list is summed up by its count
            edits.add(new Edit("start", "APPOSITIVE", s.substring(0, count)));
            s = s.substring(count);
        }
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            Word f = frameAtStart(s);
            if (f != null) {
                int close = s.indexOf(f.close(), f.word().length());
                edits.add(new Edit("frame", f.wordClass(), s.substring(0, close + f.close().length())));
                s = s.substring(close + f.close().length()).strip();
                changed = true;
                continue;
            }
            int sym = symbolsAtStart(s);
            int tail = symbolsAtEnd(s);
            if (sym > 0 || tail > 0) {
                // 💰地区生产总值, ▲固定资产投资: a post's pictograph or a bullet is no part of a name
                if (sym > 0) {
                    edits.add(new Edit("start", "SYMBOL", s.substring(0, sym)));
                }
                if (tail > 0 && tail < s.length() - sym) {
                    edits.add(new Edit("end", "SYMBOL", s.substring(s.length() - tail)));
                }
                s = sym >= s.length() - tail ? "" : s.substring(sym, s.length() - tail).strip();
                changed = true;
                continue;
            }
            int gloss = glossAtEnd(s);
            if (gloss > 0) {
                // 社会消费品零售总额（retail sales of consumer goods）: a translation is no part of the name (GDP, PM2.5 are)
                edits.add(new Edit("end", "GLOSS", s.substring(s.length() - gloss)));
                s = s.substring(0, s.length() - gloss).strip();
                changed = true;
                continue;
            }
            int list = listNumberAtStart(s);
            if (list > 0) {
                // 1．食品类价格同比上涨13.6%: the number of a list item is no part of its name
                edits.add(new Edit("start", "LIST", s.substring(0, list)));
                s = s.substring(list).strip();
                changed = true;
                continue;
            }
            Word w = edgeWord(s, bucket(startsByChar, s, true), keepStarts, true, groupTotal(s));
            if (w != null) {
                edits.add(new Edit("start", w.wordClass(), w.word()));
                s = s.substring(w.word().length()).strip();
                changed = true;
                continue;
            }
            w = edgeWord(s, bucket(endsByChar, s, false), keepEnds, false, false);
            if (w != null && PER_UNIT.equals(w.wordClass()) && s.length() == w.word().length()) {
                w = null; // 每立方米 alone: a denominator with nothing before it in the phrase names no metric to keep
            }
            if (w != null) {
                edits.add(new Edit("end", w.wordClass(), w.word()));
                s = s.substring(0, s.length() - w.word().length()).strip();
                changed = true;
            }
        }
        return new Result(isName(s) && !wholes.contains(s) ? s : null, List.copyOf(edits));
    }

    /**
     * The length of a list item's number at the start (1., 2．, 3、, 12）), or 0: one or two digits and
     * a list mark, not followed by another digit (1.5倍 is a figure, not an item).
     */
    static int listNumberAtStart(String s) {
        int i = 0;
        while (i < s.length() && i < 2 && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0 || i >= s.length() - 1 || ".．、)）".indexOf(s.charAt(i)) < 0 || isDigit(s.charAt(i + 1))) {
            return 0;
        }
        return i + 1;
    }

    /**
     * The length of a bracketed translation ending {@code s} (（total imports &amp; exports）): words of Latin letters with
     * spaces between them, no digit; 0 if none. An abbreviation in brackets (（GDP）, （R&amp;D）) has no space: part of the name.
     */
    static int glossAtEnd(String s) {
        int n = s.length();
        if (n < 2 || s.charAt(n - 1) != '）' && s.charAt(n - 1) != ')') {
            return 0;
        }
        int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
        if (open <= 0) {
            return 0;
        }
        String inner = s.substring(open + 1, n - 1).strip();
        if (inner.indexOf(' ') < 0 || !(inner.charAt(0) >= 'A' && inner.charAt(0) <= 'Z' || inner.charAt(0) >= 'a' && inner.charAt(0) <= 'z')) {
            return 0;
        }
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            boolean latin = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            if (!latin && " &'’-,./".indexOf(c) < 0) {
                return 0;
            }
        }
        return n - open;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** Whether {@code s} is only a per-unit denominator (每立方米, 每吨: an end edge of class PER_UNIT), which names no metric. */
    public boolean perUnitOnly(String s) {
        String t = s.strip();
        for (Word w : ends) {
            if (PER_UNIT.equals(w.wordClass()) && w.word().equals(t)) {
                return true;
            }
        }
        return false;
    }

    /** A symbol no name starts or ends with: pictographs (📊, 💰), bullets and shapes (▲, ■, ★), their modifiers. */
    static boolean isSymbol(int cp) {
        int t = Character.getType(cp);
        return t == Character.OTHER_SYMBOL || cp == 0xFE0F || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    private static int symbolsAtStart(String s) {
        int i = 0;
        while (i < s.length() && isSymbol(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    private static int symbolsAtEnd(String s) {
        int i = s.length();
        while (i > 0 && isSymbol(s.codePointBefore(i))) {
            i -= Character.charCount(s.codePointBefore(i));
        }
        return s.length() - i;
    }

    /** What is left names something: two characters or more, not only digits and punctuation. */
    private static boolean isName(String s) {
        if (s.codePointCount(0, s.length()) < 2) {
            return false;
        }
        if (FIGURE.matcher(s).matches()) {
            return false; // 以288.6亿元排在全州首位: a figure and its unit name nothing
        }
        return s.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * The metric a naming frame (以经济总量计，) names in {@code text[from, to)}: the last such frame's
     * inside, when it is a name; else null.
     */
    public String namedByFrame(String text, int from, int to) {
        String best = null;
        int bestAt = -1;
        for (Word f : naming) {
            int i = lastIndexIn(text, f.word(), from, to);
            while (i >= from) {
                int inner = i + f.word().length();
                int close = lastIndexIn(text, f.close(), inner, Math.min(to, inner + FRAME_SPAN + f.close().length()));
                close = close < 0 ? -1 : firstIndexIn(text, f.close(), inner, close + 1);
                if (close > inner && close <= inner + FRAME_SPAN && close + f.close().length() <= to) {
                    String x = text.substring(inner, close);
                    Result checked = check(x);
                    if (i > bestAt && !checked.rejected() && !checked.changed() && x.codePointCount(0, x.length()) >= 2
                            && x.chars().allMatch(c -> Character.isLetter(c))) {
                        best = x;
                        bestAt = i;
                    }
                    break;
                }
                i = lastIndexIn(text, f.word(), from, i);
            }
        }
        return best;
    }

    /** The last start of {@code w} in {@code text[from, to)}, or -1; reads no further back than {@code from}. */
    private static int lastIndexIn(String text, String w, int from, int to) {
        for (int i = Math.min(to, text.length()) - w.length(); i >= from; i--) {
            if (text.startsWith(w, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstIndexIn(String text, String w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.startsWith(w, i)) {
                return i;
            }
        }
        return -1;
    }

    private Word frameAtStart(String s) {
        for (Word f : frames) {
            if (s.startsWith(f.word()) && !keptAt(s, keepStarts, true)) {
                int close = s.indexOf(f.close(), f.word().length());
                if (close > 0 && close <= f.word().length() + FRAME_SPAN) {
                    return f;
                }
            }
        }
        return null;
    }

    private boolean groupTotal(String s) {
        for (String g : groupTotals) {
            if (s.contains(g)) {
                return true;
            }
        }
        return false;
    }

    private static Word edgeWord(String s, List<Word> words, List<String> keeps, boolean start, boolean groupTotal) {
        for (Word w : words) {
            if (groupTotal && "PLACE".equals(w.wordClass())) {
                continue; // 五县夏粮总产合计: the group's total, the count names the group
            }
            boolean at = start ? s.startsWith(w.word()) : s.endsWith(w.word());
            if (at && !keptAt(s, keeps, start) && !(QUOTE.equals(w.wordClass()) && paired(s, w.word(), start))) {
                return w;
            }
        }
        return null;
    }

    /** A quote at an edge whose pair is inside the phrase (“走出去”对接客商) belongs to it. */
    private static boolean paired(String s, String quote, boolean start) {
        String pair = PAIRS.getOrDefault(quote, quote);
        return start ? s.indexOf(pair, 1) > 0 : s.lastIndexOf(pair, s.length() - 2) >= 0;
    }

    private static boolean keptAt(String s, List<String> keeps, boolean start) {
        for (String k : keeps) {
            if (start ? s.startsWith(k) : s.endsWith(k)) {
                return true;
            }
        }
        return false;
    }
}
