package io.zhibiao.extract;

import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds records from the mentions of one document, clause by clause (docs/annotation.md):
 * which figures are facts, their kind and sign, the metric phrase the figure's verb governs,
 * enumerations (分别), one metric carried over several figures, period, basis, status and region
 * by context. Each decision appends a rule name to the record's trace. Thread-safe (its one mutable part is a concurrent cache of segmented pieces).
 */
public final class RecordAssembler {
    private final Lexicons lexicons;
    private final io.zhibiao.text.Segmenter segmenter;

    /** Composed pieces segmented alone (PieceWords), shared by the documents of this assembler. */
    private final java.util.Map<String, List<io.zhibiao.text.Token>> piecesAlone = new java.util.concurrent.ConcurrentHashMap<>();

    public RecordAssembler(Lexicons lexicons, io.zhibiao.text.Segmenter segmenter) {
        this.lexicons = lexicons;
        this.segmenter = segmenter;
    }

    /** Records of a document with no region analysis: every figure falls back to the default region. */
    public List<Indicator> assemble(Document doc, List<QuantityMatch> quantities, DocumentContext context) {
        return assemble(doc, quantities, context, new DefaultRegionContext(doc.text(), context.defaultRegion(), lexicons.words()));
    }

    public List<Indicator> assemble(Document doc, List<QuantityMatch> quantities, DocumentContext context,
            RegionContext regions) {
        DocumentView view = new DocumentView(doc, lexicons, context, regions);
        PieceWords pieces = new PieceWords(view, segmenter, piecesAlone); // the document's words, read again for each piece
        List<Draft> drafts = new ArrayList<>();
        Set<QuantityMatch> claimed = new HashSet<>();
        quantities = ChangeTargets.withSourceUnits(doc.text(), lexicons.words(), quantities); // 由31.6%降至0
        List<Draft> tableDrafts = new Tables(view).read(quantities, claimed);
        List<QuantityMatch> candidates = ImpliedRanks.add(view,
                Tables.unclaimed(FigureFilter.candidates(view, quantities), claimed));
        List<Draft> items = new BoxItems(view, regions).read(candidates, claimed);
        tableDrafts.addAll(items);
        candidates = Tables.unclaimed(candidates, claimed);
        for (Draft d : tableDrafts) {
            d.region = d.regionOverride != null ? d.regionOverride : regions.regionAt(d.q.start());
            d.period = d.tablePeriod != null ? d.tablePeriod : view.periodBefore(d.q.start(), doc.sentenceAt(d.q.start()));
        }
        int q = 0;
        int item = 0;
        ParagraphCarry carry = new ParagraphCarry();
        for (Document.Sentence s : doc.sentences()) {
            List<QuantityMatch> inSentence = new ArrayList<>();
            while (q < candidates.size() && candidates.get(q).start() < s.end()) {
                if (candidates.get(q).start() >= s.start()) {
                    inSentence.add(candidates.get(q));
                }
                q++;
            }
            if (!inSentence.isEmpty()) {
                Draft before = carry.previousRecord(view.text(), s);
                // 386.2亿元：…地区生产总值，同比增长6.1%: the box item's record is the sentence's first
                while (item < items.size() && items.get(item).q.start() < s.start()) {
                    item++;
                }
                Draft first = item < items.size() && items.get(item).q.start() < s.end() ? items.get(item) : null;
                ClauseReader reader = new ClauseReader(view, pieces.in(s), s, inSentence, drafts, before,
                        carry.previousAmount(s)).after(first);
                reader.read();
                carry.read(reader, s);
            }
        }
        ListHeads.apply(view, drafts);
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
}
