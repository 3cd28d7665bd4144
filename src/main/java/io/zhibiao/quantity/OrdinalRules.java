package io.zhibiao.quantity;

import static io.zhibiao.quantity.NumChars.isArabic;
import static io.zhibiao.quantity.NumChars.isHan;
import static io.zhibiao.quantity.NumChars.isInlineSpace;
import static io.zhibiao.quantity.NumChars.isLatin;
import static io.zhibiao.quantity.NumChars.isRangeDash;
import static io.zhibiao.quantity.TextScan.at;
import static io.zhibiao.quantity.TextScan.skipSp;
import static io.zhibiao.quantity.TextScan.wordBoundary;

import io.zhibiao.Qualifier;
import io.zhibiao.QuantityMention.Type;
import java.math.BigDecimal;

/**
 * Ranks: {@code ordinal} (第一, 第3位, 第十至第十五位), {@code rank-top} (前三, 前10强: a rank of at
 * most N) and {@code first-place} (首位). A rank needs a rank follower (位 名 大 强 的, from
 * contexts.tsv), punctuation or the end after it; otherwise 第N is part of a name (第二十二届,
 * 第一附属医院) and is skipped whole. 第一， at the start of a sentence is a list marker.
 */
final class OrdinalRules {
    private final QuantityLexicon lex;
    private final NumeralScanner scanner;

    OrdinalRules(QuantityLexicon lex, NumeralScanner scanner) {
        this.lex = lex;
        this.scanner = scanner;
    }

    /** 第一, 第3位, 第三名, 第二大; 第二十二届 and 第一附属医院 are names and are skipped whole. */
    Candidate ordinal(String t, int i) {
        if (t.charAt(i) != '第') {
            return null;
        }
        int p = skipSp(t, i + 1);
        if (p >= t.length() || !NumeralScanner.startsNumeral(t, p)) {
            return null;
        }
        Numeral num = scanner.scan(t, p);
        if (num == null || num.tooLong) {
            return null;
        }
        Candidate cd = new Candidate("ordinal", i);
        cd.numeral = num;
        cd.value = num.value;
        cd.type = Type.ORDINAL;
        cd.end = num.end;
        cd.skipTo = num.end;
        if (num.digitString || num.decimal) {
            cd.veto = "ordinal-in-name";
            return cd;
        }
        int q = num.end;
        char conn = at(t, q);
        if ((conn == '和' || conn == '与' || conn == '到' || conn == '至' || isRangeDash(conn)) && at(t, q + 1) == '第'
                && NumeralScanner.startsNumeral(t, q + 2)) {
            Numeral hi = scanner.scan(t, q + 2); // 第十和第十五之间, 第三至第五位
            if (hi != null && !hi.tooLong && !hi.digitString && !hi.decimal && hi.value.compareTo(num.value) > 0) {
                int e = hi.end;
                Candidate probe = new Candidate("ordinal", i);
                probe.end = e;
                boolean between = t.startsWith("之间", e) || at(t, e) == '间';
                if (between || rankFollows(t, e, probe)) {
                    cd.upper = hi.value;
                    cd.end = between ? e + (at(t, e) == '间' ? 1 : 2) : probe.end;
                    cd.skipTo = cd.end;
                    return cd;
                }
            }
        }
        if (!rankFollows(t, q, cd)) {
            cd.veto = "ordinal-in-name";
            return cd;
        }
        char f = at(t, cd.end);
        char b = at(t, i - 1);
        if ((f == '，' || f == ',' || f == '、' || f == '：' || f == ':')
                && (i == 0 || b == '\n' || b == '\r' || b == '。' || b == '；' || b == '：' || isInlineSpace(b))) {
            cd.veto = "list-marker"; // 第一，加强……
        }
        return cd;
    }

    /** True if what follows a rank number makes it a rank; extends {@code cd.end} over 位/名/强. */
    private boolean rankFollows(String t, int q, Candidate cd) {
        if (q >= t.length()) {
            return true;
        }
        WordTable.Hit<QuantityLexicon.Context> w = lex.rankAfter.longestAt(t, q);
        if (w != null) {
            if (w.word().equals("位") || w.word().equals("名") || w.word().equals("强")) {
                cd.end = w.end();
            }
            return true;
        }
        char f = t.charAt(q);
        return !isHan(f) && !isArabic(f) && !isLatin(f) && f != '.' && f != '．';
    }

    /** 前三, 前10位, 前十强: a rank of at most N (ORDINAL N, LESS_THAN). */
    Candidate rankTop(String t, int i) {
        if (t.charAt(i) != '前' || i + 1 >= t.length() || !NumeralScanner.startsNumeral(t, i + 1)) {
            return null;
        }
        Numeral num = scanner.scan(t, i + 1);
        if (num == null || num.tooLong || num.digitString || num.decimal || num.upper != null) {
            return null;
        }
        Candidate cd = new Candidate("rank-top", i);
        cd.numeral = num;
        cd.numberStart = num.start;
        cd.value = num.value;
        cd.type = Type.ORDINAL;
        cd.end = num.end;
        if (!rankFollows(t, num.end, cd)) {
            return null;
        }
        cd.inner = Qualifier.LESS_THAN;
        return cd;
    }

    /** 首位 as a rank (居全市首位): ORDINAL 1. */
    Candidate firstPlace(String t, int i) {
        if (!t.startsWith("首位", i)) {
            return null;
        }
        char b = at(t, i - 1);
        boolean after = wordBoundary(t, i + 2) || at(t, i + 2) == '的';
        boolean before = b == '居' || b == '列' || b == '排' || b == '于' || b == '占' || b == '在';
        if (!after && !before) {
            return null;
        }
        Candidate cd = new Candidate("first-place", i);
        cd.value = BigDecimal.ONE;
        cd.type = Type.ORDINAL;
        cd.end = i + 2;
        return cd;
    }
}
