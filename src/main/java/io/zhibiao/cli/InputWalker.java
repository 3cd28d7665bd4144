package io.zhibiao.cli;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Walks the command-line inputs in order and hands each document to a {@link Sink}, reading
 * lazily: directories entry by entry (each sorted by name), archives entry by entry, JSONL files
 * line by line, so that an input of any size needs only the documents in flight. Files named on
 * the command line are read whatever their name; inside directories and archives only
 * {@code *.txt} (case-insensitive) texts, {@code *.jsonl}/{@code *.ndjson} files and (in
 * directories) archives are read, the rest is passed over.
 *
 * <p>Ids: the path as given ({@code dir/a.txt} for files found under {@code dir}),
 * {@code archive.zip!/inner/path.txt} for archive entries, and for JSONL lines the id field or
 * else {@code file.jsonl:LINE}. Whatever cannot be read becomes a {@link Payload.Failed} document
 * with the reason, so that it gets its error line in order.
 */
final class InputWalker {

    /** What a document's text is to be read from. */
    sealed interface Payload {
        /** A text file, read by the worker. */
        record File(Path path) implements Payload {
        }

        /** Bytes already read (archive entry, standard input). */
        record Bytes(byte[] bytes) implements Payload {
        }

        /** One JSONL line: decoded and parsed by the worker, which learns the id from it. */
        record JsonLine(byte[] bytes) implements Payload {
        }

        /** Could not be read at all. */
        record Failed(String reason) implements Payload {
        }
    }

    /** Receives documents in input order; may block (bounded work). */
    interface Sink {
        void accept(String id, Payload payload) throws InterruptedException;
    }

    private enum Type {
        TEXT, JSONL, ZIP, TAR_GZ, TAR, OTHER
    }

    private final BatchOptions.InputFormat format;
    private final long maxBytes;
    private final StatusFile.DoneSet done;
    private final Sink sink;
    private final Runnable onSkip;
    /** Documents met so far (handed on or passed over): tells an empty directory. */
    private long documents;
    /** Input bytes read so far (files' sizes, compressed bytes of archives), for progress. */
    private final java.util.concurrent.atomic.AtomicLong consumed = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param maxBytes documents (and JSONL lines) longer than this many bytes fail without being read
     * @param done     documents to pass over (resume); JSONL lines are checked by the worker
     * @param onSkip   called for each document passed over
     */
    InputWalker(BatchOptions.InputFormat format, long maxBytes, StatusFile.DoneSet done, Sink sink, Runnable onSkip) {
        this.format = format;
        this.maxBytes = maxBytes;
        this.done = done;
        this.sink = (id, payload) -> {
            documents++;
            sink.accept(id, payload);
        };
        this.onSkip = onSkip;
    }

    /**
     * An archive entry's name as it goes into document ids: without leading {@code ./} or {@code /}
     * ({@code tar czf a.tar.gz .} writes {@code ./x.txt}, zip writes {@code x.txt}), so that the
     * same files give the same ids in either archive.
     */
    static String entryName(String name) {
        String n = name;
        while (n.startsWith("./") || n.startsWith("/")) {
            n = n.substring(n.startsWith("/") ? 1 : 2);
        }
        return n;
    }

    private boolean skip(String id) {
        documents++;
        if (done.contains(id)) {
            onSkip.run();
            return true;
        }
        return false;
    }

    /** Input bytes read so far, comparable to {@link #totalBytes}. */
    long consumed() {
        return consumed.get();
    }

    void walk(List<String> args, InputStream stdin) throws InterruptedException {
        for (String a : args) {
            if (a.equals("-")) {
                stdin(stdin);
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                long before = documents;
                directory(a, p);
                if (documents == before) {
                    sink.accept(a, new Payload.Failed("no documents in this directory (it holds no *.txt, *.jsonl, "
                            + "*.ndjson, *.zip, *.tar.gz, *.tgz or *.tar file)"));
                }
            } else if (Files.exists(p)) {
                file(a, p, named(a));
            } else if (Files.isSymbolicLink(p)) {
                sink.accept(a, new Payload.Failed(notAFile(p)));
            } else {
                sink.accept(a, new Payload.Failed("no such file or directory"));
            }
        }
    }

    /** The total size of the inputs' files (for the progress bar; standard input counts nothing). */
    static long totalBytes(List<String> args) {
        long[] total = {0};
        for (String a : args) {
            if (a.equals("-")) {
                continue;
            }
            Path p = Path.of(a);
            try {
                if (Files.isDirectory(p)) {
                    try (var s = Files.walk(p)) {
                        s.filter(f -> Files.isRegularFile(f) && typeOf(f.getFileName().toString()) != Type.OTHER)
                                .forEach(f -> total[0] += size(f));
                    }
                } else {
                    total[0] += size(p);
                }
            } catch (IOException | RuntimeException e) {
                // the walk itself reports it
            }
        }
        return total[0];
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private void stdin(InputStream in) throws InterruptedException {
        if (format == BatchOptions.InputFormat.JSONL) {
            jsonl("-", in, null);
            return;
        }
        if (skip("-")) {
            return;
        }
        try {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (b.length > maxBytes) {
                sink.accept("-", new Payload.Failed("document too large: more than " + maxBytes + " bytes"));
                return;
            }
            sink.accept("-", new Payload.Bytes(b));
        } catch (IOException e) {
            sink.accept("-", new Payload.Failed("cannot read standard input: " + e.getMessage()));
        }
    }

    private Type named(String name) {
        Type t = typeOf(name);
        if (t == Type.ZIP || t == Type.TAR_GZ || t == Type.TAR) {
            return t;
        }
        return switch (format) {
            case TEXT -> Type.TEXT;
            case JSONL -> Type.JSONL;
            case AUTO -> t == Type.JSONL ? Type.JSONL : Type.TEXT;
        };
    }

    private static Type typeOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt")) {
            return Type.TEXT;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Type.JSONL;
        }
        if (n.endsWith(".zip")) {
            return Type.ZIP;
        }
        if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) {
            return Type.TAR_GZ;
        }
        if (n.endsWith(".tar")) {
            return Type.TAR;
        }
        return Type.OTHER;
    }

    /** A directory, depth first, each directory's entries sorted by name; links to directories are not followed. */
    private void directory(String id, Path dir) throws InterruptedException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path e : ds) {
                names.add(e.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(id, new Payload.Failed("cannot list directory: " + reason(e)));
            return;
        }
        names.sort(null);
        for (String name : names) {
            Path p = dir.resolve(name);
            String childId = p.toString();
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                directory(childId, p);
            } else if (Files.isRegularFile(p)) {
                Type t = typeOf(name);
                if (t != Type.OTHER) {
                    file(childId, p, t);
                }
            } else if (typeOf(name) != Type.OTHER && !Files.isDirectory(p)) {
                // a document that cannot be opened (a broken or looping link, a device): never dropped silently
                sink.accept(childId, new Payload.Failed(notAFile(p)));
            }
        }
    }

    /** Why {@code p}, which is neither a directory nor a regular file, cannot be read. */
    private static String notAFile(Path p) {
        return Files.isSymbolicLink(p) ? "cannot read: broken or looping symbolic link" : "cannot read: not a regular file";
    }

    private void file(String id, Path p, Type type) throws InterruptedException {
        switch (type) {
            case ZIP -> zip(id, p);
            case TAR_GZ, TAR -> tar(id, p, type == Type.TAR_GZ);
            case JSONL -> {
                long base = consumed.get();
                try (InputStream in = Files.newInputStream(p)) {
                    jsonl(id, in, n -> base + n);
                } catch (IOException e) {
                    sink.accept(id, new Payload.Failed("cannot read: " + reason(e)));
                }
            }
            default -> {
                consumed.addAndGet(size(p));
                if (!skip(id)) {
                    sink.accept(id, new Payload.File(p));
                }
            }
        }
    }

    /** JSONL: one document a non-blank line; the worker parses it. */
    /**
     * @param position the input bytes read so far given the line reader's count, for progress
     *                 (null: progress is counted by the caller)
     */
    private void jsonl(String source, InputStream in, java.util.function.LongUnaryOperator position)
            throws InterruptedException {
        LineReader lines = new LineReader(new BufferedInputStream(in, 1 << 16), (int) Math.min(Integer.MAX_VALUE - 16, maxBytes));
        try {
            for (LineReader.Line line; (line = lines.next()) != null; ) {
                if (position != null) {
                    consumed.set(position.applyAsLong(lines.consumed()));
                }
                String lineId = source + ":" + line.number();
                if (line.tooLong()) {
                    sink.accept(lineId, new Payload.Failed("document too large: line of " + line.length() + " bytes"));
                } else if (!blank(line.bytes())) {
                    sink.accept(lineId, new Payload.JsonLine(line.bytes()));
                }
            }
        } catch (IOException e) {
            sink.accept(source, new Payload.Failed("cannot read after " + lines.consumed() + " bytes: " + reason(e)));
        }
    }

    private static boolean blank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }

    private void zip(String id, Path p) throws InterruptedException {
        long zipBase = consumed.get();
        ZipFile zf;
        try {
            zf = openZip(p);
        } catch (IOException e) {
            sink.accept(id, new Payload.Failed("not a readable zip archive: " + reason(e)));
            consumed.addAndGet(size(p));
            return;
        }
        try (zf) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Type t = typeOf(e.getName());
                if (e.isDirectory() || (t != Type.TEXT && t != Type.JSONL)) {
                    continue;
                }
                String entryId = id + "!/" + entryName(e.getName());
                consumed.addAndGet(Math.max(e.getCompressedSize(), 0));
                if (t == Type.JSONL) {
                    try (InputStream in = zf.getInputStream(e)) {
                        jsonl(entryId, in, null);
                    } catch (IOException ex) {
                        sink.accept(entryId, new Payload.Failed("corrupt zip entry: " + reason(ex)));
                    }
                    continue;
                }
                if (skip(entryId)) {
                    continue;
                }
                if (e.getSize() > maxBytes) {
                    sink.accept(entryId, new Payload.Failed("document too large: " + e.getSize() + " bytes"));
                    continue;
                }
                byte[] data;
                try (InputStream in = zf.getInputStream(e)) {
                    data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
                } catch (IOException | RuntimeException ex) {
                    sink.accept(entryId, new Payload.Failed("corrupt zip entry: " + reason(ex)));
                    continue;
                }
                if (data.length > maxBytes) {
                    sink.accept(entryId, new Payload.Failed("document too large: more than " + maxBytes + " bytes"));
                } else {
                    sink.accept(entryId, new Payload.Bytes(data));
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(id, new Payload.Failed("corrupt zip archive: " + reason(e)));
        }
        consumed.set(zipBase + size(p));
    }

    /** Zip entry names are UTF-8 (or flagged so); archives made on Chinese Windows use GBK names. */
    private static ZipFile openZip(Path p) throws IOException {
        ZipFile zf = new ZipFile(p.toFile(), StandardCharsets.UTF_8);
        try {
            Enumeration<? extends ZipEntry> e = zf.entries();
            while (e.hasMoreElements()) {
                e.nextElement().getName();
            }
            return zf;
        } catch (IllegalArgumentException malformedName) {
            zf.close();
            return new ZipFile(p.toFile(), TextDecoding.GB18030);
        }
    }

    private void tar(String id, Path p, boolean gzip) throws InterruptedException {
        int found = 0;
        long base = consumed.get();
        try (CountingInputStream raw = new CountingInputStream(new BufferedInputStream(Files.newInputStream(p), 1 << 16));
                InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
            TarReader tar = new TarReader(in);
            for (TarReader.Entry e; (e = tar.next()) != null; ) {
                Type t = typeOf(e.name());
                if (t != Type.TEXT && t != Type.JSONL) {
                    continue;
                }
                found++;
                String entryId = id + "!/" + entryName(e.name());
                if (t == Type.JSONL) {
                    jsonl(entryId, tar.stream(), n -> base + raw.count());
                    continue;
                }
                if (skip(entryId)) {
                    continue;
                }
                byte[] data;
                try {
                    data = tar.read(maxBytes);
                } catch (DocumentTooLargeException tooLarge) {
                    sink.accept(entryId, new Payload.Failed("document too large: " + e.size() + " bytes"));
                    continue;
                }
                consumed.set(base + raw.count());
                sink.accept(entryId, new Payload.Bytes(data));
            }
        } catch (NoSuchFileException | AccessDeniedException e) {
            sink.accept(id, new Payload.Failed("cannot read: " + reason(e)));
        } catch (IOException | RuntimeException e) {
            String what = gzip ? "tar.gz" : "tar";
            sink.accept(id, new Payload.Failed("corrupt " + what + " archive"
                    + (found > 0 ? " after " + found + " documents" : "") + ": " + reason(e)));
        }
        consumed.set(base + size(p));
    }

    /** A short reason for an I/O failure: the exception's message, with a clearer one for the usual kinds. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.io.EOFException) {
            return e.getMessage() == null ? "unexpected end of data" : e.getMessage();
        }
        if (e instanceof ZipException && e.getMessage() != null) {
            return e.getMessage();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /** Counts the bytes read from the file under a decompressor (for progress). */
    static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int k = super.read(b, off, len);
            if (k > 0) {
                count += k;
            }
            return k;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count += k;
            return k;
        }
    }
}
