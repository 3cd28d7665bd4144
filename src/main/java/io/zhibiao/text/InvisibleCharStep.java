package io.zhibiao.text;

/**
 * Removes chars that print nothing: zero-width space, joiners and marks, soft hyphen, BOM / zero
 * width no-break space, bidi controls, word joiner and invisible operators, Mongolian vowel
 * separator, and C0/C1 control chars other than tab and the line breaks. A run of them that
 * separates two ASCII letters or digits and contains a zero-width space or a control char (which
 * stand for a word break in pasted text) becomes one space; otherwise it is deleted.
 */
final class InvisibleCharStep extends EditingStep {

    InvisibleCharStep() {
        super("invisibles");
    }

    static boolean isInvisible(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\r' && c != '\t' && c != '\u000B' && c != '\f';
        }
        return (c >= 0x7F && c <= 0x9F && c != '\u0085')
                || c == '\u00AD' || c == '\u180E' || c == '\uFEFF'
                || (c >= '\u200B' && c <= '\u200F')
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u206F');
    }

    private static boolean separatesWords(char c) {
        return c == '\u200B' || c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    @Override
    void edit(String text, Edits out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isInvisible(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean separator = false;
            while (i < n && isInvisible(text.charAt(i))) {
                separator |= separatesWords(text.charAt(i));
                i++;
            }
            boolean between = start > 0 && i < n
                    && Chars.isAsciiAlnum(text.charAt(start - 1)) && Chars.isAsciiAlnum(text.charAt(i));
            out.replace(start, i, separator && between ? " " : "");
        }
    }
}
