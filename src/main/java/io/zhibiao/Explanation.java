package io.zhibiao;

import java.util.List;

/**
 * Why a record says what it says, as a tree ({@code extract --explain}, {@code render}). The root
 * is the record (its evidence and span); its children are the record's slots — {@code figure},
 * {@code kind}, {@code metric}, {@code subject}, {@code region}, {@code period}, {@code basis},
 * {@code qualifier}, {@code status}, and {@code coordination}, {@code rank}, {@code table},
 * {@code box} when such rules took part — each with the value it got, the rules that set it
 * (ids as in {@link Indicator#trace()}: constants of io.zhibiao.extract.Rule and the rules of
 * extract/clauses.tsv), and the span of the words
 * it was read from. A slot's children say where a value came from ({@code from}: the figure of
 * the record a carried metric was taken from; {@code mention}: the words naming the region), what
 * the metric check edited ({@code edit}) and which clause rules held but lost ({@code lost}).
 *
 * @param slot     what this node explains: {@code record} at the root, else a slot name,
 *                 {@code from}, {@code mention}, {@code edit} or {@code lost}
 * @param value    the value the slot got (for a node with a span: the original's words there;
 *                 a region: its canonical name; the root: null, the record's evidence is its own)
 * @param span     where in the original input the value was read, or {@code null} when it was
 *                 not read from one place (the document's context, a metric composed from words
 *                 apart, a rule's decision)
 * @param rules    the rules that set this slot, in the order they applied
 * @param children the nodes below: slots under the root, sources and losers under a slot
 */
public record Explanation(String slot, String value, Span span, List<String> rules, List<Explanation> children) {

    public Explanation {
        rules = rules == null ? List.of() : List.copyOf(rules);
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** The child explaining {@code name} (a slot, {@code from} or {@code lost}), or null. */
    public Explanation child(String name) {
        for (Explanation c : children) {
            if (c.slot().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** An indented text rendering, one node a line: {@code slot = value [start,end) rules}. */
    public String render() {
        StringBuilder b = new StringBuilder();
        render(b, 0);
        return b.toString();
    }

    private void render(StringBuilder b, int depth) {
        b.append("  ".repeat(depth)).append(slot);
        if (value != null) {
            b.append(" = ").append(value);
        }
        if (span != null) {
            b.append(" [").append(span.start()).append(',').append(span.end()).append(')');
        }
        if (!rules.isEmpty()) {
            b.append(' ').append(rules);
        }
        b.append('\n');
        for (Explanation c : children) {
            c.render(b, depth + 1);
        }
    }
}
