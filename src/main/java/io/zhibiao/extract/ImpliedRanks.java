package io.zhibiao.extract;

import io.zhibiao.Qualifier;
import io.zhibiao.QuantityMention;
import io.zhibiao.quantity.QuantityMatch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranks stated without a number: 三山区以11.6%的增速领跑全市 is first place. A word of the class
 * {@code implied-first} (words.tsv) becomes an ordinal figure of value 1 at its own span, which the
 * clause rules then read like 第一 (clauses.tsv, {@code kind:rank-implied}); the words after it up to
 * the clause's end are its scope. Only after a rate frame (以14.7%的增速领跑) or before a scope (领跑全市,
 * 领跑各县); not inside a number, nor before a word of class {@code implied-first-not} (领跑者: a noun).
 */
final class ImpliedRanks {
    private ImpliedRanks() {
    }

    /** The figures plus one ordinal per implied first place, in text order. */
    static List<QuantityMatch> add(DocumentView view, List<QuantityMatch> figures) {
        String text = view.text();
        Words words = view.lexicons().words();
        List<String> firsts = words.list("implied-first");
        List<QuantityMatch> found = new ArrayList<>();
        for (String w : firsts) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length())) {
                int end = at + w.length();
                if (words.startsWithAny("implied-first-not", text.substring(end, Math.min(text.length(), end + 4)))
                        || inside(figures, at, end) || inside(found, at, end)
                        || !(framedBefore(text, at, words) || scopeAfter(view, end))) {
                    continue;
                }
                found.add(new QuantityMatch(at, end, at, BigDecimal.ONE, null, null, null, Qualifier.EXACT,
                        QuantityMention.Type.ORDINAL));
            }
        }
        if (found.isEmpty()) {
            return figures;
        }
        List<QuantityMatch> out = new ArrayList<>(figures.size() + found.size());
        out.addAll(figures);
        out.addAll(found);
        out.sort(java.util.Comparator.comparingInt(QuantityMatch::start));
        return out;
    }

    /** 以14.7%的增速领跑: a rate word after 的 right before the word. */
    private static boolean framedBefore(String text, int at, Words words) {
        for (String w : words.list("bare-rate")) {
            if (text.startsWith("的" + w, at - w.length() - 1) && at - w.length() - 1 >= 0) {
                return true;
            }
        }
        return false;
    }

    /** 领跑全市, 领跑各县: a place or a scope word (class implied-first-scope) right after the word. */
    private static boolean scopeAfter(DocumentView view, int end) {
        String text = view.text();
        return end < text.length() && (view.regionStartingAt(end) != null
                || view.lexicons().words().startsWithAny("implied-first-scope", text.substring(end, Math.min(text.length(), end + 2))));
    }

    /** True if {@code q} is an implied first place (its text is a word, not a number). */
    static boolean isImplied(String text, QuantityMatch q, Words words) {
        return q.type() == QuantityMention.Type.ORDINAL && words.is("implied-first", text.substring(q.start(), q.end()));
    }

    private static boolean inside(List<QuantityMatch> qs, int start, int end) {
        for (QuantityMatch q : qs) {
            if (q.start() < end && start < q.end()) {
                return true;
            }
        }
        return false;
    }
}
