package io.zhibiao.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The HanLP adapter. Uses its own {@link DynamicCustomDictionary} instance: HanLP's shipped custom
 * dictionary (shared, read-only) plus our lexicon words in a private trie, so that HanLP's global
 * {@code CustomDictionary} is never mutated and two extractors with different lexicons can live in
 * one JVM.
 */
public final class HanlpSegmenter implements Segmenter {
    private final DynamicCustomDictionary dictionary;

    /**
     * @param words extra words, each with a HanLP nature tag (ns, nz, n …); 璧山区, 九龙坡区 and
     *              two-character-plus region names keep HanLP from splitting them (璧 + 山区)
     */
    public HanlpSegmenter(Map<String, String> words) {
        DynamicCustomDictionary shared = CustomDictionary.DEFAULT;
        this.dictionary = new DynamicCustomDictionary(shared.dat, new BinTrie<CoreDictionary.Attribute>(), shared.path);
        for (Map.Entry<String, String> e : words.entrySet()) {
            dictionary.insert(e.getKey(), e.getValue() + " 1000");
        }
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

    @Override
    public List<Token> segment(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Term> terms = newSegment().seg(text);
        List<Token> out = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            int start = t.offset;
            if (start < pos || start + t.word.length() > text.length()
                    || !text.regionMatches(start, t.word, 0, t.word.length())) {
                // HanLP may normalize a word; fall back to a search from the running position
                int found = text.indexOf(t.word, pos);
                if (found < 0) {
                    continue;
                }
                start = found;
            }
            int end = start + t.word.length();
            out.add(new Token(start, end, t.word, t.nature == null ? "x" : t.nature.toString()));
            pos = end;
        }
        return out;
    }
}
