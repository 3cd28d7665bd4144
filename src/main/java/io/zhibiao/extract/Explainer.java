package io.zhibiao.extract;

import io.zhibiao.Explanation;
import io.zhibiao.Region;
import io.zhibiao.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a record's {@link Explanation} from its draft: one node per slot, with the rules of the
 * trace that set it (a rule id's prefix names its slot: {@code metric:carried} → metric) and the
 * span of the words the value was read from, looked up where the readers found it (the figure,
 * the period mention, the last mention of the record's region before the figure, the metric,
 * basis or subject words inside the record's evidence). Reads the draft only; decides nothing.
 */
public final class Explainer {
    private Explainer() {
    }

    /** Slots in the order the tree lists them; a rule prefix not named here explains the record itself. */
    private static final List<String> SLOTS = List.of("figure", "kind", "metric", "subject", "region", "period",
            "basis", "qualifier", "status", "coordination", "rank", "table", "box");

    /** The slot a rule id's prefix belongs to. */
    static String slotOf(String rule) {
        int colon = rule.indexOf(':');
        String prefix = colon < 0 ? rule : rule.substring(0, colon);
        return switch (prefix) {
            case "enum" -> "coordination";
            case "item" -> "box";
            default -> prefix;
        };
    }

    static Explanation explain(Draft d, DocumentView view, int evidenceStart, int evidenceEnd) {
        String text = view.text();
        Map<String, List<String>> rules = new LinkedHashMap<>();
        List<Explanation> lost = new ArrayList<>();
        for (String r : d.trace) {
            if (r.startsWith(Rule.LOST.id() + ":")) {
                lost.add(new Explanation("lost", null, null, List.of(r.substring(Rule.LOST.id().length() + 1)), null));
            } else {
                rules.computeIfAbsent(slotOf(r), k -> new ArrayList<>()).add(r);
            }
        }
        List<Explanation> slots = new ArrayList<>();
        slots.add(node(view, "figure", d.q.start(), d.q.end(), null, null));
        slots.add(new Explanation("kind", d.kind == null ? null : d.kind.name(), null, rules.remove("kind"), lost));
        List<Explanation> from = new ArrayList<>();
        if (d.carriedFrom != null && d.carriedFrom.q != null) {
            from.add(node(view, "from", d.carriedFrom.q.start(), d.carriedFrom.q.end(), List.of(), null));
        }
        slots.add(words(view, "metric", d.metric, evidenceStart, evidenceEnd, rules.remove("metric"), from));
        if (d.subject != null) {
            slots.add(words(view, "subject", d.subject, evidenceStart, evidenceEnd, rules.remove("subject"), null));
        }
        if (d.region != null) {
            slots.add(region(view, d.region, d.q.start(), rules.remove("region")));
        }
        if (d.period != null) {
            slots.add(node(view, "period", d.period.start(), d.period.end(), rules.remove("period"), null));
        }
        if (d.basis != null) {
            slots.add(words(view, "basis", d.basis, evidenceStart, evidenceEnd, rules.remove("basis"), null));
        }
        for (String slot : SLOTS) {
            List<String> rest = rules.remove(slot);
            if (rest != null) {
                String value = switch (slot) {
                    case "qualifier" -> d.qualifier == null ? null : d.qualifier.name();
                    case "status" -> d.status == null ? null : d.status.name();
                    case "rank" -> d.scope;
                    default -> null;
                };
                slots.add(new Explanation(slot, value, null, rest, null));
            }
        }
        List<String> other = new ArrayList<>();
        rules.values().forEach(other::addAll);
        // the record's evidence is the record's own field: the root holds its span only (a copy of a long
        // evidence per record would make a clause of thousands of figures quadratic)
        return new Explanation("record", null, view.document().toOriginal(evidenceStart, evidenceEnd), other, slots);
    }

    /** A node for the words at normalized [start, end): their original text and span. */
    private static Explanation node(DocumentView view, String slot, int start, int end, List<String> rules,
            List<Explanation> children) {
        Span span = view.document().toOriginal(start, end);
        return new Explanation(slot, span.of(view.document().original()), span, rules, children);
    }

    /** How far back in a record's evidence its words are looked for (ClauseItems reads no further either). */
    static final int SEARCH_WINDOW = ClauseItems.MAX_CHARS;

    /** Words a reader kept as they stand in the evidence, or composed (no span) when they do not. */
    private static Explanation words(DocumentView view, String slot, String value, int from, int to, List<String> rules,
            List<Explanation> children) {
        if (value != null && !value.isEmpty() && value.length() <= SEARCH_WINDOW) {
            String text = view.text();
            // within the evidence's last SEARCH_WINDOW chars only: a record's search stays bounded
            for (int at = Math.max(from, to - SEARCH_WINDOW); at + value.length() <= to; at++) {
                if (text.startsWith(value, at)) {
                    return node(view, slot, at, at + value.length(), rules, children);
                }
            }
        }
        return new Explanation(slot, value, null, rules, children);
    }

    /** How many region mentions back the explanation looks for the record's region: the search stays linear. */
    static final int MENTIONS_BACK = 64;

    /** The region (canonical), with the last mention of it before the figure as a child (none near: the document's context). */
    private static Explanation region(DocumentView view, Region region, int figure, List<String> rules) {
        List<RegionContext.Mention> mentions = view.regions().mentions();
        int lo = 0;
        int hi = mentions.size(); // the first mention starting at or after the figure
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < figure) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        RegionContext.Mention last = null;
        for (int k = lo - 1; k >= Math.max(0, lo - MENTIONS_BACK) && last == null; k--) {
            if (region.equals(mentions.get(k).region())) {
                last = mentions.get(k);
            }
        }
        if (last == null) {
            return new Explanation("region", region.name(), null, rules, null);
        }
        Span span = view.document().toOriginal(last.start(), last.end());
        return new Explanation("region", region.name(), null, rules,
                List.of(new Explanation("mention", span.of(view.document().original()), span, List.of(), null)));
    }

    /**
     * {@code e} after the metric check (io.zhibiao.extract.metric) rewrote the metric: the metric
     * node gets the new words (their span and the original's words there when they stand in the
     * evidence; {@code folded} is the original with traditional chars simplified, same offsets),
     * the rules added and one {@code edit} child per edit. Null stays null (a record built by hand).
     */
    public static Explanation withMetric(Explanation e, String folded, String original, String metric,
            List<String> added, List<String> edits) {
        if (e == null) {
            return null;
        }
        List<Explanation> slots = new ArrayList<>();
        for (Explanation c : e.children()) {
            if (!c.slot().equals("metric")) {
                slots.add(c);
                continue;
            }
            List<String> rules = new ArrayList<>(c.rules());
            rules.addAll(added);
            List<Explanation> children = new ArrayList<>(c.children());
            for (String edit : edits) {
                children.add(new Explanation("edit", edit, null, List.of(), null));
            }
            Span at = null;
            if (e.span() != null && metric != null && !metric.isEmpty()) {
                for (int k = e.span().start(); k + metric.length() <= e.span().end() && at == null; k++) {
                    if (folded.startsWith(metric, k)) { // simplified words, the original's offsets
                        at = new Span(k, k + metric.length());
                    }
                }
            }
            slots.add(new Explanation("metric", at == null ? metric : at.of(original), at, rules, children));
        }
        return new Explanation(e.slot(), e.value(), e.span(), e.rules(), slots);
    }
}
