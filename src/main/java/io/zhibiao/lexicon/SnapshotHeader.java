package io.zhibiao.lexicon;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * The header every build-time lexicon snapshot starts with (the gazetteer's, the metric taxonomy's): a magic
 * number, the count of source files, then each source's CRC-32. A snapshot is read only when every source
 * on the classpath has the CRC it was made from: it is a cache, never the data itself.
 */
final class SnapshotHeader {
    private SnapshotHeader() {
    }

    /**
     * The bytes of snapshot {@code resource} positioned after a header that matches {@code magic} and the
     * current CRCs of {@code sources} ({@code checksum}, -1 when a source is missing); null otherwise.
     */
    static ByteBuffer open(java.util.function.Function<String, byte[]> resource, java.util.function.ToLongFunction<String> checksum,
            String name, int magic, List<String> sources) {
        byte[] bytes = resource.apply(name);
        if (bytes == null) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < 8 || in.getInt() != magic || in.getInt() != sources.size()) {
            return null;
        }
        for (String source : sources) {
            long crc = checksum.applyAsLong(source);
            if (crc < 0 || in.remaining() < 8 || in.getLong() != crc) {
                return null;
            }
        }
        return in;
    }
}
