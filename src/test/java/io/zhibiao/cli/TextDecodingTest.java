package io.zhibiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
    private static final String NEWS = "上半年，江北区完成地区生产总值617.4亿元，同比增长4.7%。全区规模以上工业增加值增长6.2%，"
            + "社会消费品零售总额达到312亿元，城镇常住居民人均可支配收入增长5.1%，经济运行总体平稳、稳中有进。";

    @Test
    void readsUtf8AndKeepsTheByteOrderMark() throws IOException {
        assertThat(TextDecoding.decodeDetailed(NEWS.getBytes(StandardCharsets.UTF_8)).charset())
                .isEqualTo(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + NEWS).getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoding.decode(bom)).isEqualTo("\uFEFF" + NEWS);
    }

    @Test
    void readsGb18030AndGbk() throws IOException {
        TextDecoding.Decoded gb = TextDecoding.decodeDetailed(NEWS.getBytes(TextDecoding.GB18030));
        assertThat(gb.text()).isEqualTo(NEWS);
        assertThat(gb.charset()).isEqualTo(TextDecoding.GB18030);
        assertThat(TextDecoding.decode(NEWS.getBytes(Charset.forName("GBK")))).isEqualTo(NEWS);
        // a short GB2312 headline of common characters passes; two bytes that happen to pair up do not
        assertThat(TextDecoding.decode("重庆经济增长".getBytes(Charset.forName("GB2312")))).isEqualTo("重庆经济增长");
        assertThatThrownBy(() -> TextDecoding.decode(new byte[] {(byte) 0xE9, 'a'}))
                .hasMessageStartingWith("not UTF-8 or GB18030 text");
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorGb18030() {
        byte[] mixed = NEWS.getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[mixed.length + 2];
        System.arraycopy(mixed, 0, bad, 0, mixed.length);
        bad[mixed.length] = (byte) 0xC3;
        bad[mixed.length + 1] = (byte) 0xFF;
        assertThatThrownBy(() -> TextDecoding.decode(bad)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("not UTF-8 or GB18030 text")
                .hasMessageContaining("invalid UTF-8 at byte " + mixed.length);
    }

    @Test
    void refusesLatin1AndBig5ThatHappenToDecodeAsGb18030() {
        // Latin-1 French: every high byte is followed by a letter, a valid GB18030 pair
        byte[] latin1 = "Le PIB a progressé éte étéa".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoding.decode(latin1)).hasMessageStartingWith("not UTF-8 or GB18030 text");
        byte[] big5 = NEWS.getBytes(Charset.forName("Big5"));
        assertThatThrownBy(() -> TextDecoding.decode(big5)).hasMessageStartingWith("not UTF-8 or GB18030 text");
    }

    @Test
    void refusesBinaryDataAndUtf16() {
        byte[] nul = "abc\0def".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> TextDecoding.decode(nul)).hasMessage("binary data (NUL byte at offset 3), not text");
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 4 == 0 ? 0x01 : 'a');
        }
        assertThatThrownBy(() -> TextDecoding.decode(controls)).hasMessageStartingWith("binary data (")
                .hasMessageEndingWith("control bytes), not text");
        byte[] utf16 = ("\uFEFF" + NEWS).getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> TextDecoding.decode(utf16)).hasMessageStartingWith("UTF-16 text");
    }

    @Test
    void aFewControlCharactersAreStillText() throws IOException {
        String s = NEWS + "\f" + NEWS + "\u0001";
        assertThat(TextDecoding.decode(s.getBytes(StandardCharsets.UTF_8))).isEqualTo(s);
        assertThat(TextDecoding.decode(new byte[0])).isEmpty();
    }
}
