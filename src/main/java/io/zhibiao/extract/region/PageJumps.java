package io.zhibiao.extract.region;

import io.zhibiao.text.Document;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Page jumps. A newspaper page breaks stories off mid-sentence (二、渝贵高铁效应推动文商旅高) and
 * continues them after other stories (速增长。丰富文体旅活动…); in the extracted text the continuation
 * stands in the wrong section. This finds break-offs and continuations and pairs them in order
 * (first broken off, first continued), so that a continuation takes the section of its story.
 *
 * <ul>
 *   <li>A <b>break-off</b> is a paragraph that does not close its sentence (no 。！？；… at its end), is
 *       running text or a numbered item (二、…), and is followed by a headline, a continuation or the end.</li>
 *   <li>A <b>continuation</b> starts a paragraph that begins mid-sentence: a sentence end within its
 *       first characters (速增长。, 进。), a closing quote before any opening one (向招引”…), or plain text
 *       right after a numbered item (三、… then 驾环线获评…).</li>
 *   <li>A <b>hidden jump</b>: when the layout step has glued a break-off to the continuation after it
 *       (三、服务国家重大战略加速推速增长。丰富…), the numbering gives it away: the next paragraph is an item
 *       numbered no higher than the glued one (三、 after 三、), so the glued paragraph breaks off after
 *       its first sentence and the rest continues another story.</li>
 * </ul>
 * A continuation runs up to the next headline, section start or continuation. A continuation that
 * stands before its break-off (printed in an earlier column) is paired only within 15 paragraphs.
 */
final class PageJumps {

    /** Text placed by a jump: {@code [start, end)} takes the section in effect at the end of paragraph {@code from}. */
    record Block(int start, int end, int from, boolean fromStart) {
    }

    private static final String SENTENCE_FINAL = "。！？；…”」』）)!?.：:";
    private static final String NUMERALS = "一二三四五六七八九十";
    /** How many paragraphs before its break-off a continuation may stand. */
    private static final int MAX_BACKWARD = 15;

    private final Document doc;
    private final String text;
    private final boolean[] opened;
    private final boolean[] byline;

    PageJumps(Document doc, boolean[] opened, boolean[] byline) {
        this.doc = doc;
        this.text = doc.text();
        this.opened = opened;
        this.byline = byline;
    }

    /** An event in text order: a break-off of paragraph {@code para} or a continuation starting at {@code offset}. */
    private record Event(int offset, boolean breakOff, int para, boolean atStart) {
    }

    List<Block> find() {
        List<Document.Paragraph> ps = doc.paragraphs();
        int n = ps.size();
        boolean[] cont = new boolean[n];
        for (int i = 0; i < n; i++) {
            cont[i] = startsMidSentence(ps, i);
        }
        List<Event> events = new ArrayList<>();
        int lastNumber = -1;
        for (int i = 0; i < n; i++) {
            Document.Paragraph p = ps.get(i);
            int number = listNumber(p.start());
            if ((p.headingLike() && number < 0) || opened[i]) {
                lastNumber = -1;
            }
            if (cont[i]) {
                events.add(new Event(p.start(), false, i, true));
                lastNumber = number;
            } else if (number > 0) {
                if (lastNumber >= number && i > 0 && listNumber(ps.get(i - 1).start()) > 0 && !cont[i - 1]) {
                    Document.Paragraph glued = ps.get(i - 1);
                    int cut = firstSentenceEnd(glued);
                    if (cut > glued.start() && cut < glued.end()) {
                        events.add(new Event(cut, true, i - 1, true));
                        events.add(new Event(cut, false, i - 1, false));
                    }
                }
                lastNumber = number;
            }
            boolean jump = i == n - 1 || (ps.get(i + 1).headingLike() && listNumber(ps.get(i + 1).start()) < 0)
                    || cont[i + 1];
            if (jump && breaksOff(p)) {
                events.add(new Event(p.end(), true, i, false));
            }
        }
        events.sort((a, b) -> a.offset != b.offset ? Integer.compare(a.offset, b.offset)
                : Boolean.compare(!a.breakOff, !b.breakOff));
        ArrayDeque<Event> brokeOff = new ArrayDeque<>();
        ArrayDeque<Event> waiting = new ArrayDeque<>();
        List<int[]> pairs = new ArrayList<>();  // {continuation offset, its paragraph, break-off paragraph, fromStart}
        for (Event e : events) {
            if (e.breakOff) {
                // a continuation printed before its story (on an earlier column) is looked for nearby only
                while (!waiting.isEmpty() && e.para - waiting.peek().para > MAX_BACKWARD) {
                    waiting.poll();
                }
                if (!waiting.isEmpty()) {
                    Event c = waiting.poll();
                    pairs.add(new int[] {c.offset, c.para, e.para, e.atStart ? 1 : 0});
                } else {
                    brokeOff.add(e);
                }
            } else if (!brokeOff.isEmpty()) {
                Event b = brokeOff.poll();
                pairs.add(new int[] {e.offset, e.para, b.para, b.atStart ? 1 : 0});
            } else {
                waiting.add(e);
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (int[] pr : pairs) {
            int start = pr[0];
            int end = text.length();
            for (int j = pr[1] + 1; j < n; j++) {
                Document.Paragraph q = ps.get(j);
                if ((q.headingLike() && listNumber(q.start()) < 0) || cont[j] || opened[j] || byline[j - 1]
                        || startsBlock(pairs, q.start(), start)) {
                    end = q.start();
                    break;
                }
            }
            blocks.add(new Block(start, end, pr[2], pr[3] == 1));
        }
        blocks.sort((a, b) -> Integer.compare(a.start, b.start));
        return blocks;
    }

    private static boolean startsBlock(List<int[]> pairs, int offset, int except) {
        for (int[] p : pairs) {
            if (p[0] == offset && offset != except) {
                return true;
            }
        }
        return false;
    }

    private boolean breaksOff(Document.Paragraph p) {
        if (byline[p.index()] || p.end() - p.start() < 8) {
            return false;
        }
        if (SENTENCE_FINAL.indexOf(text.charAt(p.end() - 1)) >= 0) {
            return false;
        }
        return !p.headingLike() || listNumber(p.start()) > 0;
    }

    private boolean startsMidSentence(List<Document.Paragraph> ps, int i) {
        Document.Paragraph p = ps.get(i);
        if (p.headingLike() || opened[i] || p.end() - p.start() < 8) {
            return false;
        }
        int s = p.start();
        for (int k = s + 1; k < Math.min(p.end(), s + 6); k++) {
            if ("。！？；".indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        if ("”’」』）)，、。".indexOf(text.charAt(s)) >= 0) {
            return true;
        }
        for (int k = s; k < Math.min(p.end(), s + 12); k++) {
            char c = text.charAt(k);
            if (c == '“') {
                break;
            }
            if (c == '”') {
                return true;
            }
        }
        return i > 0 && listNumber(ps.get(i - 1).start()) > 0 && listNumber(s) < 0;
    }

    private int firstSentenceEnd(Document.Paragraph p) {
        for (int k = p.start(); k < p.end(); k++) {
            if ("。！？；".indexOf(text.charAt(k)) >= 0) {
                return k + 1;
            }
        }
        return p.end();
    }

    /** The number of a 一、…十九、 item starting at {@code at}, or -1. */
    int listNumber(int at) {
        int i = at;
        while (i < text.length() && i - at < 3 && NUMERALS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == at || i >= text.length() || text.charAt(i) != '、') {
            return -1;
        }
        String s = text.substring(at, i);
        int tens = s.indexOf('十');
        if (tens < 0) {
            return s.length() == 1 ? NUMERALS.indexOf(s.charAt(0)) + 1 : -1;
        }
        int hi = tens == 0 ? 1 : NUMERALS.indexOf(s.charAt(0)) + 1;
        int lo = tens == s.length() - 1 ? 0 : NUMERALS.indexOf(s.charAt(tens + 1)) + 1;
        return hi * 10 + lo;
    }
}
