package io.zhibiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The extract line read without picocli gives the very options picocli reads, or is left to picocli. */
class FastExtractTest {

    @Test
    void plainLinesGivePicocliOptions() throws Exception {
        String[][] lines = {
            {"extract", "a.txt"},
            {"extract", "a.txt", "dir/", "b.jsonl"},
            {"extract", "--format", "jsonl", "a.txt"},
            {"extract", "--format=csv", "-o", "out.csv", "a.txt"},
            {"extract", "a.txt", "--output", "o.json", "--format", "json"},
            {"extract", "--format", "table", "--threads", "3", "--stats", "a.txt"},
            {"extract", "--year", "2024", "--region", "重庆市", "a.txt"},
            {"extract", "--lexicon", "x.tsv", "--lexicon=y.tsv", "a.txt", "--explain"},
            {"extract", "--threads=1", "--year=1999", "--region=江北区", "a"},
        };
        for (String[] args : lines) {
            ExtractCommand fast = FastExtract.parse(args);
            assertNotNull(fast, String.join(" ", args));
            assertEquals(state(picocli(args)), state(fast), String.join(" ", args));
        }
    }

    @Test
    void everythingElseIsPicocli() {
        String[][] lines = {
            {"extract"},
            {"extract", "--stats"},
            {"extract", "-h"},
            {"extract", "--help", "a.txt"},
            {"extract", "-", "a.txt"},
            {"extract", "@args.txt"},
            {"extract", "--format", "JSONL", "a.txt"},
            {"extract", "--format", "xml", "a.txt"},
            {"extract", "--format", "jsonl", "--format", "csv", "a.txt"},
            {"extract", "--threads", "0x2", "a.txt"},
            {"extract", "--threads", "010", "a.txt"},
            {"extract", "--threads", "-1", "a.txt"},
            {"extract", "--year", "", "a.txt"},
            {"extract", "--stats=true", "a.txt"},
            {"extract", "--ordered=false", "a.txt"},
            {"extract", "--date", "2024-01-02", "a.txt"},
            {"extract", "-oout.txt", "a.txt"},
            {"extract", "--", "a.txt"},
            {"extract", "a.txt", "--region"},
            {"quantities", "a.txt"},
            {"eval", "--gold", "x", "y"},
        };
        for (String[] args : lines) {
            assertNull(FastExtract.parse(args), String.join(" ", args));
        }
    }

    private static ExtractCommand picocli(String[] args) {
        CommandLine.ParseResult r = new CommandLine(new Main()).parseArgs(args);
        return (ExtractCommand) r.subcommand().commandSpec().userObject();
    }

    /** Every field of the command and of its option groups, by name. */
    private static List<String> state(ExtractCommand c) throws IllegalAccessException {
        List<String> out = new ArrayList<>();
        for (Object o : new Object[] {c, c.common, c.output, c.batch, c.dates}) {
            for (Field f : o.getClass().getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object v = f.get(o);
                boolean group = v == c.common || v == c.output || v == c.batch || v == c.dates;
                out.add(o.getClass().getSimpleName() + "." + f.getName() + "=" + (group ? "(group)" : v));
            }
        }
        return out;
    }
}
