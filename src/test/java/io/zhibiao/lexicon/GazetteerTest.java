package io.zhibiao.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhibiao.LexiconException;
import io.zhibiao.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.defaults();

    private static List<String> codes(List<GazetteerEntry> es) {
        return es.stream().map(e -> e.code() == null ? e.name() + "/" + e.level() : e.code()).toList();
    }

    @Test
    void everyShippedLineParses() {
        List<GazetteerEntry> all = G.entries();
        assertThat(all).hasSize(G.size());
        assertThat(all.size()).isGreaterThan(6900);
        long provinces = all.stream().filter(e -> e.level() == Region.Level.PROVINCE && e.validity().open()).count();
        long prefectures = all.stream().filter(e -> e.level() == Region.Level.PREFECTURE && e.validity().open()).count();
        long counties = all.stream().filter(e -> e.level() == Region.Level.COUNTY && e.code() != null
                && e.validity().open()).count();
        // the 2024-12-31 state, minus 江北区 and 渝北区 (abolished 2026-01-25)
        assertThat(provinces).isEqualTo(34);
        assertThat(prefectures).isEqualTo(333);
        assertThat(counties).isEqualTo(2846 - 2);
        assertThat(all).anyMatch(e -> e.level() == Region.Level.ZONE && e.name().equals("重庆经济技术开发区"));
        assertThat(all).anyMatch(e -> e.level() == Region.Level.GROUP && e.name().equals("主城都市区"));
        assertThat(all).filteredOn(e -> e.level() == Region.Level.COUNTRY).extracting(GazetteerEntry::name)
                .containsExactly("中国");
    }

    @Test
    void surfaceForms() {
        assertThat(codes(G.lookup("秀山"))).contains("500241");
        assertThat(codes(G.lookup("秀山县"))).contains("500241");
        assertThat(codes(G.lookup("秀山自治县"))).contains("500241");
        assertThat(codes(G.lookup("恩施州"))).containsExactly("422800");
        assertThat(codes(G.lookup("江北"))).contains("330205", "500105");
        assertThat(codes(G.lookup("鼓楼区", Gazetteer.DATA_DATE))).containsExactlyInAnyOrder("320106", "320302",
                "350102", "410204");
        assertThat(G.lookup("重庆高新区")).extracting(GazetteerEntry::name).containsExactly("重庆高新技术产业开发区");
        assertThat(G.lookup("重庆两江新区")).extracting(GazetteerEntry::name).containsOnly("两江新区");
        assertThat(G.lookup("长春高新区")).extracting(GazetteerEntry::nbsCode).containsExactly("220173");
        assertThat(G.lookup("不存在的地方")).isEmpty();
    }

    @Test
    void validityFollowsTheDate() {
        assertThat(G.lookup("两江新区", LocalDate.of(2020, 6, 30))).extracting(GazetteerEntry::level)
                .containsExactly(Region.Level.ZONE);
        assertThat(G.lookup("两江新区", LocalDate.of(2026, 6, 30))).extracting(GazetteerEntry::level)
                .containsExactly(Region.Level.COUNTY);
        assertThat(codes(G.lookup("铜梁县", LocalDate.of(2008, 6, 30)))).containsExactly("500224");
        assertThat(G.lookup("铜梁县", LocalDate.of(2020, 6, 30))).isEmpty();
        assertThat(codes(G.lookup("开县", LocalDate.of(2008, 6, 30)))).containsExactly("500234");
        assertThat(codes(G.lookup("江北区", LocalDate.of(2026, 6, 30)))).containsExactly("330205");
        assertThat(G.byCode("500110").name()).isEqualTo("綦江区");
        assertThat(G.byCode("500110", LocalDate.of(2005, 1, 1)).name()).isEqualTo("万盛区");
    }

    @Test
    void validityBounds() {
        GazetteerValidity y = GazetteerValidity.parse("2014", "2016");
        assertThat(y.at(LocalDate.of(2013, 12, 31))).isEqualTo(GazetteerValidity.INVALID);
        assertThat(y.at(LocalDate.of(2014, 6, 1))).isEqualTo(GazetteerValidity.TRANSITION);
        assertThat(y.at(LocalDate.of(2015, 6, 1))).isEqualTo(GazetteerValidity.SURE);
        assertThat(y.at(LocalDate.of(2016, 6, 1))).isEqualTo(GazetteerValidity.TRANSITION);
        assertThat(y.at(LocalDate.of(2017, 1, 1))).isEqualTo(GazetteerValidity.INVALID);
        GazetteerValidity d = GazetteerValidity.parse("", "2026-01-25");
        assertThat(d.at(LocalDate.of(2026, 1, 24))).isEqualTo(GazetteerValidity.SURE);
        assertThat(d.at(LocalDate.of(2026, 1, 25))).isEqualTo(GazetteerValidity.INVALID);
        assertThatThrownBy(() -> GazetteerValidity.parse("2020", "2019")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GazetteerValidity.parse("20-1", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hierarchy() {
        GazetteerEntry ningboJiangbei = G.byCode("330205");
        assertThat(G.parentOf(ningboJiangbei, null).name()).isEqualTo("宁波市");
        assertThat(G.isAncestor(G.byCode("330000"), ningboJiangbei)).isTrue();
        assertThat(G.isAncestor(G.byCode("500000"), ningboJiangbei)).isFalse();
        assertThat(G.isAncestor(G.byCode("500000"), G.byCode("500105"))).isTrue();
        assertThat(G.isAncestor(G.country(), ningboJiangbei)).isTrue();
        assertThat(ningboJiangbei.provinceCode()).isEqualTo("330000");
        GazetteerEntry zone = G.lookup("重庆经开区").get(0);
        assertThat(zone.provinceCode()).isEqualTo("500000");
        assertThat(zone.hosts()).contains("500108");
    }

    @Test
    void longestMatchFirst() {
        List<Gazetteer.Match> ms = G.matchesAt("重庆高新区GDP增长", 0);
        assertThat(ms).extracting(Gazetteer.Match::surface).containsExactly("重庆高新区", "重庆");
        assertThat(G.matchesAt("九龙坡区委书记", 0).get(0).surface()).isEqualTo("九龙坡区");
        assertThat(G.matchesAt("全区", 0).get(0).word()).isNotNull();
        Gazetteer.Match xinqu = G.matchesAt("新区", 0).get(0);
        assertThat(xinqu.word()).isNotNull();       // a reference word
        assertThat(xinqu.entries()).isNotEmpty();   // and the old 唐山 新区 (qualified only)
        assertThat(G.matchesAt("abc", 1)).isEmpty();
        assertThat(G.matchesAt("", 0)).isEmpty();
    }

    @Test
    void segmenterWords() {
        Map<String, String> w = G.segmenterWords();
        assertThat(w).containsKeys("璧山区", "九龙坡区", "两江新区", "秀山县", "重庆经开区", "渝北");
        assertThat(w).doesNotContainKey("铜梁县");   // abolished 2014
        assertThat(w.values()).containsOnly("ns");
    }

    @Test
    void userFilesExtendTheGazetteer(@TempDir Path dir) throws IOException {
        Path regions = dir.resolve("my-regions.tsv");
        Files.writeString(regions, "# my regions\ncode\tname\tlevel\tparent\tforms\n"
                + "500105\t江北区\tCOUNTY\t\t江北城区|观音桥\n"
                + "\t重庆临空经济示范区\tZONE\t500000\t临空经济示范区\n", StandardCharsets.UTF_8);
        Gazetteer g = G.withFile(regions);
        assertThat(codes(g.lookup("观音桥"))).containsExactly("500105");
        assertThat(g.lookup("临空经济示范区")).extracting(GazetteerEntry::level).containsExactly(Region.Level.ZONE);
        assertThat(g.size()).isEqualTo(G.size() + 1);
        assertThat(G.lookup("观音桥")).isEmpty();           // the shipped one is unchanged

        Path words = dir.resolve("my-words.tsv");
        Files.writeString(words, "word\trefers\tmode\tnotes\n全区域\tdistrict|zone\tcontext\t\n", StandardCharsets.UTF_8);
        assertThat(G.withFile(words).words().word("全区域")).isNotNull();

        Path cues = dir.resolve("my-cues.tsv");
        Files.writeString(cues, "cue\twhere\trole\tnotes\n冠军\tafter\tSCOPE\t\n", StandardCharsets.UTF_8);
        assertThat(G.withFile(cues).words().cues(RegionWords.Where.AFTER)).extracting(RegionWords.Cue::cue)
                .contains("冠军");
    }

    @Test
    void badUserFilesNameFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "code\tname\tlevel\n500105\t江北区\tCOUNTY\n12345\t某区\tCOUNTY\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> G.withFile(bad)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("bad.tsv:3").hasMessageContaining("six digits");
        Path level = dir.resolve("level.tsv");
        Files.writeString(level, "code\tname\tlevel\n\t某区\tTOWN\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> G.withFile(level)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("level.tsv:2").hasMessageContaining("unknown level");
        Path dates = dir.resolve("dates.tsv");
        Files.writeString(dates, "code\tname\tlevel\tfrom\tto\n\t某区\tCOUNTY\t2020\t2019-13-01\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> G.withFile(dates)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("dates.tsv:2");
        Path words = dir.resolve("words.tsv");
        Files.writeString(words, "word\trefers\tmode\n全村\tvillage\tcontext\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> G.withFile(words)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("words.tsv:2").hasMessageContaining("village");
        Path other = dir.resolve("other.tsv");
        Files.writeString(other, "foo\tbar\n1\t2\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> G.withFile(other)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("other.tsv:2");
    }

    @Test
    void referenceWordsAndCues() {
        RegionWords w = G.words();
        assertThat(w.word("全区").refers()).contains(RegionKind.DISTRICT, RegionKind.ZONE, RegionKind.AUTONOMOUS_REGION);
        assertThat(w.word("我市").mode()).isEqualTo(RegionWords.Mode.PUBLISHER);
        assertThat(w.word("该县").mode()).isEqualTo(RegionWords.Mode.LAST);
        assertThat(w.word("全国").refersTo(G.country())).isTrue();
        assertThat(w.word("全市").refersTo(G.byCode("500000"))).isTrue();
        assertThat(w.word("全市").refersTo(G.byCode("500105"))).isFalse();
        assertThat(w.word("新区").refersTo(G.lookup("两江新区", LocalDate.of(2026, 6, 1)).get(0))).isTrue();
        String s = "高于全市";
        assertThat(w.cueEndingAt(RegionWords.Where.BEFORE, s, 2, 0).effect()).isEqualTo(RegionWords.Effect.COMPARISON);
        assertThat(w.cueStartingAt(RegionWords.Where.AFTER, "第一", 0, 2).effect()).isEqualTo(RegionWords.Effect.SCOPE);
    }
}
