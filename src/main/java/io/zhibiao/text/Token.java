package io.zhibiao.text;

/**
 * A word from the segmenter: a hint for mention boundaries, never the boundary itself.
 *
 * @param start offset into the normalized text, inclusive
 * @param end   offset into the normalized text, exclusive
 * @param word  the word
 * @param pos   part-of-speech tag (HanLP / PKU tag set: n, v, m, q, ns, nt, w …)
 */
public record Token(int start, int end, String word, String pos) {
    public boolean isVerb() {
        return pos.startsWith("v");
    }

    public boolean isNoun() {
        return pos.startsWith("n") || pos.equals("vn") || pos.equals("gi") || pos.equals("nz");
    }

    public boolean isPunctuation() {
        return pos.startsWith("w");
    }
}
