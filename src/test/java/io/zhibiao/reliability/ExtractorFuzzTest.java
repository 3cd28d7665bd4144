package io.zhibiao.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.zhibiao.DocumentContext;
import io.zhibiao.IndicatorExtractor;

/**
 * Fuzz target: the whole extractor. Whatever the text, {@code extract} returns (never throws, never
 * hangs: Jazzer reports an input that takes longer than its timeout), and every record satisfies
 * {@link Invariants#records}: valid {@code start}/{@code end}, evidence taken from the input, finite
 * numbers written exactly. {@code mvn verify} replays the seed corpus
 * ({@code src/test/resources/io/zhibiao/reliability/ExtractorFuzzTestInputs/extract/}); fuzzing:
 * docs/reliability.md.
 */
class ExtractorFuzzTest {
    private static final IndicatorExtractor EXTRACTOR = IndicatorExtractor.builder().build();
    private static final DocumentContext CONTEXT = new DocumentContext(2020, null, "重庆市");

    @FuzzTest(maxDuration = "10m")
    void extract(byte[] data) {
        String text = FuzzText.decode(data);
        // with and without a document context (default region, year), by the input's length
        Invariants.records(text, data.length % 2 == 0 ? EXTRACTOR.extract(text, CONTEXT) : EXTRACTOR.extract(text));
    }
}
