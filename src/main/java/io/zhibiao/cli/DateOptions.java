package io.zhibiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhibiao.DocumentContext;
import io.zhibiao.extract.period.PublicationDates;
import java.io.IOException;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** extract's options for per-document metadata: publication date and publisher region (docs/cli.md). */
final class DateOptions {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date of the documents (overrides their metadata and datelines; sets --year).")
    LocalDate date;

    @Option(names = "--date-field", paramLabel = "NAME",
            description = "JSONL inputs: the field holding each article's publication date (2023-07-31, 2023/7/31, "
                    + "ISO timestamps). Without it, a date in the document id or path is used.")
    String dateField;

    @Option(names = "--region-field", paramLabel = "NAME",
            description = "JSONL inputs: the field holding each article's publisher region (like --region, per document).")
    String regionField;

    /** The context of one document: its metadata date (field, else id/path; else a year in the id/path) and region field. */
    DocumentContext contextOf(String doc, ObjectNode fields) throws IOException {
        DocumentContext c = DocumentContext.NONE;
        LocalDate published = null;
        if (fields != null && dateField != null) {
            JsonNode v = fields.get(dateField);
            if (v != null && !v.isNull()) {
                published = PublicationDates.find(v.asText());
                if (published == null) {
                    throw new IOException("field \"" + dateField + "\" is not a date: " + v.asText() + " (--date-field)");
                }
            }
        }
        if (published == null) {
            published = PublicationDates.find(doc);
        }
        c = published != null ? c.withPublished(published) : c.withPublishedYear(PublicationDates.findYear(doc));
        if (fields != null && regionField != null) {
            JsonNode v = fields.get(regionField);
            if (v != null && v.isTextual() && !v.textValue().isBlank()) {
                c = c.withDefaultRegion(v.textValue().strip());
            }
        }
        return c;
    }
}
