package io.zhibiao.text;

import java.util.Map;

/**
 * HTML left in text copied or scraped from a web page: a block tag ({@code <p>}, {@code </div>},
 * {@code <br/>}, {@code <tr>}, {@code <li>}, {@code <h2>} …) becomes a line break, a table cell tag
 * ({@code <td>}, {@code <th>}) a space, an inline tag ({@code <span …>}, {@code <strong>}, {@code <a
 * href=…>}, {@code <font>} …) nothing; a character reference ({@code &nbsp;}, {@code &amp;},
 * {@code &ldquo;}, {@code &#20013;}, {@code &#x4E2D;}) the character it names. Only the tag names
 * of {@link #BLOCK}, {@link #CELL} and {@link #INLINE} are read as tags: {@code <5%} or {@code <10亿元}
 * stay text. The offset map keeps every record's evidence on the original page's characters.
 */
final class MarkupStep extends EditingStep {
    private static final java.util.Set<String> BLOCK = java.util.Set.of("p", "br", "div", "tr", "li", "ul", "ol", "table",
            "tbody", "thead", "tfoot", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "section", "article", "blockquote",
            "header", "footer", "pre", "dd", "dt", "dl", "center");
    private static final java.util.Set<String> CELL = java.util.Set.of("td", "th");
    private static final java.util.Set<String> INLINE = java.util.Set.of("span", "strong", "b", "i", "em", "font", "a",
            "img", "sup", "sub", "u", "small", "big", "label", "o:p");
    private static final int MAX_TAG = 300;

    /** Named character references seen in Chinese news pages; any other name stays as written. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("nbsp", " "), Map.entry("ensp", " "), Map.entry("emsp", " "), Map.entry("thinsp", " "),
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"), Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"),
            Map.entry("middot", "·"), Map.entry("times", "×"), Map.entry("divide", "÷"), Map.entry("permil", "‰"),
            Map.entry("plusmn", "±"), Map.entry("deg", "°"), Map.entry("yen", "¥"), Map.entry("copy", "©"));

    MarkupStep() {
        super("markup");
    }

    @Override
    void edit(String text, Edits out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end = -1;
            String with = null;
            if (c == '<') {
                end = tagEnd(text, i);
                if (end > 0) {
                    String name = tagName(text, i);
                    with = BLOCK.contains(name) ? "\n" : CELL.contains(name) ? " " : "";
                }
            } else if (c == '&') {
                end = referenceEnd(text, i);
                with = end > i + 1 ? reference(text.substring(i + 1, end)) : null;
                end = with == null ? -1 : end + 1;
            }
            if (end > 0) {
                out.replace(i, end, with);
                i = end;
            } else {
                i++;
            }
        }
    }

    /** The end (past {@code >}) of a known tag opening at {@code i}, or -1. */
    private static int tagEnd(String text, int i) {
        String name = tagName(text, i);
        if (name == null || !(BLOCK.contains(name) || CELL.contains(name) || INLINE.contains(name))) {
            return -1;
        }
        int limit = Math.min(text.length(), i + MAX_TAG);
        for (int j = i + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '>') {
                return j + 1;
            }
            if (c == '<' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The {@code ;} that closes a reference opening at {@code i}, looked for only within the
     * longest reference name ({@code &#x4E2D;} or {@code &hellip;}), or -1: a page with many
     * {@code &} and no {@code ;} (R&D, A&B) is read in linear time.
     */
    private static int referenceEnd(String text, int i) {
        int limit = Math.min(text.length(), i + 11);
        for (int j = i + 1; j < limit; j++) {
            if (text.charAt(j) == ';') {
                return j;
            }
        }
        return -1;
    }

    /** The lower-case name of a tag at {@code i} ({@code <p>}, {@code </P>}, {@code <br/>}, {@code <o:p>}), or null. */
    private static String tagName(String text, int i) {
        int j = i + 1;
        if (j < text.length() && text.charAt(j) == '/') {
            j++;
        }
        int s = j;
        while (j < text.length() && j - s < 8 && (Chars.isAsciiAlnum(text.charAt(j)) || text.charAt(j) == ':')) {
            j++;
        }
        if (j == s || !Character.isLetter(text.charAt(s)) || j >= text.length()) {
            return null;
        }
        char after = text.charAt(j);
        if (after != '>' && after != ' ' && after != '/' && after != '\t') {
            return null;
        }
        return text.substring(s, j).toLowerCase(java.util.Locale.ROOT);
    }

    /** The text a reference names (nbsp, #20013, #x4E2D), or null when it names nothing known. */
    static String reference(String name) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return cp >= 0x20 && cp < 0xFFFF && !Character.isSurrogate((char) cp) ? String.valueOf((char) cp) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(name);
    }
}
