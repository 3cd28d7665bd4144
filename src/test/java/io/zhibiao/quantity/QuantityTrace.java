package io.zhibiao.quantity;

import io.zhibiao.lexicon.UnitTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints what the standard finder reads in each argument, with the rule that built each mention
 * and the check that rejected each other candidate: a debugging aid (run with the test classpath:
 * {@code java -cp target/classes:target/test-classes io.zhibiao.quantity.QuantityTrace 约40余个}).
 */
public final class QuantityTrace {
    private QuantityTrace() {
    }

    /** The trace of one text, one line per candidate. */
    static String trace(String text) {
        StandardQuantityFinder f = (StandardQuantityFinder) QuantityFinders.standard(UnitTable.defaults());
        List<Candidate> rejected = new ArrayList<>();
        List<Candidate> found = f.scan(text, rejected);
        StringBuilder sb = new StringBuilder();
        for (Candidate c : found) {
            QuantityMatch m = c.toMatch();
            sb.append("  + ").append(c.rule).append(" '").append(text, m.start(), m.end()).append("' ")
                    .append(m.value().toPlainString()).append(m.upper() == null ? "" : "~" + m.upper().toPlainString())
                    .append(' ').append(m.unit()).append(' ').append(m.type()).append(' ').append(m.qualifier())
                    .append('\n');
        }
        for (Candidate c : rejected) {
            sb.append("  - ").append(c.rule).append(" '").append(text, c.start, Math.min(text.length(), Math.max(c.end, c.start)))
                    .append("' ").append(c.veto).append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        for (String a : args) {
            System.out.println(a);
            System.out.print(trace(a));
        }
    }
}
