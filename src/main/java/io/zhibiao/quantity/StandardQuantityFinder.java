package io.zhibiao.quantity;

import static io.zhibiao.quantity.NumChars.isMinus;
import static io.zhibiao.quantity.NumChars.isMinusWord;
import static io.zhibiao.quantity.NumChars.isPlus;
import static io.zhibiao.quantity.TextScan.skipSp;

import io.zhibiao.lexicon.UnitTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The standard number layer: a character-level scan of normalized text that tries a few small
 * named rules at each position where a number can start, rejects what is a date, a time, a model,
 * a code, a slogan, a list marker or a word, and attaches the qualifier words around what is left.
 *
 * <p>Rules (each builds a {@link Candidate} named after it):
 * <ul>
 * <li>{@code number}: a numeral ({@link NumeralScanner}) with its sign, inner 余/多/几, unit from the
 * unit table (magnitude kept in the unit), 半, money and weight compounds (五元三角, 三斤五两);
 * {@code range} when a second number follows a connector (5%-8%, 两到三万元, 20与30之间);
 * {@code fraction} (三分之一, 3/5, 三又三分之一), {@code tenths} (三成, 八五折), powers (2e5, 2^5)</li>
 * <li>{@code percent-word}: 百分之/千分之/万分之 + numeral</li>
 * <li>{@code ordinal} (第一, 第3位), {@code rank-top} (前三, 前10强), {@code first-place} (首位)</li>
 * <li>{@code doubling} (翻一番, 翻两番, 翻番), {@code half} (一半, 过半, 半数, 半成, 打对折)</li>
 * </ul>
 * Checks (a rejected candidate names the check): {@code date}, {@code clock}, {@code after-word}
 * (年, 届, 代, 吋 … from contexts.tsv), {@code before-word}, {@code model} (Latin letters next to
 * the number), {@code slogan}, {@code list-marker}, {@code code}, {@code year}, {@code version},
 * {@code bare-magnitude}, {@code lone-digit}, {@code numeral-in-name}. A last pass joins two
 * opposite bounds into a range (大于10小于20).
 *
 * <p>Where each part lives: {@link NumberRule} (with {@link UnitRules}, {@link FractionRules},
 * {@link RangeRule}), {@link WordRules}, {@link OrdinalRules}; {@link Qualifiers} (and the bounds
 * pass); {@link NonQuantityChecks} and {@link ReadingPolicy}. The numeral itself is
 * {@link NumeralScanner}'s.
 *
 * <p>Every step looks a bounded distance around its position and the scan never goes back, so the
 * cost is linear in the text. Immutable and thread-safe.
 */
final class StandardQuantityFinder implements QuantityFinder {
    private final QuantityLexicon lex;
    private final UnitRules unitRules;
    private final NumberRule numbers;
    private final WordRules words;
    private final OrdinalRules ordinals;
    private final Qualifiers qualifiers;
    private final NonQuantityChecks checks;

    StandardQuantityFinder(UnitTable units, QuantityLexicon lex) {
        this.lex = lex;
        NumeralScanner scanner = new NumeralScanner(Set.copyOf(units.magnitudes().keySet()));
        UnitMatcher unitMatcher = new UnitMatcher(units, lex);
        this.unitRules = new UnitRules(units, scanner);
        FractionRules fractions = new FractionRules(scanner, unitMatcher, unitRules);
        this.numbers = new NumberRule(units, lex, scanner, unitMatcher, unitRules, fractions);
        this.words = new WordRules(units, scanner, unitMatcher, unitRules);
        this.ordinals = new OrdinalRules(lex, scanner);
        this.qualifiers = new Qualifiers(lex);
        this.checks = new NonQuantityChecks(lex, new ReadingPolicy(units));
    }

    @Override
    public List<QuantityMatch> find(String text) {
        List<QuantityMatch> out = new ArrayList<>();
        for (Candidate c : scan(text, null)) {
            out.add(c.toMatch());
        }
        return out;
    }

    /**
     * The accepted candidates of {@code text}; when {@code rejected} is not null, the rejected ones
     * are added to it (with the check that rejected them), for tracing.
     */
    List<Candidate> scan(String t, List<Candidate> rejected) {
        List<Candidate> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        int lastEnd = 0;
        int[] urls = NonQuantityChecks.urls(t);
        while (i < n) {
            WordTable.Hit<QuantityLexicon.Context> idiom = lex.idioms.longestAt(t, i);
            if (idiom != null) {
                i = idiom.end();
                continue;
            }
            if (!mayStart(t, i)) {
                i++;
                continue;
            }
            Candidate c = best(t, i);
            if (c == null) {
                i++;
                continue;
            }
            if (c.veto == null) {
                unitRules.currencyPrefix(t, c, lastEnd);
                qualifiers.qualify(t, c, lastEnd);
                checks.check(t, c, urls);
            }
            if (c.veto != null) {
                if (rejected != null) {
                    rejected.add(c);
                }
                i = Math.max(i + 1, c.skipTo);
                continue;
            }
            if (c.start < lastEnd) {
                c.start = lastEnd; // a word taken in front (从, 人民币) never reaches into the previous mention
                c.numberStart = Math.max(c.numberStart, c.start);
            }
            out.add(c);
            lastEnd = c.suffixEnd >= 0 ? c.suffixEnd : c.end;
            i = Math.max(i + 1, lastEnd);
        }
        Qualifiers.mergeBounds(t, out);
        return out;
    }

    private static boolean mayStart(String t, int i) {
        char c = t.charAt(i);
        if (NumeralScanner.startsNumeral(t, i)) {
            return true;
        }
        if (isMinus(c) || isMinusWord(c) || isPlus(c)) {
            int p = skipSp(t, i + 1);
            return p < t.length() && NumeralScanner.startsNumeral(t, p);
        }
        return c == '第' || c == '前' || c == '首' || c == '翻' || c == '过' || c == '打' || c == '半';
    }

    /** The longest candidate of the rules at {@code i}; an accepted one wins over a rejected one. */
    private Candidate best(String t, int i) {
        Candidate best = null;
        for (int r = 0; r < 7; r++) {
            Candidate c = switch (r) {
                case 0 -> words.percentWord(t, i);
                case 1 -> ordinals.ordinal(t, i);
                case 2 -> ordinals.rankTop(t, i);
                case 3 -> ordinals.firstPlace(t, i);
                case 4 -> words.doubling(t, i);
                case 5 -> words.half(t, i);
                default -> numbers.number(t, i, true);
            };
            if (c == null) {
                continue;
            }
            if (best == null || (best.veto != null && c.veto == null)
                    || ((best.veto == null) == (c.veto == null) && c.end > best.end)) {
                best = c;
            }
        }
        return best;
    }
}
