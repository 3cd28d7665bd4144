package io.zhibiao.cli;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal streaming tar reader (POSIX ustar, with GNU long names and pax {@code path} and
 * {@code size} records), enough for archives made by GNU tar, bsdtar, Python's tarfile and Java
 * tools. Regular files only: directories, links and other entry types are passed over. Headers
 * are checked (checksum, octal fields); a bad or truncated archive throws an {@link IOException}
 * saying where.
 *
 * <pre>{@code
 * TarReader tar = new TarReader(new GZIPInputStream(in));
 * for (TarReader.Entry e; (e = tar.next()) != null; ) {
 *     byte[] data = tar.read(limit);   // or skip by calling next() again
 * }
 * }</pre>
 */
final class TarReader {
    private static final int BLOCK = 512;

    /** A regular file entry: its path in the archive and its size in bytes. */
    record Entry(String name, long size) {
    }

    private final InputStream in;
    private final byte[] header = new byte[BLOCK];
    private long offset;
    /** Bytes of the current entry not yet read, and the padding after them. */
    private long remaining;
    private long padding;

    TarReader(InputStream in) {
        this.in = in;
    }

    /** The next regular file, or null at the end of the archive. */
    Entry next() throws IOException {
        skipRest();
        String longName = null;
        String paxPath = null;
        long paxSize = -1;
        while (true) {
            long at = offset;
            if (!readBlock(header, true)) {
                return null; // end of stream without the two zero blocks: tolerated, as GNU tar does
            }
            if (allZero(header)) {
                return null;
            }
            checkSum(at);
            char type = (char) header[156];
            long size = number(header, 124, 12, at, "size");
            if (paxSize >= 0) {
                size = paxSize;
            }
            switch (type) {
                case 'L' -> {
                    longName = cString(readData(size, at, "GNU long name"), StandardCharsets.UTF_8);
                    continue;
                }
                case 'x' -> {
                    byte[] pax = readData(size, at, "pax header");
                    paxPath = paxValue(pax, "path", at);
                    String s = paxValue(pax, "size", at);
                    paxSize = s == null ? -1 : parsePaxSize(s, at);
                    continue;
                }
                case 'g', 'K' -> {
                    readData(size, at, "extended header"); // global pax header, GNU long link: not needed
                    continue;
                }
                default -> {
                }
            }
            String name = paxPath != null ? paxPath : longName != null ? longName : ustarName(header);
            remaining = size;
            padding = (BLOCK - size % BLOCK) % BLOCK;
            if (type == '0' || type == '\0' || type == '7') {
                return new Entry(name, size);
            }
            // directory, link, device …: skip its data (usually none) and go on
            skipRest();
            longName = null;
            paxPath = null;
            paxSize = -1;
        }
    }

    /**
     * The current entry's bytes; throws when the entry is larger than {@code limit} (its data is
     * then skipped by the next {@link #next()}).
     */
    byte[] read(long limit) throws IOException {
        if (remaining > limit) {
            throw new DocumentTooLargeException(remaining);
        }
        byte[] data = new byte[(int) remaining];
        readFully(data, data.length);
        remaining = 0;
        return data;
    }

    /** The current entry's bytes as a stream (for entries read line by line). */
    InputStream stream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (remaining == 0) {
                    return -1;
                }
                int k = in.read(b, off, (int) Math.min(len, remaining));
                if (k < 0) {
                    throw new EOFException("tar archive truncated at byte " + offset);
                }
                remaining -= k;
                offset += k;
                return k;
            }
        };
    }

    /** Where the reader is in the (uncompressed) tar stream. */
    long offset() {
        return offset;
    }

    private void skipRest() throws IOException {
        long n = remaining + padding;
        while (n > 0) {
            long k = in.skip(n);
            if (k <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("tar archive truncated at byte " + offset);
                }
                k = 1;
            }
            n -= k;
            offset += k;
        }
        remaining = 0;
        padding = 0;
    }

    private byte[] readData(long size, long at, String what) throws IOException {
        if (size < 0 || size > 1 << 20) {
            throw new IOException("corrupt tar archive: " + what + " of " + size + " bytes at byte " + at);
        }
        byte[] data = new byte[(int) size];
        readFully(data, data.length);
        remaining = 0;
        padding = (BLOCK - size % BLOCK) % BLOCK;
        skipRest();
        return data;
    }

    private boolean readBlock(byte[] b, boolean eofOk) throws IOException {
        int n = 0;
        while (n < BLOCK) {
            int k = in.read(b, n, BLOCK - n);
            if (k < 0) {
                if (n == 0 && eofOk) {
                    return false;
                }
                throw new EOFException("tar archive truncated at byte " + (offset + n));
            }
            n += k;
        }
        offset += BLOCK;
        return true;
    }

    private void readFully(byte[] b, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int k = in.read(b, n, len - n);
            if (k < 0) {
                throw new EOFException("tar archive truncated at byte " + (offset + n));
            }
            n += k;
        }
        offset += len;
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private void checkSum(long at) throws IOException {
        long stored = number(header, 148, 8, at, "checksum");
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (header[i] & 0xFF);
        }
        if (sum != stored) {
            throw new IOException("corrupt tar archive: bad header checksum at byte " + at);
        }
    }

    /** An octal field (NUL/space padded), or GNU base-256 when the first byte has its high bit set. */
    private static long number(byte[] b, int off, int len, long at, String what) throws IOException {
        if ((b[off] & 0x80) != 0) {
            long v = b[off] & 0x7F;
            for (int i = off + 1; i < off + len; i++) {
                v = (v << 8) | (b[i] & 0xFF);
            }
            return v;
        }
        long v = 0;
        boolean digits = false;
        for (int i = off; i < off + len; i++) {
            byte c = b[i];
            if (c == 0 || (c == ' ' && digits)) {
                break;
            }
            if (c == ' ') {
                continue;
            }
            if (c < '0' || c > '7') {
                throw new IOException("corrupt tar archive: bad " + what + " field at byte " + at);
            }
            v = (v << 3) + (c - '0');
            digits = true;
        }
        return v;
    }

    private static String ustarName(byte[] h) {
        String name = cString(h, 0, 100);
        boolean ustar = h[257] == 'u' && h[258] == 's' && h[259] == 't' && h[260] == 'a' && h[261] == 'r';
        if (ustar && h[345] != 0) {
            return cString(h, 345, 155) + "/" + name;
        }
        return name;
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private static String cString(byte[] b, java.nio.charset.Charset cs) {
        int end = 0;
        while (end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, 0, end, cs);
    }

    /** A value of a pax extended header: records "LEN key=value\n". */
    private static String paxValue(byte[] pax, String key, long at) throws IOException {
        int i = 0;
        while (i < pax.length) {
            int sp = i;
            int len = 0;
            while (sp < pax.length && pax[sp] >= '0' && pax[sp] <= '9') {
                len = len * 10 + (pax[sp] - '0');
                sp++;
            }
            if (sp >= pax.length || pax[sp] != ' ' || len <= 0 || i + len > pax.length) {
                if (len == 0 && sp == i && allZeroFrom(pax, i)) {
                    return null;
                }
                throw new IOException("corrupt tar archive: bad pax record at byte " + at);
            }
            String rec = new String(pax, sp + 1, i + len - sp - 1, StandardCharsets.UTF_8);
            int eq = rec.indexOf('=');
            if (eq > 0 && rec.substring(0, eq).equals(key)) {
                return rec.substring(eq + 1, rec.endsWith("\n") ? rec.length() - 1 : rec.length());
            }
            i += len;
        }
        return null;
    }

    private static boolean allZeroFrom(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static long parsePaxSize(String s, long at) throws IOException {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw new IOException("corrupt tar archive: bad pax size at byte " + at);
        }
    }
}
