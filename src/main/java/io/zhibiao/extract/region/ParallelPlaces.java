package io.zhibiao.extract.region;

import java.util.List;

/**
 * A paragraph that reports on two places side by side (襄阳区双沟工业园…；谷城县汽车零部件产业园…) is a
 * breakdown: it opens no section, so the paragraphs after it do not go on about its first place.
 */
final class ParallelPlaces {
    private ParallelPlaces() {
    }

    /**
     * True when a subject other than {@code opener} opens a clause of the paragraph (mentions
     * {@code from} to {@code to}, exclusive) and names a place that neither contains the opener's nor
     * lies inside it (a sibling or an unrelated place; 其中观音桥街道 inside 江北区 is not one).
     */
    static boolean present(List<Mention> mentions, int from, int to, Mention opener, Resolver resolver) {
        if (opener == null || opener.entry == null || opener.isWord()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Mention m = mentions.get(k);
            if (m == opener || m.isWord() || m.entry == null || m.role != Role.SUBJECT || !m.clauseStart
                    || m.coordinatedWith != null || m.entry.equals(opener.entry)) {
                continue;
            }
            if (m.entry.code() != null && m.entry.code().equals(opener.entry.code())) {
                continue;
            }
            if (!resolver.isAncestor(m.entry, opener.entry) && !resolver.isAncestor(opener.entry, m.entry)) {
                return true;
            }
        }
        return false;
    }
}
