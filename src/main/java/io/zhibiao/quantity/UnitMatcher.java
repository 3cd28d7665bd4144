package io.zhibiao.quantity;

import static io.zhibiao.quantity.NumChars.isInlineSpace;
import static io.zhibiao.quantity.NumChars.isLatin;

import io.zhibiao.lexicon.UnitTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the unit written after a number: the longest unit of the unit table at a position, spaces
 * between its characters allowed (个 百 分 点), 多/余 allowed after a leading 个 (3个多月, 1个多百分点),
 * Latin units only as a whole run of letters (5kg, not 5G), and no unit where the text continues
 * into a word that is not that unit (3方面, 5成立). Immutable.
 */
final class UnitMatcher {
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        String unit;
    }

    /** A unit found in the text. */
    record Hit(String unit, int start, int end, boolean moreThan) {
    }

    private final Node root = new Node();
    private final QuantityLexicon lex;

    UnitMatcher(UnitTable units, QuantityLexicon lex) {
        this.lex = lex;
        for (String u : units.units().keySet()) {
            Node n = root;
            for (int i = 0; i < u.length(); i++) {
                n = n.next.computeIfAbsent(u.charAt(i), c -> new Node());
            }
            n.unit = u;
        }
    }

    /** The longest valid unit starting at {@code pos}, or null. */
    Hit match(String t, int pos) {
        int n = t.length();
        if (pos >= n) {
            return null;
        }
        List<Hit> found = new ArrayList<>(2);
        Node node = root;
        int p = pos;
        boolean more = false;
        boolean first = true;
        while (p < n) {
            char c = t.charAt(p);
            if (!first && isInlineSpace(c)) {
                int r = p;
                while (r < n && isInlineSpace(t.charAt(r))) {
                    r++;
                }
                if (r < n && node.next.containsKey(t.charAt(r)) && !isLatin(t.charAt(r))) {
                    p = r;
                    continue;
                }
                break;
            }
            if (!first && !more && node == root.next.get('个') && (c == '多' || c == '余')
                    && p + 1 < n && node.next.containsKey(t.charAt(p + 1))) {
                more = true;
                p++;
                continue;
            }
            Node nx = node.next.get(c);
            if (nx == null) {
                break;
            }
            node = nx;
            p++;
            first = false;
            if (node.unit != null) {
                found.add(new Hit(node.unit, pos, p, more));
            }
        }
        for (int k = found.size() - 1; k >= 0; k--) {
            Hit h = found.get(k);
            char lastChar = h.unit().charAt(h.unit().length() - 1);
            if (isLatin(lastChar) && h.end() < n && (isLatin(t.charAt(h.end())) || NumChars.isArabic(t.charAt(h.end())))) {
                continue; // 5min is not 5m; 3kg2 is a code
            }
            if ((h.unit().equals("两") || h.unit().equals("兩")) && h.end() < n && match(t, h.end()) != null) {
                continue; // 一两个: 两 is part of 一两 (one or two), not the unit 两
            }
            WordTable.Hit<QuantityLexicon.Context> w = lex.notUnit.longestAt(t, pos);
            if (w != null && w.end() > h.end()) {
                continue; // 3方面, 5成立
            }
            return h;
        }
        return null;
    }
}
