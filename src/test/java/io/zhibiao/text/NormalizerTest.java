package io.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.Span;
import org.junit.jupiter.api.Test;

/** The standard chain end to end, on the layout noise named in docs/annotation.md 3.4. */
class NormalizerTest {
    final Normalizer normalizer = Normalizers.standard();

    private String normalize(String s) {
        return normalizer.normalize(s).text();
    }

    @Test
    void stepsRunInTheDocumentedOrder() {
        assertThat(normalizer.steps()).extracting(NormalizationStep::name)
                .containsExactly("line-endings", "invisibles", "markup", "markdown", "csv", "width", "t2s", "doubling", "lines", "spaces", "ocr");
    }

    @Test
    void noiseOfPastedNewspaperText() {
        assertThat(normalize("1212区县区县““双晒会双晒会””上晒高招上晒高招\n")).isEqualTo("12区县“双晒会”上晒高招");
        assertThat(normalize("科 技 型 企 业 数 量 分 别 增 长")).isEqualTo("科技型企业数量分别增长");
        assertThat(normalize("营 业 收 入 99.1 亿 元 、增 长")).isEqualTo("营业收入99.1亿元、增长");
        assertThat(normalize("2021 年上半年，增长 32.1%")).isEqualTo("2021年上半年，增长32.1%");
        assertThat(normalize("增长１２．３％，ＧＤＰ")).isEqualTo("增长12.3%，GDP");
        assertThat(normalize("\uFEFF上半年，全\r\n区\u200B增长4.7%。\r\n")).isEqualTo("上半年，全区增长4.7%。");
        // a short line without punctuation is a title, not a fragment
        assertThat(normalize("核心提示\r\n上半年，全区增长4.7%。")).isEqualTo("核心提示\n上半年，全区增长4.7%。");
    }

    @Test
    void traditionalScriptComesOutSimplified() {
        assertThat(normalize("上半年，全區ＧＤＰ增長 ４．７％，\n\n達到617.4億元。"))
                .isEqualTo("上半年，全区GDP增长4.7%，达到617.4亿元。");
    }

    @Test
    void offsetsPointIntoTheOriginal() {
        String original = "上半年，重庆高新区GDP增长\r\n4.7%，全區１２．３％。";
        NormalizedText n = normalizer.normalize(original);
        assertThat(n.text()).isEqualTo("上半年，重庆高新区GDP增长4.7%，全区12.3%。");
        int at = n.text().indexOf("增长4.7%");
        Span span = n.toOriginal(at, at + "增长4.7%".length());
        assertThat(span.of(original)).isEqualTo("增长\r\n4.7%");
        at = n.text().indexOf("全区12.3%");
        assertThat(n.toOriginal(at, at + 7).of(original)).isEqualTo("全區１２．３％");
        // empty ranges and the end of text
        assertThat(n.toOriginal(0, 0)).isEqualTo(new Span(0, 0));
        int end = n.text().length();
        assertThat(n.toOriginal(end, end)).isEqualTo(new Span(original.length(), original.length()));
    }

    @Test
    void cleanTextComesBackAsItIs() {
        String clean = "上半年，全区GDP增长4.7%。\n下半年继续增长。";
        NormalizedText n = normalizer.normalize(clean);
        assertThat(n.text()).isSameAs(clean);
        assertThat(n.map().segmentCount()).isEqualTo(1);
    }

    @Test
    void emptyAndBlankInputs() {
        assertThat(normalize("")).isEmpty();
        assertThat(normalize(" \n\u3000\r\n\t")).isEmpty();
        assertThat(normalizer.normalize(" \n ").toOriginal(0, 0)).isEqualTo(new Span(3, 3));
    }
}
