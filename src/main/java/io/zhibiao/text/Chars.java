package io.zhibiao.text;

/** Character classes the normalization steps share. All methods are pure. */
public final class Chars {
    private Chars() {
    }

    /** A Han ideograph (CJK unified, extensions, compatibility) or 〇. */
    static boolean isHan(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFF)
                || cp == 0x3007;
    }

    /**
     * A char of the "wide" CJK script world: Han, kana, hangul, CJK symbols and punctuation
     * (、。〈〉《》「」【】…), full-width forms (，：；（）！？). A space next to one of these is
     * layout, not a word boundary.
     */
    static boolean isWide(int cp) {
        return isHan(cp)
                || (cp >= 0x3001 && cp <= 0x303F)   // CJK symbols and punctuation (not U+3000)
                || (cp >= 0x3040 && cp <= 0x30FF)   // kana
                || (cp >= 0x2E80 && cp <= 0x2FDF)   // radicals
                || (cp >= 0x31C0 && cp <= 0x31EF)   // strokes
                || (cp >= 0xAC00 && cp <= 0xD7AF)   // hangul
                || (cp >= 0xFE30 && cp <= 0xFE4F)   // CJK compatibility forms
                || (cp >= 0xFF01 && cp <= 0xFF60)   // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }

    /** An ASCII letter or digit. */
    static boolean isAsciiAlnum(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A horizontal space: ASCII space and tab, NBSP, the typographic spaces U+2000–U+200A, narrow
     * and medium spaces, the ideographic space U+3000. Not a line break, not a zero-width char.
     */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';
    }

    /** Punctuation that ends a sentence (also inside a line): 。！？；… and their ASCII forms. */
    static boolean isTerminal(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '…' || c == '!' || c == '?' || c == ';'
                || c == '：' || c == ':';
    }

    /** Closing quotes and brackets, which may follow a terminal mark. */
    static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == '）' || c == ')' || c == '」' || c == '』'
                || c == '】' || c == '》' || c == '〉' || c == ']' || c == '〕';
    }

    /** An emoji or pictograph (👇 ✌ 🔥 📈): a symbol of the pictograph blocks, not a bullet or an arrow. */
    static boolean isPictograph(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL
                && (cp >= 0x1F000 && cp <= 0x1FAFF || cp >= 0x2600 && cp <= 0x27BF && cp != 0x2605 && cp != 0x2606);
    }

    /** Punctuation after which a clause obviously goes on: commas, enumeration commas, opening marks, dashes. */
    static boolean isContinuing(char c) {
        return c == '，' || c == ',' || c == '、' || c == '“' || c == '‘' || c == '（' || c == '(' || c == '《'
                || c == '〈' || c == '「' || c == '『' || c == '【' || c == '—' || c == '-' || c == '·'
                || c == '〔' || c == '[';
    }

    /**
     * Punctuation that only running text has: a line with none of these (and short) is shaped like a
     * headline, a byline, a box title.
     */
    /**
     * The comma at {@code i} groups the thousands of a figure (2,400億元, 7,209,642人): a digit before it, three
     * after it, then no digit (before {@code end}). It is no punctuation of a sentence.
     */
    public static boolean groupsThousands(CharSequence text, int i, int end) {
        if (text.charAt(i) != ',' || i == 0 || text.charAt(i - 1) < '0' || text.charAt(i - 1) > '9') {
            return false;
        }
        for (int k = i + 1; k <= i + 3; k++) {
            if (k >= end || text.charAt(k) < '0' || text.charAt(k) > '9') {
                return false;
            }
        }
        return i + 4 >= end || text.charAt(i + 4) < '0' || text.charAt(i + 4) > '9';
    }

    static boolean isSentencePunct(char c) {
        return c == '，' || c == '。' || c == '；' || c == '！' || c == '？' || c == ',' || c == ';' || c == '!'
                || c == '?';
    }

    /**
     * Punctuation that Chinese typesetting never puts at the start of a line (the closing half of
     * the 避头尾 rules): a line starting with one of these goes on from the line before.
     */
    static boolean cannotStartLine(char c) {
        return c == '。' || c == '，' || c == '、' || c == '；' || c == '：' || c == '？' || c == '！' || c == '）'
                || c == '》' || c == '」' || c == '』' || c == '】' || c == '〕' || c == '〉' || c == '”' || c == '’'
                || c == '…' || c == ',' || c == '.' || c == ';' || c == ':' || c == '?' || c == '!' || c == ')'
                || c == ']' || c == '}' || c == '％' || c == '%' || c == '‰';
    }

    /** Quotes that print narrow (half an ideograph) in Chinese newspaper type. */
    static boolean isNarrowQuote(char c) {
        return c == '“' || c == '”' || c == '‘' || c == '’';
    }
}
