package io.zhibiao.extract;

import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
import io.zhibiao.Qualifier;
import io.zhibiao.Quantity;
import io.zhibiao.QuantityMention;
import io.zhibiao.extract.metric.MetricCheck;
import io.zhibiao.extract.period.PeriodDating;
import io.zhibiao.extract.region.RegionAnalyzer;
import io.zhibiao.lexicon.MetricResolver;
import io.zhibiao.quantity.QuantityFinder;
import io.zhibiao.quantity.QuantityFinders;
import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Document;
import io.zhibiao.text.HanlpSegmenter;
import io.zhibiao.text.NormalizedText;
import io.zhibiao.text.Normalizer;
import io.zhibiao.text.Normalizers;
import io.zhibiao.text.Segmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages over one document: normalize → segment → find mentions → assemble records → check
 * their metrics ({@link MetricCheck}) → metric ids ({@link MetricStage}) → date their periods
 * ({@link PeriodDating}) → give them their words as written ({@link AsWritten}).
 * Immutable and thread-safe once built.
 */
public final class Pipeline {
    private final Lexicons lexicons;
    private final Normalizer normalizer;
    private final Segmenter segmenter;
    private final QuantityFinder quantities;
    private final RecordAssembler assembler;
    private final RegionAnalyzer regions;
    private final MetricCheck metricCheck;
    private final MetricStage metrics;
    private final PeriodDating dating;

    public Pipeline(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.normalizer = Normalizers.standard();
        this.segmenter = new HanlpSegmenter(lexicons.regions().segmenterWords());
        this.regions = new RegionAnalyzer(lexicons.regions(), (text, start) -> {
            PeriodMention p = lexicons.periods().at(text, start, null);
            return p == null ? -1 : p.end();
        }, lexicons.words());
        this.quantities = QuantityFinders.standard(lexicons.units());
        this.assembler = new RecordAssembler(lexicons, segmenter);
        this.metricCheck = new MetricCheck(lexicons.metricEdges(), lexicons.metrics(), lexicons.regions().words());
        this.metrics = new MetricStage(new MetricResolver(lexicons.metrics()), lexicons.units(), lexicons.words());
        this.dating = new PeriodDating(lexicons.periods(), lexicons.words());
    }

    /** The pipeline of the shipped lexicons, built once on first use (shared: it is immutable and thread-safe). */
    public static Pipeline defaults() {
        return Defaults.PIPELINE;
    }

    private static final class Defaults {
        static final Pipeline PIPELINE = new Pipeline(Lexicons.defaults());
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    /** Region understanding over a prepared document: {@code regions().analyze(prepare(text), context)}. */
    public RegionAnalyzer regions() {
        return regions;
    }

    /** Normalizes a text and wraps it as a document. */
    public Document prepare(String text) {
        NormalizedText n = normalizer.normalize(text);
        return new Document(n, segmenter);
    }

    public List<Indicator> extract(String text, DocumentContext context) {
        long t = System.nanoTime();
        Document doc = prepare(text);
        t = StageTimer.add(StageTimer.Stage.NORMALIZE, t);
        doc.tokens(); // the assembler always needs them; segmenting here times it apart
        t = StageTimer.add(StageTimer.Stage.SEGMENT, t);
        List<QuantityMatch> qs = NonRecords.drop(doc.text(), quantities.find(doc.text()), lexicons.phrases());
        t = StageTimer.add(StageTimer.Stage.QUANTITIES, t);
        RegionContext regionContext = new AnalysisRegionContext(regions.analyze(doc, context));
        t = StageTimer.add(StageTimer.Stage.REGIONS, t);
        List<Indicator> records = metricCheck.apply(text, assembler.assemble(doc, qs, context, regionContext));
        records = metrics.apply(doc, records); // ids after the metric check: the check may change a metric
        records = dating.date(doc, records, context);
        records = AsWritten.restore(doc, records); // last: every check above reads the simplified words
        StageTimer.add(StageTimer.Stage.ASSEMBLE, t);
        return records;
    }

    /** Every quantity mention of {@code text}, with spans into it. */
    public List<QuantityMention> quantities(String text) {
        Document doc = prepare(text);
        List<QuantityMention> out = new ArrayList<>();
        for (QuantityMatch q : quantities.find(doc.text())) {
            out.add(toMention(doc, q));
        }
        return out;
    }

    static QuantityMention toMention(Document doc, QuantityMatch q) {
        Quantity quantity = new Quantity(q.value(), q.unit(), q.unit() == null ? null : q.baseValue(), q.baseUnit(),
                q.upper());
        return new QuantityMention(q.text(doc.text()), quantity, q.qualifier() == null ? Qualifier.EXACT : q.qualifier(),
                q.type(), doc.toOriginal(q.start(), q.end()));
    }
}
