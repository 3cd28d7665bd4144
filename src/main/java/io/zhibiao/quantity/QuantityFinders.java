package io.zhibiao.quantity;

import io.zhibiao.Qualifier;
import io.zhibiao.QuantityMention;
import io.zhibiao.lexicon.UnitTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Factory for the standard quantity finder. */
public final class QuantityFinders {
    private QuantityFinders() {
    }

    /** The standard finder over the given unit table. */
    public static QuantityFinder standard(UnitTable units) {
        return new Placeholder(units);
    }

    /** Arabic numbers followed by a unit of the table: a placeholder until the full number layer lands. */
    private record Placeholder(UnitTable units) implements QuantityFinder {
        @Override
        public List<QuantityMatch> find(String text) {
            List<QuantityMatch> out = new ArrayList<>();
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    int s = i;
                    while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                        i++;
                    }
                    String num = text.substring(s, i);
                    if (num.endsWith(".")) {
                        continue;
                    }
                    int best = -1;
                    UnitTable.Unit unit = null;
                    for (int len = Math.min(6, n - i); len >= 1; len--) {
                        Optional<UnitTable.Unit> u = units.resolve(text.substring(i, i + len));
                        if (u.isPresent()) {
                            best = len;
                            unit = u.get();
                            break;
                        }
                    }
                    int e = best > 0 ? i + best : i;
                    QuantityMention.Type type = unit == null ? QuantityMention.Type.NUMBER : unit.type();
                    out.add(new QuantityMatch(s, e, s, new BigDecimal(num), null, unit == null ? null : unit.written(),
                            unit, Qualifier.EXACT, type));
                    i = e;
                } else {
                    i++;
                }
            }
            return out;
        }
    }
}
