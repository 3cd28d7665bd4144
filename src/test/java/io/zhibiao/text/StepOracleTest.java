package io.zhibiao.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step, and the whole chain, against the slow, plainly correct record of its edits: on
 * thousands of random texts made of the things the steps deal with, the {@link OffsetMap} a step
 * returns must give, for every offset, what the naive per-char origin arrays give; no origin may
 * split a surrogate pair; and every output char must read like its source.
 */
class StepOracleTest {
    static final int ROUNDS = 3000;

    private static final String[] PIECES = {
        "增", "长", "亿", "元", "区", "县", "重", "庆", "上", "半", "年", "经", "济", "产", "值", "万",
        "區", "長", "億", "萬", "點", "發", "展", "乾隆", "蒜薹",
        "0", "1", "2", "9", ".", "%", "4.7%", "2021",
        "a", "b", "G", "D", "P", "SK",
        " ", " ", "\u3000", "\u00A0", "\t",
        "\n", "\n", "\n\n", "\r\n", "\r", "\u2028",
        "１", "２", "％", "．", "Ａ", "ｚ", "－",
        "\u200B", "\u00AD", "\uFEFF", "\u0001", "\u202E",
        "，", "。", "、", "“", "”", "：", "——", "▶", "（", "）",
        "😀", "𠀀", "\uD83D", "\uDE00",
        "摄/", "供图",
        "<p>", "</p>", "<br/>", "<td>", "<span class=\"a\">", "&nbsp;", "&#20013;", "&amp;", "<5", "&x;",
    };

    /** A random text: pieces, doubled and repeated runs, a spaced-out stretch now and then. */
    static String randomText(Random rnd, int maxPieces) {
        StringBuilder b = new StringBuilder();
        int pieces = rnd.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            int r = rnd.nextInt(20);
            if (r == 0) {
                // a doubled or repeated run
                StringBuilder unit = new StringBuilder();
                int len = 1 + rnd.nextInt(4);
                for (int k = 0; k < len; k++) {
                    unit.append(PIECES[rnd.nextInt(25)]);
                }
                int times = 2 + rnd.nextInt(3);
                b.append(String.valueOf(unit).repeat(times));
            } else if (r == 1) {
                // spaced-out chars
                int len = 2 + rnd.nextInt(5);
                for (int k = 0; k < len; k++) {
                    b.append(PIECES[rnd.nextInt(16)]).append(' ');
                }
            } else if (r == 2) {
                // a line that looks like a headline or byline
                b.append("\n渝北区委书记 覃昌德\n");
            } else {
                b.append(PIECES[rnd.nextInt(PIECES.length)]);
            }
        }
        return b.toString();
    }

    static Stream<EditingStep> steps() {
        List<EditingStep> out = new ArrayList<>();
        for (NormalizationStep s : Normalizers.standard().steps()) {
            out.add((EditingStep) s);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void mapAgreesWithTheNaiveOrigins(EditingStep step) {
        Random rnd = new Random(step.name().hashCode());
        for (int round = 0; round < ROUNDS; round++) {
            String s = randomText(rnd, 1 + round % 60);
            NormalizationStep.Result r = step.apply(s);
            Edits.Traced t = step.trace(s);
            assertThat(r.text()).as("%s on %s", step, show(s)).isEqualTo(t.text());
            if (r.text().equals(s)) {
                assertThat(r.text()).as("unchanged text is returned as it is").isSameAs(s);
            }
            assertMapMatchesTrace(r.map(), t, step + " on " + show(s));
            assertReadsLike(step, t, show(s));
        }
    }

    @Test
    void chainAgreesWithComposedNaiveOrigins() {
        Random rnd = new Random(42);
        Normalizer normalizer = Normalizers.standard();
        for (int round = 0; round < ROUNDS; round++) {
            String s = randomText(rnd, 1 + round % 80);
            NormalizedText n = normalizer.normalize(s);
            Edits.Traced composed = null;
            String text = s;
            for (NormalizationStep step : normalizer.steps()) {
                Edits.Traced t = ((EditingStep) step).trace(text);
                composed = composed == null ? t : composed.andThen(t);
                text = t.text();
            }
            assertThat(n.text()).isEqualTo(text);
            assertMapMatchesTrace(n.map(), composed, "chain on " + show(s));
        }
    }

    @Test
    void arbitraryUtf16NeverBreaksTheChain() {
        // any char at all, lone surrogates and controls included: no exception, a consistent map
        Random rnd = new Random(99);
        Normalizer normalizer = Normalizers.standard();
        for (int round = 0; round < ROUNDS; round++) {
            int len = rnd.nextInt(60);
            StringBuilder b = new StringBuilder(len);
            for (int i = 0; i < len; i++) {
                int r = rnd.nextInt(4);
                b.append(r == 0 ? (char) rnd.nextInt(0x80) : r == 1 ? (char) (0x4E00 + rnd.nextInt(200))
                        : (char) rnd.nextInt(0x10000));
            }
            String s = b.toString();
            NormalizedText n = normalizer.normalize(s);
            Edits.Traced composed = null;
            String text = s;
            for (NormalizationStep step : normalizer.steps()) {
                Edits.Traced t = ((EditingStep) step).trace(text);
                composed = composed == null ? t : composed.andThen(t);
                text = t.text();
            }
            assertThat(n.text()).isEqualTo(text);
            assertMapMatchesTrace(n.map(), composed, "chain on " + show(s));
        }
    }

    static void assertMapMatchesTrace(OffsetMap map, Edits.Traced t, String what) {
        int n = t.text().length();
        assertThat(map.outputLength()).as(what).isEqualTo(n);
        assertThat(map.sourceLength()).as(what).isEqualTo(t.source().length());
        int prevStart = 0;
        int prevEnd = 0;
        for (int j = 0; j <= n; j++) {
            int s = map.toSourceStart(j);
            int e = map.toSourceEnd(j);
            assertThat(s).as("start %d, %s", j, what).isEqualTo(t.toSourceStart(j));
            assertThat(e).as("end %d, %s", j, what).isEqualTo(t.toSourceEnd(j));
            assertThat(s).as("monotone start %d, %s", j, what).isGreaterThanOrEqualTo(prevStart);
            assertThat(e).as("monotone end %d, %s", j, what).isGreaterThanOrEqualTo(prevEnd);
            if (!splitsPair(t.text(), j)) {
                // an offset between two output code points maps between two source code points
                assertThat(splitsPair(t.source(), s) || splitsPair(t.source(), e))
                        .as("offset %d splits a surrogate pair, %s", j, what).isFalse();
            }
            prevStart = s;
            prevEnd = e;
        }
    }

    /**
     * Each output char reads like its source run: a kept char is the same char; otherwise the
     * step's own relation holds (a folded, converted or joined char).
     */
    private static void assertReadsLike(EditingStep step, Edits.Traced t, String what) {
        String src = t.source();
        String out = t.text();
        for (int j = 0; j < out.length(); j++) {
            int s = t.starts()[j];
            int e = t.ends()[j];
            assertThat(s).as("%s: char %d has an empty source, %s", step, j, what).isLessThan(e);
            char c = out.charAt(j);
            String from = src.substring(s, e);
            boolean ok = switch (step.name()) {
                case "line-endings" -> from.equals(String.valueOf(c)) || (c == '\n' && from.length() == 1);
                case "invisibles" -> from.equals(String.valueOf(c)) || (c == ' ' && from.chars()
                        .allMatch(x -> InvisibleCharStep.isInvisible((char) x)));
                case "width" -> from.equals(String.valueOf(c)) || (from.charAt(0) - 0xFEE0 == c);
                // a tag is a break, a space or nothing; a reference is the char it names
                case "markup" -> from.equals(String.valueOf(c)) || (from.startsWith("<") && from.endsWith(">") && (c == '\n' || c == ' '))
                        || (from.startsWith("&") && from.endsWith(";") && String.valueOf(c).equals(MarkupStep.reference(from.substring(1, from.length() - 1))));
                case "t2s" -> true; // any conversion in the table; checked by its own tests
                // one char for one: the same char, or a digit or unit read for a letter or a unit-like char
                case "ocr" -> from.equals(String.valueOf(c)) || (from.length() == 1 && (Character.isDigit(c) || c == '元' || c == '日'));
                case "doubling", "markdown" -> from.equals(String.valueOf(c)); // markdown only deletes
                case "csv" -> from.equals(String.valueOf(c)) || (c == '\t' && from.equals(",")); // a separating comma, quotes deleted
                case "lines", "spaces" -> from.equals(String.valueOf(c)) || (c == ' ' && isLayoutSpace(from))
                        // an infographic card's label and figure lines are joined with ： or ， (text/Cards)
                        || (step.name().equals("lines") && (c == '：' || c == '，') && isLayoutSpace(from));
                default -> false;
            };
            assertThat(ok).as("%s: output char %d '%s' from '%s', %s", step, j, c, from, what).isTrue();
        }
    }

    private static boolean isLayoutSpace(String s) {
        return s.chars().allMatch(x -> Chars.isSpace((char) x) || x == '\n' || x == '\r');
    }

    static boolean splitsPair(String s, int at) {
        return at > 0 && at < s.length() && Character.isHighSurrogate(s.charAt(at - 1))
                && Character.isLowSurrogate(s.charAt(at));
    }

    static String show(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || Character.isSurrogate(c) || (c >= 0x2000 && c <= 0x206F)
                    || c == '\u3000' || c == '\uFEFF' || c == '\u00AD') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
