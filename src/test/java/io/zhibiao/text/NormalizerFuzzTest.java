package io.zhibiao.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.zhibiao.reliability.FuzzText;

/**
 * Fuzz target: the normalizer and its offset map (in this package to reach the naive per-char
 * trace of each step). For any input: the chain's {@link OffsetMap} gives, at every offset, what the
 * steps' naive origin arrays composed by hand give ({@link StepOracleTest#assertMapMatchesTrace}:
 * every mapped offset inside the original, monotone, never splitting a surrogate pair), and every
 * range maps to a non-inverted range inside the original. Seeds:
 * {@code src/test/resources/io/zhibiao/text/NormalizerFuzzTestInputs/offsetMap/}.
 */
class NormalizerFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void offsetMap(byte[] data) {
        String s = FuzzText.decode(data);
        Normalizer normalizer = Normalizers.standard();
        NormalizedText n = normalizer.normalize(s);
        Edits.Traced composed = null;
        String text = s;
        for (NormalizationStep step : normalizer.steps()) {
            Edits.Traced t = ((EditingStep) step).trace(text);
            composed = composed == null ? t : composed.andThen(t);
            text = t.text();
        }
        if (!n.text().equals(text)) {
            throw new AssertionError("normalize and trace differ on " + StepOracleTest.show(s));
        }
        StepOracleTest.assertMapMatchesTrace(n.map(), composed, StepOracleTest.show(s));
        // ranges: every [i, j) of the normalized text, sampled along the text
        int len = n.text().length();
        int stride = Math.max(1, len / 64);
        for (int i = 0; i <= len; i += stride) {
            for (int j = i; j <= len; j += stride) {
                io.zhibiao.Span sp = n.toOriginal(i, j);
                if (sp.start() < 0 || sp.end() > s.length() || sp.start() > sp.end()) {
                    throw new AssertionError("[" + i + ", " + j + ") maps to " + sp + " in " + StepOracleTest.show(s));
                }
                if (i < j && sp.length() == 0 && !n.text().substring(i, j).isBlank()) {
                    throw new AssertionError("[" + i + ", " + j + ") '" + n.text().substring(i, j)
                            + "' maps to an empty range in " + StepOracleTest.show(s));
                }
            }
        }
    }
}
