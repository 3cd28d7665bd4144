package io.zhibiao.extract;

import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Document;
import io.zhibiao.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds records from the mentions of one document, clause by clause (docs/annotation.md):
 * which figures are facts, their kind and sign, the metric phrase the figure's verb governs,
 * enumerations (分别), one metric carried over several figures, period, basis, status and region
 * by context. Each decision appends a rule name to the record's trace. Immutable, thread-safe.
 */
public final class RecordAssembler {
    private final Lexicons lexicons;
    private final io.zhibiao.text.Segmenter segmenter;

    public RecordAssembler(Lexicons lexicons, io.zhibiao.text.Segmenter segmenter) {
        this.lexicons = lexicons;
        this.segmenter = segmenter;
    }

    /** Records of a document with no region analysis: every figure falls back to the default region. */
    public List<Indicator> assemble(Document doc, List<QuantityMatch> quantities, DocumentContext context) {
        return assemble(doc, quantities, context, new DefaultRegionContext(doc.text(), context.defaultRegion()));
    }

    public List<Indicator> assemble(Document doc, List<QuantityMatch> quantities, DocumentContext context,
            RegionContext regions) {
        DocumentView view = new DocumentView(doc, lexicons, context, regions);
        io.zhibiao.text.Segmenter pieces = memoized(segmenter); // one document's metric pieces recur
        List<Draft> drafts = new ArrayList<>();
        Set<QuantityMatch> claimed = new HashSet<>();
        List<Draft> tableDrafts = new Tables(view).read(quantities, claimed);
        for (Draft d : tableDrafts) {
            d.region = d.regionOverride != null ? d.regionOverride : regions.regionAt(d.q.start());
            d.period = d.tablePeriod != null ? d.tablePeriod : periodBefore(view, d.q.start());
        }
        List<QuantityMatch> candidates = Tables.unclaimed(FigureFilter.candidates(view, quantities), claimed);
        int q = 0;
        Draft previous = null;
        Draft previousAmount = null;
        int previousParagraph = -1;
        Draft beforeBreakdown = null; // the paragraph's last record before its first 分…看 breakdown
        int breakdownParagraph = -1;
        for (Document.Sentence s : doc.sentences()) {
            List<QuantityMatch> inSentence = new ArrayList<>();
            while (q < candidates.size() && candidates.get(q).start() < s.end()) {
                if (candidates.get(q).start() >= s.start()) {
                    inSentence.add(candidates.get(q));
                }
                q++;
            }
            if (!inSentence.isEmpty()) {
                boolean sameParagraph = s.paragraph() == previousParagraph;
                Draft before = sameParagraph ? previous : null;
                if (opensBreakdown(view.text(), s.start(), s.end())) {
                    // 分三大门类看，…。分市州看，兰州、天水分别增长…: every breakdown breaks down the
                    // paragraph's indicator, not the last item of the breakdown before
                    if (breakdownParagraph == s.paragraph() && beforeBreakdown != null) {
                        before = beforeBreakdown;
                    } else {
                        beforeBreakdown = before;
                        breakdownParagraph = s.paragraph();
                    }
                }
                SentenceReader reader = new SentenceReader(view, pieces, s, inSentence, drafts,
                        before, sameParagraph ? previousAmount : null);
                reader.read();
                if (reader.last() != null) {
                    if (!sameParagraph) {
                        previousAmount = null;
                    }
                    previous = reader.last();
                    previousParagraph = s.paragraph();
                    if (reader.lastAmount() != null) {
                        previousAmount = reader.lastAmount();
                    }
                }
            }
        }
        if (!tableDrafts.isEmpty()) {
            drafts.addAll(tableDrafts);
            drafts.sort(java.util.Comparator.comparingInt(d -> d.q.start()));
        }
        List<Indicator> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            Indicator r = d.toIndicator(view);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** A segmenter that remembers its answers (for one document: the same metric is segmented many times). */
    private static io.zhibiao.text.Segmenter memoized(io.zhibiao.text.Segmenter segmenter) {
        java.util.Map<String, List<Token>> seen = new java.util.HashMap<>();
        return piece -> seen.computeIfAbsent(piece, segmenter::segment);
    }

    /** The nearest period expression before {@code offset} (for table rows). */
    private static PeriodMention periodBefore(DocumentView view, int offset) {
        PeriodMention best = null;
        for (PeriodMention p : view.periods()) {
            if (p.start() >= offset) {
                break;
            }
            if (p.type() != PeriodMention.Type.HORIZON) {
                best = p;
            }
        }
        return best;
    }

    /** The sentence opens with a breakdown: 分行业看，分市州看，从区域看， (分/从, at most 8 chars, 看，). */
    static boolean opensBreakdown(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= end || (text.charAt(i) != '分' && text.charAt(i) != '从')) {
            return false;
        }
        for (int j = i + 2; j <= Math.min(end - 2, i + 9); j++) {
            char c = text.charAt(j);
            if (c == '，' || c == '。' || c == ',') {
                return false;
            }
            if (c == '看' && (text.charAt(j + 1) == '，' || text.charAt(j + 1) == ',')) {
                return true;
            }
        }
        return false;
    }
}
