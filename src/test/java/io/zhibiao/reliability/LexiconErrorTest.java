package io.zhibiao.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhibiao.IndicatorExtractor;
import io.zhibiao.LexiconException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad lexicon files supplied by a user (issue 7): for every kind of file the builder accepts
 * ({@code Lexicons.with} dispatches on the column header), a malformed line makes {@code build()}
 * throw a {@link LexiconException} whose message starts with {@code file:line} of that line and
 * says what is wrong there.
 */
class LexiconErrorTest {
    @TempDir
    Path dir;

    /**
     * One case per loader: a header, good lines, then the bad one on line 5 (after a comment line
     * and the header). {@code says} is a piece of the expected reason.
     */
    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("units", "unit\tbase\tscale\ttype\tfamily\tmagnitudes\tspelling\tcounter",
                        "台套\t台套\t1\tAMOUNT\tcount\tyes\t\tyes", "吨标煤\t吨标煤\tabc\tAMOUNT\tweight\tyes\t\tno", "not a number"),
                Arguments.of("unit type", "unit\tbase\tscale\ttype\tfamily\tmagnitudes\tspelling\tcounter",
                        "台套\t台套\t1\tAMOUNT\tcount\tyes\t\tyes", "标箱\t标箱\t1\tWEIGHT\tcount\tyes\t\tyes", "unknown type"),
                Arguments.of("magnitudes", "magnitude\tscale", "兆\t1000000000000", "京\t-5", "positive"),
                Arguments.of("metrics", "id\tname\taliases", "solar_output\t光伏发电量\t光伏电量", "Bad-Id\t坏名字\t", "snake_case"),
                Arguments.of("abbreviations", "short\tfull", "规上\t规模以上", "社零\t", "empty 'full'"),
                Arguments.of("cues", "word\tcue", "猛增\tUP", "暴涨\tSKYROCKET", "unknown cue"),
                Arguments.of("periods", "word\ttype\tfrom\tto", "前五月\tPART\t1\t5", "后半程\tPART\tseven\t12", "not an integer"),
                Arguments.of("period type", "word\ttype\tfrom\tto", "前五月\tPART\t1\t5", "某时\tSOMETIME\t\t", "unknown period type"),
                Arguments.of("heads", "head\tgeneric", "出货量\tno", "营收\tmaybe", "yes or no"),
                Arguments.of("phrases", "phrase\tkind", "新型储能\tindustry", "\tindustry", "empty 'phrase'"),
                Arguments.of("regions", "code\tname\tlevel\ttype\tparent\tfrom\tto\tforms\thosts\tnbs_code\tflags",
                        "500120\t璧山区\tCOUNTY\tdistrict\t500100\t\t\t璧山\t\t\t", "5001x0\t某区\tCOUNTY\tdistrict\t500100\t\t\t\t\t\t",
                        "six digits"),
                Arguments.of("region level", "code\tname\tlevel\ttype\tparent\tfrom\tto\tforms\thosts\tnbs_code\tflags",
                        "500120\t璧山区\tCOUNTY\tdistrict\t500100\t\t\t璧山\t\t\t", "500199\t某区\tGALAXY\tdistrict\t500100\t\t\t\t\t\t",
                        "unknown level"),
                Arguments.of("region words", "word\trefers\tmode\tnotes", "全旗\tbanner\tcontext\t", "全星\tplanet\tcontext\t",
                        "unknown region kind"),
                Arguments.of("region cues", "cue\twhere\trole\tnotes", "领先于\tbefore\tCOMPARISON\t", "仰望\tbefore\tADMIRED\t",
                        "unknown role"),
                Arguments.of("too many cells", "head\tgeneric", "出货量\tno", "营收\tno\textra", "at most 2"),
                Arguments.of("unknown kind of file", "colour\tshade", "红\t深", "蓝\t浅", "unknown lexicon kind"));
    }

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name.replace(' ', '-') + ".tsv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedLineIsNamedByFileAndLine(String kind, String header, String good, String bad, String says)
            throws IOException {
        String content = "# " + kind + ": a user's lexicon\n" + header + "\n" + good + "\n\n" + bad + "\n" + good + "\n";
        Path f = write(kind, content);
        int badLine = kind.equals("unknown kind of file") ? 3 : 5; // an unknown header is reported at its first entry
        LexiconException e = catchThrowableOfType(() -> IndicatorExtractor.builder().lexicon(f).build(),
                LexiconException.class);
        assertThat(e).as("%s: a LexiconException", kind).isNotNull();
        assertThat(e.getMessage()).as(kind).startsWith(f + ":" + badLine + ": ").contains(says);
        assertThat(e.file()).isEqualTo(f.toString());
        assertThat(e.line()).isEqualTo(badLine);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void theSameFileWithoutTheBadLineLoads(String kind, String header, String good, String bad, String says)
            throws IOException {
        if (kind.equals("unknown kind of file")) {
            return; // no good form
        }
        Path f = write(kind, "# " + kind + "\n" + header + "\n" + good + "\n");
        assertThat(IndicatorExtractor.builder().lexicon(f).build().extract("增长5%")).isNotNull();
    }

    @Test
    void aDuplicatedColumnIsNamedAtTheHeaderLine() throws IOException {
        Path f = write("dup", "# header twice\nhead\thead\n产值\tyes\n");
        LexiconException e = catchThrowableOfType(() -> IndicatorExtractor.builder().lexicon(f).build(),
                LexiconException.class);
        assertThat(e.getMessage()).startsWith(f + ":2: ").contains("bad column header");
    }

    @Test
    void invalidUtf8IsNamedAtItsLine() throws IOException {
        Path f = dir.resolve("gbk.tsv");
        byte[] head = "# GBK by mistake\nhead\tgeneric\n出货量\tno\n".getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "营收\tno\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] all = new byte[head.length + gbk.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(gbk, 0, all, head.length, gbk.length);
        Files.write(f, all);
        LexiconException e = catchThrowableOfType(() -> IndicatorExtractor.builder().lexicon(f).build(),
                LexiconException.class);
        assertThat(e.getMessage()).startsWith(f + ":4: ").contains("UTF-8");
    }

    @Test
    void aMissingOrUnreadableFileIsNamed() throws IOException {
        Path missing = dir.resolve("nothing-here.tsv");
        LexiconException e = catchThrowableOfType(() -> IndicatorExtractor.builder().lexicon(missing).build(),
                LexiconException.class);
        assertThat(e.getMessage()).startsWith(missing + ":0: ").contains("not readable");

        Path locked = write("locked", "head\tgeneric\n产值\tyes\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(locked)) { // root reads everything: then there is nothing to test
            e = catchThrowableOfType(() -> IndicatorExtractor.builder().lexicon(locked).build(),
                    LexiconException.class);
            assertThat(e.getMessage()).startsWith(locked + ":0: ");
        }
    }

    @Test
    void aFileWithoutHeaderIsNamed() throws IOException {
        Path f = write("comments", "# only comments\n# nothing else\n");
        LexiconException e = catchThrowableOfType(() -> IndicatorExtractor.builder().lexicon(f).build(),
                LexiconException.class);
        assertThat(e.getMessage()).startsWith(f + ":").contains("no column header");
    }
}
