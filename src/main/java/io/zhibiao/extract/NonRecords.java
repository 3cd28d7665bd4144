package io.zhibiao.extract;

import io.zhibiao.quantity.QuantityMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Quantities that are not figures, decided by words of {@code phrases.tsv} before the records are
 * assembled: a number whose clause goes on with an {@code attendance} phrase counts who attended or
 * spoke at an event (12个区县（开发区）代表在会上发言), which states no fact about the economy. The
 * number stays a quantity ({@code quantities} lists it); it only never becomes a record.
 */
final class NonRecords {
    /** The phrase kind that makes a count of participants. */
    static final String ATTENDANCE = "attendance";
    /** The phrase kind that makes the count right after it one of participants (应到代表162名，实到157名). */
    static final String ATTENDANCE_BEFORE = "attendance-before";
    /** The phrase kind that makes the count right after it one of participants when it counts persons (实到157名). */
    static final String ATTENDANCE_HEAD = "attendance-head";

    private NonRecords() {
    }

    /** {@code quantities} without the counts of participants ({@code quantities} is returned when none is). */
    static List<QuantityMatch> drop(String text, List<QuantityMatch> quantities, Phrases phrases) {
        List<QuantityMatch> out = null;
        for (int k = 0; k < quantities.size(); k++) {
            QuantityMatch q = quantities.get(k);
            boolean participants = countsParticipants(text, q.end(), phrases) || namesParticipants(text, q, phrases);
            if (participants && out == null) {
                out = new ArrayList<>(quantities.subList(0, k));
            }
            if (!participants && out != null) {
                out.add(q);
            }
        }
        return out == null ? quantities : out;
    }

    /** How far (chars) after a count its attendance phrase may stand: the search stays linear. */
    private static final int WINDOW = 40;

    /** Whether the clause after {@code from} holds an attendance phrase (within {@link #WINDOW} chars). */
    private static boolean countsParticipants(String text, int from, Phrases phrases) {
        int end = clauseEnd(text, from);
        for (int i = from; i < end; i++) {
            if (ATTENDANCE.equals(phrases.kindAt(text, i, end))) {
                return true;
            }
        }
        return false;
    }

    /** How far (chars) before a count its attendance word may start (应到代表162名). */
    private static final int BEFORE = 6;

    /** Whether an attendance word (phrases.tsv attendance-before) stands right before the count, in its clause. */
    private static boolean namesParticipants(String text, QuantityMatch q, Phrases phrases) {
        int at = q.start();
        boolean persons = q.end() > 0 && (text.charAt(q.end() - 1) == '名' || text.charAt(q.end() - 1) == '人');
        for (int i = Math.max(0, at - BEFORE); i < at; i++) {
            if ("，,。；;！!？?\n：:".indexOf(text.charAt(i)) >= 0) {
                continue;
            }
            String kind = phrases.kindAt(text, i, at);
            if (ATTENDANCE_BEFORE.equals(kind) || ATTENDANCE_HEAD.equals(kind) && persons) {
                boolean clauseBetween = false;
                for (int j = i; j < at; j++) {
                    clauseBetween |= "，,。；;！!？?\n".indexOf(text.charAt(j)) >= 0;
                }
                if (!clauseBetween) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int clauseEnd(String text, int from) {
        int limit = Math.min(text.length(), from + WINDOW);
        for (int i = from; i < limit; i++) {
            switch (text.charAt(i)) {
                case '，', ',', '。', '；', ';', '！', '!', '？', '?', '\n', '：', ':' -> {
                    return i;
                }
                default -> {
                }
            }
        }
        return limit;
    }
}
