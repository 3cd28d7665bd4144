package io.zhibiao.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Lays the records' highlights over the text: one {@code <mark>} per record over its evidence span,
 * and inside the marks the record's region, metric and value where they can be found in that
 * span. Overlapping records nest: a record inside another's span is a {@code <mark>} inside its
 * mark; two records whose spans cross (neither contains the other) cannot nest in HTML, so the
 * later one is split where the earlier ends, its second piece marked {@code data-cont}. So the
 * {@code <mark>} elements without {@code data-cont} are exactly the highlighted records.
 */
final class Highlights {

    /** What part of a record a piece of text is; the first of several found wins the colour. */
    enum Role {
        VALUE("z-v"), METRIC("z-m"), REGION("z-g");

        final String cssClass;

        Role(String cssClass) {
            this.cssClass = cssClass;
        }
    }

    /** A role of record {@code record} at [start, end). */
    record RoleSpan(int start, int end, Role role, int record) {
    }

    /** A record's span after snapping to whole code points. */
    record Placed(RenderRecord record, int start, int end) {
    }

    private static final List<String> REGION_SUFFIXES = List.of(
            "土家族苗族自治县", "自治县", "自治州", "经济技术开发区", "高新技术产业开发区", "新区", "区", "县", "市", "省");

    /** Outer records first: earlier start, then longer, then lower index. */
    private static final Comparator<Placed> OUTER_FIRST = Comparator.comparingInt(Placed::start)
            .thenComparing(Comparator.comparingInt(Placed::end).reversed())
            .thenComparingInt(p -> p.record().index());

    private Highlights() {
    }

    /** The records with a valid span, spans widened so as not to split a surrogate pair. */
    static List<Placed> place(String text, List<RenderRecord> records) {
        List<Placed> placed = new ArrayList<>();
        for (RenderRecord r : records) {
            if (!r.hasValidSpan(text.length())) {
                continue;
            }
            int s = r.start();
            int e = r.end();
            if (s > 0 && Character.isLowSurrogate(text.charAt(s)) && Character.isHighSurrogate(text.charAt(s - 1))) {
                s--;
            }
            if (e < text.length() && Character.isLowSurrogate(text.charAt(e))
                    && Character.isHighSurrogate(text.charAt(e - 1))) {
                e++;
            }
            placed.add(new Placed(r, s, e));
        }
        return placed;
    }

    /** The article as HTML: escaped text with nested marks and role spans. */
    static String article(String text, List<RenderRecord> records) {
        List<Placed> placed = place(text, records);
        List<RoleSpan> roles = new ArrayList<>();
        for (Placed p : placed) {
            roles.addAll(roles(text, p));
        }
        TreeSet<Integer> bounds = new TreeSet<>();
        bounds.add(0);
        bounds.add(text.length());
        for (Placed p : placed) {
            bounds.add(p.start());
            bounds.add(p.end());
        }
        for (RoleSpan r : roles) {
            bounds.add(r.start());
            bounds.add(r.end());
        }
        StringBuilder html = new StringBuilder(text.length() * 2);
        List<Placed> open = new ArrayList<>();
        Integer p = bounds.first();
        for (Integer q = bounds.higher(p); q != null; p = q, q = bounds.higher(q)) {
            final int from = p;
            final int to = q;
            List<Placed> active = new ArrayList<>();
            for (Placed pl : placed) {
                if (pl.start() <= from && pl.end() >= to) {
                    active.add(pl);
                }
            }
            active.sort(OUTER_FIRST);
            int common = 0;
            while (common < open.size() && common < active.size() && open.get(common) == active.get(common)) {
                common++;
            }
            for (int i = open.size() - 1; i >= common; i--) {
                html.append("</mark>");
                open.remove(i);
            }
            for (int i = common; i < active.size(); i++) {
                Placed a = active.get(i);
                html.append("<mark class=\"zb\" data-r=\"").append(a.record().index()).append('"');
                if (a.start() < from) {
                    html.append(" data-cont");
                }
                html.append('>');
                open.add(a);
            }
            Role role = null;
            TreeSet<Integer> of = new TreeSet<>();
            for (RoleSpan r : roles) {
                if (r.start() <= from && r.end() >= to) {
                    of.add(r.record());
                    if (role == null || r.role().ordinal() < role.ordinal()) {
                        role = r.role();
                    }
                }
            }
            if (role != null) {
                html.append("<span class=\"").append(role.cssClass).append("\" data-of=\"");
                boolean first = true;
                for (int i : of) {
                    html.append(first ? "" : " ").append(i);
                    first = false;
                }
                html.append("\">");
            }
            escape(text, from, to, html);
            if (role != null) {
                html.append("</span>");
            }
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            html.append("</mark>");
        }
        return html.toString();
    }

    /** Where the record's value, metric and region appear inside its span (each at most once). */
    static List<RoleSpan> roles(String text, Placed p) {
        RenderRecord r = p.record();
        List<RoleSpan> out = new ArrayList<>();
        int[] value = findValue(text, p.start(), p.end(), r.field("value"), r.field("unit"));
        if (value != null) {
            out.add(new RoleSpan(value[0], value[1], Role.VALUE, r.index()));
        }
        String metric = r.field("metric");
        int[] m = metric == null ? null : find(text, p.start(), p.end(), metric, false);
        if (m != null) {
            out.add(new RoleSpan(m[0], m[1], Role.METRIC, r.index()));
        }
        for (String name : regionNames(r)) {
            int[] g = find(text, p.start(), p.end(), name, false);
            if (g != null) {
                out.add(new RoleSpan(g[0], g[1], Role.REGION, r.index()));
                break;
            }
        }
        return out;
    }

    /** The mention, the canonical name, then the name without its administrative suffix. */
    static List<String> regionNames(RenderRecord r) {
        List<String> names = new ArrayList<>();
        if (r.regionMention() != null && !r.regionMention().isBlank()) {
            names.add(r.regionMention());
        }
        String name = r.field("region");
        if (name != null && !name.isBlank()) {
            names.add(name);
            for (String suffix : REGION_SUFFIXES) {
                if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                    names.add(name.substring(0, name.length() - suffix.length()));
                    break;
                }
            }
        }
        return names;
    }

    /** The number as written (sign dropped: 下降50% is written 50), with its unit if it follows. */
    static int[] findValue(String text, int from, int to, String value, String unit) {
        if (value == null) {
            return null;
        }
        String digits;
        try {
            digits = new BigDecimal(value).abs().toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
        if (unit != null && !unit.isEmpty()) {
            int[] withUnit = find(text, from, to, digits + unit, true);
            if (withUnit != null) {
                return withUnit;
            }
        }
        return find(text, from, to, digits, true);
    }

    /**
     * The first place in [from, to) where {@code needle} reads, full-width forms folded and
     * whitespace inside the text skipped (PDF line breaks: 增长\n4.7%). With {@code number}, the
     * match must not be part of a longer number (9 does not match inside 9.4 or 19).
     */
    static int[] find(String text, int from, int to, String needle, boolean number) {
        String n = fold(needle).replaceAll("\\s+", "");
        if (n.isEmpty()) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (fold(text.charAt(i)) != n.charAt(0)) {
                continue;
            }
            int j = i;
            int k = 0;
            while (j < to && k < n.length()) {
                char c = fold(text.charAt(j));
                if (c == n.charAt(k)) {
                    k++;
                    j++;
                } else if (k > 0 && isSpace(c)) {
                    j++;
                } else {
                    break;
                }
            }
            if (k == n.length() && (!number || numberBoundary(text, i, j))) {
                return new int[] {i, j};
            }
        }
        return null;
    }

    private static boolean numberBoundary(String text, int start, int end) {
        if (start > 0) {
            char b = fold(text.charAt(start - 1));
            if (isDigit(b) || b == '.') {
                return false;
            }
        }
        if (end < text.length()) {
            char a = fold(text.charAt(end));
            if (isDigit(a)) {
                return false;
            }
            if (a == '.' && end + 1 < text.length() && isDigit(fold(text.charAt(end + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0';
    }

    /** Full-width ASCII to ASCII, the ideographic space to a space. */
    static char fold(char c) {
        if (c >= '\uff01' && c <= '\uff5e') {
            return (char) (c - 0xfee0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(s.charAt(i)));
        }
        return b.toString();
    }

    /** HTML-escapes text[from, to): markup characters, lone surrogates and control characters. */
    static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n', '\t' -> out.append(c);
                case '\r' -> {
                    if (i + 1 >= to || text.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || (Character.isISOControl(c))) {
                        out.append('\ufffd');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** {@link #escape(String, int, int, StringBuilder)} of a whole string; null gives "". */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        escape(s, 0, s.length(), b);
        return b.toString();
    }
}
