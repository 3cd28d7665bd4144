package io.zhibiao;

import java.util.Objects;

/**
 * What a record measures.
 *
 * @param id      canonical indicator id from the metric taxonomy ({@code gdp}, {@code retail_sales}),
 *                or {@code null} for an indicator the taxonomy does not know
 * @param name    canonical indicator name (地区生产总值), or {@code null} when {@code id} is null
 * @param mention the metric as the text names it, with shared heads and modifiers distributed
 *                (国家高新技术企业数量); abbreviations kept as written (GDP, 规上工业增加值)
 */
public record Metric(String id, String name, String mention) {
    public Metric {
        Objects.requireNonNull(mention, "mention");
    }

    /** A metric the taxonomy does not know. */
    public static Metric unknown(String mention) {
        return new Metric(null, null, mention);
    }
}
