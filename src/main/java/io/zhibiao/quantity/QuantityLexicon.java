package io.zhibiao.quantity;

import io.zhibiao.Qualifier;
import io.zhibiao.lexicon.TsvReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The number layer's word lists, from {@code zhibiao/quantity/qualifiers.tsv} (约, 超过, 余, 以上 …)
 * and {@code zhibiao/quantity/contexts.tsv} (words that make a number a date, a model, a name or
 * an idiom rather than an amount). See the files' headers. Immutable.
 */
final class QuantityLexicon {
    static final String QUALIFIERS_RESOURCE = "zhibiao/quantity/qualifiers.tsv";
    static final String CONTEXTS_RESOURCE = "zhibiao/quantity/contexts.tsv";

    /** When a qualifier word applies. */
    enum Guard {
        /** Always. */
        ANY,
        /** Before a number written without digits only (上万, 上千亿). */
        BARE,
        /** After: only when the word is followed by a non-word character or 的/之/地. */
        END,
        /** After a money unit only (元整). */
        MONEY,
        /** After a number with digits and a magnitude but no unit only (50亿级). */
        MAGNITUDE
    }

    /** A qualifier word: its qualifier ({@code null} when the word blocks a shorter one) and guard. */
    record QualifierWord(Qualifier qualifier, Guard guard) {
    }

    /** What a context word says about a number next to it. */
    enum Context {
        /** A word containing numerals that is not a quantity (一企一策, 十四五); skipped whole. */
        IDIOM,
        /** Right after a bare number: the number is a date, time, model or name (年, 届, 代, 吋). */
        AFTER,
        /** Right after a number or its unit: a class or a name (级: 万吨级码头). */
        AFTER_UNIT,
        /** Right before a number: a day of month, a code (月, 编号, 电话). */
        BEFORE,
        /** Right before a number, with or without unit: the denominator of a rate (每: 每千人, 每百户). */
        PER,
        /** A word starting with a unit that is not that unit (成立, 方面, 打造). */
        NOT_UNIT,
        /** After 第N/前N: the ordinal is a rank (位, 名, 大, 强). */
        RANK_AFTER
    }

    final WordTable<QualifierWord> before;
    final WordTable<QualifierWord> after;
    final WordTable<Context> idioms;
    final WordTable<Context> afterWords;
    final WordTable<Context> afterUnitWords;
    final WordTable<Context> beforeWords;
    final WordTable<Context> perWords;
    final WordTable<Context> notUnit;
    final WordTable<Context> rankAfter;

    private QuantityLexicon(List<TsvReader.Row> qualifierRows, List<TsvReader.Row> contextRows) {
        Map<String, QualifierWord> b = new HashMap<>();
        Map<String, QualifierWord> a = new HashMap<>();
        for (TsvReader.Row r : qualifierRows) {
            String word = r.require("word");
            String side = r.require("side");
            String q = r.require("qualifier").toUpperCase(Locale.ROOT);
            Qualifier qualifier;
            if (q.equals("NONE")) {
                qualifier = null;
            } else {
                try {
                    qualifier = Qualifier.valueOf(q);
                } catch (IllegalArgumentException e) {
                    throw r.error("unknown qualifier '" + q + "'");
                }
            }
            Guard guard;
            String g = r.get("guard");
            try {
                guard = g.isEmpty() || g.equals("-") ? Guard.ANY : Guard.valueOf(g.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown guard '" + g + "'");
            }
            QualifierWord w = new QualifierWord(qualifier, guard);
            switch (side) {
                case "before" -> b.put(word, w);
                case "after" -> a.put(word, w);
                default -> throw r.error("side must be before or after, not '" + side + "'");
            }
        }
        this.before = new WordTable<>(b);
        this.after = new WordTable<>(a);
        Map<Context, Map<String, Context>> byKind = new HashMap<>();
        for (Context c : Context.values()) {
            byKind.put(c, new HashMap<>());
        }
        for (TsvReader.Row r : contextRows) {
            String word = r.require("word");
            Context kind;
            try {
                kind = Context.valueOf(r.require("kind").toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown kind '" + r.get("kind") + "'");
            }
            byKind.get(kind).put(word, kind);
        }
        this.idioms = new WordTable<>(byKind.get(Context.IDIOM));
        this.afterWords = new WordTable<>(byKind.get(Context.AFTER));
        this.afterUnitWords = new WordTable<>(byKind.get(Context.AFTER_UNIT));
        this.beforeWords = new WordTable<>(byKind.get(Context.BEFORE));
        this.perWords = new WordTable<>(byKind.get(Context.PER));
        this.notUnit = new WordTable<>(byKind.get(Context.NOT_UNIT));
        this.rankAfter = new WordTable<>(byKind.get(Context.RANK_AFTER));
    }

    private static final class Holder {
        static final QuantityLexicon DEFAULTS = new QuantityLexicon(TsvReader.readResource(QUALIFIERS_RESOURCE),
                TsvReader.readResource(CONTEXTS_RESOURCE));
    }

    static QuantityLexicon defaults() {
        return Holder.DEFAULTS;
    }

    /** All context words of one kind (for tests and docs). */
    List<String> words(Context kind) {
        WordTable<Context> t = switch (kind) {
            case IDIOM -> idioms;
            case AFTER -> afterWords;
            case AFTER_UNIT -> afterUnitWords;
            case BEFORE -> beforeWords;
            case PER -> perWords;
            case NOT_UNIT -> notUnit;
            case RANK_AFTER -> rankAfter;
        };
        return new ArrayList<>(t.asMap().keySet());
    }
}
