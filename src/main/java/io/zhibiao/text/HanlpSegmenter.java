package io.zhibiao.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.other.CharTable;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The HanLP adapter. Uses its own {@link DynamicCustomDictionary} instance: HanLP's shipped custom
 * dictionary (shared) plus our lexicon words in a private trie, so that two extractors with
 * different lexicons can live in one JVM. One exception, HanLP's: a word of ours that HanLP's custom
 * dictionary already has is not put in the private trie; {@code insert} sets its tag in the shared
 * dictionary instead.
 */
public final class HanlpSegmenter implements Segmenter {
    private final DynamicCustomDictionary dictionary;

    /**
     * @param words extra words, each with a HanLP nature tag (ns, nz, n …); 璧山区, 九龙坡区 and
     *              two-character-plus region names keep HanLP from splitting them (璧 + 山区)
     */
    public HanlpSegmenter(Map<String, String> words) {
        DynamicCustomDictionary shared = CustomDictionary.DEFAULT;
        // no path: with one, HanLP reloads its custom dictionary (3 MB) into the shared trie, at every
        // segmenter built (a tenth of the start-up), and under the feet of segmenters already running
        BinTrie<CoreDictionary.Attribute> trie = new BinTrie<>();
        this.dictionary = new DynamicCustomDictionary(shared.dat, trie, null);
        // what dictionary.insert(word, tag + " 1000") does, with one attribute per tag instead of one
        // parsed per word (a run inserts 7,000 region words; HanLP only reads the attributes)
        Map<String, CoreDictionary.Attribute> byTag = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : words.entrySet()) {
            String word = dictionary.normalization ? CharTable.convert(e.getKey()) : e.getKey();
            CoreDictionary.Attribute a = byTag.computeIfAbsent(e.getValue(), t -> CoreDictionary.Attribute.create(t + " 1000"));
            if (word != null && a != null && !shared.dat.set(word, a)) {
                trie.put(word, a);
            }
        }
    }

    /**
     * The nature HanLP's core dictionary gives {@code word} most often (资源 → n, 合作 → vn, 泸州 → ns),
     * or null when the word is not in it. Our region words go into the custom dictionary only, so
     * this is how the language, not the gazetteer, uses the word. Thread-safe.
     */
    public static String leadingNature(String word) {
        CoreDictionary.Attribute a = word == null || word.isEmpty() ? null : CoreDictionary.get(word);
        if (a == null || a.nature.length == 0) {
            return null;
        }
        int best = 0;
        for (int i = 1; i < a.nature.length; i++) {
            if (a.frequency[i] > a.frequency[best]) {
                best = i;
            }
        }
        return a.nature[best].toString();
    }

    /** The custom dictionary this segmenter uses (HanLP's shared one plus our words). */
    DynamicCustomDictionary dictionary() {
        return dictionary;
    }

    public HanlpSegmenter(Collection<String> nouns) {
        this(toMap(nouns));
    }

    private static Map<String, String> toMap(Collection<String> nouns) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String n : nouns) {
            m.put(n, "nz");
        }
        return m;
    }

    private Segment newSegment() {
        // a Segment holds per-call configuration only; creating one per call keeps this thread-safe.
        // Person-name recognition is off: records need no person names, and it cost a third of the
        // pipeline's time (docs/performance.md); place and organisation words come from the gazetteer.
        return HanLP.newSegment().enableCustomDictionary(dictionary).enableOffset(true)
                .enableNameRecognize(false).enableTranslatedNameRecognize(false);
    }

    /** Text is segmented in chunks of about this many chars, cut after a line or sentence end. */
    static final int CHUNK = 2048;
    /** A chunk with no line or sentence end is cut after a clause mark, else at this length. */
    static final int MAX_CHUNK = 4096;

    /**
     * Words of {@code text}. HanLP's lattice over one huge string costs more than linear time and
     * memory, so the text is segmented chunk by chunk, each cut after a line end (where no word can
     * span) or, in a paragraph longer than {@link #MAX_CHUNK}, after a sentence or clause mark.
     */
    @Override
    public List<Token> segment(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Token> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = chunkEnd(text, start);
            segment(text, start, end, out);
            start = end;
        }
        return out;
    }

    /** The end of the chunk starting at {@code start}. */
    static int chunkEnd(String text, int start) {
        int n = text.length();
        if (n - start <= CHUNK) {
            return n;
        }
        int limit = Math.min(n, start + MAX_CHUNK);
        int sentence = -1;
        int clause = -1;
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (i + 1 - start >= CHUNK) {
                    return i + 1;
                }
                sentence = i + 1;
            } else if (c == '。' || c == '！' || c == '？' || c == '；') {
                sentence = Math.max(sentence, i + 1);
            } else if (c == '，' || c == '、' || c == '：') {
                clause = i + 1;
            }
        }
        if (limit == n) {
            return n;
        }
        if (sentence > start) {
            return sentence;
        }
        if (clause > start) {
            return clause;
        }
        int cut = limit;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }

    private void segment(String text, int from, int to, List<Token> out) {
        String chunk = text.substring(from, to);
        List<Term> terms = newSegment().seg(chunk);
        int pos = 0;
        for (Term t : terms) {
            int start = t.offset;
            if (start < pos || start + t.word.length() > chunk.length()
                    || !chunk.regionMatches(start, t.word, 0, t.word.length())) {
                // HanLP may normalize a word; fall back to a search from the running position
                int found = chunk.indexOf(t.word, pos);
                if (found < 0) {
                    continue;
                }
                start = found;
            }
            int end = start + t.word.length();
            out.add(new Token(from + start, from + end, t.word, t.nature == null ? "x" : t.nature.toString()));
            pos = end;
        }
    }
}
