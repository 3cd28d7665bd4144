package io.zhibiao.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What the CLI needs to know about the terminal: whether standard output is one, and its width. */
final class Terminal {
    /** The width assumed when the terminal does not say. */
    static final int DEFAULT_COLUMNS = 100;

    private Terminal() {
    }

    /**
     * Whether standard output is a terminal: on Linux by where file descriptor 1 points, elsewhere
     * by {@link System#console()} (standard input and output are a terminal).
     */
    static boolean stdoutIsTerminal() {
        try {
            Path fd1 = Path.of("/proc/self/fd/1");
            if (Files.isSymbolicLink(fd1)) {
                String target = Files.readSymbolicLink(fd1).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // fall through
        }
        return System.console() != null;
    }

    /** The terminal's columns: $COLUMNS when exported, else {@code stty size} on /dev/tty, else {@link #DEFAULT_COLUMNS}. */
    static int columns() {
        String env = System.getenv("COLUMNS");
        if (env != null && env.strip().matches("[0-9]{1,4}")) {
            int c = Integer.parseInt(env.strip());
            if (c >= 20) {
                return c;
            }
        }
        File tty = new File("/dev/tty");
        if (tty.exists()) {
            try {
                Process p = new ProcessBuilder("stty", "size").redirectInput(tty)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
                if (p.waitFor(2, TimeUnit.SECONDS) && answer.matches("[0-9]+ [0-9]+")) {
                    int c = Integer.parseInt(answer.substring(answer.indexOf(' ') + 1));
                    if (c >= 20) {
                        return c;
                    }
                }
            } catch (Exception e) {
                // no stty: the default
            }
        }
        return DEFAULT_COLUMNS;
    }
}
