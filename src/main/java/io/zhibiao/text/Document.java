package io.zhibiao.text;

import io.zhibiao.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * One document as every stage sees it: the original input, the normalized text with its offset
 * map, its paragraphs and sentences, and (computed once, on first use) its words. Offsets of
 * paragraphs, sentences and tokens are into the normalized text; {@link #toOriginal} maps a range
 * back. Not thread-safe to build, safe to read once built.
 */
public final class Document {

    /**
     * A paragraph: a line of the normalized text (soft line breaks are gone by then).
     *
     * @param start       offset, inclusive
     * @param end         offset, exclusive (the newline is not included)
     * @param headingLike short and without closing punctuation: a headline, a byline, a box title
     */
    public record Paragraph(int index, int start, int end, boolean headingLike) {

        /** The paragraph of {@code text} opens with a list marker (一、 （二） 3.): a numbered section heading when heading-like. */
        public boolean numbered(String text) {
            return LineShape.afterListMarker(text, start, end) > start;
        }

    }

    /** A sentence: up to 。！？!? or the end of its paragraph (；and ; separate clauses within it). */
    public record Sentence(int index, int start, int end, int paragraph) {
    }

    private final NormalizedText normalized;
    private final List<Paragraph> paragraphs;
    private final List<Sentence> sentences;
    private final Supplier<List<Token>> tokenSource;
    private List<Token> tokens;

    public Document(NormalizedText normalized, Segmenter segmenter) {
        this.normalized = normalized;
        String text = normalized.text();
        this.paragraphs = Collections.unmodifiableList(splitParagraphs(text));
        this.sentences = Collections.unmodifiableList(splitSentences(text, paragraphs));
        this.tokenSource = segmenter == null ? List::of : () -> segmenter.segment(text);
    }

    public String original() {
        return normalized.original();
    }

    /** The normalized text. */
    public String text() {
        return normalized.text();
    }

    public NormalizedText normalized() {
        return normalized;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** Words of the normalized text, segmented on first use. */
    public List<Token> tokens() {
        if (tokens == null) {
            tokens = List.copyOf(tokenSource.get());
        }
        return tokens;
    }

    /** The original span of the normalized range {@code [start, end)}. */
    public Span toOriginal(int start, int end) {
        return normalized.toOriginal(start, end);
    }

    /** The paragraph containing {@code offset} (the last one for the end of text). */
    public Paragraph paragraphAt(int offset) {
        return paragraphs.get(indexAt(paragraphs.size(), i -> paragraphs.get(i).start(), offset));
    }

    /** The sentence containing {@code offset}. */
    public Sentence sentenceAt(int offset) {
        return sentences.get(indexAt(sentences.size(), i -> sentences.get(i).start(), offset));
    }

    private interface IntIndex {
        int start(int i);
    }

    private static int indexAt(int size, IntIndex starts, int offset) {
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts.start(mid) <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static final int HEADING_MAX = 40;

    static List<Paragraph> splitParagraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new Paragraph(out.size(), s, e, isHeadingLike(text, s, e)));
                }
                start = i + 1;
            }
        }
        if (out.isEmpty()) {
            out.add(new Paragraph(0, 0, 0, false));
        }
        return out;
    }

    private static boolean isHeadingLike(String text, int s, int e) {
        if (e - s > HEADING_MAX) {
            return false;
        }
        char last = text.charAt(e - 1);
        if ("。！？；：，、!?;:,…".indexOf(last) >= 0) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if ("。！？".indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == '"' || c == '\'' || c == '）' || c == ')' || c == '」' || c == '』';
    }

    static List<Sentence> splitSentences(String text, List<Paragraph> paragraphs) {
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            int s = p.start();
            int i = p.start();
            while (i < p.end()) {
                char c = text.charAt(i);
                i++;
                if (isSentenceEnd(c)) {
                    while (i < p.end() && (isSentenceEnd(text.charAt(i)) || isClosing(text.charAt(i)))) {
                        i++;
                    }
                    out.add(new Sentence(out.size(), s, i, p.index()));
                    s = i;
                }
            }
            if (s < p.end() || out.isEmpty() || out.get(out.size() - 1).paragraph() != p.index()) {
                out.add(new Sentence(out.size(), s, p.end(), p.index()));
            }
        }
        return out;
    }
}
