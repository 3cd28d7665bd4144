package io.zhibiao.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The {@code --status} file: a header line {@code doc records ms error}, then one tab-separated
 * line per document as it is written out; error is empty when the document succeeded. Tabs,
 * newlines and backslashes inside a field are written as {@code \t}, {@code \n}, {@code \\}.
 * A line is written (and flushed) only after the document's records are flushed, so a line means
 * its records are out. On {@code --resume} the lines without error are the documents to skip.
 */
final class StatusFile implements Closeable {
    static final String HEADER = "doc\trecords\tms\terror";

    private final Writer out;

    private StatusFile(Writer out) {
        this.out = out;
    }

    /** Opens for writing: appends when {@code append} and the file has content, else starts it anew. */
    static StatusFile open(Path file, boolean append) throws IOException {
        boolean fresh = !append || !Files.exists(file) || Files.size(file) == 0;
        if (!fresh) {
            terminateLastLine(file);
        }
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, fresh ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
        StatusFile s = new StatusFile(w);
        if (fresh) {
            w.write(HEADER);
            w.write('\n');
            w.flush();
        }
        return s;
    }

    /** A killed run may leave half a line: end it, so that the next line starts clean (the half line is ignored). */
    private static void terminateLastLine(Path file) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1);
            ch.read(b, size - 1);
            if (b.get(0) != '\n') {
                ch.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}), size);
            }
        }
    }

    void write(String doc, int records, long ms, String error) throws IOException {
        StringBuilder sb = new StringBuilder(doc.length() + 32);
        escape(sb, doc);
        sb.append('\t').append(records).append('\t').append(ms).append('\t');
        if (error != null) {
            escape(sb, error);
        }
        sb.append('\n');
        out.write(sb.toString());
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                sb.append(switch (d) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> d;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The documents that succeeded per a status file (none when it does not exist). Lines that
     * are not of the format (a half-written last line, the header) are ignored.
     */
    static DoneSet readDone(Path file) throws IOException {
        DoneSet.Builder b = new DoneSet.Builder();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length != 4 || line.equals(HEADER) || !f[1].chars().allMatch(Character::isDigit)
                        || f[1].isEmpty()) {
                    continue;
                }
                if (f[3].isEmpty()) {
                    b.add(unescape(f[0]));
                }
            }
        } catch (NoSuchFileException e) {
            return DoneSet.EMPTY;
        }
        return b.build();
    }

    /**
     * A set of document ids held as sorted 64-bit hashes (8 bytes a document, whatever the id's
     * length): a million finished documents cost 8 MB. Two ids sharing a hash is a one in 10^7
     * event for ten million documents.
     */
    static final class DoneSet {
        static final DoneSet EMPTY = new DoneSet(new long[0]);

        private final long[] hashes;

        private DoneSet(long[] sorted) {
            this.hashes = sorted;
        }

        boolean contains(String id) {
            return hashes.length > 0 && Arrays.binarySearch(hashes, hash(id)) >= 0;
        }

        int size() {
            return hashes.length;
        }

        static long hash(String s) {
            long h = 0xcbf29ce484222325L; // FNV-1a over UTF-16 units, then a murmur3 finalizer
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return h;
        }

        static final class Builder {
            private long[] a = new long[1024];
            private int n;

            void add(String id) {
                if (n == a.length) {
                    a = Arrays.copyOf(a, n * 2);
                }
                a[n++] = hash(id);
            }

            DoneSet build() {
                long[] s = Arrays.copyOf(a, n);
                Arrays.sort(s);
                int k = 0;
                for (int i = 0; i < s.length; i++) {
                    if (k == 0 || s[i] != s[k - 1]) {
                        s[k++] = s[i];
                    }
                }
                return new DoneSet(Arrays.copyOf(s, k));
            }
        }
    }
}
