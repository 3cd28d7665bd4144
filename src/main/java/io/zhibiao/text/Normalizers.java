package io.zhibiao.text;

import java.util.List;

/**
 * Factory for the standard normalizer. The steps, in order (docs/normalization.md explains why
 * this order):
 * <ol>
 *   <li>{@code line-endings}: CRLF, CR, NEL, U+2028/2029, VT, FF → LF;
 *   <li>{@code invisibles}: zero-width chars, soft hyphens, BOM, bidi and control chars removed
 *       (a space where they separated two words);
 *   <li>{@code markup}: HTML tags of a scraped page → line breaks (blocks), spaces (cells) or nothing
 *       (inline); character references (&amp;nbsp;, &amp;#20013;) → their characters;
 *   <li>{@code markdown}: a heading's hashes, a quote's &gt;, a list bullet at a line's start, paired
 *       bold/italic markers (**…**) and a link's brackets and address removed;
 *   <li>{@code width}: full-width digits, Latin letters, ％．＋－／ → half-width;
 *   <li>{@code t2s}: traditional → simplified script (only for text that has a traditional char);
 *   <li>{@code doubling}: doubled headline units and repeated runs undone, per line;
 *   <li>{@code lines}: soft line breaks of the newspaper column removed, paragraph breaks kept as
 *       one {@code '\n'};
 *   <li>{@code spaces}: spaced-out CJK text joined; spaces between Latin words and between the
 *       phrases of a headline kept as one space;
 *   <li>{@code ocr}: a scanner's misreadings in figures undone (l2.5% → 12.5%, 亿兀 → 亿元; data in
 *       {@code zhibiao/text/ocr.tsv}).
 * </ol>
 */
public final class Normalizers {
    private Normalizers() {
    }

    private static final Normalizer STANDARD = new Normalizer(List.of(
            new LineEndingStep(),
            new InvisibleCharStep(),
            new MarkupStep(),
            new MarkdownStep(),
            new CsvStep(),
            new WidthFoldStep(),
            new TraditionalToSimplifiedStep(),
            new DoublingStep(),
            new LineJoinStep(),
            new SpaceStep(),
            OcrStep.standard()));

    /** The standard chain of normalization steps (immutable, thread-safe, shared). */
    /**
     * {@code text} with traditional chars folded to simplified one for one (點 → 点), same length:
     * offsets into the result are offsets into {@code text}.
     */
    public static String foldTraditionalChars(String text) {
        return TraditionalToSimplifiedStep.foldChars(text);
    }

    public static Normalizer standard() {
        return STANDARD;
    }

    private static final TraditionalToSimplifiedStep T2S = new TraditionalToSimplifiedStep();

    /** Whether the standard chain converts script in {@code text} (it has a traditional char). */
    public static boolean convertsScript(String text) {
        return T2S.hasTraditional(text);
    }

    /** {@code text} in simplified script (the standard chain's t2s step alone): how scorers fold scripts. */
    public static String toSimplified(String text) {
        return T2S.hasTraditional(text) ? T2S.apply(text).text() : text;
    }
}
