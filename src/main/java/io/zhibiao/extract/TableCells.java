package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a line of a table flattened into text (runs between spaces, tabs and pipes), and the
 * lines and cells that hold no content: drawn rules (|---|, ├──┼──┤) and placeholders (—, /).
 */
final class TableCells {
    private final String text;

    TableCells(String text) {
        this.text = text;
    }

    List<Tables.Cell> cells(int start, int end) {
        List<Tables.Cell> out = new ArrayList<>();
        int s = -1;
        for (int i = start; i <= end; i++) {
            boolean sep = i == end || text.charAt(i) == ' ' || text.charAt(i) == '\t' || io.zhibiao.text.LineShape.isPipe(text.charAt(i));
            if (sep) {
                if (s >= 0 && !isRule(text, s, i)) {
                    out.add(new Tables.Cell(s, i, text.substring(s, i)));
                }
                s = -1;
            } else if (s < 0) {
                s = i;
            }
        }
        return out;
    }

    /**
     * A cell of a table's drawn lines, no content: the alignment row of a Markdown table (|---|:---:|),
     * box-drawing rules (├──┼──┤), a row of = signs. Two chars at least (a lone — is a placeholder).
     */
    static boolean isRule(String text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (RULE_CHARS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static final String RULE_CHARS = "-:—－─━═=+┼├┤┬┴┌┐└┘╋┣┫┳┻┏┓┗┛";

    /** A line that holds only a table's drawn lines and separators (|---|---|), or nothing. */
    boolean ruleLine(int start, int end) {
        boolean rule = false;
        int s = -1;
        for (int i = start; i <= end; i++) {
            boolean sep = i == end || text.charAt(i) == ' ' || text.charAt(i) == '\t' || io.zhibiao.text.LineShape.isPipe(text.charAt(i));
            if (sep) {
                if (s >= 0) {
                    if (!isRule(text, s, i)) {
                        return false;
                    }
                    rule = true;
                }
                s = -1;
            } else if (s < 0) {
                s = i;
            }
        }
        return rule;
    }

    /** A cell that stands for no figure: —, －, …, /. */
    static boolean isPlaceholder(String c) {
        if (c.isEmpty() || c.length() > 2) {
            return false;
        }
        for (int i = 0; i < c.length(); i++) {
            if ("—－-…/／".indexOf(c.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }


    static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (c != '.' && c != '-' && c != ',' && c != '+' && !(i == 0 && c == '−')
                    && !(c == '%' && i == s.length() - 1 && i > 0)) { // +3.2%: a change cell with its sign
                return false;
            }
        }
        return digits > 0;
    }

    /**
     * The unit a table's note gives ({@code （单位：亿元）}, {@code 单位：万元}) in [start, end), as written, or null: the
     * text after 单位： up to a bracket, a space, a punctuation mark or the end.
     */
    static String unitNote(String text, int start, int end) {
        for (int i = start; i + 3 < end; i++) {
            if (text.charAt(i) == '单' && text.charAt(i + 1) == '位' && (text.charAt(i + 2) == '：' || text.charAt(i + 2) == ':')) {
                int j = i + 3;
                while (j < end && j - i < 12 && "）)】 　，。；,;\n".indexOf(text.charAt(j)) < 0) {
                    j++;
                }
                return j > i + 3 ? text.substring(i + 3, j).strip() : null;
            }
        }
        return null;
    }
}
