package io.zhibiao.cli;

import java.io.IOException;

/** One input document: an id for output lines and a way to read its text. */
public interface InputDoc {
    /** The document id: the path as given (or found under a directory), or {@code -} for stdin. */
    String id();

    /** The document's text; throws with a readable message when it cannot be read or decoded. */
    String read() throws IOException;
}
