package io.zhibiao.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zhibiao.IndicatorExtractor;
import io.zhibiao.LexiconException;
import io.zhibiao.QuantityMention;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitTableTest {
    private final UnitTable units = UnitTable.defaults();

    @Test
    void magnitudeAndUnitCompose() {
        UnitTable.Unit u = units.resolve("万千瓦时").orElseThrow();
        assertEquals("万千瓦时", u.written());
        assertEquals("千瓦时", u.base());
        assertEquals(0, new BigDecimal("10000").compareTo(u.scale()));
        assertEquals("energy", u.family());
        UnitTable.Unit y = units.resolve("万亿元").orElseThrow();
        assertEquals(0, new BigDecimal("1e12").compareTo(y.scale()));
    }

    @Test
    void spellingIsNormalized() {
        assertEquals("亿元", units.resolve("亿元人民币").orElseThrow().written());
        assertEquals("元", units.resolve("元人民币").orElseThrow().written());
        assertEquals("个百分点", units.resolve("個百分點").orElseThrow().written());
        assertEquals("元", units.spelling("元人民币"));
    }

    @Test
    void aBareMagnitudeIsANumber() {
        UnitTable.Unit u = units.resolve("亿").orElseThrow();
        assertNull(u.base());
        assertEquals(UnitTable.NUMBER_FAMILY, u.family());
        assertEquals(0, new BigDecimal("100000000").compareTo(u.scale()));
    }

    @Test
    void weightsCompareInKilograms() {
        assertEquals(0, new BigDecimal("0.5").compareTo(units.resolve("斤").orElseThrow().scale()));
        assertEquals(0, new BigDecimal("1000").compareTo(units.resolve("吨").orElseThrow().scale()));
        assertEquals("公斤", units.resolve("万吨").orElseThrow().base());
    }

    @Test
    void countersAreMarked() {
        assertTrue(units.isCounter("个"));
        assertTrue(units.isCounter("家"));
        assertFalse(units.isCounter("元"));
        assertFalse(units.isCounter("%"));
        assertFalse(units.takesMagnitude("%"));
        assertTrue(units.takesMagnitude("人次"));
    }

    @Test
    void aUserFileAddsAUnitWithoutARebuild(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("my-units.tsv");
        Files.writeString(f, "# my units\nunit\tbase\tscale\ttype\tfamily\tmagnitudes\n标准箱\t标准箱\t1\tAMOUNT\tcount\tyes\n",
                StandardCharsets.UTF_8);
        UnitTable t = units.withFile(f);
        assertEquals("万标准箱", t.resolve("万标准箱").orElseThrow().written());
        IndicatorExtractor x = IndicatorExtractor.builder().lexicon(f).build();
        List<QuantityMention> q = x.quantities("完成铁水联运3.1万标准箱。");
        assertEquals(1, q.size());
        assertEquals("万标准箱", q.get(0).quantity().unit());
        assertEquals(0, new BigDecimal("31000").compareTo(q.get(0).quantity().baseValue()));
    }

    @Test
    void aBadLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "unit\tbase\tscale\ttype\tfamily\tmagnitudes\n标准箱\t标准箱\tmany\tAMOUNT\tcount\tyes\n",
                StandardCharsets.UTF_8);
        LexiconException e = assertThrows(LexiconException.class, () -> units.withFile(f));
        assertTrue(e.getMessage().contains("bad.tsv") && e.getMessage().contains("2"), e.getMessage());
    }
}
