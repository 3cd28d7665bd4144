package io.zhibiao.eval;

import java.util.List;
import java.util.Objects;

/**
 * One gold file (docs/annotation.md, section 4): the document it annotates, its context and its
 * records in document order.
 *
 * @param doc     the document's file name (000_f71ce4f648072e4a.txt); inputs are matched to gold
 *                files by it
 * @param context what the extractor is told about the document
 * @param records the gold records
 */
public record GoldFile(String doc, GoldContext context, List<GoldRecord> records) {
    public GoldFile {
        Objects.requireNonNull(doc, "doc");
        context = context == null ? GoldContext.NONE : context;
        records = List.copyOf(records);
    }
}
