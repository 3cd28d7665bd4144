package io.zhibiao.extract;

import io.zhibiao.DocumentContext;
import io.zhibiao.Period;
import io.zhibiao.lexicon.PhraseTrie;
import io.zhibiao.text.Document;
import io.zhibiao.text.Token;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mentions of one document, indexed for the assembler: periods and regions by start offset,
 * token boundaries (a cue word counts only where the segmenter agrees it is a word), cues.
 */
final class DocumentView {
    private final Document doc;
    private final String text;
    private final Lexicons lexicons;
    private final DocumentContext context;
    private final List<PeriodMention> periods;
    private final Map<Integer, PeriodMention> periodsByStart = new HashMap<>();
    private final RegionContext regions;
    private final Map<Integer, RegionContext.Mention> regionsByStart = new HashMap<>();
    private final Map<Integer, RegionContext.Mention> placesByEnd = new HashMap<>(); // mentions of a known region, by end
    /** The offsets that are keys of the three maps above: per-char lookups test these before boxing and hashing. */
    private final java.util.BitSet periodStartSet = new java.util.BitSet();
    private final java.util.BitSet regionStarts = new java.util.BitSet();
    private final java.util.BitSet placeEnds = new java.util.BitSet();
    private final BitSet boundaries = new BitSet();
    private final List<Token> tokens;
    private final int[] tokenStarts;
    // periods indexed for periodBefore (one pass here instead of a scan of all periods per figure);
    // for period k: the last period at or before k that …
    private final List<PeriodMention> nested; // the periods dated in the context's year, or a nominal one: containment only
    private static final int NOMINAL_YEAR = 2020;
    private final int[] periodStarts;
    private final int[] periodEnds;
    private final int[] periodParagraph;     // (the paragraph of period k)
    private final int[] nextIncluded;        // the first period at or after k that is not left out, or -1
    private final int[] lastNotRecurring;    // … is not recurring (每年)
    private final int[] lastBeyondSentence;  // … holds beyond its sentence: no horizon, not local
    private final int[] lastBeyondParagraph; // … and beyond its paragraph: not 目前, not 截至去年底 (a stock's date) either
    private final int[] lastInHeading;       // … stands in a heading-like paragraph; all -1 when none
    private final int[] lastInSectionHeading; // … stands in a numbered heading (一、2022年工作回顾)
    private final int[] sectionStarts;       // for paragraph k: start of its section (see sectionStart)
    private final int[] groupStarts;         // for paragraph k: start of the paragraph a list it belongs to hangs from

    DocumentView(Document doc, Lexicons lexicons, DocumentContext context, RegionContext regions) {
        this.doc = doc;
        this.text = doc.text();
        this.lexicons = lexicons;
        this.context = context;
        this.periods = lexicons.periods().find(text, context.year());
        // without a year, periods are dated later (PeriodDating); whether one lies inside another
        // (8月份 in 1-8月, 春节 in 一季度) does not depend on the year, so it is read in a nominal one
        this.nested = context.year() != null ? periods : lexicons.periods().find(text, NOMINAL_YEAR);
        for (PeriodMention p : periods) {
            periodsByStart.put(p.start(), p);
            periodStartSet.set(p.start());
        }
        this.regions = regions;
        for (RegionContext.Mention m : regions.mentions()) {
            regionsByStart.putIfAbsent(m.start(), m);
            regionStarts.set(m.start());
            if (m.region() != null) {
                placesByEnd.putIfAbsent(m.end(), m);
                placeEnds.set(m.end());
            }
        }
        this.tokens = doc.tokens();
        this.tokenStarts = new int[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            tokenStarts[k] = t.start();
            boundaries.set(t.start());
            boundaries.set(t.end());
        }
        boundaries.set(0);
        boundaries.set(text.length());

        List<Document.Paragraph> paragraphs = doc.paragraphs();
        boolean[] namesRegion = new boolean[paragraphs.size()];
        for (RegionContext.Mention m : regions.mentions()) {
            if (m.role() == RegionContext.Role.SUBJECT || m.role() == RegionContext.Role.BYLINE) {
                Document.Paragraph h = doc.paragraphAt(m.start());
                if (m.start() >= h.start() && m.end() <= h.end()) {
                    namesRegion[h.index()] = true;
                }
            }
        }
        this.sectionStarts = new int[paragraphs.size()];
        for (int k = 0; k < paragraphs.size(); k++) {
            Document.Paragraph h = paragraphs.get(k);
            sectionStarts[k] = h.headingLike() && namesRegion[k] ? h.start() : k > 0 ? sectionStarts[k - 1] : 0;
        }
        this.groupStarts = new int[paragraphs.size()];
        for (int k = 0; k < paragraphs.size(); k++) {
            Document.Paragraph h = paragraphs.get(k);
            groupStarts[k] = k > 0 && hangsFrom(text, paragraphs.get(k - 1), k > 1 && groupStarts[k - 1] != paragraphs.get(k - 1).start())
                    ? groupStarts[k - 1] : h.start();
        }
        int np = periods.size();
        this.periodStarts = new int[np];
        this.periodEnds = new int[np];
        this.periodParagraph = new int[np];
        this.nextIncluded = new int[np];
        this.lastNotRecurring = new int[np];
        this.lastBeyondSentence = new int[np];
        this.lastBeyondParagraph = new int[np];
        this.lastInHeading = new int[np];
        this.lastInSectionHeading = new int[np];
        for (int k = 0; k < np; k++) {
            PeriodMention p = periods.get(k);
            PeriodMention.Type t = p.type();
            Document.Paragraph pp = doc.paragraphAt(p.start());
            // 春节黄金周（2月11日至17日）, 恢复到2019年同期的91.3%: never a figure's period
            boolean out = k > 0 && PeriodAsides.annotates(text, periods.get(k - 1), p) || text.startsWith("同期", p.end()) || PeriodAsides.namesGoal(lexicons.words(), text, p)
                    || k > 0 && nextIncluded[k - 1] < 0 && PeriodAsides.rangeEnd(text, periods.get(k - 1), p) // （9月29日至10月6日）
                    || PeriodAsides.dateline(lexicons.words(), text, p, pp) // 金华晚报1999年1月8日讯, 滑县报　2004年6月18日: the report's day
                    || PeriodAsides.priceBase(lexicons.words(), text, p); // 按1990年不变价计算: the year of the prices, not of the figures
            // 全年 after 1995年, 全年 in 皖江石化公司全年加工原油 after 去年: restates the period the text runs under
            String written = text.substring(p.start(), p.end());
            boolean restates = !out && k > 0 && lastBeyondParagraph[k - 1] >= 0
                    && lexicons.words().is("period-restating", written);
            boolean beyondSentence = !out && t != PeriodMention.Type.HORIZON && !PeriodShapes.local(lexicons.words(), text, p)
                    && !(restates && !PeriodShapes.headsClause(text, p))
                    && !(k > 0 && (zoomsIn(k, lastBeyondSentence[k - 1], pp.index())
                            || sameEvent(p, lastBeyondSentence[k - 1])
                            || zoomsInMidParagraph(k, lastBeyondParagraph[k - 1], pp)));
            periodStarts[k] = p.start();
            periodEnds[k] = p.end();
            periodParagraph[k] = pp.index();
            int before = k > 0 ? lastNotRecurring[k - 1] : -1;
            lastNotRecurring[k] = !out && t != PeriodMention.Type.RECURRING ? k : before;
            lastBeyondSentence[k] = beyondSentence ? k : k > 0 ? lastBeyondSentence[k - 1] : -1;
            // “五一”假期，… inside a report on 上半年: an aside that holds in its paragraph, the next goes back to 上半年
            boolean aside = t == PeriodMention.Type.EVENT && k > 0 && lastBeyondParagraph[k - 1] >= 0
                    && PeriodShapes.strictlyInside(nested.get(k), nested.get(lastBeyondParagraph[k - 1]));
            // （本期数据截至2026年2月末；3月数据预计于4月20日前发布）: a note in brackets, its periods stay in it
            boolean note = PeriodShapes.bracketedNote(text, pp);
            // 2004年末，全地区共有…; 9月末，全市…贷款余额: an end-of-month or year-end moment that opens its paragraph frames
            // the paragraphs after it, as a span does (截至3月底, 年初 and moments inside a paragraph do not)
            boolean framing = t == PeriodMention.Type.AS_OF && PeriodShapes.opensParagraph(text, p, pp)
                    && lexicons.words().endsWithAny("framing-moment-end", written)
                    && !lexicons.words().startsWithAny("moment-closing", written);
            lastBeyondParagraph[k] = beyondSentence && t != PeriodMention.Type.NOW && (t != PeriodMention.Type.AS_OF || framing)
                    && !aside && !restates && !note
                    ? k
                    : k > 0 ? lastBeyondParagraph[k - 1] : -1;
            // a period inside a heading-like line's clause (高新技术企业数（2月末）：2138家) is no heading's period
            lastInHeading[k] = !out && !note && pp.headingLike() && !PeriodShapes.namesItsName(text, p) ? k : k > 0 ? lastInHeading[k - 1] : -1;
            lastInSectionHeading[k] = !out && pp.headingLike() && pp.numbered(text) ? k
                    : k > 0 ? lastInSectionHeading[k - 1] : -1;
            nextIncluded[k] = out ? -1 : k;
        }
        for (int k = np - 2; k >= 0; k--) {
            if (nextIncluded[k] < 0) {
                nextIncluded[k] = nextIncluded[k + 1];
            }
        }
    }

    /**
     * period {@code p} (an index) zooms into the period {@code q} (an index, -1 for none) that the paragraph
     * {@code para} runs under: q stands earlier in the same paragraph and p lies strictly inside it
     * (1-8月，… 8月份，…; 上半年，… 6月份，…). Such a p holds for its own sentence only; the sentences
     * after it go back to q (分行业看，… is 1-8月 again).
     */
    private boolean zoomsIn(int p, int q, int para) {
        if (q < 0 || periodParagraph[q] != para) {
            return false;
        }
        PeriodMention inner = nested.get(p);
        PeriodMention outer = nested.get(q);
        // 今年以来，…。1—10月，…: a span from the start of a to-date period (words.tsv period-to-date) says how far it
        // reaches, it zooms into nothing
        if (lexicons.words().is("period-to-date", text.substring(outer.start(), outer.end())) && inner.period() != null
                && outer.period() != null && inner.period().start() != null && inner.period().start().equals(outer.period().start())) {
            return false;
        }
        return PeriodShapes.strictlyInside(inner, outer);
    }

    /**
     * 全年…。\n\n…二、三季度接待量占全年的64.8%，一季度仅占12.1%: a period strictly inside the one the text runs under
     * (q, from an earlier paragraph), after a figure of its own paragraph, is an aside of its sentence; the paragraphs
     * after it go on under q. (一季度，… or 据统计，前三季度… before the paragraph's figures frames that paragraph.)
     */
    private boolean zoomsInMidParagraph(int p, int q, Document.Paragraph pp) {
        return q >= 0 && periodParagraph[q] != pp.index() && asideOf(nested.get(p), nested.get(q), pp);
    }

    /** {@link #zoomsInMidParagraph} for two of {@link #periods()} (their own paragraphs already differ); PeriodIndexOracleTest. */
    boolean zoomsInMidParagraph(PeriodMention p, PeriodMention q, Document.Paragraph pp) {
        return asideOf(nested.get(periods.indexOf(p)), nested.get(periods.indexOf(q)), pp);
    }

    private boolean asideOf(PeriodMention inner, PeriodMention outer, Document.Paragraph pp) {
        boolean figureBefore = false; // a figure of the paragraph before it: the period is an aside of a paragraph under q
        for (int i = Math.max(pp.start(), inner.start() - 400); i < inner.start() - 1 && !figureBefore; i++) {
            figureBefore = Character.isDigit(text.charAt(i));
        }
        return figureBefore && (PeriodShapes.strictlyInside(inner, outer) || PeriodShapes.partOfYear(text, inner, outer));
    }

    /** {@code p} lies strictly inside {@code q} (two of {@link #periods()}), dated in the context's year or a nominal one. */
    boolean inside(PeriodMention p, PeriodMention q) {
        return PeriodShapes.strictlyInside(nested.get(periods.indexOf(p)), nested.get(periods.indexOf(q)));
    }


    /**
     * {@code p} names again the event that period {@code q} (an index, -1 for none) named:
     * 春节期间 after 春节黄金周. It holds for its own sentence only; the text goes on under q's words.
     */
    private boolean sameEvent(PeriodMention p, int q) {
        if (q < 0 || p.type() != PeriodMention.Type.EVENT) {
            return false;
        }
        PeriodMention a = periods.get(q);
        if (a.type() != PeriodMention.Type.EVENT) {
            return false;
        }
        return PeriodShapes.sameEventWords(lexicons.words(), text, p, a);
    }



    /**
     * The period a multiple is taken of, ending right before {@code at} (the 的 of 是上年的2.3倍,
     * 为2019年同期的1.5倍), or null.
     */
    PeriodMention periodEndingBefore(int at) {
        for (int end : new int[] {at - 2, at}) {
            int k = java.util.Arrays.binarySearch(periodEnds, end);
            if (k >= 0) {
                PeriodMention p = periods.get(k);
                int i = p.end();
                if (text.startsWith("同期", i)) {
                    i += 2;
                }
                if (i == at) {
                    return p;
                }
            }
        }
        return null;
    }







    Document document() {
        return doc;
    }

    String text() {
        return text;
    }

    Lexicons lexicons() {
        return lexicons;
    }

    DocumentContext context() {
        return context;
    }

    RegionContext regions() {
        return regions;
    }

    List<PeriodMention> periods() {
        return periods;
    }

    private int evidenceStart = -1;
    private int evidenceEnd = -1;
    private String evidence;

    /**
     * The stripped text of [start, end); the records of one group of values share their clause, so
     * the last answer is reused (one string for the 10,000 records of a 10,000-item 分别 list, not
     * 10,000 copies). Not thread-safe, like the view.
     */
    String evidence(int start, int end) {
        if (start != evidenceStart || end != evidenceEnd) {
            evidence = text.substring(start, end).strip();
            evidenceStart = start;
            evidenceEnd = end;
        }
        return evidence;
    }

    /**
     * The start of the section of paragraph {@code paragraphIndex}: the last heading or byline up to
     * it that names a region, else the document start (0).
     */
    int sectionStart(int paragraphIndex) {
        return sectionStarts[paragraphIndex];
    }

    /**
     * The start of the paragraph whose list paragraph {@code paragraphIndex} is an item of (截至2021年底，
     * 全省实有市场主体278.6万户。其中： / 企业56.3万户； / 个体工商户218.4万户。): a paragraph ending with a
     * colon opens a list, and an item ending with ； goes on with it. Its own start otherwise. The
     * periods of the paragraph the list hangs from hold for the items as in one paragraph.
     */
    int paragraphGroupStart(int paragraphIndex) {
        return groupStarts[paragraphIndex];
    }

    /** Paragraph p opens a list (ends with a colon) or, itself an item, goes on with it (ends with ；). */
    private static boolean hangsFrom(String text, Document.Paragraph p, boolean item) {
        int e = p.end();
        while (e > p.start() && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e <= p.start()) {
            return false;
        }
        char last = text.charAt(e - 1);
        return last == '：' || last == ':' || item && (last == '；' || last == ';');
    }

    /** Index of the first period starting at or after {@code offset} (periods().size() if none). */
    /** Whether a period mention starts in {@code [from, to)}. Logarithmic time. */
    boolean periodStartsIn(int from, int to) {
        int k = periodIndexFrom(from);
        return k < periodStarts.length && periodStarts[k] < to;
    }

    private int periodIndexFrom(int offset) {
        int k = java.util.Arrays.binarySearch(periodStarts, offset);
        return k >= 0 ? k : -k - 1;
    }

    /**
     * The period a figure at {@code offset} in {@code sentence} inherits: the nearest before it in
     * the sentence, else in the paragraph, else in the section (a numbered section heading's,
     * 一、2022年工作回顾, before the periods of the paragraphs under it); failing that, the period of the
     * nearest heading before. A period that restates the one the text runs under (全年 after 1995年,
     * words.tsv period-restating) holds in its paragraph only, in its sentence only when it stands
     * inside a clause. A horizon (到2022年) or a period inside a clause (由上年的…) holds in its
     * own sentence only, 目前, a moment (截至去年底, 年末) and a holiday inside the period the text runs under (“五一”假期 in a
     * report on 上半年) in its paragraph only; a recurring one (每年) gives way to a period
     * named before it in the sentence. Null when none. Logarithmic time.
     */
    PeriodMention periodBefore(int offset, Document.Sentence sentence) {
        int last = periodIndexFrom(offset) - 1; // the last period starting before offset
        if (last < 0) {
            return null;
        }
        Document.Paragraph para = doc.paragraphAt(offset);
        int first = periodIndexFrom(sentence.start());
        first = first < periods.size() ? nextIncluded[first] : -1; // the first of the sentence that counts
        int best;
        int beforeSection = -1; // the period the text ran under before this paragraph's section began
        if (first >= 0 && first <= last) {
            int j = lastNotRecurring[last];
            best = j > first ? j : first;
        } else {
            best = lastBeyondSentence[last];
            if (best < 0 || periodStarts[best] < groupStarts[para.index()]) {
                best = lastBeyondParagraph[last];
                if (best >= 0 && periodStarts[best] < sectionStart(para.index())) {
                    beforeSection = best;
                    best = -1;
                }
                // the section's period: a heading's (一、2022年工作回顾) before the paragraphs' own
                int h = lastInSectionHeading[last];
                if (best >= 0 && h >= 0 && h != best && periodParagraph[h] != para.index()
                        && periodStarts[h] >= sectionStart(para.index())) {
                    best = h;
                }
            }
        }
        if (best >= 0) {
            return periods.get(best);
        }
        int h = lastInHeading[last];
        if (h >= 0 && periodParagraph[h] == para.index()) {
            int before = periodIndexFrom(para.start()) - 1;
            h = before >= 0 ? lastInHeading[before] : -1;
        }
        if (h >= 0) {
            return periods.get(h);
        }
        // a section that names no period of its own (总量：大理市…) goes on under the one before it
        return beforeSection >= 0 ? periods.get(beforeSection) : null;
    }

    PeriodMention periodStartingAt(int i) {
        return i >= 0 && periodStartSet.get(i) ? periodsByStart.get(i) : null;
    }

    /** The first mention of a known region that ends at {@code end}, or null. */
    RegionContext.Mention placeEndingAt(int end) {
        return end >= 0 && placeEnds.get(end) ? placesByEnd.get(end) : null;
    }

    RegionContext.Mention regionStartingAt(int i) {
        return i >= 0 && regionStarts.get(i) ? regionsByStart.get(i) : null;
    }

    List<Token> tokens() {
        return tokens;
    }

    /** Index of the first token starting at or after {@code offset} (tokens().size() if none). */
    int tokenIndexFrom(int offset) {
        int k = java.util.Arrays.binarySearch(tokenStarts, offset);
        if (k < 0) {
            k = -k - 1;
        }
        return k;
    }

    /** The token starting exactly at {@code offset}, or null. */
    Token tokenAt(int offset) {
        int k = tokenIndexFrom(offset);
        return k < tokens.size() && tokens.get(k).start() == offset ? tokens.get(k) : null;
    }

    /** The token ending exactly at {@code end}, or null. */
    Token tokenEndingAt(int end) {
        int k = tokenIndexFrom(end) - 1;
        while (k >= 0 && tokens.get(k).end() > end) {
            k--;
        }
        return k >= 0 && tokens.get(k).end() == end ? tokens.get(k) : null;
    }

    boolean isBoundary(int i) {
        return boundaries.get(i);
    }

    /** A cue word at {@code i} that the segmenter also sees as whole words, or null. */
    PhraseTrie.Match<Cue> cueAt(int i, int limit) {
        PhraseTrie.Match<Cue> c = lexicons.cues().at(text, i, limit);
        if (c == null) {
            return null;
        }
        if (lexicons.phrases().endAt(text, i, limit) > c.end()) {
            return null; // a fixed phrase that holds the cue word (占地, 增加值)
        }
        if (c.end() - c.start() == 1 && (!boundaries.get(c.start()) || !boundaries.get(c.end()))
                && regionStartingAt(c.end()) == null && !endsCueToken(c)) {
            // a one-character cue the segmenter puts inside a longer word (减 in 减税, 达 in 达产) — unless
            // a region follows (居全国, 占全市) or the word is two cues (分别为)
            return null;
        }
        return c;
    }

    /** True if the cue ends a token whose other part is itself a cue (分别为 = 分别 + 为). */
    private boolean endsCueToken(PhraseTrie.Match<Cue> c) {
        int k = tokenIndexFrom(c.end()) - 1;
        if (k < 0 || k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        if (t.end() != c.end() || t.start() >= c.start()) {
            return false;
        }
        PhraseTrie.Match<Cue> prefix = lexicons.cues().trie().exactAt(text, t.start(), c.start());
        return prefix != null;
    }

    /** End of a basis expression (较2019年同期, 比上年同期) starting at {@code i}, or -1. */
    int basisEndAt(int i, int limit) {
        char c = text.charAt(i);
        if (c != '较' && c != '比' && c != '与') {
            return -1;
        }
        if (i + 1 >= limit) {
            return -1;
        }
        PeriodMention p = lexicons.periods().at(text, i + 1, context.year());
        if (p == null || p.end() > limit) {
            return -1;
        }
        int e = p.end();
        if (e < limit && "末底初".indexOf(text.charAt(e)) >= 0) {
            e++; // 比上年末, 较去年底
        }
        if (text.startsWith("同期", e) && e + 2 <= limit) {
            e += 2;
        }
        if (c == '与' && !text.startsWith("相比", e)) {
            return -1;
        }
        if (c == '与') {
            e += 2;
        }
        return e;
    }
}
