package io.zhibiao.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the docs say about building and depending on zhibiao matches pom.xml, the scripts and a run. */
class CliDocsFactsTest {
    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path));
    }

    private static String pomVersion() throws IOException {
        Matcher m = Pattern.compile("(?m)^  <version>([^<]+)</version>$").matcher(read("pom.xml"));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void dependencySnippetsUseTheVersionThePomBuilds() throws IOException {
        String version = pomVersion();
        Pattern snippet = Pattern.compile("<artifactId>zhibiao</artifactId>\\s*<version>([^<]+)</version>");
        for (String doc : new String[] {"docs/spark.md", "docs/assertions.md"}) {
            Matcher m = snippet.matcher(read(doc));
            assertThat(m.find()).as(doc + " has a dependency snippet").isTrue();
            do {
                assertThat(m.group(1)).as(doc).isEqualTo(version);
            } while (m.find());
            assertThat(read(doc)).as(doc + " says how to get it").containsPattern("`mvn (-Pspark )?install`");
        }
    }

    @Test
    void theCliJarIsAttachedSoThatInstallPublishesIt() throws IOException {
        String pom = read("pom.xml");
        String shade = pom.substring(pom.indexOf("<artifactId>maven-shade-plugin</artifactId>"));
        shade = shade.substring(0, shade.indexOf("</plugin>"));
        assertThat(shade).contains("<shadedArtifactAttached>true</shadedArtifactAttached>")
                .contains("<shadedClassifierName>cli</shadedClassifierName>")
                .as("an outputFile keeps the shaded jar out of install").doesNotContain("<outputFile>");
        // the short name the docs use: the -cli jar rewritten with the start-up data files stored (docs/performance.md)
        assertThat(pom).contains("<zip destfile=\"${project.build.directory}/zhibiao.jar\"")
                .contains("src=\"${project.build.directory}/${project.build.finalName}-cli.jar\"");
    }

    @Test
    void theDefaultBuildNeedsNoSparkAndTheSparkProfileBuildsItInCi() throws IOException {
        String pom = read("pom.xml");
        int profiles = pom.indexOf("<profiles>");
        assertThat(profiles).isPositive();
        assertThat(pom.substring(0, profiles)).doesNotContain("<groupId>org.apache.spark</groupId>")
                .doesNotContain("_2.13</artifactId>")
                .contains("<exclude>${zhibiao.spark.sources}</exclude>");
        String profile = pom.substring(profiles);
        assertThat(profile).contains("<id>spark</id>").contains("<name>env.CI</name>")
                .contains("<artifactId>spark-sql_2.13</artifactId>");
        assertThat(read(".ci/run")).contains("ZhibiaoSparkTest runs");
        assertThat(read("docs/spark.md")).contains("-Pspark");
    }

    @Test
    void mavenRecipesPinThePluginsTheyCall() throws IOException {
        for (String doc : new String[] {"docs/batch.md", "docs/performance.md"}) {
            String text = read(doc);
            assertThat(text).as(doc).doesNotContainPattern("(?<![\\w.:-])dependency:build-classpath");
            assertThat(text).as(doc).contains("maven-dependency-plugin:3.8.1:build-classpath");
        }
        assertThat(read("pom.xml")).contains("<artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version>");
    }

    @Test
    void theBrowserCheckInstallsACjkFontAndRequiresOneInCi() throws IOException {
        String script = read("src/test/scripts/browser-check.sh");
        assertThat(script).contains("fc-list :lang=zh").contains("missing+=(fonts-wqy-zenhei)")
                .containsPattern("has_cjk_font && \\[ \"\\$\\{ZHIBIAO_REQUIRE_BROWSER:-0}\" = 1 ]");
    }

    @Test
    void theSparkRecordCountIsTheCountExtractGives() throws IOException {
        Matcher m = Pattern.compile("# zhibiao: (\\d+) records written").matcher(read("docs/spark.md"));
        assertThat(m.find()).isTrue();
        CliRun r = CliRun.run("extract", "--format", "jsonl", "--no-progress", "--year", "2020", "--region", "重庆市",
                "seeds/");
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(Integer.parseInt(m.group(1)));
    }
}
