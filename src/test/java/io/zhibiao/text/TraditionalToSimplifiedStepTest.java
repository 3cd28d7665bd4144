package io.zhibiao.text;

import static io.zhibiao.text.StepAssertions.assertStep;
import static io.zhibiao.text.StepAssertions.assertUnchanged;
import static io.zhibiao.text.StepAssertions.source;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Traditional → simplified on sentences written for this test. */
class TraditionalToSimplifiedStepTest {
    final TraditionalToSimplifiedStep t2s = new TraditionalToSimplifiedStep();

    @Test
    void traditionalSentencesBecomeSimplified() {
        assertStep(t2s, "上半年，全區地區生產總值增長4.7%，達到617.4億元。",
                "上半年，全区地区生产总值增长4.7%，达到617.4亿元。");
        assertStep(t2s, "接待遊客623.1萬人次，同比增長34.2%，居全市第一位。",
                "接待游客623.1万人次，同比增长34.2%，居全市第一位。");
        assertStep(t2s, "規模以上工業增加值增長8.4%，社會消費品零售總額增長7.4%。",
                "规模以上工业增加值增长8.4%，社会消费品零售总额增长7.4%。");
        assertStep(t2s, "實際利用外資4.6億美元、進出口總額1344億元；重點項目開工率72.2%",
                "实际利用外资4.6亿美元、进出口总额1344亿元；重点项目开工率72.2%");
    }

    @Test
    void aConversionIsOneToOneAndMapsCharByChar() {
        String in = "兩江新區GDP增長4.8%";
        NormalizationStep.Result r = assertStep(t2s, in, "两江新区GDP增长4.8%");
        assertThat(r.map().segmentCount()).isEqualTo(1);
        assertThat(source(in, r, 7, 9)).isEqualTo("增長");
    }

    @Test
    void phrasesComeBeforeTheirChars() {
        // 乾 alone is 干 (dry), but 乾隆 and 乾坤 keep it; 覆 stays in 覆盆子
        assertStep(t2s, "乾隆年間，乾淨的乾坤", "乾隆年间，干净的乾坤");
        assertStep(t2s, "覆盆子種植面積", "覆盆子种植面积");
    }

    @Test
    void simplifiedTextIsLeftAlone() {
        String simplified = "测土配方施肥157万亩，技术覆盖率95.3%。著名的产区";
        assertThat(t2s.hasTraditional(simplified)).isFalse();
        assertUnchanged(t2s, simplified);
        // 乾 alone would convert, so this text is looked at; the phrase 乾隆 keeps it as it is
        assertThat(t2s.hasTraditional("乾隆年间")).isTrue();
        assertUnchanged(t2s, "乾隆年间");
        assertUnchanged(t2s, "");
    }

    @Test
    void mixedTextConvertsOnlyTheTraditionalChars() {
        assertStep(t2s, "全市GDP增长6.1%，其中渝北區增長7.1%", "全市GDP增长6.1%，其中渝北区增长7.1%");
    }

    @Test
    void aLengthChangingEntryMapsAsAGroupAndKeepsPairsWhole() {
        // 㑮 (BMP) -> 𫝈 (a surrogate pair) in the HanLP/OpenCC table
        String in = "區㑮😀長";
        NormalizationStep.Result r = assertStep(t2s, in, "区𫝈😀长");
        assertThat(source(in, r, 1, 3)).isEqualTo("㑮");
        assertThat(source(in, r, 3, 5)).isEqualTo("😀");
    }
}
