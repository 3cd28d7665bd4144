package io.zhibiao.extract.region;

import io.zhibiao.text.Document;
import io.zhibiao.text.NormalizedText;
import io.zhibiao.text.Normalizers;

/**
 * Test-only stand-in for the layout normalizer while it is not on this branch: joins the soft line
 * breaks of the seeds (a line break inside a paragraph, a blank line inside a word), keeps paragraph
 * breaks (a blank line after a finished sentence, a line opening with a space or ▶, a headline), and
 * closes up characters spread apart (分 别 增 长). When {@link Normalizers#standard()} already undoes
 * line breaks, the text is left to it.
 */
final class SeedText {
    private SeedText() {
    }

    /** True when the standard normalizer joins soft line breaks (then tests use it as is). */
    static boolean normalizerJoinsLines() {
        return !Normalizers.standard().normalize("增长\n4.7%，江北\n区").text().contains("\n");
    }

    /** The seed as a document: the standard normalizer, preceded by this pre-clean when needed. */
    static Document document(String raw) {
        if (normalizerJoinsLines()) {
            return new Document(Normalizers.standard().normalize(raw), null);
        }
        return new Document(NormalizedText.identity(preClean(raw)), null);
    }

    static String preClean(String raw) {
        String[] lines = raw.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder(raw.length());
        StringBuilder para = new StringBuilder();   // the paragraph built so far
        boolean blank = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blank = para.length() > 0;
                continue;
            }
            String l = line.strip();
            boolean opens = line.startsWith(" ") || line.startsWith("\u3000") || l.startsWith("▶");
            boolean join;
            if (para.length() == 0 || opens) {
                join = false;
            } else if (!blank) {
                join = true;
            } else {
                String p = para.toString();
                join = !endsSentence(p) && ((!headingLike(p) && !headingLike(l)) || startsMidSentence(l));
            }
            if (!join && para.length() > 0) {
                out.append(para).append('\n');
                para.setLength(0);
            }
            para.append(l);
            blank = false;
        }
        out.append(para);
        return closeUp(out.toString());
    }

    /** 交融。春夏之交… : a sentence end within the first characters. */
    private static boolean startsMidSentence(String l) {
        for (int k = 1; k < Math.min(l.length(), 5); k++) {
            if ("。！？；".indexOf(l.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String s) {
        return "。！？；…”\"".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static boolean headingLike(String s) {
        if (s.length() > 40 || "。！？；：，、!?;:,…".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return false;
        }
        return s.indexOf('。') < 0 && s.indexOf('！') < 0 && s.indexOf('？') < 0;
    }

    /** 分 别 增 长 → 分别增长 (a space between two CJK characters next to another such space). */
    private static String closeUp(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < s.length() && cjk(s.charAt(i - 1)) && cjk(s.charAt(i + 1))
                    && ((i + 2 < s.length() && s.charAt(i + 2) == ' ') || (i >= 2 && s.charAt(i - 2) == ' '))) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean cjk(char c) {
        return c >= '\u3400' && c <= '\u9fff';
    }
}
