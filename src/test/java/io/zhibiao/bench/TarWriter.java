package io.zhibiao.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a POSIX ustar archive (regular files only) for tests and the synthetic corpus; names
 * longer than 100 bytes get a pax {@code path} record, like GNU tar and Python's tarfile do.
 */
public final class TarWriter implements Closeable {
    private final OutputStream out;

    public TarWriter(OutputStream out) {
        this.out = out;
    }

    public void add(String name, byte[] data) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        if (nameBytes.length > 100) {
            String rec = " path=" + name + "\n";
            int len = rec.getBytes(StandardCharsets.UTF_8).length;
            int total = len + String.valueOf(len).length();
            if (String.valueOf(total).length() != String.valueOf(len).length()) {
                total++;
            }
            byte[] pax = (total + rec).getBytes(StandardCharsets.UTF_8);
            header("PaxHeader", pax.length, 'x');
            body(pax);
            header(name.substring(0, Math.min(name.length(), 50)), data.length, '0');
        } else {
            header(name, data.length, '0');
        }
        body(data);
    }

    private void header(String name, long size, char type) throws IOException {
        byte[] h = new byte[512];
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(n, 0, h, 0, Math.min(n.length, 100));
        octal(h, 100, 8, 0644);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, size);
        octal(h, 136, 12, 1_600_000_000L);
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        h[156] = (byte) type;
        byte[] magic = "ustar\u000000".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, h, 257, magic.length);
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xFF;
        }
        octal(h, 148, 7, sum);
        h[155] = ' ';
        out.write(h);
    }

    private void body(byte[] data) throws IOException {
        out.write(data);
        int pad = (512 - data.length % 512) % 512;
        out.write(new byte[pad]);
    }

    private static void octal(byte[] h, int off, int len, long v) {
        String s = Long.toOctalString(v);
        while (s.length() < len - 1) {
            s = "0" + s;
        }
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, len - 1);
        h[off + len - 1] = 0;
    }

    /** Writes the two zero blocks that end an archive and closes the stream. */
    @Override
    public void close() throws IOException {
        out.write(new byte[1024]);
        out.close();
    }
}
