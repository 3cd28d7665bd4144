package io.zhibiao.extract;

import io.zhibiao.text.Document;
import io.zhibiao.text.Segmenter;
import io.zhibiao.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The words of the short pieces the record readers look into (a metric phrase, a list item, a
 * subject): one segmentation per document. A piece that stands in its sentence as a run of the
 * document's own words (it starts where a word starts and ends where a word ends) gets those words
 * and their parts of speech, read off the document's tokens; only a piece the readers composed
 * (two pieces joined, a head added) or one that cuts a word is segmented alone, and remembered.
 * One per document.
 */
final class PieceWords {
    /** Sentences longer than this are not searched (a piece is then segmented alone): keeps the lookup linear. */
    static final int MAX_SENTENCE = 1000;

    /** Pieces segmented alone, kept across documents (metric phrases recur) until there are this many. */
    static final int ALONE_MAX = 20_000;

    private final DocumentView view;
    private final Segmenter segmenter;
    private final Map<String, List<Token>> alone;

    /**
     * @param alone the pieces segmented alone so far, shared by the documents of one assembler
     *              (thread-safe); emptied when it reaches {@link #ALONE_MAX}
     */
    PieceWords(DocumentView view, Segmenter segmenter, Map<String, List<Token>> alone) {
        this.view = view;
        this.segmenter = segmenter;
        this.alone = alone;
    }

    /** The words of pieces of {@code sentence}. */
    Segmenter in(Document.Sentence sentence) {
        if (sentence.end() - sentence.start() > MAX_SENTENCE) {
            return this::alone;
        }
        String words = view.text().substring(sentence.start(), sentence.end());
        return piece -> {
            List<Token> run = run(piece, words, sentence.start());
            return run != null ? run : alone(piece);
        };
    }

    private List<Token> alone(String piece) {
        List<Token> ts = alone.get(piece);
        if (ts == null) {
            ts = List.copyOf(segmenter.segment(piece));
            if (alone.size() >= ALONE_MAX) {
                alone.clear();
            }
            alone.put(piece, ts);
        }
        return ts;
    }

    /**
     * The document's words that make up the first whole-word occurrence of {@code piece} in the
     * sentence {@code sentence} (which starts at {@code from} in the text), rebased to 0, or null.
     */
    private List<Token> run(String piece, String sentence, int from) {
        if (piece.isEmpty()) {
            return null;
        }
        List<Token> tokens = view.tokens();
        for (int i = sentence.indexOf(piece); i >= 0; i = sentence.indexOf(piece, i + 1)) {
            int at = from + i;
            int k = view.tokenIndexFrom(at);
            if (k >= tokens.size() || tokens.get(k).start() != at) {
                continue;
            }
            int end = at + piece.length();
            int pos = at;
            int j = k;
            while (j < tokens.size() && tokens.get(j).start() == pos && tokens.get(j).end() <= end) {
                pos = tokens.get(j).end();
                j++;
            }
            if (pos != end) {
                continue;
            }
            List<Token> out = new ArrayList<>(j - k);
            for (int m = k; m < j; m++) {
                Token t = tokens.get(m);
                out.add(new Token(t.start() - at, t.end() - at, t.word(), t.pos()));
            }
            return out;
        }
        return null;
    }
}
