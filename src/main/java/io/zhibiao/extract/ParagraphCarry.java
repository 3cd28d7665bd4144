package io.zhibiao.extract;

import io.zhibiao.text.Document;

/**
 * What a sentence inherits from the sentences before it in its paragraph: the last record of the
 * sentence before (its indicator, for 增速分别为… and bare figures), the paragraph's last AMOUNT
 * record, and in a breakdown (分市州看，…) the record the paragraph had before its first breakdown.
 * One per document, fed sentence by sentence.
 */
final class ParagraphCarry {
    private Draft previous;
    private Draft previousAmount;
    private int previousParagraph = -1;
    private Draft beforeBreakdown; // the paragraph's last record before its first 分…看 breakdown
    private int breakdownParagraph = -1;

    /**
     * The record sentence {@code s} carries from: the last record of the sentence before in the same
     * paragraph, or, when {@code s} opens a breakdown, the one before the paragraph's first breakdown
     * (分三大门类看，…。分市州看，兰州、天水分别增长…: every breakdown breaks down the paragraph's
     * indicator, not the last item of the breakdown before). Null at a paragraph's start.
     */
    Draft previousRecord(String text, Document.Sentence s) {
        Draft before = s.paragraph() == previousParagraph ? previous : null;
        if (opensBreakdown(text, s.start(), s.end())) {
            if (breakdownParagraph == s.paragraph() && beforeBreakdown != null) {
                before = beforeBreakdown;
            } else {
                beforeBreakdown = before;
                breakdownParagraph = s.paragraph();
            }
        }
        return before;
    }

    /** The last AMOUNT record of the paragraph before sentence {@code s}, or null. */
    Draft previousAmount(Document.Sentence s) {
        return s.paragraph() == previousParagraph ? previousAmount : null;
    }

    /** Takes in what sentence {@code s} gave (nothing changes when it gave no record). */
    void read(ClauseReader reader, Document.Sentence s) {
        if (reader.last() == null) {
            return;
        }
        if (s.paragraph() != previousParagraph) {
            previousAmount = null;
        }
        previous = reader.last();
        previousParagraph = s.paragraph();
        if (reader.lastAmount() != null) {
            previousAmount = reader.lastAmount();
        }
    }

    /** The sentence opens with a breakdown: 分行业看，分市州看，从区域看， (分/从, at most 8 chars, 看，). */
    static boolean opensBreakdown(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= end || (text.charAt(i) != '分' && text.charAt(i) != '从')) {
            return false;
        }
        for (int j = i + 2; j <= Math.min(end - 2, i + 9); j++) {
            char c = text.charAt(j);
            if (c == '，' || c == '。' || c == ',') {
                return false;
            }
            if (c == '看' && (text.charAt(j + 1) == '，' || text.charAt(j + 1) == ',')) {
                return true;
            }
        }
        return false;
    }
}
