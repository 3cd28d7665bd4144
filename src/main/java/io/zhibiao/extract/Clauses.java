package io.zhibiao.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits a sentence into clauses, and tells list separators between values. */
final class Clauses {
    private Clauses() {
    }

    private static boolean isBreak(char c) {
        return c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == ':' || c == '！' || c == '？'
                || c == '!' || c == '?' || c == '。' || c == '\n';
    }

    /** Clauses of [start, end) as {start, end} pairs; brackets that hold a figure are clauses of their own. */
    static List<int[]> split(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int s = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean br = isBreak(c) && !io.zhibiao.text.Chars.groupsThousands(text, i, end); // 由5,540人上升为…
            if (!br && (c == '（' || c == '(')) {
                int close = closing(text, i, end);
                br = close > 0 && holdsFigure(text, i + 1, close);
                if (close > 0 && !br) {
                    i = close; // （指常住人口，下同）: a note's commas break no clause
                    continue;
                }
            }
            if (!br && (c == '）' || c == ')')) {
                int open = opening(text, i, start);
                br = open >= 0 && holdsFigure(text, open + 1, i);
            }
            int width = 1;
            if (!br && c == '—' && i + 1 < end && text.charAt(i + 1) == '—') {
                br = true; // a dash (——) between clauses
                width = 2;
            }
            if (!br && (c == ' ' || c == '\u3000') && i > start && i + 1 < end && isCjk(text.charAt(i - 1))
                    && isCjk(text.charAt(i + 1))) {
                br = true; // a heading's phrases: “十四五”开局稳中有进 地区生产总值…
            }
            if (br) {
                if (i > s) {
                    out.add(new int[] {s, i});
                }
                s = i + width;
                i += width - 1;
            }
        }
        if (end > s) {
            out.add(new int[] {s, end});
        }
        return out;
    }

    private static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '”' || c == '“';
    }

    private static int closing(String text, int open, int end) {
        for (int i = open + 1; i < Math.min(end, open + 40); i++) {
            char c = text.charAt(i);
            if (c == '）' || c == ')') {
                return i;
            }
        }
        return -1;
    }

    private static int opening(String text, int close, int start) {
        for (int i = close - 1; i >= Math.max(start, close - 40); i--) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                return i;
            }
        }
        return -1;
    }

    /** （2月末）, （2026年）, （1-2月）, （1月）: a bracket that holds only a period dates the name before it. */
    private static final java.util.regex.Pattern ONLY_PERIOD = java.util.regex.Pattern.compile(
            "(?:[0-9]{4}年)?(?:[0-9]{1,2}(?:[-—–~至][0-9]{1,2})?月(?:份)?)?[末底初]?");

    /** A Latin name that holds digits (PM2.5, PM10, 5G, O3): a letter and no space or percent sign. */
    private static final java.util.regex.Pattern LATIN_NAME = java.util.regex.Pattern.compile("(?=.*[A-Za-z])[A-Za-z0-9.]{2,8}");

    private static boolean holdsFigure(String text, int s, int e) {
        String inside = text.substring(s, e).strip();
        if (!inside.isEmpty() && ONLY_PERIOD.matcher(inside).matches()) {
            return false;
        }
        if (LATIN_NAME.matcher(inside).matches()) {
            return false; // 细颗粒物（PM2.5）年均浓度, （5G）: a Latin name with digits is part of the name, no figure
        }
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '第' || c == '%') {
                return true;
            }
        }
        return false;
    }

    /** True if [a, b) holds only a list separator between two values (words.tsv value-separator: 、 和 以及 …) and spaces. */
    static boolean onlyListSeparators(Words words, String text, int a, int b) {
        if (b <= a) {
            return false; // 5批次19组: two figures side by side are no list
        }
        return words.is("value-separator", text.substring(a, b).strip());
    }
}
