package io.zhibiao.text;

import io.zhibiao.lexicon.TsvReader;
import java.util.List;

/**
 * Undoes what a scanner's text recognition misreads in figures ({@code zhibiao/text/ocr.tsv}): a letter
 * inside a run of digits (l2.5% → 12.5%, 2O19 → 2019) and a unit char right after a figure (亿兀 → 亿元,
 * 3曰 → 3日). A run counts only when it holds a real digit and touches no other ASCII letter, so words
 * (OLED, Oil, IPO) stay as written. One char for one: offsets map one to one.
 */
final class OcrStep extends EditingStep {
    static final String RESOURCE = "zhibiao/text/ocr.tsv";
    private static final String MAGNITUDES = "十百千万亿";

    private final char[] digit = new char[128];
    private final java.util.Map<Character, Character> unit = new java.util.HashMap<>();

    private static final class Holder {
        static final OcrStep DEFAULT = new OcrStep(TsvReader.readResource(RESOURCE));
    }

    static OcrStep standard() {
        return Holder.DEFAULT;
    }

    OcrStep(List<TsvReader.Row> rows) {
        super("ocr");
        for (TsvReader.Row r : rows) {
            String ctx = r.require("context");
            String read = r.require("read");
            String meant = r.require("meant");
            if (read.length() != 1 || meant.length() != 1) {
                throw r.error("one char for one: '" + read + "' → '" + meant + "'");
            }
            switch (ctx) {
                case "digit" -> {
                    if (read.charAt(0) >= 128 || !Character.isLetter(read.charAt(0))) {
                        throw r.error("a digit confusion reads an ASCII letter: '" + read + "'");
                    }
                    digit[read.charAt(0)] = meant.charAt(0);
                }
                case "unit" -> unit.put(read.charAt(0), meant.charAt(0));
                default -> throw r.error("context is digit or unit: '" + ctx + "'");
            }
        }
    }

    private boolean confusable(char c) {
        return c < 128 && digit[c] != 0;
    }

    @Override
    void edit(String text, Edits out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!(isDigit(c) || confusable(c))) {
                Character u = unit.get(c);
                if (u != null && afterFigure(text, i)) {
                    out.replace(i, i + 1, String.valueOf(u));
                }
                i++;
                continue;
            }
            int start = i;
            boolean real = false;
            boolean letters = false;
            while (i < n && (isDigit(text.charAt(i)) || confusable(text.charAt(i))
                    || (text.charAt(i) == '.' && i + 1 < n && (isDigit(text.charAt(i + 1)) || confusable(text.charAt(i + 1)))))) {
                real |= isDigit(text.charAt(i));
                letters |= confusable(text.charAt(i));
                i++;
            }
            boolean alone = (start == 0 || !isAsciiLetter(text.charAt(start - 1))) && (i == n || !isAsciiLetter(text.charAt(i)));
            if (real && letters && alone) {
                for (int k = start; k < i; k++) {
                    char ch = text.charAt(k);
                    if (confusable(ch)) {
                        out.replace(k, k + 1, String.valueOf(digit[ch]));
                    }
                }
            }
        }
    }

    /** Right after a digit, or after a magnitude that follows a numeral (86.3亿兀, 五十万兀; not 亿兀 alone). */
    private static boolean afterFigure(String text, int i) {
        if (i == 0) {
            return false;
        }
        char p = text.charAt(i - 1);
        if (isDigit(p)) {
            return true;
        }
        return MAGNITUDES.indexOf(p) >= 0 && i >= 2 && (isDigit(text.charAt(i - 2)) || NUMERALS.indexOf(text.charAt(i - 2)) >= 0);
    }

    private static final String NUMERALS = "〇零一二两三四五六七八九十百千万";

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
