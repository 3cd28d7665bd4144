package io.zhibiao.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.cli.CliRun;
import io.zhibiao.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/cli.md against the real commands: every option of every command's {@code --help} is
 * documented in that command's section of docs/cli.md (or in a section of options shared by it).
 * A new option or command fails this test until it is documented.
 */
class CliDocsTest {
    private static final Path CLI_MD = Path.of("docs/cli.md");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w\\[-])(--?[A-Za-z][\\w-]*)");

    /** The sections of docs/cli.md: heading (without #) → text. */
    static Map<String, String> sections() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(CLI_MD)) {
            if (line.startsWith("## ")) {
                out.put(heading, text.toString());
                heading = line.substring(3).strip();
                text.setLength(0);
            } else {
                text.append(line).append('\n');
            }
        }
        out.put(heading, text.toString());
        return out;
    }

    /** The options of a command: every name of its picocli model and every option its --help prints. */
    static Set<String> options(String command) {
        Set<String> names = new TreeSet<>();
        CommandLine cl = new CommandLine(new Main()).getSubcommands().get(command);
        for (CommandLine.Model.OptionSpec o : cl.getCommandSpec().options()) {
            for (String n : o.names()) {
                names.add(n);
                if (o.negatable() && n.startsWith("--")) {
                    names.add("--no-" + n.substring(2));
                }
            }
        }
        CliRun help = CliRun.run(command, "--help");
        assertThat(help.code()).isZero();
        Matcher m = OPTION.matcher(help.out());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static boolean mentions(String text, String option) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(option) + "(?![\\w-])").matcher(text).find()
                || option.startsWith("--no-") && text.contains("--[no-]" + option.substring(5));
    }

    @Test
    void everyOptionOfEveryCommandIsInItsSection() throws IOException {
        Map<String, String> sections = sections();
        List<String> missing = new ArrayList<>();
        for (String command : new CommandLine(new Main()).getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            assertThat(sections).as("docs/cli.md has a section ## " + command).containsKey(command);
            StringBuilder where = new StringBuilder(sections.get(command));
            sections.forEach((h, t) -> {
                if (h.startsWith("Options shared") && h.contains(command)) {
                    where.append(t);
                }
            });
            where.append(sections.get("")); // --help and --version, stated once at the top
            for (String option : options(command)) {
                if (!mentions(where.toString(), option)) {
                    missing.add(command + " " + option);
                }
            }
        }
        assertThat(missing).as("options in --help that docs/cli.md does not document").isEmpty();
    }

    @Test
    void theTestSeesANewOption() {
        assertThat(mentions("| `--year N` | …", "--year")).isTrue();
        assertThat(mentions("| `--year-of N` | …", "--year")).isFalse();
        assertThat(mentions("`--[no-]progress`", "--no-progress")).isTrue();
        assertThat(options("extract")).contains("--format", "--status", "--resume", "--threads", "--stats",
                "--progress", "--no-progress", "--ordered", "--doc-timeout", "--max-doc-chars", "--input-format",
                "--text-field", "--id-field", "--explain", "--width", "-o", "--output", "--year", "--region",
                "--lexicon");
    }

    @Test
    void theInputsSectionNamesEveryKindOfInput() throws IOException {
        String inputs = sections().get("Inputs");
        assertThat(inputs).contains(".zip").contains(".tar.gz").contains("JSONL").contains("GB18030");
    }
}
