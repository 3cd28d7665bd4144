package io.zhibiao.bench;

import com.hankcs.hanlp.HanLP;
import io.zhibiao.format.Json;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The HanLP-only process of {@link SideBySide}: reads a JSONL corpus as the CLI does (one JSON
 * object a line, its {@code text}) and segments every text with {@code HanLP.segment}, one thread;
 * prints the number of words.
 */
public final class HanlpOnly {
    private HanlpOnly() {
    }

    public static void main(String[] args) throws Exception {
        long words = 0;
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                words += HanLP.segment(Json.mapper().readTree(line).get("text").textValue()).size();
            }
        }
        System.out.println(words + " words");
    }
}
