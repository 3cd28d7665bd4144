package io.zhibiao.extract.region;

import io.zhibiao.extract.Words;
import io.zhibiao.text.Document;
import java.util.List;

/** Where sentences, clauses and a paragraph's first figure are: small text measures the region rules use. */
final class Geometry {
    private Geometry() {
    }

    /** The end of the sentence after {@code first} in the same paragraph, else the end of {@code first}. */
    static int secondSentenceEnd(Document doc, Document.Sentence first) {
        List<Document.Sentence> ss = doc.sentences();
        int i = first.index() + 1;
        return i < ss.size() && ss.get(i).paragraph() == first.paragraph() ? ss.get(i).end() : first.end();
    }

    /**
     * Offset of the first figure of a paragraph (digits that are no date: not 2021年, 6月, 18日: words.tsv
     * class date-unit), or its end.
     */
    static int firstDigit(Document doc, Document.Paragraph p, Words words) {
        String text = doc.text();
        java.util.BitSet dateUnits = words.chars("date-unit");
        int i = p.start();
        while (i < p.end()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < p.end() && (isDigit(text.charAt(j)) || text.charAt(j) == '-')) {
                j++;
            }
            if (j >= p.end() || !dateUnits.get(text.charAt(j))) {
                return i;
            }
            i = j + 1;
        }
        return p.end();
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** True when no clause break (，；。：, line end) stands between {@code from} and {@code to}. */
    static boolean sameClause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '，' || c == '；' || c == '。' || c == '\n' || c == '：' || c == ',' || c == ';') {
                return false;
            }
        }
        return true;
    }
}
