package io.zhibiao.extract;

import io.zhibiao.Kind;
import io.zhibiao.text.Document;
import java.util.List;

/**
 * A list introduced by a label that names what its items measure, the prose form of a table of
 * products: {@code 主要工业产品产量：发电量261.4亿千瓦时，增长8.9%；原盐1265.3万吨，下降3.1%} → 原盐产量,
 * 发电量 (it already names a measure). The label's head word is a {@code table-title-head} of
 * words.tsv, as for table titles; names that end in a {@code table-measure-end} word keep theirs.
 */
final class ListHeads {
    /** How far back from a figure its list's label may stand, and how long a label may be. */
    private static final int MAX_LIST = 400;
    private static final int MAX_LABEL = 30;

    private ListHeads() {
    }

    /** Puts the label's head after the metric of every record of such a list. */
    static void apply(DocumentView view, List<Draft> drafts) {
        String text = view.text();
        Words words = view.lexicons().words();
        for (Draft d : drafts) {
            if (d.metric == null || d.kind == Kind.RANK || d.fromTable) {
                continue;
            }
            String head = labelHead(view, text, words, d.q.start());
            if (head != null && !d.metric.contains(head) && !words.endsWithAny("table-measure-end", d.metric)) {
                d.metric = d.metric + head;
                d.trace.add(Rule.METRIC_LIST_HEAD.id());
            }
        }
    }

    /** The head word of the label (…产量：) the list holding {@code offset} opens with, or null. */
    private static String labelHead(DocumentView view, String text, Words words, int offset) {
        Document.Paragraph p = view.document().paragraphAt(offset);
        int colon = -1;
        int from = Math.max(p.start(), offset - MAX_LIST);   // bounded: linear time on long paragraphs
        for (int i = offset - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                return null;
            }
            if (c == '：' || c == ':') {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return null;
        }
        int start = colon;
        while (start > Math.max(p.start(), colon - MAX_LABEL) && "。，；,;".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        String label = text.substring(start, colon);
        for (String h : words.list("table-title-head")) {
            if (label.endsWith(h)) {
                return h;
            }
        }
        return null;
    }
}
