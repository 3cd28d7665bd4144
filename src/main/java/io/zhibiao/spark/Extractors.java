package io.zhibiao.spark;

import io.zhibiao.IndicatorExtractor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The executor side: one {@link IndicatorExtractor} per JVM and settings, built lazily on first
 * use and shared by every task (the extractor is thread-safe). Nothing here is serialized.
 */
final class Extractors {
    private static final Map<ExtractorSettings, IndicatorExtractor> BY_SETTINGS = new ConcurrentHashMap<>();

    private Extractors() {
    }

    static IndicatorExtractor get(ExtractorSettings settings) {
        return BY_SETTINGS.computeIfAbsent(settings, ExtractorSettings::build);
    }

    /** How many extractors this JVM holds (for tests). */
    static int count() {
        return BY_SETTINGS.size();
    }
}
