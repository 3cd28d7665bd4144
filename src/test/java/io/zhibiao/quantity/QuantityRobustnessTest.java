package io.zhibiao.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zhibiao.QuantityMention;
import io.zhibiao.Zhibiao;
import io.zhibiao.lexicon.UnitTable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad or huge input: the finder never throws, never hangs (it is linear in the input), and keeps
 * gigantic numbers exact. Also checks the Chinese numeral reader against a plain oracle that
 * writes random numbers out in Chinese.
 */
class QuantityRobustnessTest {
    private static final QuantityFinder FINDER = QuantityFinders.standard(UnitTable.defaults());

    static String repeat(String unit, int length) {
        StringBuilder sb = new StringBuilder(length + unit.length());
        while (sb.length() < length) {
            sb.append(unit);
        }
        return sb.toString();
    }

    /** Mentions are in text order, do not overlap and lie inside the text. */
    static void wellFormed(String text, List<QuantityMatch> found) {
        int last = 0;
        for (QuantityMatch m : found) {
            assertTrue(m.start() >= last, "overlap or disorder at " + m.start());
            assertTrue(m.end() <= text.length() && m.start() <= m.numberStart() && m.numberStart() <= m.end());
            last = m.end();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "、", "一", "万", "十", "1,", "1.", "1-", "一 ", "第1", "百分之", "前", "3个", "約", "5%",
        "二十三点", "零", "\n", "“1”", "1/", "1e", "9^", "半", "翻", "两", "多"})
    void aMegabyteOfOneThingIsLinear(String unit) {
        String text = repeat(unit, 1_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> wellFormed(text, FINDER.find(text)));
    }

    @Test
    void randomTextOfNumberCharactersNeverBreaks() {
        String alphabet = "0123456789０１.．,，-%％‰一二两三四五六七八九十百千万亿兆零〇壹贰拾佰点點分之又第前余多几约超近以上下左右"
                + "元亿万人次个家户倍成折半年月日号届代期 \n、。“”()（）/:·kGe^亩吨公里";
        Random r = new Random(20261123);
        for (int k = 0; k < 3000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(40);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            wellFormed(text, FINDER.find(text));
            for (QuantityMention m : Zhibiao.quantities(text)) {
                // the text reads the normalized form (１ → 1, 萬 → 万); the span points into the original
                assertTrue(m.span().start() < m.span().end() && m.span().end() <= text.length(), text + " " + m);
                assertFalse(m.text().isEmpty());
            }
        }
    }

    @Test
    void gigantic_numbersStayExact() {
        String digits = repeat("9", 500);
        List<QuantityMatch> found = FINDER.find(digits + "亿元");
        assertEquals(1, found.size());
        assertEquals(new BigDecimal(digits), found.get(0).value());
        assertEquals(new BigDecimal(digits).multiply(new BigDecimal("100000000")), found.get(0).baseValue());

        List<QuantityMatch> big = FINDER.find("1e309");
        assertEquals(1, big.size());
        assertEquals(0, new BigDecimal("1e309").compareTo(big.get(0).value()));

        List<QuantityMatch> wan = FINDER.find("一" + repeat("万", 30));
        assertEquals(1, wan.size());
        assertEquals(0, BigDecimal.ONE.scaleByPowerOfTen(4 * 30).compareTo(wan.get(0).baseValue()));
    }

    @Test
    void moreThanAThousandDigitsIsNotANumber() {
        String text = "共" + repeat("7", 1001) + "元";
        assertTrue(FINDER.find(text).isEmpty());
    }

    // ------------------------------------------------------------------ Chinese numerals vs an oracle

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String[] UPPER = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};

    /** The standard reading of 0 ≤ n < 10000: 三千零五十, 一百零五, 十五 (lead 十 without 一). */
    static String section(int n, String[] d, String[] places, boolean lead) {
        StringBuilder sb = new StringBuilder();
        int[] p = {1000, 100, 10, 1};
        boolean zero = false;
        boolean started = false;
        for (int k = 0; k < 4; k++) {
            int digit = n / p[k] % 10;
            if (digit == 0) {
                if (started) {
                    zero = true;
                }
                continue;
            }
            if (zero) {
                sb.append(d[0]);
                zero = false;
            }
            if (!(k == 2 && digit == 1 && !started && lead)) {
                sb.append(d[digit]);
            }
            sb.append(places[k]);
            started = true;
        }
        return sb.toString();
    }

    /** The standard reading of 0 < n < 10^16 with 万 and 亿. */
    static String chinese(long n, boolean upper) {
        String[] d = upper ? UPPER : DIGITS;
        String[] places = upper ? new String[] {"仟", "佰", "拾", ""} : new String[] {"千", "百", "十", ""};
        long[] groups = {n / 1_0000_0000_0000L, n / 1_0000_0000L % 1_0000, n / 1_0000 % 1_0000, n % 1_0000};
        String[] bigs = {"万亿", "亿", "万", ""};
        StringBuilder sb = new StringBuilder();
        boolean started = false;
        boolean zero = false;
        for (int k = 0; k < 4; k++) {
            int g = (int) groups[k];
            if (g == 0) {
                if (started) {
                    zero = true;
                }
                continue;
            }
            if (started && (zero || g < 1000)) {
                sb.append(d[0]);
            }
            sb.append(section(g, d, places, !started));
            sb.append(bigs[k]);
            started = true;
            zero = false;
        }
        return sb.toString();
    }

    @Test
    void chineseNumeralsReadBackToTheOracle() {
        Random r = new Random(7);
        for (int k = 0; k < 4000; k++) {
            long n = switch (k % 4) {
                case 0 -> 1 + r.nextInt(10_000);
                case 1 -> 1 + r.nextInt(100_000_000);
                case 2 -> 1 + (long) (r.nextDouble() * 1e12);
                default -> 1 + (long) (r.nextDouble() * 9e15);
            };
            for (boolean upper : new boolean[] {false, true}) {
                String text = chinese(n, upper);
                String withUnit = text + "元";
                List<QuantityMatch> found = FINDER.find(withUnit);
                assertEquals(1, found.size(), withUnit + " → " + found);
                QuantityMatch m = found.get(0);
                assertEquals(withUnit.length(), m.end() - m.start(), withUnit);
                assertEquals(0, BigDecimal.valueOf(n).compareTo(m.baseValue()), withUnit + " → " + m);
            }
        }
    }
}
