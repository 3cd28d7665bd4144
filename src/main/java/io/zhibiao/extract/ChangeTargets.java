package io.zhibiao.extract;

import io.zhibiao.QuantityMention;
import io.zhibiao.quantity.QuantityMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The bare number a change reaches takes the unit of the figure it changes from: 贫困发生率由31.6%降至0 → 0%,
 * 失业率从4.2%下降到3.9 → 3.9%. Only right after a verb of reaching (words.tsv change-to-verb: 降至, 提高到 …)
 * that follows a figure with a unit closely (the verb, and at most a few chars, between them), and only for a
 * number that has no unit of its own.
 */
final class ChangeTargets {
    /** How far (chars) the figure changed from may stand before the verb. */
    private static final int REACH = 6;

    private ChangeTargets() {
    }

    static List<QuantityMatch> withSourceUnits(String text, Words words, List<QuantityMatch> quantities) {
        List<QuantityMatch> out = null;
        for (int k = 1; k < quantities.size(); k++) {
            QuantityMatch q = quantities.get(k);
            QuantityMatch from = quantities.get(k - 1);
            if (q.type() != QuantityMention.Type.NUMBER || q.unit() != null || from.unit() == null
                    || from.type() == QuantityMention.Type.ORDINAL || q.start() - from.end() > REACH + 3) {
                continue;
            }
            String between = text.substring(from.end(), q.start());
            boolean reaches = false;
            for (String v : words.list("change-to-verb")) {
                reaches |= between.endsWith(v) && between.length() - v.length() <= REACH
                        && between.chars().noneMatch(c -> c == '，' || c == '。' || c == '；');
            }
            if (reaches) {
                if (out == null) {
                    out = new ArrayList<>(quantities);
                }
                out.set(k, new QuantityMatch(q.start(), q.end(), q.numberStart(), q.value(), q.upper(), from.unit(),
                        from.unitInfo(), q.qualifier(), from.type()));
            }
        }
        return out == null ? quantities : out;
    }
}
