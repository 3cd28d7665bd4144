package io.zhibiao.extract;

/** The numerals of period expressions: days and months (6, 十二), years (2024, 二〇二四), in Arabic or Chinese digits. */
final class PeriodNumerals {
    private PeriodNumerals() {
    }

    /** A small number (1-31) in Arabic or Chinese digits at k: {value, end}. */
    static int[] number(String text, int k) {
        int n = text.length();
        if (k >= n) {
            return null;
        }
        if (isDigit(text.charAt(k))) {
            int i = k;
            int v = 0;
            while (i < n && isDigit(text.charAt(i)) && i - k < 2) {
                v = v * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i < n && isDigit(text.charAt(i))) {
                return null;
            }
            return new int[] {v, i};
        }
        // Chinese: 一 … 十二, 三十一
        int i = k;
        int v = 0;
        int digit = -1;
        while (i < n && i - k < 3) {
            char c = text.charAt(i);
            int d = cnDigit(c);
            if (d >= 0) {
                digit = d;
                i++;
            } else if (c == '十') {
                v += (digit <= 0 ? 1 : digit) * 10;
                digit = -1;
                i++;
            } else {
                break;
            }
        }
        if (i == k) {
            return null;
        }
        if (digit >= 0) {
            v += digit;
        }
        return v > 0 ? new int[] {v, i} : null;
    }

    static int parseYear(String text, int k) {
        int n = text.length();
        if (k + 4 < n + 0 && k + 4 <= n - 1) {
            int v = 0;
            boolean ok = true;
            for (int i = k; i < k + 4; i++) {
                char c = text.charAt(i);
                int d = isDigit(c) ? c - '0' : cnYearDigit(c);
                if (d < 0) {
                    ok = false;
                    break;
                }
                v = v * 10 + d;
            }
            if (ok && text.charAt(k + 4) == '年' && (k + 5 >= n || !isDigit(text.charAt(k + 5))
                    || monthFollows(text, k + 5)) && v >= 1949 && v <= 2100) {
                return v;
            }
        }
        return -1;
    }

    /** 6月, 12月, 1-6月, 1至11月 at {@code i}: a month after a year (2024年6月末). */
    static boolean monthFollows(String text, int i) {
        int j = i;
        while (j < text.length() && j - i < 2 && isDigit(text.charAt(j))) {
            j++;
        }
        return j < text.length() && j > i && "月-—–~～至到".indexOf(text.charAt(j)) >= 0;
    }

    static int yearEnd(String text, int k) {
        int e = k + 5;
        if (text.startsWith("度", e)) {
            e++;
        }
        return e;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isDigitOrCn(char c) {
        return isDigit(c) || cnDigit(c) >= 0 || c == '十';
    }

    static int cnDigit(char c) {
        return switch (c) {
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    static int cnYearDigit(char c) {
        if (c == '〇' || c == '○' || c == '零' || c == 'О') {
            return 0;
        }
        int d = cnDigit(c);
        return c == '两' ? -1 : d;
    }

    /**
     * A span of whole years at k: a year, optionally 年, a range mark (RANGE rows: 1991—1995年,
     * 2016-2020年, 2016～2020年) or 至/到 (2016年至2020年), and a later year with 年: {first year, last year,
     * end}, or null. Not when a month follows the second year (2019年至2020年3月 is read as two periods).
     */
    static int[] yearSpan(String text, int k, java.util.BitSet rangeMarks) {
        int n = text.length();
        if (k + 10 > n) {
            return null;
        }
        int first = 0;
        for (int i = k; i < k + 4; i++) {
            char c = text.charAt(i);
            int d = isDigit(c) ? c - '0' : -1;
            if (d < 0) {
                return null;
            }
            first = first * 10 + d;
        }
        int i = k + 4;
        if (text.charAt(i) == '年') {
            i++;
        }
        if (i >= n) {
            return null;
        }
        char mark = text.charAt(i);
        if (rangeMarks.get(mark) || mark == '到') {
            i++;
        } else {
            return null;
        }
        int second = parseYear(text, i);
        if (second <= first || first < 1949 || second - first > 50) {
            return null;
        }
        int end = yearEnd(text, i);
        if (monthFollows(text, end)) {
            return null;
        }
        return new int[] {first, second, end};
    }
}
