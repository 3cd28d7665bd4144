package io.zhibiao.quantity;

import static io.zhibiao.quantity.NumChars.isLiang;

import io.zhibiao.quantity.NumeralLexer.Kind;
import io.zhibiao.quantity.NumeralLexer.Tok;
import java.math.BigDecimal;
import java.util.List;

/**
 * The value of a numeral's tokens ({@link NumeralLexer}): place words must fall (一千一百一十),
 * 万/亿 multiply what precedes them when larger than the last magnitude and start a new section
 * when smaller, 零 marks a gap, a last digit after 百/千/万 is an abbreviated tail (一万三), 两 is a
 * digit only first or before a place word. Stops at the first token that cannot go on.
 */
final class NumeralEvaluator {
    private NumeralEvaluator() {
    }

    /** The result of evaluating a token list: how many tokens make a valid numeral, and its value. */
    static final class Eval {
        int consumed;
        BigDecimal value = BigDecimal.ZERO;
        boolean moreThan;
        boolean abbreviated;
    }

    private static BigDecimal pow10(int p) {
        return BigDecimal.ONE.scaleByPowerOfTen(p);
    }

    /**
     * Evaluates tokens from {@code from}, stopping at the first token that cannot continue a valid
     * numeral. Place words must fall (一千一百一十), 万/亿 multiply what precedes them when larger
     * than the last magnitude (五百万亿) and add a new section when smaller (四亿五千万).
     */
    static Eval evaluate(List<Tok> toks, int from) {
        Eval ev = new Eval();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal pending = null;
        BigDecimal frac = null;
        int lastPlace = Integer.MAX_VALUE;
        int lastBig = -1;
        boolean closed = false;
        boolean sectionHasNumber = false;
        Kind prev = null; // previous token kind, MARK skipped
        int prevPlace = 0;
        for (int k = from; k < toks.size(); k++) {
            Tok t = toks.get(k);
            Tok next = k + 1 < toks.size() ? toks.get(k + 1) : null;
            Kind nk = next == null ? null : next.kind;
            boolean first = k == from;
            switch (t.kind) {
                case ARABIC:
                    if (pending != null || frac != null || closed || t.tooLong) {
                        return finish(ev, total, section, pending, frac);
                    }
                    if (!t.integer && nk != null && nk != Kind.BIG && nk != Kind.MARK) {
                        // 1.5千? read only the decimal number
                        pending = t.value;
                        ev.consumed = k + 1;
                        return finish(ev, total, section, pending, frac);
                    }
                    pending = t.value;
                    sectionHasNumber = true;
                    break;
                case DIG: {
                    if (pending != null || frac != null || closed) {
                        return finish(ev, total, section, pending, frac);
                    }
                    boolean nextScales = nk == Kind.PLACE || nk == Kind.BIG || nk == Kind.TENS;
                    if (isLiang(t.ch) && !first && !nextScales) {
                        return finish(ev, total, section, pending, frac); // 三十两: 两 is the unit
                    }
                    boolean afterScale = (prev == Kind.PLACE && prevPlace >= 100) || prev == Kind.BIG;
                    if (afterScale && !nextScales && !isLiang(t.ch)) {
                        // abbreviated tail: 一万三 = 13000, 两千四百五 = 2450
                        int unit = prev == Kind.BIG ? lastBig - 1 : log10(prevPlace) - 1;
                        section = section.add(t.value.multiply(pow10(unit)));
                        closed = true;
                        ev.abbreviated = true;
                    } else {
                        pending = t.value;
                    }
                    sectionHasNumber = true;
                    break;
                }
                case ZERO:
                    if (pending != null || frac != null || closed) {
                        return finish(ev, total, section, pending, frac);
                    }
                    if (first && (nk == null || nk == Kind.FRAC)) {
                        pending = BigDecimal.ZERO; // 零, 零点五
                    }
                    sectionHasNumber = true;
                    break;
                case PLACE: {
                    int p = t.value.intValue();
                    if (frac != null || closed || p >= lastPlace) {
                        return finish(ev, total, section, pending, frac);
                    }
                    BigDecimal mult;
                    if (pending != null) {
                        mult = pending;
                    } else if (first || prev == Kind.ZERO || p == NumChars.TEN || prev == Kind.BIG) {
                        mult = BigDecimal.ONE;
                        if (prev == Kind.BIG && p != NumChars.TEN) {
                            return finish(ev, total, section, pending, frac);
                        }
                    } else {
                        return finish(ev, total, section, pending, frac);
                    }
                    section = section.add(mult.multiply(t.value));
                    pending = null;
                    lastPlace = p;
                    sectionHasNumber = true;
                    break;
                }
                case TENS:
                    if (frac != null || closed || pending != null || lastPlace <= NumChars.TEN) {
                        return finish(ev, total, section, pending, frac);
                    }
                    section = section.add(t.value);
                    lastPlace = NumChars.TEN;
                    sectionHasNumber = true;
                    break;
                case SOME:
                    if (pending != null || frac != null || closed) {
                        return finish(ev, total, section, pending, frac);
                    }
                    pending = first ? BigDecimal.ONE : BigDecimal.ZERO;
                    ev.moreThan = true;
                    sectionHasNumber = true;
                    break;
                case HALF:
                    if (!first) {
                        return finish(ev, total, section, pending, frac);
                    }
                    pending = t.value;
                    sectionHasNumber = true;
                    break;
                case MARK:
                    ev.moreThan = true;
                    ev.consumed = k + 1;
                    continue; // prev stays
                case FRAC:
                    if (frac != null || (pending == null && !sectionHasNumber && total.signum() == 0 && lastBig < 0)) {
                        return finish(ev, total, section, pending, frac);
                    }
                    if (pending != null && pending.scale() > 0) {
                        return finish(ev, total, section, pending, frac); // 1.5点3
                    }
                    frac = t.value;
                    break;
                case BIG: {
                    BigDecimal sv = section.add(pending == null ? BigDecimal.ZERO : pending)
                            .add(frac == null ? BigDecimal.ZERO : frac);
                    int effective = t.pow;
                    if (prev == Kind.BIG && !sectionHasNumber) {
                        total = total.multiply(pow10(t.pow)); // 万亿, 万万, 万余亿
                        effective = lastBig + t.pow;
                    } else {
                        if (!sectionHasNumber) {
                            if (!first) {
                                return finish(ev, total, section, pending, frac);
                            }
                            sv = BigDecimal.ONE; // 万九 (Duckling: 19000), bare 万
                        }
                        if (lastBig < 0 || t.pow > lastBig) {
                            total = total.add(sv).multiply(pow10(t.pow));
                        } else if (t.pow < lastBig) {
                            total = total.add(sv.multiply(pow10(t.pow)));
                        } else {
                            return finish(ev, total, section, pending, frac);
                        }
                    }
                    lastBig = effective;
                    section = BigDecimal.ZERO;
                    pending = null;
                    frac = null;
                    lastPlace = Integer.MAX_VALUE;
                    closed = false;
                    sectionHasNumber = false;
                    break;
                }
                default:
                    return finish(ev, total, section, pending, frac);
            }
            prev = t.kind;
            prevPlace = t.kind == Kind.PLACE ? t.value.intValue() : 0;
            ev.consumed = k + 1;
        }
        return finish(ev, total, section, pending, frac);
    }

    private static Eval finish(Eval ev, BigDecimal total, BigDecimal section, BigDecimal pending, BigDecimal frac) {
        BigDecimal v = total.add(section);
        if (pending != null) {
            v = v.add(pending);
        }
        if (frac != null) {
            v = v.add(frac);
        }
        ev.value = v;
        return ev;
    }

    private static int log10(int p) {
        return p == NumChars.TEN ? 1 : p == NumChars.HUNDRED ? 2 : 3;
    }
}
