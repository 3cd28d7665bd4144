package io.zhibiao.extract;

import io.zhibiao.Kind;
import io.zhibiao.LexiconException;
import io.zhibiao.lexicon.TsvReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The clause rules of {@code zhibiao/extract/clauses.tsv}: what a figure is (kind, sign, unit)
 * from the items of its clause, as data. Every rule whose figure type matches and one of whose
 * alternatives holds is a candidate; candidates are compared by priority, then by how many
 * conditions held, then by line. Immutable, thread-safe. The file's header documents the
 * condition language; a user file with the same columns adds rules or replaces them by name.
 */
public final class ClauseRules {
    public static final String RESOURCE = "zhibiao/extract/clauses.tsv";

    /** What the conditions ask of a clause (answered per figure by {@link KindReader}). */
    interface Facts {
        /** The last cue among these classes, or null. */
        Cue lastAmong(Set<Cue> classes);

        boolean pieceEnds(String wordClass);

        boolean pieceQuoted();

        boolean noPiece();

        /** The kind of the sentence's previous record, or null. */
        Kind previousKind();

        boolean sharePhrase();

        boolean figureEnds(String wordClass);

        boolean figureStarts(String wordClass);

        boolean regionWithin(int chars);

        boolean than(String wordClass);

        /** Right after the figure: 的 and a word of this class. */
        boolean deNoun(String wordClass);
    }

    /** One condition of a rule's {@code when}. */
    interface Condition {
        boolean test(Facts f);
    }

    /** One line of the file. */
    public record Rule(String id, String figure, List<List<Condition>> alternatives, Kind kind, boolean negate,
            boolean dropUnit, int priority, String example, int line) {
        /** How many conditions of the first alternative that holds held, or -1 if none holds. */
        int coverage(Facts f) {
            for (List<Condition> alt : alternatives) {
                if (alt.stream().allMatch(c -> c.test(f))) {
                    return alt.size();
                }
            }
            return -1;
        }

        boolean sameProduction(Rule o) {
            return kind == o.kind && negate == o.negate && dropUnit == o.dropUnit;
        }
    }

    /** The winning rule and the candidates that lost with another production (those with conditions). */
    record Decision(Rule winner, List<Rule> losers) {
    }

    private final List<TsvReader.Row> rows;
    private final List<Rule> rules;

    private ClauseRules(List<TsvReader.Row> rows) {
        this.rows = List.copyOf(rows);
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (TsvReader.Row r : rows) {
            Rule rule = parse(r);
            byId.remove(rule.id()); // a later line with the same name replaces the rule, at its new place
            byId.put(rule.id(), rule);
        }
        this.rules = List.copyOf(byId.values());
        Set<String> typed = new java.util.HashSet<>();
        for (Rule rule : rules) {
            typed.add(rule.figure());
        }
        this.typed = Set.copyOf(typed);
    }

    /** The figure types some rule names; a {@code *} rule is for the others. */
    private final Set<String> typed;

    public static ClauseRules defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final ClauseRules DEFAULTS = new ClauseRules(TsvReader.readResource(RESOURCE));
    }

    /** True for a row of a clause-rule file (its header has {@code rule} and {@code when}). */
    public static boolean accepts(TsvReader.Row first) {
        return first.has("rule") && first.has("when");
    }

    /** These rules plus a user file with the same columns. */
    public ClauseRules withFile(Path file) {
        List<TsvReader.Row> all = new ArrayList<>(rows);
        all.addAll(TsvReader.readFile(file));
        return new ClauseRules(all);
    }

    /** The rules, in file order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The best candidate for a figure of this type, or null when no rule holds (no record). */
    Decision decide(String figureType, Facts facts) {
        Rule best = null;
        int bestCoverage = -1;
        List<Rule> candidates = new ArrayList<>();
        for (Rule r : rules) {
            if (r.figure().equals("*") ? typed.contains(figureType) : !r.figure().equals(figureType)) {
                continue;
            }
            int cov = r.coverage(facts);
            if (cov < 0) {
                continue;
            }
            candidates.add(r);
            if (best == null || r.priority() > best.priority() || (r.priority() == best.priority() && cov > bestCoverage)) {
                best = r;
                bestCoverage = cov;
            }
        }
        if (best == null) {
            return null;
        }
        List<Rule> losers = new ArrayList<>();
        for (Rule r : candidates) {
            if (r != best && !r.sameProduction(best) && r.alternatives().stream().noneMatch(List::isEmpty)) {
                losers.add(r);
            }
        }
        return new Decision(best, losers);
    }

    private static Rule parse(TsvReader.Row r) {
        String id = r.require("rule");
        String figure = r.require("figure");
        if (!figure.equals("*")) {
            try {
                io.zhibiao.QuantityMention.Type.valueOf(figure);
            } catch (IllegalArgumentException e) {
                throw r.error("unknown figure type '" + figure + "' (a type of QuantityMention.Type, or *)");
            }
        }
        List<List<Condition>> alternatives = new ArrayList<>();
        String when = r.require("when").strip();
        for (String alt : when.split("\\s+or\\s+")) {
            List<Condition> conds = new ArrayList<>();
            for (String c : alt.strip().split("\\s+")) {
                if (!c.equals("-") && !c.isEmpty()) {
                    conds.add(condition(r, c));
                }
            }
            alternatives.add(List.copyOf(conds));
        }
        Kind kind = parsed(r, () -> Kind.valueOf(r.require("kind").toUpperCase(Locale.ROOT)),
                "unknown kind '" + r.get("kind") + "'");
        String sign = r.require("sign");
        if (!sign.equals("+") && !sign.equals("-")) {
            throw r.error("sign must be + or -, not '" + sign + "'");
        }
        String unit = r.require("unit");
        if (!unit.equals("keep") && !unit.equals("drop")) {
            throw r.error("unit must be keep or drop, not '" + unit + "'");
        }
        int priority = parsed(r, () -> Integer.parseInt(r.require("priority")),
                "priority must be an integer, not '" + r.get("priority") + "'");
        return new Rule(id, figure, List.copyOf(alternatives), kind, sign.equals("-"), unit.equals("drop"), priority,
                r.get("example"), r.line());
    }

    private static Condition condition(TsvReader.Row r, String c) {
        int open = c.indexOf('(');
        String name = open < 0 ? c : c.substring(0, open);
        String arg = open < 0 ? null : c.substring(open + 1, c.indexOf(')', open) < 0 ? c.length() : c.indexOf(')', open));
        if (open >= 0 && !c.contains(")")) {
            throw r.error("unclosed condition '" + c + "'");
        }
        switch (name) {
            case "last" -> {
                int eq = c.indexOf(")=");
                if (eq < 0) {
                    throw r.error("last(…) needs =CLASS: '" + c + "'");
                }
                Set<Cue> among = cues(r, arg);
                Set<Cue> is = cues(r, c.substring(eq + 2));
                return f -> {
                    Cue last = f.lastAmong(among);
                    return last != null && is.contains(last);
                };
            }
            case "has" -> {
                Set<Cue> set = cues(r, arg);
                return f -> f.lastAmong(set) != null;
            }
            case "no" -> {
                Set<Cue> set = cues(r, arg);
                return f -> f.lastAmong(set) == null;
            }
            case "piece-ends" -> {
                return f -> f.pieceEnds(arg);
            }
            case "piece-quoted" -> {
                return Facts::pieceQuoted;
            }
            case "no-piece" -> {
                return Facts::noPiece;
            }
            case "after" -> {
                Kind k = parsed(r, () -> Kind.valueOf(arg), "unknown kind in '" + c + "'");
                return f -> f.previousKind() == k;
            }
            case "share-phrase" -> {
                return Facts::sharePhrase;
            }
            case "figure-ends" -> {
                return f -> f.figureEnds(arg);
            }
            case "figure-starts" -> {
                return f -> f.figureStarts(arg);
            }
            case "region-within" -> {
                int n = parsed(r, () -> Integer.parseInt(arg), "region-within needs a number of chars: '" + c + "'");
                return f -> f.regionWithin(n);
            }
            case "than" -> {
                return f -> f.than(arg);
            }
            case "de-noun" -> {
                return f -> f.deNoun(arg);
            }
            default -> throw r.error("unknown condition '" + c + "' (see the header of " + RESOURCE + ")");
        }
    }

    /** The value {@code parse} reads, or the row's error with {@code message} when it cannot. */
    private static <T> T parsed(TsvReader.Row r, java.util.function.Supplier<T> parse, String message) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) { // (NumberFormatException too)
            throw r.error(message);
        }
    }

    private static Set<Cue> cues(TsvReader.Row r, String list) {
        Set<Cue> out = EnumSet.noneOf(Cue.class);
        for (String name : list.split("\\|")) {
            try {
                out.add(Cue.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new LexiconException(r.file(), r.line(), "unknown cue class '" + name + "'");
            }
        }
        return out;
    }
}
