package io.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.format.RowWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Order, status file, resume, bounded work and timeouts of batch runs. */
class BatchRunTest {
    @TempDir
    Path dir;

    /** Seeds plus short texts of varied length: documents finish out of order on two threads. */
    private Path corpus() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        int i = 0;
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path s : seeds.sorted().toList()) {
                Files.copy(s, in.resolve(String.format("%02d-seed.txt", i++)));
                Files.writeString(in.resolve(String.format("%02d-short.txt", i++)), BatchInputsTest.A);
                Files.writeString(in.resolve(String.format("%02d-mid.txt", i++)), BatchInputsTest.B.repeat(1 + i % 4));
            }
        }
        return in;
    }

    private static CliRun extract(String... args) {
        List<String> a = new ArrayList<>(List.of("extract", "--format", "jsonl", "--no-progress"));
        a.addAll(List.of(args));
        return CliRun.run(a.toArray(new String[0]));
    }

    @Test
    void twoThreadsWriteExactlyWhatOneThreadWrites() throws IOException {
        Path in = corpus();
        CliRun one = extract("--threads", "1", in.toString());
        CliRun two = extract("--threads", "2", in.toString());
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(one.lines()).hasSizeGreaterThan(100);
        assertThat(two.out()).isEqualTo(one.out());
        // unordered: the same lines, each document's records together, documents in any order
        CliRun loose = extract("--threads", "2", "--ordered=false", in.toString());
        assertThat(loose.lines()).containsExactlyInAnyOrderElementsOf(one.lines());
    }

    @Test
    void resumeSkipsFinishedDocumentsAndRepairsWhatAKilledRunLeft() throws IOException {
        Path in = corpus();
        Path out = dir.resolve("out.jsonl");
        Path status = dir.resolve("status.tsv");
        CliRun full = extract("--threads", "2", "-o", out.toString(), "--status", status.toString(), in.toString());
        assertThat(full.code()).as(full.err()).isZero();
        String whole = Files.readString(out);
        List<String> statusLines = Files.readAllLines(status);
        assertThat(statusLines).hasSize(1 + 15);

        // as if killed: the status file stops after 6 documents; the output has the 7th document's
        // records, except for the end of its last line, but no status line for it
        List<String> kept = statusLines.subList(0, 1 + 6);
        Files.write(status, kept);
        Files.writeString(status, "half a li", java.nio.file.StandardOpenOption.APPEND);
        String seventh = statusLines.get(7).split("\t")[0];
        int cut = endOfDocument(whole, seventh);
        Files.writeString(out, whole.substring(0, cut - 20));

        CliRun resumed = extract("--threads", "2", "--resume", "-o", out.toString(), "--status", status.toString(),
                in.toString());
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(Files.readString(out)).isEqualTo(whole);
        List<String> after = Files.readAllLines(status);
        assertThat(after).hasSize(1 + 15 + 1); // the half line stays, ended, and is ignored
        assertThat(after.get(7)).isEqualTo("half a li");
        assertThat(after.subList(8, after.size()).stream().map(l -> l.split("\t")[0]).toList())
                .isEqualTo(statusLines.subList(7, statusLines.size()).stream().map(l -> l.split("\t")[0]).toList());

        // nothing left to do: nothing written, exit 0
        CliRun again = extract("--resume", "--stats", "-o", out.toString(), "--status", status.toString(), in.toString());
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("0 documents (0 ok, 0 failed, 15 skipped), 0 records");
        assertThat(Files.readString(out)).isEqualTo(whole);
        assertThat(Files.readAllLines(status)).hasSize(after.size());
    }

    /** The offset just past the last record of {@code doc} in JSONL output. */
    private static int endOfDocument(String jsonl, String doc) {
        int end = -1;
        int pos = 0;
        for (String line : jsonl.split("\n")) {
            pos += line.length() + 1;
            if (line.startsWith("{\"doc\":\"" + doc + "\"")) {
                end = pos;
            }
        }
        assertThat(end).as("records of " + doc).isPositive();
        return end;
    }

    @Test
    void resumeRetriesFailedDocumentsAndRepairsCsv() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), BatchInputsTest.A);
        Path b = dir.resolve("b.txt");
        Files.write(b, new byte[] {1, 2, 3, 0});
        Path out = dir.resolve("out.csv");
        Path status = dir.resolve("status.tsv");
        CliRun first = CliRun.run("extract", "--format", "csv", "-o", out.toString(), "--status", status.toString(),
                a.toString(), b.toString());
        assertThat(first.code()).isEqualTo(1);
        String csv = Files.readString(out);
        Files.writeString(out, csv + "\"" + b + "\",half"); // a record of b cut short
        Files.writeString(b, BatchInputsTest.B); // fixed meanwhile
        CliRun second = CliRun.run("extract", "--format", "csv", "--resume", "-o", out.toString(), "--status",
                status.toString(), a.toString(), b.toString());
        assertThat(second.code()).as(second.err()).isZero();
        String after = Files.readString(out);
        assertThat(after).startsWith(csv);
        assertThat(after.substring(csv.length())).startsWith(b + ",").doesNotContain("doc,region").doesNotContain("half");
        assertThat(Files.readAllLines(status)).hasSize(4).last().asString().startsWith(b + "\t");
    }

    /** A batch over documents named 0 … n-1 given on standard input as JSONL, with a processor under test. */
    private static List<String> runBatch(int threads, boolean ordered, long timeoutMillis, int n,
            Batch.Processor processor, StringBuilder errors) throws Exception {
        StringBuilder jl = new StringBuilder();
        for (int i = 0; i < n; i++) {
            jl.append("{\"id\":\"").append(i).append("\",\"text\":\"t").append(i).append("\"}\n");
        }
        StringWriter sw = new StringWriter();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Batch.Settings s = new Batch.Settings(threads, ordered, 1000, timeoutMillis, BatchOptions.InputFormat.JSONL,
                "text", "id", false);
        RowWriter rows = RowWriter.create(RowWriter.Format.JSONL, sw, List.of("doc"));
        Batch batch = new Batch(s, processor, rows, sw, null, null, StatusFile.DoneSet.EMPTY,
                new PrintStream(err, true, StandardCharsets.UTF_8), new BatchStats());
        batch.run(List.of("-"), new ByteArrayInputStream(jl.toString().getBytes(StandardCharsets.UTF_8)), false);
        errors.append(err.toString(StandardCharsets.UTF_8));
        List<String> docs = new ArrayList<>();
        for (String line : sw.toString().split("\n")) {
            if (!line.isEmpty()) {
                docs.add(line.replaceAll("\\{\"doc\":\"(\\d+)\"}", "$1"));
            }
        }
        return docs;
    }

    @Test
    void aSlowDocumentHoldsBackOrderedOutputButNotMoreThanTheInFlightBound() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger started = new AtomicInteger();
        AtomicInteger startedWhileBlocked = new AtomicInteger(-1);
        Batch.Processor p = (doc, text) -> {
            started.incrementAndGet();
            if (doc.equals("0")) {
                Thread t = new Thread(() -> {
                    try {
                        Thread.sleep(500); // let the others run as far as they can
                    } catch (InterruptedException e) {
                        return;
                    }
                    startedWhileBlocked.set(started.get());
                    release.countDown();
                });
                t.start();
                release.await(10, TimeUnit.SECONDS);
            }
            return List.of(Map.of("doc", doc));
        };
        StringBuilder err = new StringBuilder();
        List<String> docs = runBatch(2, true, 0, 200, p, err);
        assertThat(docs).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(docs.get(i)).isEqualTo(String.valueOf(i));
        }
        // 4 × threads + 4 documents in flight at most: the reader waited for the slow one
        assertThat(startedWhileBlocked.get()).isBetween(2, 4 * 2 + 4);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aDocumentPastTheTimeoutFailsAndTheOthersGoOn() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Batch.Processor p = (doc, text) -> {
            if (doc.equals("3")) {
                never.await(20, TimeUnit.SECONDS); // stuck
            }
            return List.of(Map.of("doc", doc));
        };
        StringBuilder err = new StringBuilder();
        long t0 = System.nanoTime();
        List<String> docs = runBatch(1, true, 300, 20, p, err);
        never.countDown();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(10_000);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            if (i != 3) {
                expected.add(String.valueOf(i));
            }
        }
        assertThat(docs).isEqualTo(expected);
        assertThat(err.toString()).startsWith("zhibiao: 3: timed out after 0.3 s (--doc-timeout)");
    }

    @Test
    void aProcessorExceptionFailsItsDocumentOnly() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        Batch.Processor p = (doc, text) -> {
            if (doc.equals("1")) {
                seen.set(text);
                throw new IllegalStateException("boom");
            }
            return List.of(Map.of("doc", doc), Map.of("doc", doc));
        };
        StringBuilder err = new StringBuilder();
        List<String> docs = runBatch(2, false, 0, 3, p, err);
        assertThat(docs).containsExactlyInAnyOrder("0", "0", "2", "2");
        assertThat(seen.get()).isEqualTo("t1");
        assertThat(err.toString()).isEqualTo("zhibiao: 1: internal error: IllegalStateException: boom\n");
    }

    @Test
    void aClosedStandardOutputStopsTheRun() throws Exception {
        StringBuilder jl = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            jl.append("{\"id\":\"").append(i).append("\",\"text\":\"t\"}\n");
        }
        assertStopsOnClosedOutput(List.of("-"), jl.toString().getBytes(StandardCharsets.UTF_8));
        Path zip = dir.resolve("many.zip");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 2000; i++) {
                z.putNextEntry(new java.util.zip.ZipEntry(i + ".txt"));
                z.write("t".getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        assertStopsOnClosedOutput(List.of(zip.toString()), new byte[0]);
    }

    private static void assertStopsOnClosedOutput(List<String> inputs, byte[] stdin) {
        PrintStream closed = new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        }, true, StandardCharsets.UTF_8);
        OutputStreamWriter w = new OutputStreamWriter(closed, StandardCharsets.UTF_8);
        Batch.Settings s = new Batch.Settings(1, true, 1000, 0, BatchOptions.InputFormat.JSONL, "text", "id", false);
        AtomicInteger calls = new AtomicInteger();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Batch batch = new Batch(s, (doc, text) -> {
            calls.incrementAndGet();
            return List.of(Map.of("doc", doc));
        }, RowWriter.create(RowWriter.Format.JSONL, w, List.of("doc")), w, closed, null, StatusFile.DoneSet.EMPTY,
                new PrintStream(err, true, StandardCharsets.UTF_8), new BatchStats());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> batch.run(inputs, new ByteArrayInputStream(stdin), false))
                .hasMessage("standard output is closed");
        assertThat(calls.get()).isLessThan(100);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
