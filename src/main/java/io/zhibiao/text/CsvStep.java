package io.zhibiao.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated lines pasted into an article (a spreadsheet exported as CSV): in a block of two
 * or more lines that each hold the same number (two or more) of separating commas, with a label
 * cell and no Chinese sentence punctuation or tab, each separating comma becomes a tab and the double
 * quotes around a cell go ({@code 一般公共预算收入,万元,"123,456",5.5} → cells the table reader reads,
 * {@code 123,456} kept as one number). A comma inside a sentence, a number's thousands separator and
 * a single comma-separated line are left as they are (a comma with three digits after a digit is a thousands
 * separator even unquoted: 10,142,365). One char for one, or a quote deleted: the
 * offset map keeps every record's evidence on the original characters.
 */
final class CsvStep extends EditingStep {
    /** Fewest separating commas a line of a block holds (three cells). */
    static final int MIN_COMMAS = 2;
    /** Chinese sentence punctuation: a line holding one is prose, not a row. */
    private static final String PROSE = "，。；！？";

    CsvStep() {
        super("csv");
    }

    @Override
    void edit(String text, Edits out) {
        if (text.indexOf(',') < 0) {
            return;
        }
        List<int[]> lines = new ArrayList<>(); // start, end, commas (-1: no row)
        eachLine(text, out, (t, start, end, o) -> lines.add(new int[] {start, end, commas(t, start, end)}));
        int i = 0;
        while (i < lines.size()) {
            int k = lines.get(i)[2];
            int j = i + 1;
            while (k >= MIN_COMMAS && j < lines.size() && lines.get(j)[2] == k) {
                j++;
            }
            if (k >= MIN_COMMAS && j - i >= 2) {
                for (int x = i; x < j; x++) {
                    editRow(text, lines.get(x)[0], lines.get(x)[1], out);
                }
                i = j;
            } else {
                i++;
            }
        }
    }

    /** The separating commas of a row [s, e) (commas outside double quotes), or -1 when the line is no row. */
    static int commas(String t, int s, int e) {
        int count = 0;
        boolean quoted = false;
        boolean label = false;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted && !thousands(t, i, e)) {
                count++;
            } else if (PROSE.indexOf(c) >= 0 || c == '\t') {
                return -1;
            } else if (Character.isLetter(c) && !quoted) {
                label = true;
            }
        }
        return quoted || !label ? -1 : count;
    }

    /** A comma between digits with exactly three digits after it (10,142,365): a thousands separator, no cell's end. */
    static boolean thousands(String t, int at, int e) {
        if (at == 0 || !Character.isDigit(t.charAt(at - 1)) || at + 3 >= e + 1) {
            return false;
        }
        for (int i = at + 1; i <= at + 3; i++) {
            if (i >= e || !Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return at + 4 >= e || !Character.isDigit(t.charAt(at + 4));
    }

    private static void editRow(String t, int s, int e, Edits out) {
        boolean quoted = false;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                out.delete(i, i + 1);
            } else if (c == ',' && !quoted && !thousands(t, i, e)) {
                out.replace(i, '\t');
            }
        }
    }
}
