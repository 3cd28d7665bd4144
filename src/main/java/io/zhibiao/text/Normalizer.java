package io.zhibiao.text;

import java.util.List;
import java.util.Objects;

/**
 * Runs normalization steps in order and composes their offset maps, so that every later stage
 * reads clean text while every span still maps back into the original input.
 */
public final class Normalizer {
    private final List<NormalizationStep> steps;

    public Normalizer(List<NormalizationStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The steps, in order. */
    public List<NormalizationStep> steps() {
        return steps;
    }

    public NormalizedText normalize(String original) {
        Objects.requireNonNull(original, "text");
        String text = original;
        OffsetMap map = null;
        for (NormalizationStep step : steps) {
            NormalizationStep.Result r = step.apply(text);
            if (r.text() != text) {
                map = map == null ? r.map() : map.andThen(r.map());
                text = r.text();
            }
        }
        return new NormalizedText(original, text, map == null ? OffsetMap.identity(original.length()) : map);
    }
}
