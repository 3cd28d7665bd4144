package io.zhibiao.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's promises: the two set-up commands verbatim, CI running the test command, a Java example that runs as shown. */
class ReadmeTest {
    private static final Path README = Path.of("README.md");

    @Test
    void statesTheTwoCommandsAndCiRunsTheTestCommand() throws Exception {
        String readme = Files.readString(README);
        assertThat(readme)
                .contains("`mvn -q -DskipTests package && java -jar target/zhibiao.jar extract seeds/`")
                .contains("`mvn -B verify`");
        assertThat(Files.readString(Path.of(".ci/run"))).containsPattern("(?m)^\\s*mvn -B verify\\s*$");
    }

    @Test
    void javaExampleCompilesAndPrintsWhatItsCommentsSay(@TempDir Path dir) throws Exception {
        String readme = Files.readString(README);
        Matcher m = Pattern.compile("(?s)```java\\n(.*?)```").matcher(readme);
        assertThat(m.find()).as("a ```java block in README.md").isTrue();
        String block = m.group(1);
        List<String> code = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (line.startsWith("// ")) {
                expected.add(line.substring(3));
            } else {
                code.add(line);
            }
        }
        assertThat(expected).as("the example's output, as // comments after the code").isNotEmpty();
        assertThat(code.stream().filter(l -> !l.isBlank()).count()).as("a ten-line example").isLessThanOrEqualTo(12);

        String source = "import io.zhibiao.*;\nimport java.nio.file.Path;\npublic class ReadmeExample {\n"
                + "  public static void main(String[] args) {\n" + String.join("\n", code) + "\n  }\n}\n";
        Path file = dir.resolve("ReadmeExample.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK compiler").isNotNull();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, null, err, "-encoding", "UTF-8", "-cp", System.getProperty("java.class.path"),
                "-d", dir.toString(), file.toString());
        assertThat(rc).as("javac: %s", err.toString(StandardCharsets.UTF_8)).isZero();

        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass("ReadmeExample").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(out);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8).strip().lines().toList()).isEqualTo(expected);
    }
}
