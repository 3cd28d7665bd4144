package io.zhibiao.quantity;

import io.zhibiao.lexicon.UnitTable;

/** Factory for the standard quantity finder. */
public final class QuantityFinders {
    private QuantityFinders() {
    }

    /**
     * The standard finder over the given unit table: the number layer described in
     * docs/quantities.md, with the qualifier and context words of {@code zhibiao/quantity/}.
     */
    public static QuantityFinder standard(UnitTable units) {
        return new StandardQuantityFinder(units, QuantityLexicon.defaults());
    }
}
