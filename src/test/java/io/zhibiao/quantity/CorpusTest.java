package io.zhibiao.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zhibiao.Qualifier;
import io.zhibiao.QuantityMention;
import io.zhibiao.lexicon.UnitTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The number layer's corpus, Duckling style: {@code src/test/resources/corpus/<family>.txt}, one
 * test per input line, named {@code file:line}. A block starts with
 * {@code = VALUE[~UPPER] UNIT TYPE QUALIFIER} (UNIT {@code -} for none) or {@code = none}; each
 * following line is an input that must give exactly that one mention over the whole line, or over
 * the part marked «like this» when the line gives context; under {@code = none}, no mention at all.
 */
class CorpusTest {
    private static final QuantityFinder FINDER = QuantityFinders.standard(UnitTable.defaults());

    /** One expected result. */
    record Expected(BigDecimal value, BigDecimal upper, String unit, QuantityMention.Type type, Qualifier qualifier) {
        static Expected parse(String header, String where) {
            String[] f = header.substring(1).trim().split("\\s+");
            if (f.length == 1 && f[0].equals("none")) {
                return null;
            }
            if (f.length != 4) {
                throw new IllegalArgumentException(where + ": header needs VALUE UNIT TYPE QUALIFIER: " + header);
            }
            String[] v = f[0].split("~");
            return new Expected(new BigDecimal(v[0]), v.length > 1 ? new BigDecimal(v[1]) : null,
                    f[1].equals("-") ? null : f[1], QuantityMention.Type.valueOf(f[2]), Qualifier.valueOf(f[3]));
        }
    }

    /** One corpus line. */
    record Case(String file, int line, String input, int start, int end, Expected expected) {
        String name() {
            return file + ":" + line + " " + input;
        }
    }

    static List<Case> read(Path file) throws IOException {
        List<Case> cases = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        Expected current = null;
        boolean inBlock = false;
        for (int k = 0; k < lines.size(); k++) {
            String l = lines.get(k);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("= ")) {
                current = Expected.parse(l, name + ":" + (k + 1));
                inBlock = true;
                continue;
            }
            if (!inBlock) {
                throw new IllegalArgumentException(name + ":" + (k + 1) + ": input before any block header");
            }
            int s = l.indexOf('«');
            int e = l.indexOf('»');
            String input = l;
            int start = 0;
            int end = l.length();
            if (s >= 0 && e > s) {
                input = l.substring(0, s) + l.substring(s + 1, e) + l.substring(e + 1);
                start = s;
                end = e - 1;
            }
            cases.add(new Case(name, k + 1, input, start, end, current));
        }
        return cases;
    }

    static Path corpusDir() throws URISyntaxException {
        return Path.of(CorpusTest.class.getClassLoader().getResource("corpus").toURI());
    }

    static boolean close(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b;
        }
        BigDecimal diff = a.subtract(b).abs();
        BigDecimal scale = b.abs().max(BigDecimal.ONE);
        return diff.compareTo(scale.multiply(new BigDecimal("1e-9"))) <= 0;
    }

    static void check(Case c) {
        List<QuantityMatch> found = FINDER.find(c.input());
        if (c.expected() == null) {
            assertTrue(found.isEmpty(), () -> "expected no mention, found " + describe(c.input(), found));
            return;
        }
        assertEquals(1, found.size(), () -> "expected one mention, found " + describe(c.input(), found));
        QuantityMatch m = found.get(0);
        Expected x = c.expected();
        String got = describe(c.input(), found);
        assertEquals(c.start() + "-" + c.end(), m.start() + "-" + m.end(), () -> "span: " + got);
        assertTrue(close(m.value(), x.value()), () -> "value " + x.value() + ": " + got);
        assertTrue(close(m.upper(), x.upper()), () -> "upper " + x.upper() + ": " + got);
        assertEquals(x.unit(), m.unit(), () -> "unit: " + got);
        assertEquals(x.type(), m.type(), () -> "type: " + got);
        assertEquals(x.qualifier(), m.qualifier(), () -> "qualifier: " + got);
        if (m.unit() != null) {
            assertNotNull(m.unitInfo(), "unitInfo");
        }
    }

    static String describe(String text, List<QuantityMatch> found) {
        StringBuilder sb = new StringBuilder("[");
        for (QuantityMatch m : found) {
            sb.append(" '").append(text, m.start(), m.end()).append("' ").append(m.value().toPlainString())
                    .append(m.upper() == null ? "" : "~" + m.upper().toPlainString()).append(' ').append(m.unit())
                    .append(' ').append(m.type()).append(' ').append(m.qualifier()).append(';');
        }
        return sb.append(" ]").toString();
    }

    @TestFactory
    Stream<DynamicContainer> corpus() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(corpusDir())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<DynamicContainer> out = new ArrayList<>();
        for (Path f : files) {
            List<DynamicTest> tests = new ArrayList<>();
            for (Case c : read(f)) {
                tests.add(DynamicTest.dynamicTest(c.name(), () -> check(c)));
            }
            out.add(DynamicContainer.dynamicContainer(f.getFileName().toString(), tests));
        }
        return out.stream();
    }

    @Test
    void everyFamilyHasPositiveAndNegativeLines() throws Exception {
        try (Stream<Path> s = Files.list(corpusDir())) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                List<Case> cases = read(f);
                assertTrue(cases.size() >= 5, f + " has too few lines");
                if (!f.getFileName().toString().equals("negative.txt")) {
                    assertTrue(cases.stream().anyMatch(c -> c.expected() != null), f + " has no positive block");
                }
                if (!f.getFileName().toString().equals("multiple.txt")) {
                    assertTrue(cases.stream().anyMatch(c -> c.expected() == null), f + " has no negative block");
                }
            }
        }
    }
}
