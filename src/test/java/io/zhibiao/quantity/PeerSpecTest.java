package io.zhibiao.quantity;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zhibiao.QuantityMention;
import io.zhibiao.Zhibiao;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the peer suites ({@link PeerSpecs}) through the public {@link Zhibiao#quantities} path, one
 * test per case.
 *
 * <ul>
 * <li>A case in {@code peer-specs/deviations.tsv} is one where our semantics differ on purpose
 * (reviewed, one reason each): it is skipped and not applicable, but it must still fail — a listed
 * deviation that passes is an error (the list is stale).</li>
 * <li>A case in {@code peer-specs/known-failures.tsv} is one we simply fail: it counts against the
 * goal, and it must still fail (a fixed case must leave the list).</li>
 * <li>Every other case must pass.</li>
 * </ul>
 * {@link #goal()} asserts that at least 98% of the applicable cases pass, overall and for each
 * peer, and writes the figures per file to {@code target/peer-specs-report.txt}.
 */
class PeerSpecTest {
    static final double GOAL = 0.98;

    private static final List<PeerSpecs.PeerCase> CASES = PeerSpecs.all();
    private static final Map<String, String> DEVIATIONS = list("peer-specs/deviations.tsv");
    private static final Map<String, String> KNOWN_FAILURES = list("peer-specs/known-failures.tsv");

    /** peer, file, input → reason. */
    static Map<String, String> list(String resource) {
        Map<String, String> m = new LinkedHashMap<>();
        try (InputStream in = PeerSpecTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4 || f[3].isBlank()) {
                    throw new IllegalStateException(resource + ":" + n + ": need peer, file, input, reason");
                }
                if (m.put(f[0] + "\t" + f[1] + "\t" + f[2], f[3]) != null) {
                    throw new IllegalStateException(resource + ":" + n + ": listed twice");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    static String run(PeerSpecs.PeerCase c) {
        List<QuantityMention> found = Zhibiao.quantities(c.input());
        return c.judge().judge(found);
    }

    @TestFactory
    Stream<DynamicContainer> cases() {
        Map<String, List<DynamicTest>> byFile = new LinkedHashMap<>();
        for (PeerSpecs.PeerCase c : CASES) {
            String name = c.input().length() > 60 ? c.input().substring(0, 60) + "…" : c.input();
            byFile.computeIfAbsent(c.peer() + "/" + c.file(), k -> new ArrayList<>()).add(DynamicTest.dynamicTest(name,
                    () -> {
                        String failure = run(c);
                        String deviation = DEVIATIONS.get(c.key());
                        if (deviation != null) {
                            assertNotNull(failure, "listed in deviations.tsv but passes: remove it");
                            Assumptions.abort("deviation: " + deviation);
                        }
                        if (KNOWN_FAILURES.containsKey(c.key())) {
                            assertNotNull(failure, "listed in known-failures.tsv but passes: remove it");
                            return;
                        }
                        assertNull(failure, failure);
                    }));
        }
        return byFile.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(), e.getValue()));
    }

    @Test
    void listsNameExistingCases() {
        Set<String> keys = new HashSet<>();
        CASES.forEach(c -> keys.add(c.key()));
        for (String k : DEVIATIONS.keySet()) {
            assertTrue(keys.contains(k), "deviations.tsv names no case: " + k);
            assertTrue(!KNOWN_FAILURES.containsKey(k), "both a deviation and a known failure: " + k);
        }
        for (String k : KNOWN_FAILURES.keySet()) {
            assertTrue(keys.contains(k), "known-failures.tsv names no case: " + k);
        }
    }

    /** Pass counts per file; asserts the goal overall and per peer. */
    @Test
    void goal() throws IOException {
        Map<String, int[]> byFile = new LinkedHashMap<>(); // total, deviations, applicable, passed
        Map<String, int[]> byPeer = new LinkedHashMap<>();
        List<String> failing = new ArrayList<>();
        for (PeerSpecs.PeerCase c : CASES) {
            String failure = run(c);
            int[] f = byFile.computeIfAbsent(c.peer() + "/" + c.file(), k -> new int[4]);
            int[] p = byPeer.computeIfAbsent(c.peer(), k -> new int[4]);
            f[0]++;
            p[0]++;
            if (DEVIATIONS.containsKey(c.key())) {
                f[1]++;
                p[1]++;
                continue;
            }
            f[2]++;
            p[2]++;
            if (failure == null) {
                f[3]++;
                p[3]++;
            } else {
                failing.add(c.peer() + "\t" + c.file() + "\t" + c.input() + "\t" + failure);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-70s %6s %6s %6s %6s %7s%n", "file", "cases", "devi.", "appl.", "pass", "rate"));
        int[] tot = new int[4];
        for (Map.Entry<String, int[]> e : byFile.entrySet()) {
            int[] f = e.getValue();
            sb.append(row(e.getKey(), f));
            for (int k = 0; k < 4; k++) {
                tot[k] += f[k];
            }
        }
        sb.append('\n');
        for (Map.Entry<String, int[]> e : byPeer.entrySet()) {
            sb.append(row(e.getKey(), e.getValue()));
        }
        sb.append(row("all", tot));
        sb.append("\nfailing applicable cases:\n");
        failing.forEach(l -> sb.append(l).append('\n'));
        Path report = Path.of("target", "peer-specs-report.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, sb.toString(), StandardCharsets.UTF_8);
        System.out.print(sb);
        assertTrue(tot[3] >= GOAL * tot[2], "overall " + tot[3] + "/" + tot[2] + " below the goal");
        for (Map.Entry<String, int[]> e : byPeer.entrySet()) {
            int[] p = e.getValue();
            assertTrue(p[3] >= GOAL * p[2], e.getKey() + " " + p[3] + "/" + p[2] + " below the goal");
        }
    }

    private static String row(String name, int[] f) {
        return String.format("%-70s %6d %6d %6d %6d %6.1f%%%n", name, f[0], f[1], f[2], f[3],
                f[2] == 0 ? 100.0 : 100.0 * f[3] / f[2]);
    }
}
