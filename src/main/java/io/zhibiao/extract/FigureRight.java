package io.zhibiao.extract;

import io.zhibiao.QuantityMention;
import io.zhibiao.quantity.QuantityMatch;

/**
 * The item right after a figure, the right-hand side of its clause items ({@link ClauseItems}
 * reads the left): what the figure counts or rates, when the clause says it after the number.
 * <ul>
 *   <li>{@code NOUN_PHRASE}: the noun counted (打造20个山地特色城镇, 年产值45亿元的唐人神生猪全产业链);
 *   <li>{@code RATE_FRAME}: a rate or size frame (以14.7%的增速领跑, 以742.6亿元的总量排在…): the figure
 *       is the rate or the size of the indicator the text goes on about;
 *   <li>{@code RANKED_PLACE}: the place an ordinal ranks (位列第四的佛山市);
 *   <li>{@code NONE}: nothing the record takes.
 * </ul>
 * Only a lone figure has a right-hand item; the values of a list share what stands on their left.
 *
 * @param type  which item
 * @param noun  the noun phrase (NOUN_PHRASE), else null
 * @param place the ranked place (RANKED_PLACE), else null
 * @param end   where the item ends (the figure's end for NONE): the next figure's left words start here
 * @param evidenceEnd where the record's evidence ends
 */
record FigureRight(Type type, NounPhrases.NounPhrase noun, RegionContext.Mention place, int end, int evidenceEnd) {

    enum Type { NONE, NOUN_PHRASE, RATE_FRAME, RANKED_PLACE }

    /** The item after {@code q}, the last figure of a group of {@code size}, in a clause ending at {@code clauseEnd}; {@code limit} is the next figure's start. */
    static FigureRight read(ClauseState st, QuantityMatch q, int size, int clauseEnd, int limit) {
        if (size == 1) {
            RegionContext.Mention place = placeAfterDe(st, q);
            if (place != null && q.type() == QuantityMention.Type.ORDINAL) {
                return new FigureRight(Type.RANKED_PLACE, null, place, place.end(), place.end());
            }
            NounPhrases.NounPhrase np = st.nouns.nounPhraseAfter(q, clauseEnd, limit);
            if (np != null) {
                return new FigureRight(Type.NOUN_PHRASE, np, null, np.end(), np.metricEnd());
            }
            int frameEnd = rateFrameEnd(st, q);
            if (frameEnd < 0) {
                frameEnd = sizeFrameEnd(st, q);
            }
            if (frameEnd > 0) {
                return new FigureRight(Type.RATE_FRAME, null, null, frameEnd, frameEnd);
            }
        }
        return new FigureRight(Type.NONE, null, null, q.end(), q.end());
    }

    /** 以14.7%的增速: where 的 and a bare rate word (words.tsv bare-rate) right after the figure end, or -1. */
    static int rateFrameEnd(ClauseState st, QuantityMatch q) {
        return frameEnd(st, q, "bare-rate");
    }

    /** 以742.6亿元的总量: where 的 and a size word (words.tsv size-head) right after the figure end, or -1. */
    static int sizeFrameEnd(ClauseState st, QuantityMatch q) {
        return frameEnd(st, q, "size-head");
    }

    /** Where 的 and a word of class {@code words} right after the figure end, or -1. */
    private static int frameEnd(ClauseState st, QuantityMatch q, String words) {
        String text = st.text;
        int at = q.end();
        if (at >= text.length() || text.charAt(at) != '的') {
            return -1;
        }
        for (String w : st.words().list(words)) {
            if (text.startsWith(w, at + 1)) {
                return at + 1 + w.length();
            }
        }
        return -1;
    }

    /** 位列第四的佛山市: the place right after the figure and 的, or null. */
    static RegionContext.Mention placeAfterDe(ClauseState st, QuantityMatch q) {
        String text = st.text;
        int at = q.end();
        if (at + 1 >= text.length() || text.charAt(at) != '的') {
            return null;
        }
        RegionContext.Mention m = st.view.regionStartingAt(at + 1);
        return m != null && m.region() != null ? m : null;
    }
}
