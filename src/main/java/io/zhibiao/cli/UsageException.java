package io.zhibiao.cli;

/** A bad option value found after parsing (an unknown region, an unwritable -o): exit code 2, one line. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
