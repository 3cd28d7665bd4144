package io.zhibiao;

import java.time.LocalDate;

/**
 * What is known about a document besides its text: when it was published and whose news it is.
 *
 * @param year          the publication year, or {@code null}; resolves 上半年 to dates and makes
 *                      region lookups time-aware
 * @param date          the publication date, or {@code null}; takes precedence over {@code year}
 * @param defaultRegion the region a record falls back to when the text names none before it
 *                      (the publisher's region, e.g. 重庆市 for 重庆日报), or {@code null}
 * @param published     the publication date as the document's metadata tells it (a JSONL field,
 *                      a date in its id or path), or {@code null}. Unlike {@code date}, which
 *                      overrides, it is an anchor: 今年 resolves against it, a bare 上半年 against
 *                      the reporting year the text names, else against it (docs/schema.md, dates)
 * @param publishedYear the publication year as the document's metadata tells it when it gives no
 *                      full date (a year in its file name or a directory: archive/2013/a.txt,
 *                      h02_neimenggu_2013.txt), or {@code null}. An anchor like {@code published}:
 *                      it dates a text the way {@code year} does, with {@code dateSource}
 *                      metadata; a dateline of another year wins over it
 */
public record DocumentContext(Integer year, LocalDate date, String defaultRegion, LocalDate published,
        Integer publishedYear) {

    /** Nothing known. */
    public static final DocumentContext NONE = new DocumentContext(null, null, null, null, null);

    /** A context without a metadata publication date. */
    public DocumentContext(Integer year, LocalDate date, String defaultRegion) {
        this(year, date, defaultRegion, null, null);
    }

    /** A context without a metadata publication year. */
    public DocumentContext(Integer year, LocalDate date, String defaultRegion, LocalDate published) {
        this(year, date, defaultRegion, published, null);
    }

    public DocumentContext {
        if (year != null && (year < 1949 || year > 2200)) {
            throw new IllegalArgumentException("document year out of range: " + year);
        }
        if (date != null && year == null) {
            year = date.getYear();
        }
        if (publishedYear != null && (publishedYear < 1949 || publishedYear > 2200)) {
            throw new IllegalArgumentException("publication year out of range: " + publishedYear);
        }
        if (published != null) {
            publishedYear = null; // a full date says more
        }
    }

    public static DocumentContext ofYear(int year) {
        return new DocumentContext(year, null, null);
    }

    public DocumentContext withDefaultRegion(String region) {
        return new DocumentContext(year, date, region, published, publishedYear);
    }

    /** This context with a publication date from the document's metadata. */
    public DocumentContext withPublished(LocalDate published) {
        return new DocumentContext(year, date, defaultRegion, published, publishedYear);
    }

    /** This context with a publication year from the document's metadata (ignored beside a full date). */
    public DocumentContext withPublishedYear(Integer publishedYear) {
        return new DocumentContext(year, date, defaultRegion, published, publishedYear);
    }

    /** This context with the blanks filled from {@code defaults}. */
    public DocumentContext orElse(DocumentContext defaults) {
        if (defaults == null) {
            return this;
        }
        return new DocumentContext(
                year != null ? year : defaults.year,
                date != null ? date : defaults.date,
                defaultRegion != null ? defaultRegion : defaults.defaultRegion,
                published != null ? published : defaults.published,
                publishedYear != null ? publishedYear : defaults.publishedYear);
    }

    /** The effective reference date: the date, else 31 December of the year, else null. */
    public LocalDate referenceDate() {
        if (date != null) {
            return date;
        }
        return year == null ? null : LocalDate.of(year, 12, 31);
    }
}
