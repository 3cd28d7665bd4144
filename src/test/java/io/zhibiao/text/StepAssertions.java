package io.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs a step on a small input: checks the output, and the map against the step's naive trace. */
final class StepAssertions {
    private StepAssertions() {
    }

    static NormalizationStep.Result assertStep(EditingStep step, String input, String expected) {
        NormalizationStep.Result r = step.apply(input);
        assertThat(r.text()).as("%s on %s", step, StepOracleTest.show(input)).isEqualTo(expected);
        Edits.Traced t = step.trace(input);
        assertThat(t.text()).isEqualTo(expected);
        StepOracleTest.assertMapMatchesTrace(r.map(), t, step + " on " + StepOracleTest.show(input));
        return r;
    }

    /** The step leaves {@code input} alone and returns the very same string. */
    static void assertUnchanged(EditingStep step, String input) {
        NormalizationStep.Result r = step.apply(input);
        assertThat(r.text()).as("%s on %s", step, StepOracleTest.show(input)).isSameAs(input);
    }

    /** The original text of the output range [start, end). */
    static String source(String input, NormalizationStep.Result r, int start, int end) {
        int[] span = r.map().toSource(start, end);
        return input.substring(span[0], span[1]);
    }
}
