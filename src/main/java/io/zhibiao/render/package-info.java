/**
 * An article and its records as one self-contained HTML page: the text with every record's
 * evidence highlighted, the records in a sortable table beside it, a per-region summary. What
 * {@code zhibiao render} writes (docs/cli.md). {@link io.zhibiao.render.HtmlReport} draws from
 * the original text plus records, either the extractor's or records read from
 * {@code extract --format jsonl} output; offsets are UTF-16, half-open, into the original text.
 *
 * <p>Usable from Java; the page's layout and styling may change between minor versions, the
 * {@code <mark class="zb" data-r="INDEX">} highlights will not.
 */
package io.zhibiao.render;
