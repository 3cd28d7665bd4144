package io.zhibiao.extract;

import io.zhibiao.Kind;
import io.zhibiao.quantity.QuantityMatch;
import java.util.List;

/**
 * The kind and sign of a figure (growth, share, level, rank, multiple, amount) from the cues before
 * it. One per sentence, sharing the sentence's {@link ClauseState}.
 */
final class KindReader {
    private final ClauseState st;
    private final String text;

    KindReader(ClauseState st) {
        this.st = st;
        this.text = st.text;
    }

    boolean decideKind(Draft d, LeftContext left) {
        QuantityMatch q = d.q;
        switch (q.type()) {
            case ORDINAL -> {
                if (!isRank(left, q)) {
                    return false;
                }
                d.kind = Kind.RANK;
                d.unit = null;
                d.trace.add(Rule.KIND_RANK.id());
            }
            case PERCENTAGE_POINT -> {
                d.kind = Kind.PP_CHANGE;
                LeftContext.Item c = left.lastCue(Cue.UP, Cue.DOWN, Cue.COMP_UP, Cue.COMP_DOWN);
                boolean down = (c != null && (c.cue() == Cue.DOWN || c.cue() == Cue.COMP_DOWN)) || comparesDown(left);
                d.negate = down;
                d.trace.add(down ? Rule.KIND_PP_DOWN.id() : Rule.KIND_PP.id());
            }
            case MULTIPLE -> {
                d.kind = Kind.MULTIPLE;
                d.trace.add(Rule.KIND_MULTIPLE.id());
            }
            case PERCENT -> percentKind(d, left);
            case NUMBER -> {
                if (!bareNumberIsFigure(left)) {
                    return false;
                }
                d.kind = Kind.AMOUNT;
                d.unit = null;
                d.trace.add(Rule.KIND_INDEX_NUMBER.id());
            }
            default -> {
                d.kind = Kind.AMOUNT;
                d.trace.add(Rule.KIND_AMOUNT.id());
            }
        }
        return true;
    }

    private void percentKind(Draft d, LeftContext left) {
        LeftContext.Item share = left.lastCue(Cue.SHARE);
        LeftContext.Item move = left.lastCue(Cue.UP, Cue.DOWN);
        LeftContext.Item levelTo = left.lastCue(Cue.LEVEL_TO);
        boolean moveLast = move != null && (share == null || left.indexOf(move) > left.indexOf(share));
        if (levelTo != null && (move == null || left.indexOf(levelTo) > left.indexOf(move))) {
            d.kind = Kind.PERCENT; // 提高到99%: a new level
            d.trace.add(Rule.KIND_LEVEL_TO.id());
            return;
        }
        if ((share != null && !moveLast) || (move == null && st.shares.sharePhrase(left))) {
            d.kind = Kind.PERCENT;
            d.trace.add(Rule.KIND_SHARE.id());
            return;
        }
        if (move != null) {
            d.kind = Kind.GROWTH_RATE;
            d.negate = move.cue() == Cue.DOWN;
            d.trace.add(d.negate ? Rule.KIND_GROWTH_DOWN.id() : Rule.KIND_GROWTH.id());
            return;
        }
        LeftContext.Item piece = LeftContext.lastPiece(left.items);
        String metric = piece == null ? null : piece.text(text);
        if (metric != null && isRateName(metric)) {
            d.kind = Kind.PERCENT;
            d.trace.add(Rule.KIND_RATE_NAME.id());
            return;
        }
        if (left.has(Cue.BASIS)) {
            d.kind = Kind.GROWTH_RATE;
            d.trace.add(Rule.KIND_GROWTH_BASIS.id());
            return;
        }
        if (piece == null && st.last != null && st.last.kind == Kind.GROWTH_RATE && !left.has(Cue.LEVEL)) {
            d.kind = Kind.GROWTH_RATE;
            d.trace.add(Rule.KIND_GROWTH_CARRIED.id());
            return;
        }
        d.kind = Kind.PERCENT;
        d.trace.add(Rule.KIND_PERCENT.id());
    }

    private boolean isRateName(String metric) {
        return st.words().endsWithAny("rate-name", metric);
    }

    private boolean comparesDown(LeftContext left) {
        String s = text.substring(left.from, left.to);
        int bi = s.lastIndexOf('比');
        if (bi < 0) {
            return false;
        }
        String rest = s.substring(bi);
        return st.words().containsAny("compare-down", rest);
    }

    private boolean isRank(LeftContext left, QuantityMatch q) {
        if (left.has(Cue.RANK)) {
            return true;
        }
        String t = text.substring(q.numberStart(), q.end());
        if (st.words().endsWithAny("rank-end", t) || st.words().startsWithAny("rank-start", t)) {
            return true;
        }
        List<LeftContext.Item> regions = left.regions();
        if (!regions.isEmpty()) {
            LeftContext.Item r = regions.get(regions.size() - 1);
            String between = text.substring(r.end(), q.numberStart());
            return between.length() <= 12; // 全市第一, 全市区县前3位
        }
        return false;
    }

    private boolean bareNumberIsFigure(LeftContext left) {
        LeftContext.Item piece = LeftContext.lastPiece(left.items);
        if (piece == null) {
            return false;
        }
        String m = piece.text(text);
        return st.words().endsWithAny("index-name", m)
                || (m.startsWith("“") && m.endsWith("”"));
    }
}
