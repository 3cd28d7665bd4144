package io.zhibiao.extract;

import io.zhibiao.Indicator;
import io.zhibiao.Metric;
import io.zhibiao.Period;
import io.zhibiao.text.Document;
import io.zhibiao.text.NormalizedText;
import io.zhibiao.text.OffsetMap;
import io.zhibiao.text.Normalizers;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives finished records their words as the original writes them (annotation.md, 2; the
 * 2026-12-06 clarification on 繁體). Stages read the normalized text (simplified script, half-width
 * digits, layout noise undone); this stage maps what a record quotes back through the
 * {@link OffsetMap}:
 * <ul>
 *   <li>{@code evidence}: every piece of the normalized clause is replaced by the original chars it
 *       came from, so evidence is the original at {@code [start, end)} with only the whitespace and
 *       invisible chars the normalizer dropped left out (soft line breaks, spaced-out letters);
 *   <li>{@code metric}, {@code subject}, {@code period}, {@code basis}: each is located in the
 *       normalized text as one piece, or as the fewest pieces it was composed of (shared heads
 *       distributed: 国家高新技术企业 + 数量), nearest the record first; each Han char of a piece that
 *       maps one-to-one to a different Han char of the original (a t2s conversion) takes the
 *       original's char back. Words the assembler added (not in the text) stay as they are.
 * </ul>
 * Regions stay canonical (simplified) names; {@code metricId} was looked up on the normalized
 * metric, so it joins across scripts. Stateless, thread-safe.
 */
final class AsWritten {
    /** How far before a record its words are looked for (normalized chars): carried metrics come from earlier sentences. */
    static final int WINDOW_BEFORE = 4000;
    static final int WINDOW_AFTER = 200;

    private AsWritten() {
    }

    static List<Indicator> restore(Document doc, List<Indicator> records) {
        NormalizedText nt = doc.normalized();
        if (records.isEmpty() || nt.original().equals(nt.text())) {
            return records;
        }
        boolean script = Normalizers.convertsScript(nt.original());
        String text = nt.text();
        List<Indicator> out = new ArrayList<>(records.size());
        for (Indicator r : records) {
            int rs = nt.fromOriginal(r.span().start());
            int re = Math.max(rs, nt.fromOriginal(r.span().end()));
            int ns = text.indexOf(r.evidence(), rs);
            String evidence = r.evidence();
            if (ns >= 0 && ns <= re) {
                evidence = evidence(nt, ns, ns + evidence.length());
            }
            if (!script) {
                out.add(r.withWords(r.metric(), r.subject(), r.period(), r.basis(), evidence));
                continue;
            }
            Metric m = r.metric();
            Metric metric = new Metric(m.id(), m.name(), field(nt, m.mention(), rs, re), m.modifiers());
            Period p = r.period() == null ? null : r.period().withText(field(nt, r.period().text(), rs, re));
            out.add(r.withWords(metric, field(nt, r.subject(), rs, re), p, field(nt, r.basis(), rs, re), evidence));
        }
        return out;
    }

    /** The original chars of normalized {@code [start, end)}, less the whitespace the normalizer dropped. */
    static String evidence(NormalizedText nt, int start, int end) {
        String original = nt.original();
        OffsetMap map = nt.map();
        StringBuilder sb = new StringBuilder(end - start + 8);
        int last = -1; // original chars before this one are written
        for (int i = start; i < end; i++) {
            int s = map.toSourceStart(i);
            int e = map.toSourceEnd(i + 1);
            if (last >= 0 && s > last && !noise(original, last, s)) {
                sb.append(original, last, s); // chars the normalizer deleted that are not layout noise (doubled runs)
            }
            int from = Math.max(s, last);
            if (e > from) {
                sb.append(original, from, e);
                last = e;
            } else if (last < 0) {
                last = e;
            }
        }
        return sb.toString();
    }

    private static boolean noise(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                    || Character.isISOControl(c))) {
                return false;
            }
        }
        return true;
    }

    /** A field's words in the original's script: its pieces located near the record and mapped back. */
    static String field(NormalizedText nt, String value, int rs, int re) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String text = nt.text();
        int lo = Math.max(0, rs - WINDOW_BEFORE);
        int hi = Math.min(text.length(), re + WINDOW_AFTER);
        StringBuilder sb = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            int len = value.length() - i;
            int at = -1;
            for (; len > 0; len--) {
                at = locate(text, value.substring(i, i + len), lo, hi, rs, re);
                if (at >= 0) {
                    break;
                }
            }
            if (at < 0) {
                sb.append(value.charAt(i)); // not from the text: as the assembler wrote it
                i++;
                continue;
            }
            appendScript(nt, at, at + len, sb);
            i += len;
        }
        return sb.toString();
    }

    /** Where {@code piece} stands: in the record's clause, else the nearest before it, else after it, in the window. */
    private static int locate(String text, String piece, int lo, int hi, int rs, int re) {
        int at = text.indexOf(piece, rs);
        if (at >= 0 && at + piece.length() <= re) {
            return at;
        }
        int before = text.lastIndexOf(piece, rs - 1);
        if (before >= lo) {
            return before;
        }
        return at >= 0 && at + piece.length() <= hi ? at : -1;
    }

    /** Appends normalized {@code [start, end)}, each Han char converted from a different original Han char taken back. */
    private static void appendScript(NormalizedText nt, int start, int end, StringBuilder sb) {
        String text = nt.text();
        String original = nt.original();
        OffsetMap map = nt.map();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int s = map.toSourceStart(i);
            int e = map.toSourceEnd(i + 1);
            if (e - s == 1 && original.charAt(s) != c && han(c) && han(original.charAt(s))) {
                sb.append(original.charAt(s));
            } else {
                sb.append(c);
            }
        }
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
