package io.zhibiao.text;

import java.util.List;

/** Splits normalized text into words. Implementations are thread-safe. */
public interface Segmenter {
    /** Words of {@code text} in order, with offsets into {@code text}. */
    List<Token> segment(String text);
}
