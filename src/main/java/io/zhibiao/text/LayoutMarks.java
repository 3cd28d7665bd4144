package io.zhibiao.text;

import io.zhibiao.lexicon.TsvReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout marks of {@code zhibiao/text/layout.tsv}: box-item markers (▶) and photo credits
 * (摄/NAME, (X供图)), and the line-shape tests built on them and on {@link Chars}.
 */
final class LayoutMarks {
    static final String RESOURCE = "zhibiao/text/layout.tsv";

    /** Longest tail after a credit prefix that still reads as a name. */
    static final int MAX_CREDIT_NAME = 12;

    private final boolean[] markers = new boolean[Character.MAX_VALUE + 1];
    private final List<String> creditPrefixes = new ArrayList<>();
    private final List<String> creditSuffixes = new ArrayList<>();
    private final List<String> headingBrackets = new ArrayList<>();

    private static final class Holder {
        static final LayoutMarks DEFAULT = load(TsvReader.readResource(RESOURCE));
    }

    /** The marks shipped with zhibiao. */
    static LayoutMarks standard() {
        return Holder.DEFAULT;
    }

    static LayoutMarks load(List<TsvReader.Row> rows) {
        LayoutMarks m = new LayoutMarks();
        for (TsvReader.Row r : rows) {
            String kind = r.require("kind");
            String value = r.require("value");
            switch (kind) {
                case "marker" -> {
                    if (value.length() != 1 || Character.isSurrogate(value.charAt(0))) {
                        throw r.error("a marker is one BMP char: '" + value + "'");
                    }
                    m.markers[value.charAt(0)] = true;
                }
                case "credit-prefix" -> m.creditPrefixes.add(value);
                case "credit-suffix" -> m.creditSuffixes.add(value);
                case "heading-bracket" -> {
                    if (value.length() != 2) {
                        throw r.error("a heading bracket is an opening and a closing char: '" + value + "'");
                    }
                    m.headingBrackets.add(value);
                }
                default -> throw r.error("unknown kind '" + kind + "' (marker, credit-prefix, credit-suffix, heading-bracket)");
            }
        }
        return m;
    }

    boolean isMarker(char c) {
        return markers[c];
    }

    /**
     * True if {@code text[s, e)} ends with a photo or picture credit: a credit prefix followed by a
     * short name without sentence punctuation ({@code 摄/曾清龙}), or a credit suffix after a space
     * or inside brackets ({@code 张三 摄}, {@code (巴南区融媒体中心供图)}).
     */
    boolean endsWithCredit(String text, int s, int e) {
        for (String p : creditPrefixes) {
            int from = Math.max(s, e - MAX_CREDIT_NAME - p.length());
            int at = lastIndexOf(text, p, from, e);
            if (at >= 0 && at + p.length() < e && !hasSentencePunct(text, at + p.length(), e)) {
                return true;
            }
        }
        int end = e;
        while (end > s && Chars.isClosing(text.charAt(end - 1))) {
            end--;
        }
        boolean bracketed = end < e;
        for (String suffix : creditSuffixes) {
            int at = end - suffix.length();
            if (at > s && text.startsWith(suffix, at)
                    && (bracketed || Chars.isSpace(text.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if {@code text[s, e)} is one bracketed label and nothing else ({@code 【总量：GDP迈上新台阶】}): a
     * section heading of a post or bulletin, whatever punctuation it holds.
     */
    boolean isBracketHeading(String text, int s, int e) {
        for (String b : headingBrackets) {
            if (e - s > 2 && text.charAt(s) == b.charAt(0) && text.charAt(e - 1) == b.charAt(1)
                    && text.indexOf(b.charAt(1), s + 1) == e - 1) {
                return true;
            }
        }
        return false;
    }

    /** The last occurrence of {@code p} inside {@code text[from, to)}; bounded, never scans before {@code from}. */
    private static int lastIndexOf(String text, String p, int from, int to) {
        char first = p.charAt(0);
        for (int at = to - p.length(); at >= from; at--) {
            if (text.charAt(at) == first && text.startsWith(p, at)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean hasSentencePunct(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Chars.isSentencePunct(c) || c == '、' || c == '：') {
                return true;
            }
        }
        return false;
    }
}
