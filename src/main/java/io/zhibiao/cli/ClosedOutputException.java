package io.zhibiao.cli;

import java.io.IOException;

/**
 * Standard output was closed by its reader ({@code zhibiao extract … | head}): a normal end of the
 * run, not a failure; the command stops quietly with exit code 0.
 */
final class ClosedOutputException extends IOException {
    private static final long serialVersionUID = 1L;

    ClosedOutputException() {
        super("standard output is closed");
    }
}
