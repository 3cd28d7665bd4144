package io.zhibiao.extract;

import io.zhibiao.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * A region context that knows no gazetteer: reference words (words.tsv class reference-word: 全市,
 * 全国, 全区 …) are found as mentions, every figure falls back to the document's default region. Used when no region
 * analysis is available.
 */
final class DefaultRegionContext implements RegionContext {
    private final List<Mention> mentions = new ArrayList<>();
    private final Region defaultRegion;

    DefaultRegionContext(String text, String defaultRegion) {
        this(text, defaultRegion, Words.defaults());
    }

    /** With the reference words of {@code words} (class reference-word, tried in file order). */
    DefaultRegionContext(String text, String defaultRegion, Words words) {
        this.defaultRegion = defaultRegion == null ? null : new Region(defaultRegion, null, Region.Level.UNKNOWN, defaultRegion);
        List<String> references = words.list("reference-word");
        java.util.BitSet firsts = new java.util.BitSet();
        for (String w : references) {
            firsts.set(w.charAt(0));
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            if (!firsts.get(text.charAt(i))) {
                continue; // no word starts here: skips the comparisons (4% of a batch's time)
            }
            for (String w : references) {
                if (text.startsWith(w, i)) {
                    Region r = resolveReference(w, i);
                    mentions.add(new Mention(i, i + w.length(), w, r, Role.SUBJECT));
                    i += w.length() - 1;
                    break;
                }
            }
        }
    }

    @Override
    public List<Mention> mentions() {
        return mentions;
    }

    @Override
    public Region regionAt(int offset) {
        return defaultRegion;
    }

    @Override
    public Region resolveReference(String word, int offset) {
        if (word.equals("全国")) {
            return new Region("中国", null, Region.Level.COUNTRY, word);
        }
        return defaultRegion;
    }

    @Override
    public Region documentRegion() {
        return defaultRegion;
    }
}
