package io.zhibiao.extract.region;

import io.zhibiao.text.Document;
import io.zhibiao.text.Normalizers;

/** A test text as the pipeline sees it: the standard normalizer (line joining, width, spacing …), no segmenter. */
final class SeedText {
    private SeedText() {
    }

    static Document document(String raw) {
        return new Document(Normalizers.standard().normalize(raw), null);
    }
}
