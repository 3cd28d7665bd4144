package io.zhibiao.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Exit code, standard output and standard error of one CLI run (standard streams swapped for the
 * call; runs are serialized, the streams being global). Shared by the CLI tests of other packages.
 */
public record CliRun(int code, String out, String err) {

    public static CliRun run(String... args) {
        return withInput(new byte[0], args);
    }

    public static synchronized CliRun withInput(byte[] stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin));
            code = Main.run(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Output lines (none for empty output). */
    public List<String> lines() {
        return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }

    public List<String> errLines() {
        List<String> l = new ArrayList<>();
        for (String s : err.split("\n")) {
            if (!s.isBlank()) {
                l.add(s);
            }
        }
        return l;
    }
}
