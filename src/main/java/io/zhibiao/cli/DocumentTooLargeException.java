package io.zhibiao.cli;

import java.io.IOException;

/** A document larger than the batch's limit ({@code --max-doc-chars}); it fails alone. */
final class DocumentTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    DocumentTooLargeException(long size) {
        super("document too large: " + size + " bytes");
    }

    DocumentTooLargeException(String message) {
        super(message);
    }
}
