package io.zhibiao.text;

/**
 * Caption text: the subtitles of a news video or a broadcast transcript pasted one caption per
 * line, with no punctuation at all. Joined as a narrow column would be, a figure runs into the
 * next caption ({@code 同比增长12.8%其中第一产业增加值}); read line by line, a label is cut from its
 * value. Inside a caption block a break after a line without a figure and before a line with one
 * vanishes (the label and its value: {@code 全市实现生产总值 / 102.6亿元}); every other break becomes
 * {@code ，} (one clause per caption), and the block stays one paragraph, so its period and place
 * go on from caption to caption as they do in a spoken sentence.
 *
 * <pre>
 * 今年上半年              →  今年上半年，全市实现生产总值102.6亿元，同比增长12.8%，其中第一产业增加值28.4亿元
 * 全市实现生产总值
 * 102.6亿元
 * 同比增长12.8%
 * 其中第一产业增加值
 * 28.4亿元
 * </pre>
 *
 * A caption block is a run of at least {@value #MIN_LINES} non-blank lines with no blank line
 * between them, none wider than {@value #MAX_WIDTH} half-units, none with sentence or clause
 * punctuation (。，；：！？、) or a table's cell gap, and at least {@value #MIN_FIGURES} of them with a
 * digit. Breaks another rule already decided (an infographic card, {@link Cards}) are left alone.
 * Stateless.
 */
final class Captions {
    static final int MIN_LINES = 5;
    static final int MAX_WIDTH = 40;
    static final int MIN_FIGURES = 2;
    private static final String PUNCT = "。，；：！？、,;:!?";

    private Captions() {
    }

    /** Fills {@code joiners[k]} (the break between lines k and k + 1) inside caption blocks where it is null. */
    static void joiners(String t, int n, int[] cs, int[] ce, int[] lineNo, int[] width, String[] joiners) {
        int k = 0;
        while (k < n) {
            int end = k + 1;
            while (end < n && lineNo[end] - lineNo[end - 1] == 1) {
                end++;
            }
            if (end - k >= MIN_LINES && isCaptionBlock(t, k, end, cs, ce, width)) {
                for (int i = k; i + 1 < end; i++) {
                    if (joiners[i] == null) {
                        joiners[i] = !hasDigit(t, cs[i], ce[i]) && hasDigit(t, cs[i + 1], ce[i + 1]) ? "" : "，";
                    }
                }
            }
            k = end;
        }
    }

    private static boolean isCaptionBlock(String t, int from, int to, int[] cs, int[] ce, int[] width) {
        int figures = 0;
        for (int i = from; i < to; i++) {
            if (width[i] > MAX_WIDTH || LineShape.isTabular(t, cs[i], ce[i])) {
                return false;
            }
            for (int j = cs[i]; j < ce[i]; j++) {
                if (PUNCT.indexOf(t.charAt(j)) >= 0) {
                    return false;
                }
            }
            figures += hasDigit(t, cs[i], ce[i]) ? 1 : 0;
        }
        return figures >= MIN_FIGURES;
    }

    private static boolean hasDigit(String t, int s, int e) {
        for (int j = s; j < e; j++) {
            if (Chars.isDigit(t.charAt(j))) {
                return true;
            }
        }
        return false;
    }
}
