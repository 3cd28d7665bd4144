package io.zhibiao.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The char trie against the obvious substring-and-hash lookup it replaces. */
class CharTrieTest {

    @Test
    void longestForwardAndBackward() {
        CharTrie.Builder f = CharTrie.builder();
        CharTrie.Builder b = CharTrie.builder();
        for (String w : List.of("重庆", "重庆市", "庆市", "市")) {
            f.add(w);
            b.add(w, true);
        }
        CharTrie fw = f.build();
        CharTrie bw = b.build();
        String t = "在重庆市区";
        long hit = fw.longestAt(t, 1, t.length());
        assertEquals(4, (int) (hit >>> 32));
        assertEquals(1, (int) hit);                        // value index of 重庆市
        assertEquals(3, (int) (fw.longestAt(t, 1, 3) >>> 32)); // limit cuts 重庆市 to 重庆
        assertEquals(-1, fw.longestAt(t, 0, t.length()));
        assertEquals(1, (int) (bw.longestEndingAt(t, 4, 0) >>> 32));
        assertEquals(2, (int) (bw.longestEndingAt(t, 4, 2) >>> 32)); // floor cuts it to 庆市
        assertEquals(0, fw.exact(t, 1, 3));
        assertEquals(-1, fw.exact(t, 1, 2));
        assertEquals(4, fw.size());
        assertEquals(3, fw.maxLength());
        assertThrows(IllegalArgumentException.class, () -> f.add(""));
    }

    @Test
    void agreesWithHashedSubstringsOnRandomText() {
        agreesOnRandomText(300);
    }

    @Test
    void aBigTrieAgreesToo() {
        assertEquals(true, agreesOnRandomText(6000).size() >= 2048);
    }

    private static CharTrie agreesOnRandomText(int keys) {
        Random r = new Random(16);
        String alphabet = "区县市省重庆江北新一二abc\uffff\u0000";
        Map<String, Integer> words = new HashMap<>();
        CharTrie.Builder f = CharTrie.builder();
        CharTrie.Builder b = CharTrie.builder();
        List<String> byIndex = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
            String w = random(r, alphabet, 1 + r.nextInt(5));
            int v = f.add(w);
            assertEquals(v, b.add(w, true));
            if (v == byIndex.size()) {
                byIndex.add(w);
            }
            words.put(w, v);
        }
        CharTrie fw = f.build();
        CharTrie bw = b.build();
        String text = random(r, alphabet, 5000);
        for (int p = 0; p < text.length(); p++) {
            String expect = null;
            for (int len = Math.min(5, text.length() - p); len >= 1 && expect == null; len--) {
                String s = text.substring(p, p + len);
                expect = words.containsKey(s) ? s : null;
            }
            long hit = fw.longestAt(text, p, text.length());
            assertEquals(expect, hit < 0 ? null : byIndex.get((int) hit), "at " + p);
            if (expect != null) {
                assertEquals(p + expect.length(), (int) (hit >>> 32));
            }
            String back = null;
            for (int len = Math.min(5, p); len >= 1 && back == null; len--) {
                String s = text.substring(p - len, p);
                back = words.containsKey(s) ? s : null;
            }
            long bh = bw.longestEndingAt(text, p, 0);
            assertEquals(back, bh < 0 ? null : byIndex.get((int) bh), "ending at " + p);
        }
        return fw;
    }

    @Test
    void phraseTrieKeepsLastValue() {
        PhraseTrie<Integer> t = PhraseTrie.<Integer>builder().add("增长", 1).add("增长", 2).add("增", 3).build();
        assertEquals(2, t.size());
        assertEquals(2, t.get("增长"));
        assertEquals("增长", t.longestAt("同比增长5%", 2).phrase());
        assertNull(t.exactAt("增长", 0, 0));
        assertEquals(3, t.longestEndingAt("比增长", 2, 0).value());
    }

    @Test
    void phraseTrieBackwardLookupsAgreeWithExactLookups() {
        Random r = new Random(7);
        String alphabet = "区县市省重庆江北新";
        PhraseTrie.Builder<Integer> b = PhraseTrie.builder();
        for (int i = 0; i < 200; i++) {
            b.add(random(r, alphabet, 1 + r.nextInt(4)), i);
        }
        PhraseTrie<Integer> t = b.build();
        String text = random(r, alphabet, 400);
        for (int end = 0; end <= text.length(); end++) {
            for (int floor : new int[] {0, Math.max(0, end - 2), end}) {
                List<Integer> starts = new ArrayList<>();
                PhraseTrie.Match<Integer> longest = null;
                for (int s = end - 1; s >= floor; s--) {
                    PhraseTrie.Match<Integer> m = t.exactAt(text, s, end);
                    if (m != null) {
                        starts.add(0, s);
                        longest = m;
                    }
                }
                assertEquals(longest, t.longestEndingAt(text, end, floor), "ending at " + end);
                assertEquals(starts, java.util.Arrays.stream(t.startsEndingAt(text, end, floor)).boxed().toList());
            }
        }
    }

    private static String random(Random r, String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
