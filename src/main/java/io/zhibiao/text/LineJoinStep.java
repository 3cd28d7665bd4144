package io.zhibiao.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tells paragraph breaks from the soft line breaks of a newspaper column, keeps each paragraph
 * break as exactly one {@code '\n'} and removes the soft ones (with the blank lines and the
 * spaces around them). Leading and trailing blank space of the text goes too.
 *
 * <p>Each break between two non-blank lines A and B (blank lines between them are part of the
 * break: pasted PDF text has them inside sentences too) is decided by the first rule that applies
 * (docs/normalization.md, section 2, has the table with examples):
 * <ol>
 *   <li><b>card</b> (joined): the lines of an infographic card ({@link Cards}: 地区生产总值 / 1356.8亿元 /
 *       同比增长3.9%) make one clause.
 *   <li><b>marker</b> (hard): B starts with a box-item marker (▶) or a pictograph (📊, a post's
 *       line), or A is a short marker label.
 *   <li><b>item</b> (hard): B is a figure-first box item ({@code 386.2亿元：前三季度全市…},
 *       {@code 第二：…}, {@link LineShape#isFigureItem}).
 *   <li><b>indent</b> (hard): B is indented (the first line of a block), unless A ends in
 *       spaced-out text and a space, which B's leading space merely goes on with.
 *   <li><b>closing</b> (soft): B starts with punctuation that never starts a line (。，、）”%…).
 *   <li><b>table</b> (hard): A or B is a table row ({@link LineShape#isTabular}).
 *   <li><b>section</b> (hard): after a blank line, B is a numbered section heading (一、总体情况,
 *       （二）新设情况: a list marker, then no punctuation, heading-short).
 *   <li><b>labelled</b> (hard): A is one labelled figure (宣城市：10.4, 琅琊区：-1.8) and B is one too
 *       or a blank line follows: a list, one item per line; or B is one and A a title above it; or A
 *       and B are both labelled lines of a bulletin's list (规模以上工业营业收入：612.8亿元，增长8.9%) and A
 *       ends with its figure.
 *   <li><b>number</b> (soft): A ends inside a number that B goes on with ({@code 1,100.\n9亿元};
 *       in a narrow column also {@code 32.1\n亿元}, {@code 2.3亿\n元}); not when B opens with a year
 *       ({@code 浏览次数：1286\n2025年，…}).
 *   <li><b>unclosed</b> (soft): A opens a bracket or quote it does not close and does not end a
 *       sentence ({@code 本报讯（记者 王晓东 通讯}).
 *   <li><b>heading</b> (hard): A or B is shaped like a headline or byline
 *       ({@link LineShape#isHeadingShaped}) or is one bracketed label (【工业：稳中有进】, layout.tsv), or A is a ——subtitle, or A directly follows one of
 *       these and has no sentence punctuation either (a second headline line, a subtitle).
 *   <li><b>subtitle</b>/<b>kicker</b> (hard): B starts with a dash (——subtitle), or A ends with a dash
 *       and B, after a blank line, has no sentence punctuation (kicker above a headline).
 *   <li><b>credit</b> (hard): A ends with a photo credit (摄/NAME).

 *   <li><b>sentence</b>: A ends a sentence (。！？；：… maybe followed by a closing quote, or a
 *       pictograph: 一起来看👇). Hard,
 *       unless the column is narrow, no blank line follows and A fills the column to the last
 *       half-unit (no room for a paragraph indent): then the paragraph goes on (soft,
 *       <b>full-sentence</b>).
 *   <li>In a narrow column: soft if A ends with continuing punctuation (，、“（《—) (<b>open</b>)
 *       or fills the column (<b>full</b>), unless A, a line without clause punctuation,
 *       overhangs the column that B starts (<b>overhang</b>, hard: a subtitle above a narrower
 *       box); hard if A is short (<b>short</b>: the last line of a paragraph, a heading, a box
 *       item).
 *   <li>In wide text (one paragraph per line): soft if A has clause punctuation after any list
 *       marker (a fragment of a paragraph cut by a page or column break, <b>fragment</b>), hard
 *       if it has none (<b>title</b>).
 * </ol>
 * The lines around A (up to {@value #WINDOW} each way, not across an indented block start) form
 * a narrow column when there are at least {@value #MIN_WINDOW} of them and none is wider than
 * {@value #NARROW} half-units ({@link LineShape#width}); the column width is then the upper
 * quartile of their widths. The first line of a paragraph (after a sentence end or an indent) is
 * allowed its typographic indent. A soft break between two ASCII letters becomes a space; any
 * other soft break vanishes.
 */
final class LineJoinStep extends EditingStep {
    static final int NARROW = 80;
    static final int MIN_WINDOW = 3;
    static final int WINDOW = 4;
    static final int FULL_TOLERANCE = 5;
    static final int SENTENCE_FULL_TOLERANCE = 1;
    static final int FIRST_LINE_INDENT = 4;
    static final int OVERHANG = 6;
    static final int MARKER_LABEL_WIDTH = 24;

    private final LayoutMarks marks;

    LineJoinStep() {
        this(LayoutMarks.standard());
    }

    LineJoinStep(LayoutMarks marks) {
        super("lines");
        this.marks = marks;
    }

    /** One break between two non-blank lines, for tests and traces. */
    record Break(int lineA, int lineB, boolean hard, String rule) {
    }

    /** The non-blank lines of a text: content bounds and shape. */
    private static final class Lines {
        final String text;
        int n;
        int[] lineStart = new int[16];
        int[] lineEnd = new int[16];   // the '\n' or the end of text
        int[] cs = new int[16];        // content start (after leading spaces)
        int[] ce = new int[16];        // content end (before trailing spaces)
        int[] lineNo = new int[16];    // 0-based line number in the text
        int[] width = new int[16];
        boolean[] blockStart;

        Lines(String text) {
            this.text = text;
            int len = text.length();
            int start = 0;
            int no = 0;
            while (start <= len) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = len;
                }
                int s = start;
                int e = end;
                while (s < e && isBlank(text.charAt(s))) {
                    s++;
                }
                while (e > s && isBlank(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    add(start, end, s, e, no);
                }
                start = end + 1;
                no++;
            }
            markBlockStarts();
        }

        private void add(int ls, int le, int s, int e, int no) {
            if (n == cs.length) {
                int m = n * 2;
                lineStart = Arrays.copyOf(lineStart, m);
                lineEnd = Arrays.copyOf(lineEnd, m);
                cs = Arrays.copyOf(cs, m);
                ce = Arrays.copyOf(ce, m);
                lineNo = Arrays.copyOf(lineNo, m);
                width = Arrays.copyOf(width, m);
            }
            lineStart[n] = ls;
            lineEnd[n] = le;
            cs[n] = s;
            ce[n] = e;
            lineNo[n] = no;
            width[n] = LineShape.width(text, s, e);
            n++;
        }

        /**
         * Line k starts a block: it is indented, and the indent is not the spacing of spaced-out
         * text going on from the line before ({@code 分 别 \n 增 长}).
         */
        boolean indented(int k) {
            return blockStart[k];
        }

        private void markBlockStarts() {
            blockStart = new boolean[n];
            for (int k = 0; k < n; k++) {
                blockStart[k] = cs[k] > lineStart[k] && (k == 0 || !spacingGoesOn(text, k));
            }
        }

        /**
         * The indent of line k goes on with spaced-out text from line k - 1: A ends with two
         * single chars between spaces ({@code 三 大 产}), or with one ({@code 岐山县生 产}) and
         * B starts with two ({@code  总 值 分 别}).
         */
        private boolean spacingGoesOn(String text, int k) {
            int as = cs[k - 1];
            int ae = ce[k - 1];
            int tail = spacedRunsAtEnd(text, as, ae);
            return tail >= 2 || (tail == 1 && spacedRunsAtStart(text, cs[k], ce[k]) >= 2);
        }
    }

    /** Whitespace that a line may start or end with: spaces and stray CRs. */
    private static boolean isBlank(char c) {
        return Chars.isSpace(c) || c == '\r';
    }

    @Override
    void edit(String text, Edits out) {
        Lines lines = new Lines(text);
        if (lines.n == 0) {
            if (!text.isEmpty()) {
                out.delete(0, text.length());
            }
            return;
        }
        boolean[] hard = new boolean[Math.max(0, lines.n - 1)];
        String[] cards = Cards.joiners(text, lines.n, lines.cs, lines.ce, lines.lineNo, marks);
        Captions.joiners(text, lines.n, lines.cs, lines.ce, lines.lineNo, lines.width, cards);
        decide(lines, hard, cards, null);
        out.delete(0, lines.cs[0]);
        for (int k = 0; k + 1 < lines.n; k++) {
            int aEnd = lines.ce[k];
            int bStart = lines.cs[k + 1];
            if (hard[k]) {
                int nl = lines.lineEnd[k];
                out.delete(aEnd, nl);
                out.delete(nl + 1, bStart);
            } else if (cards[k] != null) {
                out.replace(aEnd, bStart, cards[k]);
            } else {
                boolean latin = Chars.isAsciiLetter(text.charAt(aEnd - 1)) && Chars.isAsciiLetter(text.charAt(bStart));
                out.replace(aEnd, bStart, latin ? " " : "");
            }
        }
        out.delete(lines.ce[lines.n - 1], text.length());
    }

    /** The decision for every break of {@code text}, with the rule that made it. */
    List<Break> breaks(String text) {
        Lines lines = new Lines(text);
        List<Break> result = new ArrayList<>();
        boolean[] hard = new boolean[Math.max(0, lines.n - 1)];
        String[] cards = Cards.joiners(text, lines.n, lines.cs, lines.ce, lines.lineNo, marks);
        Captions.joiners(text, lines.n, lines.cs, lines.ce, lines.lineNo, lines.width, cards);
        decide(lines, hard, cards, result);
        return result;
    }

    private void decide(Lines l, boolean[] hard, String[] cards, List<Break> trace) {
        String t = l.text;
        boolean firstLine = true;       // A starts a paragraph after a sentence end or an indent
        boolean afterHeading = false;   // the line before A was a headline and the break was hard
        boolean bTabular = l.n > 0 && LineShape.isTabular(t, l.cs[0], l.ce[0]);
        for (int k = 0; k + 1 < l.n; k++) {
            int as = l.cs[k];
            int ae = l.ce[k];
            int bs = l.cs[k + 1];
            int be = l.ce[k + 1];
            boolean aTabular = bTabular;
            bTabular = LineShape.isTabular(t, bs, be);
            boolean blank = l.lineNo[k + 1] - l.lineNo[k] > 1;
            int wA = l.width[k] + (firstLine ? FIRST_LINE_INDENT : 0);
            int[] win = window(l, k);
            boolean narrow = win[1] - win[0] + 1 >= MIN_WINDOW && max(l.width, win[0], win[1]) <= NARROW;
            boolean aShaped = LineShape.isHeadingShaped(t, as, ae);
            boolean aSubtitle = t.startsWith("——", as) && LineShape.isHeadingLike(t, as, ae);
            boolean aPropagated = afterHeading && LineShape.isHeadingLike(t, as, ae);
            char aLast = t.charAt(ae - 1);
            char bFirst = t.charAt(bs);
            String rule;
            boolean isHard;
            if (cards[k] != null) {
                // 地区生产总值 / 1356.8亿元 / 同比增长3.9%: one clause (Cards), a paragraph of its own
                isHard = cards[k].equals(Cards.END);
                rule = isHard ? "card-end" : "card";
            } else if (marks.isMarker(bFirst) || Chars.isPictograph(t.codePointAt(bs)) // 📊 7月28日…: a post's line opens with a pictograph
                    || (marks.isMarker(t.charAt(as)) && l.width[k] <= MARKER_LABEL_WIDTH
                            && !LineShape.hasSentencePunct(t, as, ae))) {
                rule = "marker";
                isHard = true;
            } else if (LineShape.isFigureItem(t, bs, be)) {
                rule = "item";
                isHard = true;
            } else if (l.indented(k + 1)) {
                rule = "indent";
                isHard = true;
            } else if (Chars.cannotStartLine(bFirst)) {
                rule = "closing";
                isHard = false;
            } else if (aTabular || bTabular) {
                rule = "table";
                isHard = true;
            } else if (blank && LineShape.afterListMarker(t, bs, be) > bs && LineShape.isHeadingLike(t, bs, be)
                    && !hasClausePunct(t, LineShape.afterListMarker(t, bs, be), be)) {
                rule = "section"; // …来源：吉林省市场监督管理局 / (blank) / 一、总体情况: a numbered section heading
                isHard = true;
            } else if (LineShape.isLabelledFigure(t, as, ae) && (LineShape.isLabelledFigure(t, bs, be) || blank)
                    || LineShape.isLabelledFigure(t, bs, be) && LineShape.isHeadingLike(t, as, ae) && !endsWithFigure(t, as, ae)
                    || LineShape.isLabelledLine(t, as, ae) && endsWithFigureOrRate(t, as, ae)
                            && (LineShape.isLabelledLine(t, bs, be) || LineShape.isListHead(t, bs, be))) {
                rule = "labelled"; // 宣城市：10.4 / 蚌埠市：9.9: one labelled figure per line, a list (and its title above)
                isHard = true;
            } else if (numberGoesOn(t, as, ae, bs, narrow)) {
                rule = "number";
                isHard = false;
            } else if (LineShape.hasUnclosedBracket(t, as, ae) && !endsSentence(t, as, ae)) {
                rule = "unclosed";
                isHard = false;
            } else if (aShaped || aSubtitle || aPropagated || LineShape.isHeadingShaped(t, bs, be)
                    || marks.isBracketHeading(t, as, ae) || marks.isBracketHeading(t, bs, be)) {
                rule = "heading";
                isHard = true;
            } else if (t.startsWith("——", bs)) {
                rule = "subtitle";
                isHard = true;
            } else if (aLast == '—' && blank && LineShape.isHeadingLike(t, bs, be)) {
                rule = "kicker";
                isHard = true;
            } else if (marks.endsWithCredit(t, as, ae)) {
                rule = "credit";
                isHard = true;
            } else if (blank && endsWithFigure(t, as, ae) && Character.isIdeographic(bFirst)) {
                rule = "figure-end"; // a box item ending with its figure (…注册资本6697.89万美元), then a blank line
                isHard = true;
            } else if (endsSentence(t, as, ae)) {
                isHard = !(narrow && !blank
                        && l.width[k] >= upperQuartile(l.width, win[0], win[1]) - SENTENCE_FULL_TOLERANCE);
                rule = isHard ? "sentence" : "full-sentence";
            } else if (narrow) {
                if (Chars.isContinuing(aLast)) {
                    rule = "open";
                    isHard = false;
                } else if (wA >= upperQuartile(l.width, win[0], win[1]) - FULL_TOLERANCE) { // sorted only when asked
                    isHard = !hasClausePunct(t, as, ae) && overhangs(l, k);
                    rule = isHard ? "overhang" : "full";
                } else {
                    rule = "short";
                    isHard = true;
                }
            } else {
                // a subhead 总量：大理市“一枝独秀” above a blank line is a title despite its colon
                isHard = !hasClausePunct(t, as, ae) || blank && LineShape.isColonHeading(t, as, ae);
                rule = isHard ? "title" : "fragment";
            }
            hard[k] = isHard;
            if (trace != null) {
                trace.add(new Break(l.lineNo[k], l.lineNo[k + 1], isHard, rule));
            }
            firstLine = isHard && (rule.equals("sentence") || rule.equals("indent"));
            afterHeading = isHard && (aShaped || aSubtitle);
        }
    }

    /** A figure at the line's end, or a rate closing it (增长2.1倍). */
    private static boolean endsWithFigureOrRate(String t, int as, int ae) {
        return endsWithFigure(t, as, ae) || ae - as >= 2 && t.charAt(ae - 1) == '倍' && Character.isDigit(t.charAt(ae - 2));
    }

    /** True if the line ends with a figure: a digit, a percent sign, or at most three unit chars after a digit. */
    static boolean endsWithFigure(String t, int as, int ae) {
        int i = ae - 1;
        int tail = 0;
        while (i >= as && tail <= 3 && !Character.isDigit(t.charAt(i))) {
            char c = t.charAt(i);
            if (!(Character.isIdeographic(c) || c == '%' || c == '％' || c == '‰')) {
                return false;
            }
            tail++;
            i--;
        }
        return i >= as && Character.isDigit(t.charAt(i)) && tail <= 3;
    }

    private static int max(int[] widths, int lo, int hi) {
        int m = 0;
        for (int i = lo; i <= hi; i++) {
            m = Math.max(m, widths[i]);
        }
        return m;
    }

    /** The lines around A (indices {@code lo..hi}), not across an indented block start. */
    private static int[] window(Lines l, int k) {
        int lo = k;
        while (lo > 0 && k - lo < WINDOW && !l.indented(lo)) {
            lo--;
        }
        int hi = k + 1;
        if (l.indented(k + 1)) {
            hi = k;
        } else {
            while (hi + 1 < l.n && hi - k < WINDOW && !l.indented(hi + 1)) {
                hi++;
            }
        }
        return new int[] {lo, hi};
    }

    /** True if A is clearly wider than the column that B starts (B and the lines after it). */
    private static boolean overhangs(Lines l, int k) {
        int b = k + 1;
        if (l.indented(b)) {
            return false;
        }
        int hi = b;
        while (hi + 1 < l.n && hi - b < WINDOW - 1 && !l.indented(hi + 1)) {
            hi++;
        }
        if (hi - b + 1 < 3) {
            return false;
        }
        return l.width[k] > upperQuartile(l.width, b, hi) + OVERHANG;
    }

    private static int upperQuartile(int[] widths, int lo, int hi) {
        int[] w = Arrays.copyOfRange(widths, lo, hi + 1);
        Arrays.sort(w);
        return w[w.length - 1 - w.length / 4];
    }

    /**
     * How many single chars, each with a space before it, end the line {@code t[s, e)}
     * ({@code 三 大 产} → 2: the 三 has none before it; up to 3 counted).
     */
    static int spacedRunsAtEnd(String t, int s, int e) {
        int i = e;
        int runs = 0;
        while (runs < 3) {
            if (i - 1 < s || Chars.isSpace(t.charAt(i - 1))) {
                break;
            }
            i--;
            if (Character.isLowSurrogate(t.charAt(i)) && i > s) {
                i--;
            }
            if (i == s || !Chars.isSpace(t.charAt(i - 1))) {
                break;
            }
            runs++;
            while (i > s && Chars.isSpace(t.charAt(i - 1))) {
                i--;
            }
        }
        return runs;
    }

    /**
     * How many single chars, each with a space after it, start the line {@code t[s, e)}
     * ({@code 总 值 分 别增长} → 3; up to 3 counted).
     */
    static int spacedRunsAtStart(String t, int s, int e) {
        int i = s;
        int runs = 0;
        while (runs < 3 && i < e && !Chars.isSpace(t.charAt(i))) {
            i += Character.charCount(t.codePointAt(i));
            if (i >= e || !Chars.isSpace(t.charAt(i))) {
                break;
            }
            runs++;
            while (i < e && Chars.isSpace(t.charAt(i))) {
                i++;
            }
        }
        return runs;
    }

    /** A ends with sentence-final punctuation, maybe followed by closing quotes or brackets. */
    private static boolean endsSentence(String t, int s, int e) {
        int i = e - 1;
        int pictographs = 0; // 一起来看👇, 成绩单来了✌️: in a post, a pictograph closes the line's sentence
        while (i > s && (Chars.isPictograph(t.codePointBefore(i + 1)) || t.charAt(i) == '\uFE0F' || t.charAt(i) == '\u200D')) {
            pictographs++;
            i = Math.max(s, i - Character.charCount(t.codePointBefore(i + 1)));
        }
        if (pictographs > 0 && !Chars.isContinuing(t.charAt(i))) {
            return true;
        }
        while (i > s && Chars.isClosing(t.charAt(i))) {
            i--;
        }
        return Chars.isTerminal(t.charAt(i));
    }

    /**
     * A ends inside a number that B goes on with: {@code 1,100.\n9亿元}, {@code 9\n.6%}, and in a
     * narrow column also {@code 32.1\n亿元}, {@code 2.3亿\n元}, {@code 254\n个} (B goes on with an
     * ideograph: in wide text that would join a date line to the heading after it).
     */
    private static boolean numberGoesOn(String t, int as, int ae, int bs, boolean narrow) {
        int i = ae - 1;
        char last = t.charAt(i);
        if (last == '万' || last == '亿' || last == '千' || last == '百') {
            i--;
        }
        if (i < as) {
            return false;
        }
        char d = t.charAt(i);
        if (!(Chars.isDigit(d) || (d == '.' && i > as && Chars.isDigit(t.charAt(i - 1))))) {
            return false;
        }
        char b = t.charAt(bs);
        if (opensWithYear(t, bs)) {
            return false;   // 浏览次数：1286 | 2025年，全区…: a line that opens with a year starts anew
        }
        return Chars.isDigit(b) || b == '.' || b == '%' || b == '‰' || (narrow && Chars.isHan(t.codePointAt(bs)));
    }

    /** Four digits and 年 at {@code i} (2025年). */
    private static boolean opensWithYear(String t, int i) {
        if (i + 4 >= t.length()) {
            return false;
        }
        for (int k = i; k < i + 4; k++) {
            if (!Chars.isDigit(t.charAt(k))) {
                return false;
            }
        }
        return t.charAt(i + 4) == '年';
    }

    /**
     * Sentence punctuation or the enumeration comma or colon, after a leading list marker
     * ({@code 一、}, {@code （三）}, {@code 2.}): a line of running text, not a title.
     */
    private static boolean hasClausePunct(String t, int s, int e) {
        for (int i = LineShape.afterListMarker(t, s, e); i < e; i++) {
            char c = t.charAt(i);
            if (Chars.isSentencePunct(c) || c == '、' || c == '：' || c == ':') {
                if ((c == ':' || c == '：') && i > s && i + 1 < e && Character.isDigit(t.charAt(i - 1))
                        && Character.isDigit(t.charAt(i + 1))) {
                    continue; // 18:30, a time of day
                }
                return true;
            }
        }
        return false;
    }
}
