package io.zhibiao.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The gold files of a directory (searched recursively for {@code *.json}), by document file name.
 * Bad gold files and a second file for the same document do not stop loading: they are kept as
 * {@link #problems()}.
 */
public final class GoldSet {
    private final Map<String, GoldFile> byDoc;
    private final List<Problem> problems;

    private GoldSet(Map<String, GoldFile> byDoc, List<Problem> problems) {
        this.byDoc = Collections.unmodifiableMap(byDoc);
        this.problems = List.copyOf(problems);
    }

    /** Gold files given as objects (for tests and embedding). */
    public static GoldSet of(List<GoldFile> files) {
        Map<String, GoldFile> m = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (GoldFile f : files) {
            add(m, problems, f, f.doc());
        }
        return new GoldSet(m, problems);
    }

    /**
     * Loads every {@code *.json} under {@code dir} (or the one file, when {@code dir} is a file),
     * in path order.
     *
     * @throws IllegalArgumentException when {@code dir} does not exist
     * @throws UncheckedIOException     when the directory cannot be listed
     */
    public static GoldSet load(Path dir) {
        if (!Files.exists(dir)) {
            throw new IllegalArgumentException("gold directory not found: " + dir);
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list gold directory " + dir + ": " + e.getMessage(), e);
            }
        } else {
            files.add(dir);
        }
        Map<String, GoldFile> m = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                add(m, problems, GoldFormat.read(f), f.toString());
            } catch (GoldFormatException e) {
                problems.add(new Problem(f.toString(), "bad gold file: " + stripFile(e)));
            }
        }
        return new GoldSet(m, problems);
    }

    private static String stripFile(GoldFormatException e) {
        String m = e.getMessage();
        String prefix = e.file() + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    private static void add(Map<String, GoldFile> m, List<Problem> problems, GoldFile f, String source) {
        String key = key(f.doc());
        GoldFile old = m.putIfAbsent(key, f);
        if (old != null) {
            problems.add(new Problem(source, "second gold file for document " + key + " (ignored; the first one is used)"));
        }
    }

    /** The name inputs are matched by: the file name of a document path. */
    static String key(String doc) {
        String d = doc.replace('\\', '/');
        int slash = d.lastIndexOf('/');
        return slash >= 0 ? d.substring(slash + 1) : d;
    }

    /** The gold file of a document, by its file name (a path is reduced to its file name). */
    public Optional<GoldFile> find(String docName) {
        return Optional.ofNullable(byDoc.get(key(docName)));
    }

    /** Gold files by document file name, in load order. */
    public Map<String, GoldFile> files() {
        return byDoc;
    }

    /** Bad gold files and duplicates met while loading. */
    public List<Problem> problems() {
        return problems;
    }
}
