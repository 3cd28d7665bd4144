package io.zhibiao.text;

import java.util.List;

/** Factory for the standard normalizer. */
public final class Normalizers {
    private Normalizers() {
    }

    /** The standard chain of normalization steps. */
    public static Normalizer standard() {
        return new Normalizer(List.of());
    }
}
