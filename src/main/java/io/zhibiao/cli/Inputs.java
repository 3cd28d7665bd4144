package io.zhibiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands command-line paths into documents: files, directories (recursively, *.txt) and - (stdin). */
public final class Inputs {
    private Inputs() {
    }

    /** A path that cannot be expanded (missing, unreadable directory). */
    public record Problem(String path, String reason) {
    }

    /** Documents and problems of a list of paths, in argument order, directory entries sorted. */
    public record Expansion(List<InputDoc> docs, List<Problem> problems) {
    }

    public static Expansion expand(List<String> args, InputStream stdin) {
        List<InputDoc> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String a : args) {
            if (a.equals("-")) {
                docs.add(new StdinDoc(stdin));
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                            .sorted()
                            .forEach(f -> docs.add(new FileDoc(f.toString(), f)));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new Problem(a, "cannot list directory: " + e.getMessage()));
                }
            } else if (Files.exists(p)) {
                docs.add(new FileDoc(a, p));
            } else {
                problems.add(new Problem(a, "no such file or directory"));
            }
        }
        return new Expansion(docs, problems);
    }

    record FileDoc(String id, Path path) implements InputDoc {
        @Override
        public String read() throws IOException {
            if (!Files.isReadable(path)) {
                throw new IOException("file is not readable");
            }
            return TextDecoding.decode(Files.readAllBytes(path));
        }
    }

    record StdinDoc(InputStream in) implements InputDoc {
        @Override
        public String id() {
            return "-";
        }

        @Override
        public String read() throws IOException {
            return TextDecoding.decode(in.readAllBytes());
        }
    }
}
