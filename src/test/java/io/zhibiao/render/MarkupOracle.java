package io.zhibiao.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the article HTML back, plainly: checks that tags nest, recovers the text, and records which
 * text positions each record's marks cover, and which are coloured as what. A slow, obviously
 * correct reading to test the layout against.
 */
final class MarkupOracle {
    final StringBuilder text = new StringBuilder();
    final Map<Integer, TreeSet<Integer>> covered = new HashMap<>();
    final Map<Integer, Integer> firstPieces = new HashMap<>();
    final Map<String, TreeSet<Integer>> roles = new HashMap<>();
    int marks;
    int contMarks;

    private record Tag(String name, Integer record, String role) {
    }

    MarkupOracle(String html) {
        Deque<Tag> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                String tag = html.substring(i + 1, end);
                i = end + 1;
                if (tag.startsWith("/")) {
                    Tag t = open.pop();
                    if (!t.name().equals(tag.substring(1))) {
                        throw new AssertionError("</" + tag.substring(1) + "> closes <" + t.name() + ">");
                    }
                    continue;
                }
                String name = tag.split(" ")[0];
                Integer record = null;
                String role = null;
                if (name.equals("mark")) {
                    marks++;
                    record = Integer.parseInt(attr(tag, "data-r"));
                    if (tag.contains(" data-cont")) {
                        contMarks++;
                    } else {
                        firstPieces.merge(record, 1, Integer::sum);
                    }
                } else if (name.equals("span")) {
                    role = attr(tag, "class");
                }
                open.push(new Tag(name, record, role));
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                String entity = html.substring(i, end + 1);
                text.append(switch (entity) {
                    case "&amp;" -> '&';
                    case "&lt;" -> '<';
                    case "&gt;" -> '>';
                    case "&quot;" -> '"';
                    default -> throw new AssertionError("unknown entity " + entity);
                });
                cover(open);
                i = end + 1;
            } else {
                text.append(c);
                cover(open);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new AssertionError("unclosed " + open);
        }
    }

    private void cover(Deque<Tag> open) {
        int pos = text.length() - 1;
        List<Integer> seen = new ArrayList<>();
        for (Tag t : open) {
            if (t.record() != null) {
                if (seen.contains(t.record())) {
                    throw new AssertionError("record " + t.record() + " nested in itself at " + pos);
                }
                seen.add(t.record());
                covered.computeIfAbsent(t.record(), k -> new TreeSet<>()).add(pos);
            }
            if (t.role() != null) {
                roles.computeIfAbsent(t.role(), k -> new TreeSet<>()).add(pos);
            }
        }
    }

    private static String attr(String tag, String name) {
        int i = tag.indexOf(name + "=\"");
        if (i < 0) {
            throw new AssertionError("no " + name + " in <" + tag + ">");
        }
        int from = i + name.length() + 2;
        return tag.substring(from, tag.indexOf('"', from));
    }

    /** The text positions of a role class (z-v, z-m, z-g) as a string of the covered chars. */
    String roleText(String cssClass) {
        StringBuilder b = new StringBuilder();
        TreeSet<Integer> ps = roles.getOrDefault(cssClass, new TreeSet<>());
        Integer last = null;
        for (int p : ps) {
            if (last != null && p != last + 1) {
                b.append('|');
            }
            b.append(text.charAt(p));
            last = p;
        }
        return b.toString();
    }
}
