package io.zhibiao.text;

import java.util.Arrays;

/**
 * Undoes doubled headline text. PDF headlines set in faux-bold often paste as each word twice
 * ({@code 1212区县区县““双晒会双晒会””上晒高招上晒高招} → {@code 12区县“双晒会”上晒高招}), a caption as a
 * whole twice, a heading run many times over ({@code 重大项目建设推进有力} ×32).
 *
 * <p>The rule works per line. A line is parsed left to right into <em>units</em>: at each position
 * the run {@code X} (1 to {@value #MAX_UNIT} chars, not starting with a space) that is directly
 * followed by itself and whose repeats {@code X X … X} cover the most chars (the shortest such
 * {@code X} on a tie); chars where no such run starts stay single. The line is undoubled when it
 * is <em>largely explained</em> by units: they cover at least {@value #MIN_COVER_PERCENT}% of
 * its non-space chars, one unit at least has an ideograph, and there are at least two units one
 * of which is 2+ chars long, or at least four units, or a single unit of 2+ chars covers the whole
 * line. Each unit then keeps its
 * first copy. Otherwise, a line that is a text of any length with two or more ideographs (not
 * one char said many times), written twice (with or without a space between), keeps its first
 * half. A legitimate {@code 1212户} or a reduplication ({@code 看看}, {@code 一一})
 * inside running text is left alone because the rest of its line is not doubled.
 */
final class DoublingStep extends EditingStep {
    static final int MAX_UNIT = 24;
    static final int MIN_COVER_PERCENT = 80;

    DoublingStep() {
        super("doubling");
    }

    @Override
    void edit(String text, Edits out) {
        eachLine(text, out, this::editLine);
    }

    private void editLine(String text, int from, int to, Edits out) {
        int s = from;
        int e = to;
        while (s < e && Chars.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && Chars.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (e - s < 2) {
            return;
        }
        int nonSpace = 0;
        for (int i = s; i < e; i++) {
            if (!Chars.isSpace(text.charAt(i))) {
                nonSpace++;
            }
        }
        int allowedSingles = nonSpace - (nonSpace * MIN_COVER_PERCENT + 99) / 100;
        // first pass: parse and decide, giving up as soon as too many chars stay single
        int[] found = new int[16]; // (start, length, repeats) of each unit
        int singles = 0;
        int units = 0;
        int longUnits = 0;
        int hanUnits = 0;
        int covered = 0;
        int i = s;
        while (i < e) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                i++;
                continue;
            }
            long u = unitAt(text, i, e);
            if (u == 0) {
                if (++singles > allowedSingles) {
                    wholeLineTwice(text, s, e, out);
                    return;
                }
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            int len = (int) (u >>> 32);
            int k = (int) u;
            if (3 * units + 3 > found.length) {
                found = Arrays.copyOf(found, found.length * 2);
            }
            found[3 * units] = i;
            found[3 * units + 1] = len;
            found[3 * units + 2] = k;
            units++;
            if (len >= 2) {
                longUnits++;
            }
            if (hasHan(text, i, i + len)) {
                hanUnits++;
            }
            covered += nonSpace(text, i, i + len) * k;
            i += len * k;
        }
        boolean largely = hanUnits >= 1
                && ((units >= 2 && longUnits >= 1) || units >= 4 || (units == 1 && longUnits == 1 && covered == nonSpace));
        if (!largely) {
            wholeLineTwice(text, s, e, out);
            return;
        }
        // keep the first copy of each unit
        for (int u = 0; u < units; u++) {
            int at = found[3 * u];
            int len = found[3 * u + 1];
            int k = found[3 * u + 2];
            out.delete(at + len, at + len * k);
        }
    }

    /** A line {@code X X} or {@code XX} with X of 2+ ideographs: deletes the second copy. */
    private static boolean wholeLineTwice(String text, int s, int e, Edits out) {
        int len = e - s;
        int half = len / 2;
        int gap = len - 2 * half; // 0, or 1 for one middle char that must be a space
        if (half < 2) {
            return false;
        }
        if (gap == 1 && !Chars.isSpace(text.charAt(s + half))) {
            return false;
        }
        if (!text.regionMatches(s, text, s + half + gap, half) || splitsPair(text, s + half)) {
            return false;
        }
        // the half is a text, not one char said many times (谢谢谢谢, 哈哈哈哈)
        int han = 0;
        boolean distinct = false;
        for (int i = s; i < s + half; i++) {
            if (Chars.isHan(text.charAt(i))) {
                han++;
            }
            distinct |= text.charAt(i) != text.charAt(s);
        }
        if (han < 2 || !distinct) {
            return false;
        }
        out.delete(s + half, e);
        return true;
    }

    /**
     * The unit starting at {@code i}: {@code (length << 32) | repeats}, or 0 when the text at
     * {@code i} is not directly followed by a copy of itself.
     */
    private static long unitAt(String text, int i, int end) {
        int bestLen = 0;
        int bestK = 0;
        int bestCover = 0;
        int maxLen = Math.min(MAX_UNIT, (end - i) / 2);
        for (int len = 1; len <= maxLen; len++) {
            if (text.charAt(i + len) != text.charAt(i)) {
                continue; // the cheap test that rejects almost every length
            }
            if (splitsPair(text, i + len) || !text.regionMatches(i, text, i + len, len)) {
                continue;
            }
            int k = 2;
            while (i + (k + 1) * len <= end && text.regionMatches(i, text, i + k * len, len)) {
                k++;
            }
            if (len * k > bestCover) {
                bestCover = len * k;
                bestLen = len;
                bestK = k;
                if (i + bestCover + len > end) {
                    break; // nothing longer can cover more of the line
                }
            }
        }
        return bestLen == 0 ? 0 : ((long) bestLen << 32) | bestK;
    }

    private static int nonSpace(String text, int s, int e) {
        int n = 0;
        for (int i = s; i < e; i++) {
            if (!Chars.isSpace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasHan(String text, int s, int e) {
        for (int i = s; i < e; ) {
            int cp = text.codePointAt(i);
            if (Chars.isHan(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }
}
