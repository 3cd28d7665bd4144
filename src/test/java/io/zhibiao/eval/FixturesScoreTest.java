package io.zhibiao.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.IndicatorExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The current extractor on {@code seeds/}, scored against {@code fixtures/}: the figures must stay
 * at or above the floors in {@code src/test/resources/eval/floors.properties} (raise them as
 * accuracy rises, never lower them). Prints the table and the error summary.
 */
class FixturesScoreTest {
    static final String FLOORS = "eval/floors.properties";

    private static EvalReport report;
    private static Properties floors;

    @BeforeAll
    static void evaluate() throws IOException {
        floors = new Properties();
        try (InputStream in = FixturesScoreTest.class.getClassLoader().getResourceAsStream(FLOORS)) {
            assertThat(in).as(FLOORS + " on the test classpath").isNotNull();
            floors.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        report = Evaluator.evaluate(IndicatorExtractor.builder().build(), Path.of("fixtures"), List.of(Path.of("seeds")));
        System.out.println("FixturesScoreTest: the extractor on seeds/ against fixtures/");
        System.out.print(ReportFormat.errors(report));
        System.out.print(ReportFormat.table(report));
    }

    private static double floor(String name) {
        String v = floors.getProperty(name);
        assertThat(v).as("floor " + name + " in " + FLOORS).isNotNull();
        double d = Double.parseDouble(v.strip());
        assertThat(d).as("floor " + name).isBetween(0.0, 1.0);
        return d;
    }

    @Test
    void everySeedHasItsGoldAndIsScored() {
        assertThat(report.problems()).isEmpty();
        assertThat(report.documents()).hasSize(5);
        assertThat(report.totals().gold()).isPositive();
    }

    @Test
    void strictF1StaysAtOrAboveItsFloor() {
        assertThat(report.totals().strict().f1()).as("strict F1").isGreaterThanOrEqualTo(floor("strictF1"));
    }

    @Test
    void valueF1StaysAtOrAboveItsFloor() {
        assertThat(report.totals().value().f1()).as("value F1").isGreaterThanOrEqualTo(floor("valueF1"));
    }

    @Test
    void regionAccuracyStaysAtOrAboveItsFloor() {
        Double acc = report.totals().regionAccuracy();
        assertThat(acc == null ? 0.0 : acc).as("region accuracy").isGreaterThanOrEqualTo(floor("regionAccuracy"));
    }
}
