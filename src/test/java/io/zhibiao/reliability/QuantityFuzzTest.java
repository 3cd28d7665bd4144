package io.zhibiao.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.zhibiao.IndicatorExtractor;

/**
 * Fuzz target: the quantity resolver (number layer) through the public {@code quantities} call.
 * Never throws; every mention has a non-empty span inside the input, in text order, and exact,
 * finite values (no NaN, no Infinity, no runaway exponent) that its JSON line writes back unchanged.
 * Seeds: {@code src/test/resources/io/zhibiao/reliability/QuantityFuzzTestInputs/quantities/}.
 */
class QuantityFuzzTest {
    private static final IndicatorExtractor EXTRACTOR = IndicatorExtractor.builder().build();

    @FuzzTest(maxDuration = "10m")
    void quantities(byte[] data) {
        String text = FuzzText.decode(data);
        Invariants.mentions(text, EXTRACTOR.quantities(text));
    }
}
