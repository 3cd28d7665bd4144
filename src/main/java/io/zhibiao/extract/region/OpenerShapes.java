package io.zhibiao.extract.region;

import io.zhibiao.text.Document;

/**
 * The shapes of text that keep a place from opening a section (docs/annotation.md 3.1), read by
 * {@link RegionAnalysis}: a table row, a one-line item labelled by its place, a place in brackets or
 * between 在 and 的. Text only, no lexicon.
 */
final class OpenerShapes {
    private OpenerShapes() {
    }

    /** 张家川回族自治县 | 18.6 | 10.9: a line of a table (pipes). */
    static boolean tableRow(String text, Document.Paragraph p) {
        for (int i = p.start(); i < p.end(); i++) {
            if (io.zhibiao.text.LineShape.isPipe(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** 非直管区（花溪、清镇…部分乡镇）: a place inside brackets glosses the words before them and opens no section. */
    static boolean bracketed(String text, Document.Paragraph p, Mention m) {
        int depth = 0;
        // back from the mention over at most BRACKET_REACH chars (linear in the text): an opening bracket not closed after it
        for (int i = m.start - 1; i >= Math.max(p.start(), m.start - BRACKET_REACH); i--) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                depth++;
            } else if (c == '（' || c == '(') {
                if (depth == 0) {
                    return true;
                }
                depth--;
            }
        }
        return false;
    }

    /** How far back a bracket around a mention may open. */
    static final int BRACKET_REACH = 40;

    /**
     * ● 天府新区：一般公共预算收入增长12.4%, 西咸新区：增长9.6%: a one-line item labelled by its place (the place,
     * a colon, figures after it) speaks of that place in the item only, as a table row does.
     */
    static boolean labelledItem(String text, Document.Paragraph p, Mention opener) {
        int after = opener.end;
        if (after >= p.end() || (text.charAt(after) != '：' && text.charAt(after) != ':')) {
            return false;
        }
        for (int i = p.start(); i < opener.start; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false; // 上半年，天府新区：… — the place does not open the line
            }
        }
        for (int i = after; i < p.end(); i++) {
            if (text.charAt(i) == '\n') {
                return false; // more than one line: a heading over a story
            }
        }
        for (int i = after; i < p.end(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * 在东莞的电子厂一干就是12年: a place between 在 and 的 says where a thing is (a locative modifier of
     * a noun); the paragraph is not about the place and it opens no section.
     */
    static boolean locativeModifier(String text, Mention m) {
        return m.start > 0 && text.charAt(m.start - 1) == '在' && m.cueEnd < text.length() && text.charAt(m.cueEnd) == '的';
    }

    /** The paragraph holds a digit. */
    static boolean hasDigit(String t, Document.Paragraph p) {
        for (int i = p.start(); i < p.end(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
