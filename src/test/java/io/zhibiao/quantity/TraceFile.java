package io.zhibiao.quantity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Debugging aid: the trace of whole files (one per argument). */
public final class TraceFile {
    private TraceFile() {
    }

    public static void main(String[] args) throws IOException {
        for (String a : args) {
            String text = Files.readString(Path.of(a), StandardCharsets.UTF_8);
            System.out.println("== " + a);
            System.out.print(QuantityTrace.trace(text));
        }
    }
}
