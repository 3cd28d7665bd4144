package io.zhibiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.format.Json;
import io.zhibiao.format.RecordFields;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrency (issue 7): one extractor used by 8 threads over every fixture text (seeds and
 * written documents, each several times, in shuffled orders) gives exactly the single-thread
 * output, record by record as JSON lines; and HanLP's global state is never mutated by building
 * extractors, with or without extra lexicons, or by extracting.
 */
class ConcurrencyTest {
    static final int THREADS = 8;
    static final int ROUNDS = 3;

    @TempDir
    Path dir;

    static List<Path> fixtureTexts() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String d : new String[] {"seeds", "fixtures/written"}) {
            try (Stream<Path> s = Files.list(Path.of(d))) {
                s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** The records of a text as JSON lines, rule traces included. */
    static String jsonLines(String doc, List<Indicator> records) {
        StringBuilder b = new StringBuilder();
        for (Indicator r : records) {
            b.append(Json.line(RecordFields.of(doc, r, true))).append('\n');
        }
        return b.toString();
    }

    @Test
    void eightThreadsGiveExactlyTheSingleThreadOutput() throws Exception {
        IndicatorExtractor extractor = IndicatorExtractor.builder().documentYear(2020).defaultRegion("重庆市").build();
        List<Path> files = fixtureTexts();
        assertThat(files).hasSizeGreaterThan(20);
        Map<String, String> texts = new TreeMap<>();
        for (Path f : files) {
            texts.put(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
        }
        Map<String, String> expected = new TreeMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            expected.put(e.getKey(), jsonLines(e.getKey(), extractor.extract(e.getValue())));
        }
        assertThat(String.join("", expected.values())).as("the fixtures give records").contains("\"kind\"");

        // every thread runs over all documents, ROUNDS times, each in its own shuffled order
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Map<String, List<String>>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                results.add(pool.submit(() -> {
                    Map<String, List<String>> got = new TreeMap<>();
                    List<String> order = new ArrayList<>(texts.keySet());
                    for (int round = 0; round < ROUNDS; round++) {
                        Collections.shuffle(order, new java.util.Random(seed * 31 + round));
                        for (String doc : order) {
                            got.computeIfAbsent(doc, k -> new ArrayList<>())
                                    .add(jsonLines(doc, extractor.extract(texts.get(doc))));
                        }
                    }
                    return got;
                }));
            }
            int compared = 0;
            for (Future<Map<String, List<String>>> f : results) {
                for (Map.Entry<String, List<String>> e : f.get().entrySet()) {
                    for (String out : e.getValue()) {
                        assertThat(out).as("%s from a worker thread", e.getKey()).isEqualTo(expected.get(e.getKey()));
                        compared++;
                    }
                }
            }
            assertThat(compared).isEqualTo(THREADS * ROUNDS * texts.size());
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- HanLP global state --------------------------------------------------------------------

    /** The static configuration fields of HanLP.Config (paths, switches) with their values. */
    static Map<String, Object> hanlpConfig() throws IllegalAccessException {
        Map<String, Object> out = new TreeMap<>();
        for (Field f : HanLP.Config.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())) {
                Object v = f.get(null);
                out.put(f.getName(), v instanceof Object[] a ? List.of(a) : v);
            }
        }
        return out;
    }

    record DictionaryState(Object dictionary, Object dat, int datSize, Object trie, int trieSize,
            Map<String, Boolean> probes) {
    }

    static DictionaryState dictionaryState(List<String> probes) {
        var d = CustomDictionary.DEFAULT;
        Map<String, Boolean> p = new TreeMap<>();
        for (String w : probes) {
            p.put(w, CustomDictionary.contains(w));
        }
        return new DictionaryState(d, d.dat, d.dat == null ? -1 : d.dat.size(), d.trie,
                d.trie == null ? -1 : d.trie.size(), p);
    }

    @Test
    void hanlpGlobalStateIsNeverMutated() throws Exception {
        // words our extractors give their own segmenter dictionary: shipped region names and a
        // user's regions and metrics
        List<String> probes = List.of("璧山区", "九龙坡区", "两江新区", "重庆高新区", "锂电池出货量", "璧南新城");
        HanLP.segment("初始化"); // HanLP's own start-up (loads its dictionaries)
        Map<String, Object> config = hanlpConfig();
        DictionaryState before = dictionaryState(probes);

        Path regions = dir.resolve("my-regions.tsv");
        Files.writeString(regions, "# a user's region\ncode\tname\tlevel\ttype\tparent\tfrom\tto\tforms\thosts\tnbs_code\tflags\n"
                + "500198\t璧南新城\tCOUNTY\tdistrict\t500100\t\t\t\t\t\t\n", StandardCharsets.UTF_8);
        Path metrics = dir.resolve("my-metrics.tsv");
        Files.writeString(metrics, "# a user's metric\nid\tname\taliases\nbattery_shipments\t锂电池出货量\t\n",
                StandardCharsets.UTF_8);
        IndicatorExtractor plain = IndicatorExtractor.builder().build();
        IndicatorExtractor extended = IndicatorExtractor.builder().lexicon(regions).lexicon(metrics).build();
        String text = "璧南新城锂电池出货量增长25%，璧山区地区生产总值增长5%，九龙坡区工业产值增长8%。";
        assertThat(plain.extract(text)).isNotEmpty();
        assertThat(extended.extract(text)).isNotEmpty();
        // the user's words reach the extended extractor's own segmenter only
        assertThat(extended.extract(text).stream().anyMatch(r -> r.metric().mention().contains("锂电池出货量"))).isTrue();

        assertThat(dictionaryState(probes)).isEqualTo(before);
        assertThat(hanlpConfig()).isEqualTo(config);
        assertThat(CustomDictionary.contains("璧南新城")).as("a user's region in HanLP's global dictionary").isFalse();
    }
}
