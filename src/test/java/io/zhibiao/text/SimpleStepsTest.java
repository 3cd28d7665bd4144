package io.zhibiao.text;

import static io.zhibiao.text.StepAssertions.assertStep;
import static io.zhibiao.text.StepAssertions.assertUnchanged;
import static io.zhibiao.text.StepAssertions.source;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one-job steps on small inputs: line endings, invisible chars, width folding. */
class SimpleStepsTest {
    final LineEndingStep lineEndings = new LineEndingStep();
    final InvisibleCharStep invisibles = new InvisibleCharStep();
    final WidthFoldStep width = new WidthFoldStep();

    @Test
    void crlfAndOtherBreaksBecomeLf() {
        String in = "增长\r\n4.7%\r上半年\u2028全区\u2029GDP\u0085\f";
        NormalizationStep.Result r = assertStep(lineEndings, in, "增长\n4.7%\n上半年\n全区\nGDP\n\n");
        // the LF of a CRLF keeps its own offset
        assertThat(source(in, r, 2, 3)).isEqualTo("\n");
        assertThat(source(in, r, 0, 3)).isEqualTo("增长\r\n");
    }

    @Test
    void lfOnlyTextIsUntouched() {
        assertUnchanged(lineEndings, "增长\n4.7%\n");
        assertUnchanged(lineEndings, "");
    }

    @Test
    void invisibleCharsAreRemoved() {
        assertStep(invisibles, "\uFEFF增\u200B长\u00AD4.7%", "增长4.7%");
        assertStep(invisibles, "增\u202E长\u2060\u200D率", "增长率");
        assertStep(invisibles, "inter\u00ADnational", "international");
        assertStep(invisibles, "规上\u0007工业", "规上工业");
    }

    @Test
    void aWordBreakingInvisibleBetweenLatinWordsBecomesASpace() {
        assertStep(invisibles, "SK\u200Bhynix", "SK hynix");
        assertStep(invisibles, "A\u0001\u200B\u00ADB", "A B");
        assertStep(invisibles, "GDP\u200B增长", "GDP增长");
    }

    @Test
    void tabsAndBreaksAreNotInvisible() {
        assertUnchanged(invisibles, "增长\t4.7%\r\n上半年\u000B\f");
    }

    @Test
    void fullWidthAsciiFoldsToHalfWidth() {
        NormalizationStep.Result r = assertStep(width, "增长１２．３％，ＧＤＰ＋ａ－ｚ／１", "增长12.3%，GDP+a-z/1");
        // one to one: the map stays a single segment
        assertThat(r.map().segmentCount()).isEqualTo(1);
        assertThat(source("增长１２．３％", r, 2, 7)).isEqualTo("１２．３％");
    }

    @Test
    void chinesePunctuationStaysFullWidth() {
        assertUnchanged(width, "，。、；：（）“”！？《》——…");
        assertUnchanged(width, "增长12.3%");
    }
}
