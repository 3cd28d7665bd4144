package io.zhibiao.quantity;

import static io.zhibiao.quantity.NumChars.isInlineSpace;
import static io.zhibiao.quantity.TextScan.at;
import static io.zhibiao.quantity.TextScan.skipSp;
import static io.zhibiao.quantity.TextScan.wordBoundary;

import io.zhibiao.Qualifier;
import io.zhibiao.QuantityMention.Type;
import io.zhibiao.lexicon.UnitTable;
import java.util.List;

/**
 * Qualifier words around a number (qualifiers.tsv): before it (约, 超过, 不足 …) and after it (左右,
 * 以上, 以内 …), with their blockers and guards; and the last pass that joins two opposite bounds
 * next to each other into a range (大于10小于20, 1000以上，1500以下, 最多100最少20).
 */
final class Qualifiers {
    private final QuantityLexicon lex;

    Qualifiers(QuantityLexicon lex) {
        this.lex = lex;
    }

    /** Attaches the qualifier words before and after (约, 超过, 以上, 左右 …); never across {@code lastEnd}. */
    void qualify(String t, Candidate cd, int lastEnd) {
        int k = cd.start;
        while (k > lastEnd && isInlineSpace(t.charAt(k - 1))) {
            k--;
        }
        WordTable.Hit<QuantityLexicon.QualifierWord> b = lex.before.longestEndingAt(t, k, lastEnd);
        if (b != null && b.value().qualifier() != null) {
            boolean ok = switch (b.value().guard()) {
                case BARE -> cd.numeral != null && !cd.numeral.hasDigit;
                default -> true;
            };
            if (ok && !(cd.type == Type.ORDINAL)) {
                cd.prefix = b.value().qualifier();
                cd.prefixStart = b.start();
            }
        }
        WordTable.Hit<QuantityLexicon.QualifierWord> a = lex.after.longestAt(t, skipSp(t, cd.end));
        if (a != null && cd.type != Type.ORDINAL) {
            boolean ok = switch (a.value().guard()) {
                case END -> wordBoundary(t, a.end()) || "的之地".indexOf(at(t, a.end())) >= 0;
                case MONEY -> cd.unitInfo != null && "money".equals(cd.unitInfo.family());
                case MAGNITUDE -> cd.numeral != null && cd.numeral.hasDigit && cd.unitInfo != null
                        && UnitTable.NUMBER_FAMILY.equals(cd.unitInfo.family());
                default -> true;
            };
            if (ok) {
                cd.suffix = a.value().qualifier();
                cd.suffixEnd = a.end();
            }
        }
    }

    /** 大于10小于20, 1000以上、1500以下, 最多100最少20: two opposite bounds next to each other make a range. */
    static void mergeBounds(String t, List<Candidate> out) {
        for (int k = 0; k + 1 < out.size(); k++) {
            Candidate a = out.get(k);
            Candidate b = out.get(k + 1);
            Qualifier qa = a.qualifier();
            Qualifier qb = b.qualifier();
            if (a.upper != null || b.upper != null || qa == qb || qa == Qualifier.EXACT || qb == Qualifier.EXACT
                    || qa == Qualifier.APPROX || qb == Qualifier.APPROX || a.type == Type.ORDINAL || b.type == Type.ORDINAL
                    || (a.type != b.type && a.unit != null && b.unit != null)) {
                continue;
            }
            int aEnd = a.suffixEnd >= 0 ? a.suffixEnd : a.end;
            int bStart = b.prefixStart >= 0 ? b.prefixStart : b.start;
            String between = t.substring(aEnd, bStart).strip();
            if (!(between.isEmpty() || between.equals("并") || between.equals("并且") || between.equals("且")
                    || between.equals("而") || between.equals("，") || between.equals(",") || between.equals("的同时")
                    || between.equals("同时"))) {
                continue;
            }
            if (a.unit != null && b.unit != null && !a.unit.equals(b.unit)) {
                continue;
            }
            Candidate lo = qa == Qualifier.MORE_THAN ? a : b;
            Candidate hi = qa == Qualifier.MORE_THAN ? b : a;
            if (lo.value.compareTo(hi.value) >= 0) {
                continue;
            }
            Candidate m = new Candidate("bounds", a.start);
            m.prefixStart = a.prefixStart >= 0 ? a.prefixStart : a.start;
            m.suffixEnd = b.suffixEnd >= 0 ? b.suffixEnd : b.end;
            m.end = b.end;
            m.numberStart = a.numberStart;
            m.value = lo.value;
            m.upper = hi.value;
            Candidate withUnit = a.unit != null ? a : b;
            m.unit = withUnit.unit;
            m.unitInfo = withUnit.unitInfo;
            m.unitKey = withUnit.unitKey;
            m.type = withUnit.type;
            m.numeral = a.numeral;
            out.set(k, m);
            out.remove(k + 1);
        }
    }
}
