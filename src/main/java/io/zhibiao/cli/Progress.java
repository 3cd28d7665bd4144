package io.zhibiao.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Batch progress: a bar on standard error when it is a terminal, else nothing. */
interface Progress extends AutoCloseable {
    /** Nothing shown. */
    Progress NONE = new Progress() {
        @Override
        public void update(long bytes, long docs, long failed) {
        }

        @Override
        public void close() {
        }
    };

    /** Called after each document is written: input bytes read so far, documents written, failed. */
    void update(long bytes, long docs, long failed);

    @Override
    void close();

    /** A progress bar over {@code totalBytes} of input (unknown when not positive). */
    static Progress bar(long totalBytes) {
        return new BarProgress(totalBytes); // loads the progress bar library only now
    }

    /**
     * Whether standard error is a terminal: on Linux by where file descriptor 2 points, elsewhere
     * by {@link System#console()} (standard input and output are a terminal).
     */
    static boolean stderrIsTerminal() {
        try {
            Path fd2 = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // fall through
        }
        return System.console() != null;
    }
}
