package io.zhibiao.text;

/** Shape tests on one line {@code text[s, e)} (without its line break), shared by the line and space steps. */
public final class LineShape {
    private LineShape() {
    }

    /** Widest line, in half-ideograph units, that can still be a headline. */
    static final int MAX_HEADING_WIDTH = 80;

    /**
     * The printed width of a line in half-ideograph units: an ideograph, full-width form or CJK
     * punctuation is 2, an ASCII char (digits and Latin print half-width in Chinese newspapers), an
     * ASCII space and the curly quotes (set narrow) are 1, an ideographic space is 2. Spaced-out text
     * counts its spaces: they fill the column like the chars do.
     */
    static int width(String text, int s, int e) {
        int w = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            if (c == '\u3000') {
                w += 2;
            } else if (c < 0x2000 || Chars.isSpace(c) || Chars.isNarrowQuote(c)) {
                w += 1;
            } else {
                w += 2;
            }
        }
        return w;
    }

    /** True if the line has a comma, full stop, semicolon, exclamation or question mark. */
    static boolean hasSentencePunct(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Chars.isSentencePunct(text.charAt(i)) && !Chars.groupsThousands(text, i, e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shaped like a headline or a byline: no sentence punctuation, at most
     * {@value #MAX_HEADING_WIDTH} half-units wide, and a space between two phrases of 2+ ideographs
     * each ({@code 渝北 产业五“千亿” 生态“双十万”}, {@code 九龙坡区委书记 覃昌德}). Spaced-out single
     * chars ({@code 分 别 增 长}) and a space before a number do not count.
     */
    static boolean isHeadingShaped(String text, int s, int e) {
        if (hasSentencePunct(text, s, e) || width(text, s, e) > MAX_HEADING_WIDTH) {
            return false;
        }
        int prevHan = -1; // Han chars in the previous run, -1 before the first run
        boolean prevEndsWell = false;
        int i = s;
        while (i < e) {
            while (i < e && Chars.isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= e) {
                break;
            }
            int runStart = i;
            int han = 0;
            while (i < e && !Chars.isSpace(text.charAt(i))) {
                int cp = text.codePointAt(i);
                if (Chars.isHan(cp)) {
                    han++;
                }
                i += Character.charCount(cp);
            }
            char first = text.charAt(runStart);
            boolean startsWell = Chars.isHan(text.codePointAt(runStart)) || first == '“' || first == '‘'
                    || first == '《' || first == '（' || first == '「';
            if (prevHan >= 2 && prevEndsWell && han >= 2 && startsWell) {
                return true;
            }
            char last = text.charAt(i - 1);
            prevEndsWell = Chars.isHan(text.codePointBefore(i)) || Chars.isClosing(last) || last == '%' || last == '‰';
            prevHan = han;
        }
        return false;
    }

    /** Could be a headline, a subtitle, a box title: no sentence punctuation and not wide. */
    /**
     * A subhead of the form lead：words ({@code 总量：大理市“一枝独秀”}, {@code 增速：宾川以12.1%领跑}): one colon
     * after a lead of 1 to 8 ideographs, words after it, no other clause punctuation, a heading's width.
     */
    static boolean isColonHeading(String text, int s, int e) {
        int colon = -1;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '：' || c == ':') {
                if (colon >= 0) {
                    return false;
                }
                colon = i;
            } else if ((Chars.isSentencePunct(c) || c == '、' || c == '，' || c == ',') && !Chars.groupsThousands(text, i, e)) {
                return false;
            }
        }
        if (colon < 0 || colon - s < 1 || colon - s > 8 || e - colon < 3) {
            return false;
        }
        for (int i = s; i < colon; i++) {
            if (!Character.isIdeographic(text.charAt(i))) {
                return false;
            }
        }
        return width(text, s, e) <= MAX_HEADING_WIDTH;
    }

    /**
     * True if the line is one labelled figure: a short label, a colon, and a number with at most a
     * percent sign or up to three unit chars after it ({@code 宣城市：10.4}, {@code 琅琊区：-1.8},
     * {@code 全省：7.3%}); no other punctuation.
     */
    static boolean isLabelledFigure(String text, int s, int e) {
        int colon = labelColon(text, s, e, 20, false);
        if (colon <= s) {
            return false;
        }
        int i = colon + 1;
        while (i < e && Chars.isSpace(text.charAt(i))) {
            i++;
        }
        if (i < e && (text.charAt(i) == '-' || text.charAt(i) == '−' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        while (i < e && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (i == digits) {
            return false;
        }
        int tail = 0;
        while (i < e && tail <= 3 && (Character.isIdeographic(text.charAt(i)) || text.charAt(i) == '%' || text.charAt(i) == '‰')) {
            i++;
            tail++;
        }
        return i == e;
    }

    /**
     * True if the line opens with a label and a colon and gives a figure soon after it, as the lines of
     * a monthly bulletin's list of indicators do ({@code 规模以上工业营业收入：612.8亿元，增长8.9%},
     * {@code 规模以上工业企业数（2月末）：2186户}, {@code 固定资产投资：同比增长7.8%}): a label of 2 to 24
     * chars without clause punctuation, then a digit within 10 chars of the colon.
     */
    static boolean isLabelledLine(String text, int s, int e) {
        int colon = labelColon(text, s, e, 24, true);
        if (colon < s + 2) {
            return false;
        }
        for (int i = colon + 1; i < e && i - colon <= 10; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The colon that ends a line's label (within {@code maxLabel} chars of its start, no clause
     * punctuation before it, digits only when {@code digits}: 企业数（2月末）), or -1.
     */
    private static int labelColon(String text, int s, int e, int maxLabel, boolean digits) {
        for (int i = s; i < e && i - s <= maxLabel; i++) {
            char c = text.charAt(i);
            if (c == '：' || c == ':') {
                return i;
            }
            if ("，。；、！？,;".indexOf(c) >= 0 || !digits && Character.isDigit(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** A short line that only names what the lines after it list: 主要工业产品产量： (no other punctuation). */
    static boolean isListHead(String text, int s, int e) {
        if (e - s < 3 || e - s > 24 || !(text.charAt(e - 1) == '：' || text.charAt(e - 1) == ':')) {
            return false;
        }
        for (int i = s; i < e - 1; i++) {
            if ("，。；、：！？,;:".indexOf(text.charAt(i)) >= 0 || Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isHeadingLike(String text, int s, int e) {
        return !hasSentencePunct(text, s, e) && width(text, s, e) <= MAX_HEADING_WIDTH;
    }

    /**
     * True if the line opens a bracket or a quote it does not close ({@code 本报讯（记者 王晓东 通讯}):
     * it goes on in the next line.
     */
    static boolean hasUnclosedBracket(String text, int s, int e) {
        int round = 0;
        int quote = 0;
        int book = 0;
        int square = 0;
        for (int i = s; i < e; i++) {
            switch (text.charAt(i)) {
                case '（', '(' -> round++;
                case '）', ')' -> round = Math.max(0, round - 1);
                case '“' -> quote++;
                case '”' -> quote = Math.max(0, quote - 1);
                case '《' -> book++;
                case '》' -> book = Math.max(0, book - 1);
                case '【', '「', '『' -> square++;
                case '】', '」', '』' -> square = Math.max(0, square - 1);
                default -> {
                }
            }
        }
        return round > 0 || quote > 0 || book > 0 || square > 0;
    }

    /**
     * A column separator of a table row: a tab, an ideographic space, or two or more spaces. A
     * single ASCII space is not one (PDF text has those inside running text).
     */
    static boolean isColumnSeparator(String text, int s, int e) {
        if (e - s >= 2) {
            return true;
        }
        char c = text.charAt(s);
        return c == '\t' || c == '\u3000';
    }

    /** Most characters of the unit between a box item's figure and its colon (亿元, 万人次, %). */
    private static final int ITEM_UNIT = 4;

    /**
     * A figure-first box item ({@code 386.2亿元：前三季度全市地区生产总值}, {@code 7.4%：…增速},
     * {@code 第二：…排名}) of a 数读/数说 box: a number or 第+numeral, a short unit, then a colon.
     */
    static boolean isFigureItem(String text, int s, int e) {
        int i = s;
        if (i < e && text.charAt(i) == '第') {
            i++;
        }
        int d = i;
        while (i < e && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == ','
                || "一二三四五六七八九十".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        if (i == d || !Character.isDigit(text.charAt(d)) && text.charAt(s) != '第') {
            return false;
        }
        int u = i;
        while (i < e && i - u <= ITEM_UNIT && text.charAt(i) != '：' && text.charAt(i) != ':'
                && !Chars.isSpace(text.charAt(i)) && "，。；、".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i < e && i - u <= ITEM_UNIT && (text.charAt(i) == '：' || text.charAt(i) == ':');
    }

    /**
     * Shaped like a row of a table flattened into a line ({@code 地区生产总值　亿元　412.63　12.1},
     * {@code 麒麟区\t123.45\t13.2}, {@code 水泥 | 万吨 | 1286.4}): no sentence punctuation, at least two
     * column separators ({@link #isColumnSeparator}, or a pipe between spaces) between fields, and a
     * field that starts with a digit.
     */
    static boolean isTabular(String text, int s, int e) {
        if (hasSentencePunct(text, s, e)) {
            return false;
        }
        int separators = 0;
        int pipes = 0;
        boolean numeric = false;
        int runs = 0;
        int singleRuns = 0;
        int numericRuns = 0;
        int i = s;
        while (i < e) {
            if (Chars.isSpace(text.charAt(i))) {
                int j = i;
                while (j < e && Chars.isSpace(text.charAt(j))) {
                    j++;
                }
                if (i > s && j < e && isColumnSeparator(text, i, j)) {
                    separators++;
                }
                i = j;
            } else {
                int j = i;
                while (j < e && !Chars.isSpace(text.charAt(j))) {
                    j++;
                }
                if (j - i == 1 && isPipe(text.charAt(i))) {
                    separators++;   // 水泥 | 万吨 | 1286.4 | 12.7
                    pipes++;
                    i = j;
                    continue;
                }
                runs++;
                singleRuns += j - i == 1 && !Chars.isDigit(text.charAt(i)) ? 1 : 0;
                boolean digitRun = Chars.isDigit(text.charAt(i));
                numericRuns += digitRun ? 1 : 0;
                numeric |= digitRun;
                i = j;
            }
        }
        if (separators >= 2 && numeric || pipes >= 2) {   // column rules: a row even without figures (指标 | 单位 | 绝对值)
            return true;
        }
        // single spaces between words and numbers, not between single characters (科 技 型): a table
        // flattened into one line (指标 单位 绝对值 增速 地区生产总值 亿元 112.6 10.8 …)
        return runs >= 6 && numericRuns >= 2 && singleRuns * 10 < runs * 3;
    }

    /** A column rule of a table pasted as text (水泥 | 万吨 | 1286.4). */
    /** A cell separator of a text table: | ｜ │. */
    public static boolean isPipe(char c) {
        return c == '|' || c == '｜' || c == '│';
    }

    /**
     * Where the text of a line starts after a list marker: {@code 一、}, {@code 十二、},
     * {@code （三）}, {@code (2)}, {@code 3、}, {@code 4.} (not a decimal point); {@code s} if none.
     */
    static int afterListMarker(String text, int s, int e) {
        int i = s;
        if (i < e && (text.charAt(i) == '（' || text.charAt(i) == '(')) {
            int j = skipNumeral(text, i + 1, e);
            if (j > i + 1 && j < e && (text.charAt(j) == '）' || text.charAt(j) == ')')) {
                return j + 1;
            }
            return s;
        }
        int j = skipNumeral(text, i, e);
        if (j == i || j >= e) {
            return s;
        }
        char c = text.charAt(j);
        if (c == '、') {
            return j + 1;
        }
        if ((c == '.' || c == '．') && Chars.isDigit(text.charAt(i)) && !(j + 1 < e && Chars.isDigit(text.charAt(j + 1)))) {
            return j + 1;
        }
        return s;
    }

    /** Skips up to three Chinese numerals or up to two digits. */
    private static int skipNumeral(String text, int i, int e) {
        int j = i;
        if (j < e && Chars.isDigit(text.charAt(j))) {
            while (j < e && j - i < 2 && Chars.isDigit(text.charAt(j))) {
                j++;
            }
            return j;
        }
        while (j < e && j - i < 3 && "一二三四五六七八九十".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j;
    }
}
