package io.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.common.Term;
import io.zhibiao.lexicon.Gazetteer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link HanlpSegmenter}'s extra words go into HanLP as {@code DynamicCustomDictionary.insert}
 * would put them (one attribute per tag instead of one parsed per word): the same words, tags and
 * frequencies, so the same segmentation.
 */
class HanlpSegmenterTest {

    @Test
    void extraWordsAreSegmentedWithTheirTags() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("璧山区", "ns");
        words.put("九龙坡区", "ns");
        words.put("宇海精密", "nz");
        HanlpSegmenter s = new HanlpSegmenter(words);
        List<Token> tokens = s.segment("璧山区和九龙坡区的宇海精密增长6.3%。");
        assertThat(tokens).extracting(Token::word).contains("璧山区", "九龙坡区", "宇海精密");
        for (Token t : tokens) {
            if (words.containsKey(t.word())) {
                assertThat(t.pos()).as(t.word()).isEqualTo(words.get(t.word()));
            }
        }
    }

    @Test
    void sameAsHanlpsOwnInsertOverTheGazetteersWords() {
        Map<String, String> words = Gazetteer.defaults().segmenterWords();
        DynamicCustomDictionary own = new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat,
                new BinTrie<CoreDictionary.Attribute>(), null);
        for (Map.Entry<String, String> e : words.entrySet()) {
            own.insert(e.getKey(), e.getValue() + " 1000");
        }
        HanlpSegmenter ours = new HanlpSegmenter(words);
        int checked = 0;
        for (String w : words.keySet()) {
            CoreDictionary.Attribute a = own.get(w);
            CoreDictionary.Attribute b = ours.dictionary().get(w);
            assertThat(b).as(w).isNotNull();
            assertThat(b.nature).as(w).containsExactly(a.nature);
            assertThat(b.frequency).as(w).containsExactly(a.frequency);
            assertThat(b.totalFrequency).as(w).isEqualTo(a.totalFrequency);
            checked++;
        }
        assertThat(checked).isGreaterThan(5000);
        String text = "上半年，璧山区完成地区生产总值617.4亿元，九龙坡区增长4.7%，大渡口区和江北区居前。";
        List<Term> x = com.hankcs.hanlp.HanLP.newSegment().enableCustomDictionary(own).enableOffset(true)
                .enableNameRecognize(false).enableTranslatedNameRecognize(false).seg(text);
        List<Token> y = ours.segment(text);
        assertThat(y).extracting(Token::word).containsExactlyElementsOf(x.stream().map(t -> t.word).toList());
        assertThat(y).extracting(Token::pos).containsExactlyElementsOf(x.stream().map(t -> t.nature.toString()).toList());
    }
}
