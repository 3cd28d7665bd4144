package io.zhibiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines (LF or CRLF) from a stream without decoding them, each at most {@code limit}
 * bytes: a longer line is skipped to its end and reported by its length, never held in memory.
 */
final class LineReader {
    /** One line: its bytes (null when too long), its 1-based number and its length in bytes. */
    record Line(byte[] bytes, long number, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int limit;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int end;
    private long number;
    private long consumed;

    LineReader(InputStream in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        byte[] acc = new byte[Math.min(limit, 256)];
        int n = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buf[pos] != '\n') {
                pos++;
            }
            int k = pos - start;
            length += k;
            consumed += k;
            if (length <= limit) {
                if (n + k > acc.length) {
                    acc = Arrays.copyOf(acc, (int) Math.min(limit, Math.max(acc.length * 2L, n + k)));
                }
                System.arraycopy(buf, start, acc, n, k);
                n += k;
            }
            if (pos < end) {
                pos++; // the newline
                consumed++;
                break;
            }
        }
        number++;
        if (length > limit) {
            return new Line(null, number, length);
        }
        if (n > 0 && acc[n - 1] == '\r') {
            n--;
        }
        return new Line(Arrays.copyOf(acc, n), number, length);
    }

    /** Bytes read so far (lines and newlines). */
    long consumed() {
        return consumed;
    }
}
