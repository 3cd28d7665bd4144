package io.zhibiao.eval;

import io.zhibiao.DocumentContext;
import java.time.LocalDate;

/**
 * The {@code context} of a gold file: what the extractor is told about the document.
 *
 * @param year          publication year, or {@code null}
 * @param date          publication date, or {@code null}
 * @param defaultRegion the region records fall back to (the publisher's), or {@code null}
 */
public record GoldContext(Integer year, LocalDate date, String defaultRegion) {

    public static final GoldContext NONE = new GoldContext(null, null, null);

    /** The context the extractor is called with. */
    public DocumentContext toDocumentContext() {
        return new DocumentContext(year, date, defaultRegion);
    }
}
