package io.zhibiao.extract;

import io.zhibiao.Kind;
import io.zhibiao.quantity.QuantityMatch;
import java.util.List;
import java.util.Set;

/**
 * The kind and sign of a figure (growth, share, level, rank, multiple, amount) from the items of its
 * clause, by the clause rules of {@code zhibiao/extract/clauses.tsv} ({@link ClauseRules}): this
 * class only answers the rules' conditions. One per sentence, sharing the sentence's {@link ClauseState}.
 */
final class KindReader {
    private final ClauseState st;
    private final String text;

    KindReader(ClauseState st) {
        this.st = st;
        this.text = st.text;
    }

    /**
     * Decides the kind, sign and unit of a figure by the clause rules (clauses.tsv); false when no
     * rule holds (the figure makes no record).
     */
    boolean decideKind(Draft d, ClauseItems left) {
        ClauseRules.Decision decision = st.view.lexicons().clauses().decide(d.q.type().name(), new Facts(d.q, left));
        if (decision == null) {
            return false;
        }
        ClauseRules.Rule rule = decision.winner();
        d.kind = rule.kind();
        if (rule.negate()) {
            d.negate = true;
        }
        if (rule.dropUnit()) {
            d.unit = null;
        }
        d.trace.add(rule.id());
        for (ClauseRules.Rule lost : decision.losers()) {
            d.trace.add(Rule.LOST.with(lost.id()));
        }
        return true;
    }

    /** The clause as the rules' conditions ask about it. */
    private final class Facts implements ClauseRules.Facts {
        private final QuantityMatch q;
        private final ClauseItems left;

        Facts(QuantityMatch q, ClauseItems left) {
            this.q = q;
            this.left = left;
        }

        @Override
        public Cue lastAmong(Set<Cue> classes) {
            ClauseItems.Item c = left.lastCue(classes.toArray(Cue[]::new));
            return c == null ? null : c.cue();
        }

        @Override
        public boolean pieceEnds(String wordClass) {
            ClauseItems.Item piece = ClauseItems.lastPiece(left.items);
            return piece != null && st.words().endsWithAny(wordClass, piece.text(text));
        }

        @Override
        public boolean pieceQuoted() {
            ClauseItems.Item piece = ClauseItems.lastPiece(left.items);
            String m = piece == null ? "" : piece.text(text);
            return m.startsWith("“") && m.endsWith("”");
        }

        @Override
        public boolean noPiece() {
            return ClauseItems.lastPiece(left.items) == null;
        }

        @Override
        public Kind previousKind() {
            return st.last == null ? null : st.last.kind;
        }

        @Override
        public boolean sharePhrase() {
            return st.shares.sharePhrase(left);
        }

        @Override
        public boolean figureEnds(String wordClass) {
            return st.words().endsWithAny(wordClass, text.substring(q.numberStart(), q.end()));
        }

        @Override
        public boolean figureStarts(String wordClass) {
            return st.words().startsWithAny(wordClass, text.substring(q.numberStart(), q.end()));
        }

        @Override
        public boolean regionWithin(int chars) {
            List<ClauseItems.Item> regions = left.regions();
            return !regions.isEmpty() && q.numberStart() - regions.get(regions.size() - 1).end() <= chars;
        }

        @Override
        public boolean deNoun(String wordClass) {
            int at = q.end();
            if (at >= text.length() || text.charAt(at) != '的') {
                return false;
            }
            for (String w : st.words().list(wordClass)) {
                if (text.startsWith(w, at + 1)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean than(String wordClass) {
            String s = text.substring(left.from, left.to);
            int bi = s.lastIndexOf('比');
            return bi >= 0 && st.words().containsAny(wordClass, s.substring(bi));
        }
    }

}
