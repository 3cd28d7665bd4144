package io.zhibiao.panel;

import com.fasterxml.jackson.core.type.TypeReference;
import io.zhibiao.format.Json;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Builds a panel by external sort: statements are buffered up to {@code chunk}, sorted by key and
 * spilled to a temporary run file; {@link #finish} merges the runs (a k-way merge) and hands each
 * key's statements, in order, to {@link PanelRows}. Memory: one chunk plus one group at a time
 * (a group keeps at most {@link PanelRows#MAX_SOURCES} sources per value). Not thread-safe; close
 * it to delete the run files.
 */
public final class Panel implements Closeable {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final Comparator<Statement> ORDER = Comparator.comparing(Statement::key)
            .thenComparing(Statement::compareSource);

    private final int chunk;
    private final Integer year;
    private final java.util.Set<String> subjectMeasures;
    private final Path dir;
    private final List<Path> runs = new ArrayList<>();
    private final List<Statement> buffer = new ArrayList<>();
    private long records;
    private long skipped;

    /**
     * @param chunk records kept in memory before a run is spilled (≥ 1)
     * @param year  the year for undated periods whose text has none, or null
     */
    public Panel(int chunk, Integer year) throws IOException {
        this(chunk, year, io.zhibiao.lexicon.MetricTaxonomy.defaults().subjectMeasures());
    }

    /**
     * @param subjectMeasures the ids that measure a record's subject (their rows are keyed by
     *                        subject: two firms' 产值 in one region and period are two rows)
     */
    public Panel(int chunk, Integer year, java.util.Set<String> subjectMeasures) throws IOException {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be positive: " + chunk);
        }
        this.chunk = chunk;
        this.year = year;
        this.subjectMeasures = java.util.Set.copyOf(subjectMeasures);
        this.dir = Files.createTempDirectory("zhibiao-panel");
    }

    /** Adds one record of the JSONL contract; a record without regionCode, metricId or number is counted as skipped. */
    public void add(Map<String, Object> record) throws IOException {
        records++;
        Statement s = Statement.of(record, year, subjectMeasures);
        if (s == null) {
            skipped++;
            return;
        }
        buffer.add(s);
        if (buffer.size() >= chunk) {
            spill();
        }
    }

    /** Adds every record of a JSONL file (one record a line; blank lines skipped). */
    public void addJsonl(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> m;
                try {
                    m = Json.mapper().readValue(line, MAP);
                } catch (com.fasterxml.jackson.core.JacksonException e) {
                    throw new IOException(file + ":" + n + ": not a JSON record: " + e.getOriginalMessage(), e);
                }
                add(m);
            }
        }
    }

    public long records() {
        return records;
    }

    public long skipped() {
        return skipped;
    }

    /** Runs spilled so far (for tests: a small chunk must spill). */
    public int runs() {
        return runs.size();
    }

    private void spill() throws IOException {
        if (buffer.isEmpty()) {
            return;
        }
        buffer.sort(ORDER);
        Path run = dir.resolve("run-" + runs.size() + ".jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
            for (Statement s : buffer) {
                w.write(Json.line(s.toMap()));
                w.write('\n');
            }
        }
        runs.add(run);
        buffer.clear();
    }

    /** Merges the runs and writes one row per key, in key order; returns the number of rows. */
    public long finish(PanelRows.Sink sink) throws IOException {
        spill();
        PriorityQueue<Cursor> queue = new PriorityQueue<>(Comparator.comparing((Cursor c) -> c.head, ORDER));
        List<Cursor> open = new ArrayList<>();
        try {
            for (Path run : runs) {
                Cursor c = new Cursor(Files.newBufferedReader(run, StandardCharsets.UTF_8));
                open.add(c);
                if (c.advance()) {
                    queue.add(c);
                }
            }
            PanelRows rows = new PanelRows(sink);
            while (!queue.isEmpty()) {
                Cursor c = queue.poll();
                rows.accept(c.head);
                if (c.advance()) {
                    queue.add(c);
                }
            }
            return rows.finish();
        } finally {
            for (Cursor c : open) {
                c.in.close();
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (Path r : runs) {
            Files.deleteIfExists(r);
        }
        Files.deleteIfExists(dir);
    }

    private static final class Cursor {
        final BufferedReader in;
        Statement head;

        Cursor(BufferedReader in) {
            this.in = in;
        }

        boolean advance() throws IOException {
            String line = in.readLine();
            if (line == null) {
                head = null;
                return false;
            }
            try {
                head = Statement.fromMap(Json.mapper().readValue(line, MAP));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }
    }
}
