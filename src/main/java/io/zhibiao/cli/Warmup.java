package io.zhibiao.cli;

import io.zhibiao.Zhibiao;
import io.zhibiao.format.Json;
import io.zhibiao.lexicon.Gazetteer;
import io.zhibiao.text.HanlpSegmenter;
import io.zhibiao.text.Normalizers;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shortens the time to the first record: while the main thread parses the arguments (picocli),
 * one background thread loads HanLP's dictionaries (its first segmentation) and the normalizer's
 * tables, one the gazetteer (with the segmenter's words and the scanning trie), and another readies
 * Jackson's serializers, then loads our other lexicons and the pipeline's classes with a
 * one-sentence extraction. Class initialization is thread-safe, so whichever thread
 * comes second simply waits for the first to finish loading; nothing is loaded twice.
 */
final class Warmup {
    private static final java.util.List<Thread> STARTED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Warmup() {
    }

    /**
     * Waits for the background loads to finish (for {@code --stats}, so that the warm-up's
     * one-sentence extraction is not counted in the batch's stage times).
     */
    static void await() {
        for (Thread t : STARTED) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Starts the background loads for commands that extract (daemon threads: they never hold the JVM). */
    static void start(String[] args) {
        if (args.length == 0 || !(args[0].equals("extract") || args[0].equals("quantities"))
                || "false".equals(System.getProperty("zhibiao.warmup"))) { // -Dzhibiao.warmup=false: to measure without
            return;
        }
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return;
            }
        }
        daemon("zhibiao-warmup-hanlp", () -> {
            new HanlpSegmenter(Map.of()).segment("重庆市地区生产总值增长6.3%。");
            Normalizers.standard(); // its script table, off the pipeline thread's path
        });
        daemon("zhibiao-warmup-regions", () -> {
            // the gazetteer, the words it gives the segmenter and its scanning trie, beside the other lexicons
            Gazetteer g = Gazetteer.defaults();
            g.segmenterWords();
            g.matchesAt("重庆", 0);
        });
        daemon("zhibiao-warmup-pipeline", () -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("doc", "warm");
            row.put("value", new BigDecimal("6.3"));
            row.put("start", 1);
            row.put("region", null);
            Json.line(row);
            // loads the shipped lexicons (cached for every extractor) and the pipeline's classes
            Zhibiao.extract("上半年，江北区完成地区生产总值617.4亿元，增长4.7%。");
        });
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(() -> {
            try {
                r.run();
            } catch (RuntimeException | LinkageError e) {
                // the main thread will meet the same problem and report it
            }
        }, name);
        t.setDaemon(true);
        STARTED.add(t);
        t.start();
    }
}
