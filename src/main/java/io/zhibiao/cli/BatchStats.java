package io.zhibiao.cli;

import io.zhibiao.extract.StageTimer;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Totals of a batch run and its time per stage ({@code --stats}). Stage times are summed over
 * threads: with N workers they add up to about N times the elapsed time.
 */
final class BatchStats {
    private final long start = System.nanoTime();
    private final LongAdder ok = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder records = new LongAdder();
    private final LongAdder chars = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder gb18030 = new LongAdder();
    private final LongAdder readNanos = new LongAdder();
    private final LongAdder extractNanos = new LongAdder();
    private final LongAdder writeNanos = new LongAdder();
    private final LongAdder encodeNanos = new LongAdder();
    private volatile long writerCpuNanos = -1;
    private final Map<StageTimer.Stage, StageTimer.Total> stagesAtStart = StageTimer.snapshot();
    /** Wall-clock time (ms since the epoch) the first record was flushed, 0 before. */
    private volatile long firstRecordAt;

    void ok(int recordCount, long nanos) {
        ok.increment();
        records.add(recordCount);
        if (recordCount > 0 && firstRecordAt == 0) {
            firstRecordAt = System.currentTimeMillis();
        }
    }

    void failed(long nanos) {
        failed.increment();
    }

    void skipped() {
        skipped.increment();
    }

    void addRead(long nanos) {
        readNanos.add(nanos);
    }

    void addExtract(long nanos, int textChars) {
        extractNanos.add(nanos);
        chars.add(textChars);
    }

    void addBytes(long n, boolean gb) {
        bytes.add(n);
        if (gb) {
            gb18030.increment();
        }
    }

    void addWrite(long nanos) {
        writeNanos.add(nanos);
    }

    /** Time a worker spent encoding a document's rows (JSONL, CSV) for the writer. */
    void addEncode(long nanos) {
        encodeNanos.add(nanos);
    }

    /** The writer thread's CPU time, set when it ends (-1: not measured). */
    void writerCpu(long nanos) {
        writerCpuNanos = nanos;
    }

    long failed() {
        return failed.sum();
    }

    /** Documents written out (succeeded or failed; not the passed-over ones). */
    long written() {
        return ok.sum() + failed.sum();
    }

    long records() {
        return records.sum();
    }

    long chars() {
        return chars.sum();
    }

    /** Prints the totals and the stage table. */
    void print(PrintStream err, int threads) {
        double s = (System.nanoTime() - start) / 1e9;
        long docs = written();
        double mb = bytes.sum() / 1048576.0;
        err.printf(Locale.ROOT, "zhibiao: %d documents (%d ok, %d failed, %d skipped), %d records, %d chars, %.1f MB"
                + "%s in %.2f s with %d threads%n", docs, ok.sum(), failed.sum(), skipped.sum(), records.sum(),
                chars.sum(), mb, gb18030.sum() > 0 ? " (" + gb18030.sum() + " GB18030)" : "", s, threads);
        err.printf(Locale.ROOT, "zhibiao: %.1f docs/s, %.2f MB/s, %.0f chars/s%n", docs / s, mb / s, chars.sum() / s);
        if (firstRecordAt > 0) {
            long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            err.printf(Locale.ROOT, "zhibiao: first record written %d ms after the JVM started%n", firstRecordAt - jvmStart);
        }
        Map<StageTimer.Stage, StageTimer.Total> now = StageTimer.snapshot();
        long extract = extractNanos.sum();
        err.printf(Locale.ROOT, "%-12s %10s %7s %12s%n", "stage", "thread-s", "share", "ms/doc");
        long inStages = 0;
        long all = readNanos.sum() + extract + encodeNanos.sum() + writeNanos.sum();
        row(err, "read+decode", readNanos.sum(), all, docs);
        for (StageTimer.Stage st : StageTimer.Stage.values()) {
            long n = now.get(st).nanos() - stagesAtStart.get(st).nanos();
            inStages += n;
            row(err, "  " + st.name().toLowerCase(Locale.ROOT), n, all, docs);
        }
        row(err, "  other", Math.max(0, extract - inStages), all, docs);
        row(err, "extract", extract, all, docs);
        row(err, "encode", encodeNanos.sum(), all, docs);
        row(err, "write", writeNanos.sum(), all, docs);
        long processCpu = processCpuNanos();
        if (writerCpuNanos >= 0 && processCpu > 0) {
            err.printf(Locale.ROOT, "zhibiao: writer thread CPU %.2f s of the process's %.2f s (%.1f%%)%n",
                    writerCpuNanos / 1e9, processCpu / 1e9, 100.0 * writerCpuNanos / processCpu);
        }
    }

    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static void row(PrintStream err, String name, long nanos, long all, long docs) {
        err.printf(Locale.ROOT, "%-12s %10.2f %6.1f%% %12.3f%n", name, nanos / 1e9,
                all == 0 ? 0.0 : 100.0 * nanos / all, docs == 0 ? 0.0 : nanos / 1e6 / docs);
    }
}
