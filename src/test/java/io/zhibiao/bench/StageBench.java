package io.zhibiao.bench;

import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import io.zhibiao.DocumentContext;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.cli.TextDecoding;
import io.zhibiao.extract.Lexicons;
import io.zhibiao.extract.RecordAssembler;
import io.zhibiao.quantity.QuantityFinder;
import io.zhibiao.quantity.QuantityFinders;
import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Document;
import io.zhibiao.text.HanlpSegmenter;
import io.zhibiao.text.NormalizedText;
import io.zhibiao.text.Normalizer;
import io.zhibiao.text.Normalizers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the pipeline's stages, each over all five seeds (one operation = the five
 * seeds, 31,905 chars): decode, normalize, segment (ours and plain HanLP), quantities, assemble
 * (given the earlier stages' results) and the whole extraction.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main StageBench
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xss4m"})
public class StageBench {
    private List<String> texts;
    private List<byte[]> bytes;
    private Normalizer normalizer;
    private HanlpSegmenter segmenter;
    private QuantityFinder quantities;
    private RecordAssembler assembler;
    private IndicatorExtractor extractor;
    private List<Document> documents;
    private List<List<QuantityMatch>> matches;

    @Setup
    public void setUp() throws IOException {
        texts = new ArrayList<>();
        bytes = new ArrayList<>();
        for (String[] s : MakeArchive.seeds(Path.of("seeds"))) {
            texts.add(s[1]);
            bytes.add(s[1].getBytes(StandardCharsets.UTF_8));
        }
        Lexicons lexicons = Lexicons.defaults();
        normalizer = Normalizers.standard();
        segmenter = new HanlpSegmenter(Map.of());
        quantities = QuantityFinders.standard(lexicons.units());
        assembler = new RecordAssembler(lexicons, segmenter);
        extractor = IndicatorExtractor.builder().build();
        documents = new ArrayList<>();
        matches = new ArrayList<>();
        for (String t : texts) {
            Document d = new Document(normalizer.normalize(t), segmenter);
            d.tokens();
            documents.add(d);
            matches.add(quantities.find(d.text()));
        }
    }

    @Benchmark
    public int decode() throws IOException {
        int n = 0;
        for (byte[] b : bytes) {
            n += TextDecoding.decode(b).length();
        }
        return n;
    }

    @Benchmark
    public int normalize() {
        int n = 0;
        for (String t : texts) {
            NormalizedText nt = normalizer.normalize(t);
            n += new Document(nt, null).sentences().size();
        }
        return n;
    }

    @Benchmark
    public int segment() {
        int n = 0;
        for (Document d : documents) {
            n += segmenter.segment(d.text()).size();
        }
        return n;
    }

    @Benchmark
    public int segmentPlainHanlp() {
        int n = 0;
        for (String t : texts) {
            n += StandardTokenizer.segment(t).size();
        }
        return n;
    }

    @Benchmark
    public int quantities() {
        int n = 0;
        for (Document d : documents) {
            n += quantities.find(d.text()).size();
        }
        return n;
    }

    @Benchmark
    public int assemble() {
        int n = 0;
        for (int i = 0; i < documents.size(); i++) {
            n += assembler.assemble(documents.get(i), matches.get(i), DocumentContext.NONE).size();
        }
        return n;
    }

    @Benchmark
    public int extract() {
        int n = 0;
        for (String t : texts) {
            n += extractor.extract(t).size();
        }
        return n;
    }
}
