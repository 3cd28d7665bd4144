package io.zhibiao;

import java.util.List;

/**
 * One-line entry points over a shared default {@link IndicatorExtractor} (built on first use).
 * For settings (document year, default region, extra lexicons) build your own extractor.
 */
public final class Zhibiao {
    private Zhibiao() {
    }

    private static final class Holder {
        static final IndicatorExtractor DEFAULT = IndicatorExtractor.builder().build();
    }

    /** The shared default extractor. */
    public static IndicatorExtractor extractor() {
        return Holder.DEFAULT;
    }

    /** Records of {@code text}. */
    public static List<Indicator> extract(String text) {
        return Holder.DEFAULT.extract(text);
    }

    /** Records of {@code text} published in {@code year}, falling back to {@code defaultRegion}. */
    public static List<Indicator> extract(String text, int year, String defaultRegion) {
        return Holder.DEFAULT.extract(text, new DocumentContext(year, null, defaultRegion));
    }

    /** Every quantity mention of {@code text}. */
    public static List<QuantityMention> quantities(String text) {
        return Holder.DEFAULT.quantities(text);
    }
}
