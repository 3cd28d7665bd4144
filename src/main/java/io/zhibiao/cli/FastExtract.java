package io.zhibiao.cli;

import java.nio.file.Path;

/**
 * The common {@code extract} command line read without picocli: its first use costs 130–170 ms of
 * CPU (its command model is built by reflection over annotations, and its Java 5 classes cannot be
 * class-data-shared), a fifth of a one-line run's (docs/performance.md, "Issue 16, fourth pass").
 *
 * <p>Only a plain form is read here: {@code extract}, then paths (no leading {@code -} or
 * {@code @}) and the options {@code --format}, {@code -o}/{@code --output}, {@code --threads},
 * {@code --year}, {@code --region}, {@code --lexicon} (repeatable), {@code --stats} and
 * {@code --explain} (a value as the next argument or after {@code =}), each at most once. Anything
 * else (help, another option, a value picocli would refuse or read otherwise, no path) returns
 * {@code null} and picocli reads the line, so that every usage error and all help stay picocli's.
 * {@code FastExtractTest} checks that each line read here gives the same options as picocli.
 */
final class FastExtract {
    private FastExtract() {
    }

    /** The command of {@code args} when this reader takes them, else null (picocli's turn). */
    static ExtractCommand parse(String[] args) {
        if (args.length < 2 || !args[0].equals("extract")) {
            return null;
        }
        ExtractCommand c = new ExtractCommand();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-")) {
                if (a.isEmpty() || a.charAt(0) == '@') {
                    return null; // @file: picocli expands argument files
                }
                c.paths.add(a);
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 2) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            boolean flag = name.equals("--stats") || name.equals("--explain");
            if (flag) {
                if (value != null) {
                    return null;
                }
            } else if (value == null) {
                if (i + 1 >= args.length) {
                    return null;
                }
                value = args[++i];
            }
            String key = name.equals("-o") ? "--output" : name;
            if (!key.equals("--lexicon") && !seen.add(key)) {
                return null; // picocli: "should be specified only once"
            }
            if (!flag && (value.isEmpty() || value.startsWith("-") || value.charAt(0) == '@')) {
                return null;
            }
            switch (key) {
                case "--stats" -> c.batch.stats = true;
                case "--explain" -> c.explain = true;
                case "--format" -> {
                    if (!value.equals("jsonl") && !value.equals("json") && !value.equals("csv") && !value.equals("table")) {
                        return null;
                    }
                    c.output.format = value;
                }
                case "--output" -> c.output.output = Path.of(value);
                case "--threads" -> {
                    Integer n = plainInt(value);
                    if (n == null) {
                        return null;
                    }
                    c.batch.threads = n;
                }
                case "--year" -> {
                    Integer n = plainInt(value);
                    if (n == null) {
                        return null;
                    }
                    c.common.year = n;
                }
                case "--region" -> c.common.region = value;
                case "--lexicon" -> c.common.lexicons.add(Path.of(value));
                default -> {
                    return null;
                }
            }
        }
        return c.paths.isEmpty() ? null : c;
    }

    /** 1 to 6 digits without a leading zero (read alike by every integer converter), else null. */
    private static Integer plainInt(String s) {
        if (s.length() > 6 || s.charAt(0) == '0') {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        return Integer.parseInt(s);
    }

    /**
     * Runs {@code args} when this reader takes them: the exit code, as picocli's execution would
     * give it (Main's handler: a usage error is one line and exit 2, another failure one line and
     * exit 1); null when picocli is to read them.
     */
    static Integer run(String[] args) {
        ExtractCommand c;
        try {
            c = parse(args);
        } catch (RuntimeException e) { // e.g. a path the file system refuses: picocli says it its way
            return null;
        }
        if (c == null) {
            return null;
        }
        try {
            return c.call();
        } catch (UsageException e) {
            System.err.println("zhibiao: " + e.getMessage());
            System.err.flush();
            return 2;
        } catch (Exception e) {
            System.err.println("zhibiao: " + e.getMessage());
            System.err.flush();
            return 1;
        }
    }
}
