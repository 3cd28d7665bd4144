package io.zhibiao.text;

import io.zhibiao.lexicon.TsvReader;
import java.util.List;

/**
 * Folds full-width ASCII to half-width, char for char, as the table {@code zhibiao/text/width.tsv}
 * says: digits, Latin letters, ％．＋－／ (１２．３％ → 12.3%). Chinese punctuation (，。、；：（）“”！？)
 * is not in the table and stays as it is, except a full-width comma between two full-width digits
 * (４，５６５), which is a thousands separator. One-to-one, so the map needs no extra segment.
 */
final class WidthFoldStep extends EditingStep {
    static final String RESOURCE = "zhibiao/text/width.tsv";

    private final char[] table; // table[c] != 0: c folds to table[c]

    WidthFoldStep() {
        this(Holder.TABLE);
    }

    WidthFoldStep(char[] table) {
        super("width");
        this.table = table;
    }

    private static final class Holder {
        static final char[] TABLE = load(TsvReader.readResource(RESOURCE));
    }

    static char[] load(List<TsvReader.Row> rows) {
        char[] t = new char[Character.MAX_VALUE + 1];
        for (TsvReader.Row r : rows) {
            String from = r.require("from");
            String to = r.require("to");
            if (from.length() != 1 || to.length() != 1) {
                throw r.error("width folding maps one BMP char to one: '" + from + "' -> '" + to + "'");
            }
            if (t[from.charAt(0)] != 0) {
                throw r.error("duplicate entry for '" + from + "'");
            }
            t[from.charAt(0)] = to.charAt(0);
        }
        return t;
    }

    @Override
    void edit(String text, Edits out) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char f = table[c];
            if (f != 0) {
                out.replace(i, f);
            } else if (c == '，' && isFullWidthDigit(text, i - 1) && isFullWidthDigit(text, i + 1)) {
                out.replace(i, ','); // ４，５６５: a thousands separator inside a full-width number
            }
        }
    }

    private static boolean isFullWidthDigit(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '０' && text.charAt(i) <= '９';
    }
}
