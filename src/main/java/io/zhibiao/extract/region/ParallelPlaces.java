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

    /**
     * For each mention, whether it is a subject of a sentence that names places side by side: a
     * subject opening a clause (or a list) whose place is parallel to another such subject of the
     * same sentence (利通区、青铜峡市…分别…，红寺堡区…). Such a sentence speaks of each place in its own
     * clauses; the sentences after it go back to the paragraph's place, not to its last one.
     */
    static boolean[] inBreakdownSentence(List<Mention> mentions, Resolver resolver) {
        boolean[] out = new boolean[mentions.size()];
        int from = 0;
        while (from < mentions.size()) {
            int to = from;
            while (to < mentions.size() && mentions.get(to).sentence == mentions.get(from).sentence) {
                to++;
            }
            boolean parallel = false;
            for (int a = from; a < to && !parallel; a++) {
                Mention x = mentions.get(a);
                if (placeSubject(x)) {
                    for (int b = a + 1; b < to && !parallel; b++) {
                        Mention y = mentions.get(b);
                        parallel = placeSubject(y) && parallel(x, y, resolver);
                    }
                }
            }
            for (int k = from; k < to; k++) {
                out[k] = parallel && placeSubject(mentions.get(k));
            }
            from = to;
        }
        return out;
    }

    private static boolean placeSubject(Mention m) {
        return !m.isWord() && m.entry != null && m.role == Role.SUBJECT && (m.clauseStart || m.coordinatedWith != null);
    }

    private static boolean parallel(Mention x, Mention y, Resolver resolver) {
        if (x.entry.equals(y.entry) || (x.entry.code() != null && x.entry.code().equals(y.entry.code()))) {
            return false;
        }
        return !resolver.isAncestor(x.entry, y.entry) && !resolver.isAncestor(y.entry, x.entry);
    }

    /** 其中任县…: a place picked out of those just named speaks of a part, and opens no section. */
    static boolean pickedOut(io.zhibiao.text.Document doc, Mention m) {
        String text = doc.text();
        // the clause's start, at most SUBSET_WINDOW chars back: a long clause without punctuation stays linear
        int from = Math.max(doc.paragraphAt(m.start).start(), m.start - SUBSET_WINDOW);
        int clause = RoleRules.clauseStart(text, m.start, from);
        return text.substring(clause, m.start).contains("其中");
    }

    /** How far before a place 其中 is looked for in its clause (其中 opens the clause or stands right before the place). */
    private static final int SUBSET_WINDOW = 32;
}
