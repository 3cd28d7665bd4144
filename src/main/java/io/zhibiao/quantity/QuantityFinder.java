package io.zhibiao.quantity;

import java.util.List;

/** Finds quantities in normalized text. Implementations are immutable and thread-safe. */
public interface QuantityFinder {
    /** Every quantity of {@code text}, in text order, non-overlapping. */
    List<QuantityMatch> find(String text);
}
