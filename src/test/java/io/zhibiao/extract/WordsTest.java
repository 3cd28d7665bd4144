package io.zhibiao.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhibiao.lexicon.TsvReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordsTest {
    static final Path SOURCES = Path.of("src/main/java/io/zhibiao/extract");

    /**
     * The word classes the record readers name (words().list/is/…("class")), the clause rules'
     * conditions name (clauses.tsv), plus the share qualifiers'.
     */
    static Set<String> namedInCode() throws IOException {
        Pattern use = Pattern.compile("words(?:\\(\\))?\\.(?:list|is|chars|endsWithAny|startsWithAny|containsAny|longestPrefix|longestProperSuffix)\\(\"([a-z-]+)\"");
        Set<String> names = new TreeSet<>(Set.of("share-qualifier-approx", "share-qualifier-more", "share-qualifier-less"));
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        // the classes the clause rules name in their conditions (clauses.tsv: piece-ends(rate-name) …)
        Pattern cond = Pattern.compile("(?:piece-ends|figure-ends|figure-starts|than)\\(([a-z-]+)\\)");
        for (TsvReader.Row r : TsvReader.readResource(ClauseRules.RESOURCE)) {
            Matcher m = cond.matcher(r.require("when"));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    void everyClassTheCodeNamesHasWordsAndEveryShippedClassIsUsed() throws IOException {
        Set<String> named = namedInCode();
        assertThat(named).hasSizeGreaterThan(30);
        Set<String> shipped = new TreeSet<>();
        for (TsvReader.Row r : TsvReader.readResource(Words.RESOURCE)) {
            shipped.add(r.require("class"));
            assertThat(r.require("example")).as(r.file() + ":" + r.line() + " needs an example").isNotBlank();
        }
        for (String c : named) {
            assertThat(Words.defaults().list(c)).as(c).isNotEmpty();
        }
        assertThat(named).as("classes of words.tsv that no code names").containsAll(shipped);
    }

    @Test
    void wordsKeepTheOrderOfTheFileAndTestAsDocumented() {
        Words w = Words.defaults();
        assertThat(w.list("project-suffix")).startsWith("项目一期").endsWith("项目");
        assertThat(w.list("aspect").indexOf("累计新增")).isLessThan(w.list("aspect").indexOf("累计"));
        assertThat(w.is("rate-noun", "增速")).isTrue();
        assertThat(w.is("rate-noun", "增加值")).isFalse();
        assertThat(w.endsWithAny("rate-name", "城镇化率")).isTrue();
        assertThat(w.startsWithAny("change-opener", "增加156亿元")).isTrue();
        assertThat(w.containsAny("travel-word", "远离城区")).isTrue();
        assertThatThrownBy(() -> w.list("no-such-class")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-class");
    }

    @Test
    void aUserFileAddsWordsToTheirClassAfterTheShippedOnes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-words.tsv");
        Files.writeString(file, "# mine\nclass\tword\texample\nname-suffix\t水厂\t城东水厂供水量\n", StandardCharsets.UTF_8);
        Lexicons l = Lexicons.defaults().with(java.util.List.of(file));
        assertThat(l.words().list("name-suffix")).endsWith("水厂").contains("有限公司");
        assertThat(Lexicons.defaults().words().list("name-suffix")).doesNotContain("水厂");
    }
}
