package io.zhibiao.text;

/**
 * Joins spaced-out text: removes a run of spaces (ASCII, tab, NBSP, U+3000, typographic spaces)
 * that has an ideograph, CJK punctuation or a full-width form on either side
 * ({@code 科 技 型 企 业} → {@code 科技型企业}, {@code 增长 32.1%} → {@code 增长32.1%},
 * {@code 2021 年} → {@code 2021年}), or that sits between a digit and a percent sign; removes
 * spaces at the start and end of a line. Two cases keep one ASCII space: a space between two
 * ASCII letters or digits (or quotes next to them) - {@code Model 3}, {@code SK hynix} - and the
 * space between two phrases of a line shaped like a headline or byline
 * ({@link LineShape#isHeadingShaped}: {@code “十四五”开局稳中有进 地区生产总值同比增长15.3%},
 * {@code 九龙坡区委书记 覃昌德}), which is how the text quotes it. In a table row flattened into a line
 * ({@link LineShape#isTabular}) each column separator (tab, ideographic space, two or more spaces)
 * becomes one space: {@code 地区生产总值　亿元　412.63　12.1} → {@code 地区生产总值 亿元 412.63 12.1}.
 */
final class SpaceStep extends EditingStep {

    SpaceStep() {
        super("spaces");
    }

    @Override
    void edit(String text, Edits out) {
        eachLine(text, out, SpaceStep::editLine);
    }

    private static void editLine(String t, int s, int e, Edits out) {
        int first = -1;
        for (int i = s; i < e; i++) {
            if (Chars.isSpace(t.charAt(i))) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return;
        }
        boolean heading = LineShape.isHeadingShaped(t, s, e);
        boolean tabular = LineShape.isTabular(t, s, e);
        int i = first;
        int prevRunStart = s; // start of the run of non-space chars before the space run at i
        while (i < e) {
            if (!Chars.isSpace(t.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < e && Chars.isSpace(t.charAt(j))) {
                j++;
            }
            int nextRunEnd = j;
            while (nextRunEnd < e && !Chars.isSpace(t.charAt(nextRunEnd))) {
                nextRunEnd++;
            }
            boolean keep = i > s && j < e
                    && (bothNarrow(t, i, j) && !(j == i + 1 && !tabular && insideSpacedNumber(t, i, s, e))
                            || (heading && phraseBreak(t, prevRunStart, i, j, nextRunEnd)) || tabular);
            if (!keep) {
                out.delete(i, j);
            } else if (t.charAt(i) != ' ' || j > i + 1) {
                out.replace(i, ' ');
                out.delete(i + 1, j);
            }
            prevRunStart = j;
            i = j;
        }
    }

    /**
     * The single space at {@code i} is inside one number that a PDF spread out, in running text: digits,
     * points and single spaces only, after an ideograph and before an ideograph or a percent sign (spaces
     * of spaced-out text between them allowed) ({@code 增加值2 86.7亿元}, {@code 增长4 .2%}, {@code 总值6 1 8 .3亿元}). Two numbers
     * side by side in prose would have a word between them; tables keep their spaces.
     */
    static boolean insideSpacedNumber(String t, int i, int s, int e) {
        char l = t.charAt(i - 1);
        char r = t.charAt(i + 1);
        if (!(Chars.isDigit(l) || l == '.') || !(Chars.isDigit(r) || r == '.') || l == '.' && r == '.') {
            return false;
        }
        int y = i + 1;
        while (y < e && Chars.isDigit(t.charAt(y))) {
            y++;
        }
        if (y - (i + 1) == 4 && y < e && t.charAt(y) == '年') {
            return false;   // 表2 2013年…: a label's number, then a year
        }
        int x = i - 1;
        while (x > s && Chars.isDigit(t.charAt(x - 1))) {
            x--;
        }
        if (x > s && i - x <= 2 && (t.charAt(x - 1) == '表' || t.charAt(x - 1) == '图')) {
            return false;   // 表1 10月份…, 图3 1-9月…: a table's or figure's number, then its title
        }
        int a = i - 1;
        while (a > s && (Chars.isDigit(t.charAt(a - 1)) || t.charAt(a - 1) == '.'
                || t.charAt(a - 1) == ' ' && a - 2 >= s && (Chars.isDigit(t.charAt(a - 2)) || t.charAt(a - 2) == '.'))) {
            a--;
        }
        int b = i + 1;
        while (b < e && (Chars.isDigit(t.charAt(b)) || t.charAt(b) == '.'
                || t.charAt(b) == ' ' && b + 1 < e && (Chars.isDigit(t.charAt(b + 1)) || t.charAt(b + 1) == '.'))) {
            b++;
        }
        // spaced-out text around the number (值 1 0 2 . 6 亿 元): look past the spaces at its ends
        int before = a - 1;
        while (before > s && Chars.isSpace(t.charAt(before))) {
            before--;
        }
        int after = b;
        while (after < e && Chars.isSpace(t.charAt(after))) {
            after++;
        }
        if (before < s || after >= e) {
            return false;
        }
        char l0 = t.charAt(before);
        char r0 = t.charAt(after);
        return Chars.isHan(l0) && (Chars.isHan(r0) || r0 == '%' || r0 == '‰');
    }

    /** Kind of a char next to a space: 0 narrow (ASCII, Latin, Greek …), 1 neutral (curly quotes, dashes …), 2 wide. */
    private static int kind(int cp) {
        if (Chars.isWide(cp)) {
            return 2;
        }
        if (cp < 0x2000) {
            return 0;
        }
        return 1;
    }

    /** Both sides are narrow or neutral, at least one is an ASCII letter or digit, and it is not {@code 4.8 %}. */
    private static boolean bothNarrow(String t, int i, int j) {
        int left = t.codePointBefore(i);
        int right = t.codePointAt(j);
        if (kind(left) == 2 || kind(right) == 2) {
            return false;
        }
        if (Chars.isDigit(left) && (right == '%' || right == '‰')) {
            return false;
        }
        return Chars.isAsciiAlnum(left) || Chars.isAsciiAlnum(right);
    }

    /**
     * The space between {@code t[a, i)} and {@code t[j, b)} separates two phrases of 2+ ideographs;
     * the first may end with a figure's percent sign (固定资产投资增长3.8% 房地产市场仍处调整期).
     */
    private static boolean phraseBreak(String t, int a, int i, int j, int b) {
        if (hanCount(t, a, i) < 2 || hanCount(t, j, b) < 2) {
            return false;
        }
        char last = t.charAt(i - 1);
        char first = t.charAt(j);
        boolean leftOk = Chars.isHan(t.codePointBefore(i)) || Chars.isClosing(last) || last == '%' || last == '‰';
        boolean rightOk = Chars.isHan(t.codePointAt(j)) || first == '“' || first == '‘' || first == '《'
                || first == '（' || first == '「';
        return leftOk && rightOk;
    }

    private static int hanCount(String t, int s, int e) {
        int c = 0;
        for (int i = s; i < e; ) {
            int cp = t.codePointAt(i);
            if (Chars.isHan(cp)) {
                c++;
            }
            i += Character.charCount(cp);
        }
        return c;
    }
}
