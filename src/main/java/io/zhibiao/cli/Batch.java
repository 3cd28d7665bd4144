package io.zhibiao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zhibiao.format.RowWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A batch run: one reader (the calling thread) walks the inputs and queues documents, N workers
 * decode and extract them, one writer writes each document's rows and status line.
 *
 * <p>Memory is bounded by the number of documents in flight (queued, running, or finished and
 * waiting for their turn in ordered output): at most {@code 4 × threads + 4}, each at most
 * {@code --max-doc-chars}. The reader waits when that many are out. In ordered mode a slow
 * document holds back the output of later ones (never more than the in-flight bound); a document
 * running longer than the timeout is failed, its worker replaced, and its result dropped when it
 * comes.
 *
 * <p>How a worker reads a document (file size limit, decoding, a JSONL line's id and fields) is
 * {@link DocumentReader}'s.
 *
 * <p>Every document ends in exactly one of: its rows and a status line, an error line on stderr
 * and a status line with the error (no rows), or a pass (resume: already done). Rows of a
 * document are flushed before its status line.
 */
final class Batch {
    /** Turns one document's text into output rows; called from several threads at once. */
    interface Processor {
        List<Map<String, Object>> rows(String doc, String text) throws Exception;

        /** A JSONL line's rows; {@code fields} is the line's object (its metadata). */
        default List<Map<String, Object>> rows(String doc, String text, ObjectNode fields) throws Exception {
            return rows(doc, text);
        }
    }

    /** How the batch runs. */
    record Settings(int threads, boolean ordered, int maxDocChars, long timeoutMillis,
            BatchOptions.InputFormat inputFormat, String textField, String idField, boolean fieldsColumn) {
    }

    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int TIMED_OUT = 3;

    private final Settings settings;
    private final Processor processor;
    private final RowWriter rows;
    private final Writer out;
    private final PrintStream stdout;
    private final StatusFile status;
    private final StatusFile.DoneSet done;
    private final PrintStream err;
    private final BatchStats stats;
    private final DocumentReader reader;

    private final BlockingQueue<Task> tasks = new LinkedBlockingQueue<>();
    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private final Semaphore inFlight;
    private final Set<Task> running = ConcurrentHashMap.newKeySet();
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicInteger spares = new AtomicInteger();
    private final List<Thread> workers = new ArrayList<>();
    private volatile Throwable writeFailure;
    private Progress progress = Progress.NONE;
    private InputWalker walker;

    /**
     * @param rows   where rows go (its writer {@code out} is flushed after each document)
     * @param stdout checked for errors after each flush when the output is standard output (a closed pipe stops the run)
     * @param status the status file, or null
     * @param done   documents to pass over (resume)
     */
    Batch(Settings settings, Processor processor, RowWriter rows, Writer out, PrintStream stdout, StatusFile status,
            StatusFile.DoneSet done, PrintStream err, BatchStats stats) {
        this.settings = settings;
        this.processor = processor;
        this.rows = rows;
        this.out = out;
        this.stdout = stdout;
        this.status = status;
        this.done = done;
        this.err = err;
        this.stats = stats;
        this.reader = new DocumentReader(settings, stats);
        this.inFlight = new Semaphore(4 * settings.threads() + 4);
    }

    /** A document on its way: its place in the input order, id, and what to read it from. */
    static final class Task {
        final long seq;
        final String id;
        final InputWalker.Payload payload;
        final AtomicInteger state = new AtomicInteger();
        volatile long started;
        /** The id once known: a JSONL line's comes from its id field, read by the worker. */
        volatile String docId;

        Task(long seq, String id, InputWalker.Payload payload) {
            this.seq = seq;
            this.id = id;
            this.docId = id;
            this.payload = payload;
        }
    }

    /**
     * A finished document: rows (and their text, encoded by the worker when the format streams) or
     * error (or passed over), and its worker time.
     */
    record Outcome(long seq, String id, List<Map<String, Object>> rows, String encoded, String error, boolean skipped,
            long nanos) {
        Outcome(long seq, String id, List<Map<String, Object>> rows, String error, boolean skipped, long nanos) {
            this(seq, id, rows, null, error, skipped, nanos);
        }

        static Outcome end(long count) {
            return new Outcome(count, null, null, null, false, -1);
        }

        boolean isEnd() {
            return id == null;
        }
    }

    /**
     * Runs the batch over {@code args}.
     *
     * @return the number of documents that failed; throws {@link IOException} when the output cannot be written
     */
    long run(List<String> args, InputStream stdin, boolean showProgress) throws IOException, InterruptedException {
        long maxBytes = 4L * settings.maxDocChars(); // GB18030 and UTF-8 take at most 4 bytes a char
        long[] seq = {0};
        walker = new InputWalker(settings.inputFormat(), maxBytes, done, (id, payload) -> submit(seq, id, payload),
                stats::skipped);
        if (showProgress) {
            progress = Progress.bar(InputWalker.totalBytes(args));
        }
        Thread writer = new Thread(this::writeLoop, "zhibiao-writer");
        Thread hook = new Thread(this::onShutdown, "zhibiao-shutdown");
        Thread watchdog = null;
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            for (int i = 0; i < settings.threads(); i++) {
                startWorker(false);
            }
            writer.start();
            if (settings.timeoutMillis() > 0) {
                watchdog = new Thread(this::watch, "zhibiao-watchdog");
                watchdog.setDaemon(true);
                watchdog.start();
            }
            try {
                walker.walk(args, stdin);
            } catch (StopException e) {
                // the writer failed; reported below
            }
            tasks.put(END);
            outcomes.put(Outcome.end(seq[0]));
            writer.join();
            for (Thread w : List.copyOf(workers)) {
                w.join(100);
            }
        } finally {
            tasks.offer(END);
            if (watchdog != null) {
                watchdog.interrupt();
            }
            progress.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running
            }
        }
        if (writeFailure != null) {
            throw writeFailure instanceof IOException io ? io : new IOException(writeFailure);
        }
        return stats.failed();
    }

    /**
     * Thrown through the walker to stop reading when the output failed; an InterruptedException,
     * so that the walker's handlers of bad input (I/O and runtime exceptions) let it through.
     */
    private static final class StopException extends InterruptedException {
        private static final long serialVersionUID = 1L;

        StopException() {
            super("output failed");
        }
    }

    private void submit(long[] seq, String id, InputWalker.Payload payload) throws InterruptedException {
        while (!inFlight.tryAcquire(200, TimeUnit.MILLISECONDS)) {
            if (writeFailure != null) {
                throw new StopException();
            }
        }
        if (writeFailure != null) {
            throw new StopException();
        }
        tasks.put(new Task(seq[0]++, id, payload));
    }

    private synchronized void startWorker(boolean spare) {
        Thread t = new Thread(null, () -> workLoop(spare), "zhibiao-worker-" + workers.size(), 16L << 20);
        t.setDaemon(true); // a worker stuck in a timed-out document must not keep the JVM alive
        workers.add(t);
        t.start();
    }

    /** Queued after the last document (and when the output fails): workers leave when they take it. */
    private static final Task END = new Task(-1, null, null);

    private void workLoop(boolean spare) {
        try {
            while (true) {
                Task t = tasks.take();
                if (t == END) {
                    tasks.put(END); // for the next worker
                    return;
                }
                t.started = System.nanoTime();
                t.state.set(RUNNING);
                running.add(t);
                Outcome o = process(t);
                running.remove(t);
                if (t.state.compareAndSet(RUNNING, DONE)) {
                    outcomes.put(o);
                } else if (retire()) {
                    return; // timed out: a spare took this worker's place
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A worker whose document timed out leaves if a spare replaced it. */
    private boolean retire() {
        return spares.getAndUpdate(n -> n > 0 ? n - 1 : n) > 0;
    }

    /** Fails documents running past the timeout and starts a spare worker for each (up to one per thread). */
    private void watch() {
        long limit = TimeUnit.MILLISECONDS.toNanos(settings.timeoutMillis());
        long tick = Math.max(10, Math.min(1000, settings.timeoutMillis() / 4));
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(tick);
                long now = System.nanoTime();
                for (Task t : running) {
                    if (now - t.started > limit && t.state.compareAndSet(RUNNING, TIMED_OUT)) {
                        outcomes.put(new Outcome(t.seq, t.docId, null,
                                "timed out after " + settings.timeoutMillis() / 1000.0 + " s (--doc-timeout)", false,
                                now - t.started));
                        if (spares.get() < settings.threads()) {
                            spares.incrementAndGet();
                            startWorker(true);
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            // run over
        }
    }

    private Outcome process(Task t) {
        long start = System.nanoTime();
        String id = t.id;
        try {
            Map<String, JsonNode> pass = Map.of();
            ObjectNode fields = null;
            String text;
            long read = System.nanoTime();
            if (t.payload instanceof InputWalker.Payload.Failed f) {
                return new Outcome(t.seq, id, null, f.reason(), false, 0);
            } else if (t.payload instanceof InputWalker.Payload.File f) {
                text = reader.decode(reader.readFile(f.path()));
            } else if (t.payload instanceof InputWalker.Payload.Bytes b) {
                text = reader.decode(b.bytes());
            } else {
                byte[] line = ((InputWalker.Payload.JsonLine) t.payload).bytes();
                ObjectNode obj = DocumentReader.parseLine(reader.decode(line));
                id = reader.idOf(obj, id);
                t.docId = id;
                if (done.contains(id)) {
                    return new Outcome(t.seq, id, null, null, true, 0);
                }
                JsonNode tf = obj.get(settings.textField());
                if (tf == null || tf.isNull()) {
                    throw new IOException("no \"" + settings.textField() + "\" field (--text-field)");
                }
                if (!tf.isTextual()) {
                    throw new IOException("field \"" + settings.textField() + "\" is not a string");
                }
                text = tf.textValue();
                pass = reader.passThrough(obj);
                fields = obj;
            }
            if (text.length() > settings.maxDocChars()) {
                throw new IOException("document too large: " + text.length() + " characters (--max-doc-chars "
                        + settings.maxDocChars() + ")");
            }
            long extract = System.nanoTime();
            stats.addRead(extract - read);
            List<Map<String, Object>> r = fields == null ? processor.rows(id, text) : processor.rows(id, text, fields);
            stats.addExtract(System.nanoTime() - extract, text.length());
            if (!pass.isEmpty()) {
                reader.addPassThrough(r, pass);
            }
            long encode = System.nanoTime();
            String encoded = rows.encode(r);
            stats.addEncode(System.nanoTime() - encode);
            return new Outcome(t.seq, id, r, encoded, null, false, System.nanoTime() - start);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return new Outcome(t.seq, id, null, message(e), false, System.nanoTime() - start);
        }
    }

    private static String message(Throwable e) {
        if (e instanceof IOException && e.getMessage() != null) {
            return e.getMessage();
        }
        if (e instanceof StackOverflowError) {
            return "internal error: stack overflow";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory (lower --max-doc-chars or --threads, or raise -Xmx)";
        }
        return "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private void writeLoop() {
        long next = 0;
        long written = 0;
        long total = -1;
        Map<Long, Outcome> waiting = new HashMap<>();
        try {
            while (total < 0 || written < total) {
                Outcome o = outcomes.take();
                if (o.isEnd()) {
                    total = o.seq();
                    continue;
                }
                if (!settings.ordered()) {
                    emit(o);
                    written++;
                    continue;
                }
                if (o.seq() < next || waiting.containsKey(o.seq())) {
                    continue; // a late duplicate (cannot happen: a timed-out result is dropped by its worker)
                }
                waiting.put(o.seq(), o);
                for (Outcome w; (w = waiting.remove(next)) != null; next++) {
                    emit(w);
                    written++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            writeFailure = e;
            tasks.clear();
            tasks.offer(END);
        } finally {
            stats.writerCpu(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        }
    }

    private void emit(Outcome o) throws IOException {
        writeLock.lock();
        try {
            long t = System.nanoTime();
            if (o.skipped()) {
                stats.skipped();
            } else if (o.error() != null) {
                err.println("zhibiao: " + o.id() + ": " + o.error());
                stats.failed(o.nanos());
                if (status != null) {
                    status.write(o.id(), 0, o.nanos() / 1_000_000, o.error());
                }
            } else {
                if (o.encoded() != null) {
                    if (!o.encoded().isEmpty()) {
                        rows.writeEncoded(o.encoded());
                    }
                } else {
                    for (Map<String, Object> row : o.rows()) {
                        rows.write(row);
                    }
                }
                out.flush();
                if (stdout != null && stdout.checkError()) {
                    throw new ClosedOutputException();
                }
                stats.ok(o.rows().size(), o.nanos());
                if (status != null) {
                    status.write(o.id(), o.rows().size(), o.nanos() / 1_000_000, null);
                }
            }
            stats.addWrite(System.nanoTime() - t);
        } finally {
            writeLock.unlock();
            inFlight.release();
        }
        progress.update(walker.consumed(), stats.written(), stats.failed());
    }

    /**
     * Ctrl-C or kill: wait for the document being written, flush output and status, and keep the
     * lock so that nothing more is written; a resumed run starts after the last status line.
     */
    private void onShutdown() {
        try {
            if (writeLock.tryLock(5, TimeUnit.SECONDS)) {
                out.flush();
            }
        } catch (InterruptedException | IOException e) {
            // exiting anyway
        }
    }
}
