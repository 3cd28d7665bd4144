package io.zhibiao;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * What a record measures.
 *
 * @param id        canonical indicator id from the metric taxonomy ({@code gdp}, {@code retail_sales}),
 *                  or {@code null} for an indicator the taxonomy does not know
 * @param name      canonical indicator name (地区生产总值), or {@code null} when {@code id} is null
 * @param mention   the metric as the text names it, with shared heads and modifiers distributed
 *                  (国家高新技术企业数量); abbreviations kept as written (GDP, 规上工业增加值)
 * @param modifiers the breakdown of the indicator the mention names, by dimension
 *                  ({@code industry=制造业}, {@code partner=美国}); empty, never null; sorted by key
 */
public record Metric(String id, String name, String mention, Map<String, String> modifiers) {
    public Metric {
        Objects.requireNonNull(mention, "mention");
        modifiers = modifiers == null || modifiers.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(modifiers));
    }

    /** A metric without modifiers. */
    public Metric(String id, String name, String mention) {
        this(id, name, mention, Map.of());
    }

    /** A metric the taxonomy does not know. */
    public static Metric unknown(String mention) {
        return new Metric(null, null, mention);
    }

    /** The modifiers as {@code dim=value;dim=value} (sorted), or null when there are none. */
    public String modifiersText() {
        if (modifiers.isEmpty()) {
            return null;
        }
        StringJoiner j = new StringJoiner(";");
        modifiers.forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    // equals and hashCode written out, as the record's own would be (the same values): the generated
    // ones are linked on first call through java.lang.runtime.ObjectMethods, 5-18 ms of CPU at start-up
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Metric m && Objects.equals(id, m.id) && Objects.equals(name, m.name)
                && Objects.equals(mention, m.mention) && Objects.equals(modifiers, m.modifiers);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(id) * 31 + Objects.hashCode(name)) * 31 + Objects.hashCode(mention)) * 31
                + Objects.hashCode(modifiers);
    }
}
