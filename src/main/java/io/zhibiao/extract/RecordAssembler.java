package io.zhibiao.extract;

import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
import io.zhibiao.Kind;
import io.zhibiao.Metric;
import io.zhibiao.Quantity;
import io.zhibiao.QuantityMention;
import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Document;
import java.util.ArrayList;
import java.util.List;

/** Builds records from the mentions of one document. */
public final class RecordAssembler {
    private final Lexicons lexicons;

    public RecordAssembler(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    public List<Indicator> assemble(Document doc, List<QuantityMatch> quantities, DocumentContext context) {
        List<Indicator> out = new ArrayList<>();
        String text = doc.text();
        for (QuantityMatch q : quantities) {
            if (q.type() == QuantityMention.Type.NUMBER) {
                continue;
            }
            Kind kind = switch (q.type()) {
                case PERCENT -> Kind.GROWTH_RATE;
                case PERCENTAGE_POINT -> Kind.PP_CHANGE;
                case MULTIPLE -> Kind.MULTIPLE;
                case ORDINAL -> Kind.RANK;
                default -> Kind.AMOUNT;
            };
            int ms = Math.max(0, q.start() - 6);
            String metric = text.substring(ms, q.start());
            Quantity quantity = Pipeline.toMention(doc, q).quantity();
            out.add(new Indicator(null, Metric.unknown(metric), null, kind, quantity, q.qualifier(), null, null, null,
                    null, text.substring(ms, q.end()), doc.toOriginal(ms, q.end()), List.of("placeholder")));
        }
        return out;
    }
}
