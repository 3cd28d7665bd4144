package io.zhibiao.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhibiao.DocumentContext;
import io.zhibiao.IndicatorExtractor;
import io.zhibiao.extract.Lexicons;
import io.zhibiao.extract.Pipeline;
import io.zhibiao.extract.region.RegionAnalysis;
import io.zhibiao.text.Document;
import io.zhibiao.text.HanlpSegmenter;
import io.zhibiao.text.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gazetteer in the pipeline: HanLP keeps region names whole, user region files load, regions() works. */
class GazetteerWiringTest {

    private static List<String> words(List<Token> tokens) {
        return tokens.stream().map(Token::word).toList();
    }

    @Test
    void hanlpKeepsRegionNamesWhole() {
        HanlpSegmenter seg = new HanlpSegmenter(Gazetteer.defaults().segmenterWords());
        assertThat(words(seg.segment("璧山区地区生产总值增长2.3%"))).contains("璧山区");
        assertThat(words(seg.segment("九龙坡区累计受理政务服务事项16万余件"))).contains("九龙坡区");
        // (九龙坡区委书记 segments as 九龙坡 + 区委 + 书记, which is right; the region finder does not use HanLP)
        assertThat(words(seg.segment("上半年，两江新区GDP增长4.8%"))).contains("两江新区");
        assertThat(words(seg.segment("重庆两江新区外资外贸加快发展"))).contains("重庆两江新区");
        // (两江新区直管区 still comes out as 两江/新/区直/管区: HanLP's core word 区直 wins there)
    }

    @Test
    void thePipelineSegmentsWithTheGazetteerAndAnalyzesRegions() {
        Pipeline p = new Pipeline(Lexicons.defaults());
        Document doc = p.prepare("上半年，璧山区地区生产总值增长2.3%。");
        assertThat(words(doc.tokens())).contains("璧山区");
        RegionAnalysis a = p.regions().analyze(doc, DocumentContext.ofYear(2020));
        assertThat(a.regionAt(doc.text().indexOf("2.3")).code()).isEqualTo("500120");
    }

    @Test
    void userRegionFilesGoThroughTheBuilder(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("regions.tsv");
        Files.writeString(f, "code\tname\tlevel\tparent\tforms\n\t重庆临空经济示范区\tZONE\t500000\t临空经济示范区\n",
                StandardCharsets.UTF_8);
        IndicatorExtractor x = IndicatorExtractor.builder().lexicon(f).build();
        assertThat(x).isNotNull();
        Lexicons l = Lexicons.defaults().with(List.of(f));
        assertThat(l.regions().lookup("临空经济示范区")).hasSize(1);
        assertThat(Lexicons.defaults().regions().lookup("临空经济示范区")).isEmpty();
    }
}
