package io.zhibiao;

/**
 * A lexicon or data file could not be read: names the file and line and what is wrong there.
 */
public class LexiconException extends RuntimeException {
    private final String file;
    private final int line;

    public LexiconException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    public LexiconException(String file, int line, String message, Throwable cause) {
        super(file + ":" + line + ": " + message, cause);
        this.file = file;
        this.line = line;
    }

    /** The file, as given (a path or a classpath resource name). */
    public String file() {
        return file;
    }

    /** The 1-based line number, or 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }
}
