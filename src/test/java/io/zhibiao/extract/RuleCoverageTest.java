package io.zhibiao.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhibiao.Indicator;
import io.zhibiao.IndicatorExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rule coverage of the record stage: every rule name the code can write into a trace is a constant
 * of {@link Rule} or a clause rule of clauses.tsv ({@link ClauseRules}); a rule is exercised when a record of the record corpus (corpus/records/*.txt) or
 * of the reviewed fixture output (snapshot/*.jsonl, which holds the traces) carries it. The rules
 * no case exercises today are listed in {@code src/test/resources/extract/unexercised-rules.txt}, a
 * ratchet that may only shrink: a new unexercised rule fails, and so does a listed rule that is now
 * exercised (take it off the list).
 */
class RuleCoverageTest {
    static final Path SNAPSHOTS = Path.of("src/test/resources/snapshot");
    static final Path CORPUS = Path.of("src/test/resources/corpus/records");
    static final Path RATCHET = Path.of("src/test/resources/extract/unexercised-rules.txt");
    static final Path SOURCES = Path.of("src/main/java/io/zhibiao/extract");

    private static final Set<String> exercised = new TreeSet<>();
    private static final Set<String> byCorpus = new TreeSet<>();

    @BeforeAll
    static void collect() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(SNAPSHOTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    JsonNode trace = json.readTree(line).get("trace");
                    if (trace != null) {
                        trace.forEach(t -> exercised.add(registered(t.asText())));
                    }
                }
            }
        }
        IndicatorExtractor extractor = IndicatorExtractor.builder().build();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (RecordCorpusTest.Block b : RecordCorpusTest.parse(f.getFileName().toString())) {
                    for (Indicator r : extractor.extract(b.input(), b.context())) {
                        r.trace().forEach(t -> exercised.add(registered(t)));
                        r.trace().forEach(t -> byCorpus.add(registered(t)));
                    }
                }
            }
        }
    }

    /** The id of the rule that wrote a trace name (a name may carry a detail after the id), or the name. */
    static String registered(String name) {
        Rule r = Rule.ofTrace(name);
        return r == null ? name : r.id();
    }

    /** The rules of the registry and the clause rules of clauses.tsv (data, named in the trace as they are). */
    static Set<String> ids() {
        Set<String> ids = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        ClauseRules.defaults().rules().forEach(c -> ids.add(c.id()));
        return ids;
    }

    static Set<String> ratchet() throws IOException {
        return Files.readAllLines(RATCHET, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyTraceNameIsARegisteredRule() {
        assertThat(exercised).as("trace names in the output that are not constants of Rule").isSubsetOf(ids());
    }

    @Test
    void noRuleNameIsWrittenOutsideTheRegistry() throws IOException {
        Pattern literal = Pattern.compile("\"(kind|metric|subject|rank|enum|basis|qualifier|region|period|status|table):[^\"]*\"");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("Rule.java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(found).as("rule names as string literals: make them constants of Rule").isEmpty();
    }

    @Test
    void unexercisedRulesOnlyShrink() throws IOException {
        Set<String> unexercised = new TreeSet<>(ids());
        unexercised.removeAll(exercised);
        Set<String> allowed = ratchet();
        Set<String> added = new TreeSet<>(unexercised);
        added.removeAll(allowed);
        Set<String> nowExercised = new TreeSet<>(allowed);
        nowExercised.removeAll(unexercised);
        Set<String> corpusOnly = new TreeSet<>(ids());
        corpusOnly.retainAll(byCorpus);
        System.out.printf("rule coverage: %d rules, %d exercised (%d by the record corpus alone), %d unexercised %s%n",
                ids().size(), ids().size() - unexercised.size(), corpusOnly.size(), unexercised.size(), unexercised);
        assertThat(added).as("rules no corpus case or fixture output exercises: add a corpus case (corpus/records)")
                .isEmpty();
        assertThat(nowExercised).as("rules now exercised or gone: take them off " + RATCHET).isEmpty();
    }
}
