package io.zhibiao.extract;

import io.zhibiao.Region;
import java.util.ArrayList;
import java.util.List;

/**
 * A region context that knows no gazetteer: reference words (全市, 全国, 全区 …) are found as
 * mentions, every figure falls back to the document's default region. Used when no region
 * analysis is available.
 */
final class DefaultRegionContext implements RegionContext {
    private static final String[] WORDS = {"全国", "全省", "全市", "全区", "全县", "本市", "本区", "本县", "我市", "我区",
        "我县", "该区", "该县", "该市"};

    private final List<Mention> mentions = new ArrayList<>();
    private final Region defaultRegion;

    DefaultRegionContext(String text, String defaultRegion) {
        this.defaultRegion = defaultRegion == null ? null : new Region(defaultRegion, null, Region.Level.UNKNOWN, defaultRegion);
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '全' && c != '本' && c != '我' && c != '该') {
                continue; // every word starts with one of these: skips the 14 comparisons (4% of a batch's time)
            }
            for (String w : WORDS) {
                if (text.startsWith(w, i)) {
                    Region r = resolveReference(w, i);
                    mentions.add(new Mention(i, i + 2, w, r, Role.SUBJECT));
                    i++;
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
}
