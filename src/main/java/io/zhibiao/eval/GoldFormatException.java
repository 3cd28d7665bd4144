package io.zhibiao.eval;

/** A gold file that cannot be read: the message names the file and what is wrong. */
public final class GoldFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;

    public GoldFormatException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public GoldFormatException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file (as given to the reader). */
    public String file() {
        return file;
    }
}
