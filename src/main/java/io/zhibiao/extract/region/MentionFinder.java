package io.zhibiao.extract.region;

import io.zhibiao.Region;
import io.zhibiao.extract.Words;
import io.zhibiao.lexicon.Gazetteer;
import io.zhibiao.lexicon.GazetteerEntry;
import io.zhibiao.lexicon.RegionWords;
import io.zhibiao.text.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the region mentions of a text: leftmost-longest over the gazetteer's surfaces and the
 * reference words, then merges a qualifier with the name it qualifies (宁波 + 江北区, 四川 + 泸州) and a
 * region with a zone word after it (重庆市 + 经开区 → 重庆经开区; 璧山 + 高新区 → 璧山区, the zone word
 * consumed).
 */
final class MentionFinder {
    private final Gazetteer gazetteer;
    /**
     * Zone words that, right after a region name, make a zone name with it (zone-word), and what follows
     * 市/区/县/省 at the start of a byline when it names an institution (institution-end: 市国资委, 区委).
     */
    private final Words words;

    MentionFinder(Gazetteer gazetteer, Words words) {
        this.gazetteer = gazetteer;
        this.words = words;
    }

    List<Mention> find(Document doc) {
        String text = doc.text();
        List<Mention> raw = scan(doc, text);
        List<Mention> merged = mergeQualified(raw, text);
        return mergeZoneWords(merged, text);
    }

    private List<Mention> scan(Document doc, String text) {
        List<Mention> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            Mention m = null;
            for (Gazetteer.Match match : gazetteer.matchesAt(text, i)) {
                if (bareUnderFullName(text, match)) {
                    continue; // 鹿城区和|龙湾区: not 和龙 (a short name) over the start of a full name
                }
                m = accept(doc, text, match, out);
                if (m != null) {
                    break;
                }
            }
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end;
            }
        }
        return out;
    }

    /**
     * A short name (for every place it may be) that a full name, with its level, starts inside and
     * runs past: the full name is meant (区和龙湾区 is 龙湾区, not 和龙).
     */
    private boolean bareUnderFullName(String text, Gazetteer.Match match) {
        if (match.isWord() || match.entries().isEmpty()) {
            return false;
        }
        for (GazetteerEntry e : match.entries()) {
            if (!e.isBare(match.surface())) {
                return false;
            }
        }
        for (int j = match.start() + 1; j < match.end(); j++) {
            for (Gazetteer.Match inner : gazetteer.matchesAt(text, j)) {
                if (!inner.isWord() && inner.end() > match.end() && !inner.entries().isEmpty()
                        && inner.entries().stream().noneMatch(e -> e.isBare(inner.surface()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Mention accept(Document doc, String text, Gazetteer.Match match, List<Mention> before) {
        if (!match.isWord() && match.word() != null) {
            // both (新区): the region only right after its parent's name, else the word
            return new Mention(match.start(), match.end(), match.surface(), match.entries(), match.word());
        }
        if (match.isWord()) {
            RegionWords.Word w = match.word();
            if (w.mode() == RegionWords.Mode.INSTITUTION && !institutionAt(doc, text, match.start(), match.end())) {
                return null;
            }
            if (w.word().length() == 1 && w.mode() != RegionWords.Mode.INSTITUTION) {
                return null;
            }
            return new Mention(match.start(), match.end(), match.surface(), List.of(), w);
        }
        return new Mention(match.start(), match.end(), match.surface(), match.entries(), null);
    }

    /** A mention that is both a region name and a word becomes the word when the name does not apply. */
    private static Mention asWord(Mention m) {
        return new Mention(m.start, m.end, m.surface, List.of(), m.word);
    }

    /** 市/区/县/省 opening a headline or byline and naming an institution (市国资委党委书记). */
    private boolean institutionAt(Document doc, String text, int start, int end) {
        Document.Paragraph p = doc.paragraphAt(start);
        if (p.start() != start || !p.headingLike()) {
            return false;
        }
        for (int len = 1; len <= 5 && end + len <= p.end(); len++) {
            String s = text.substring(end, end + len);
            if (s.indexOf('，') >= 0 || s.indexOf('、') >= 0 || s.indexOf(' ') >= 0) {
                return false;
            }
            if (words.endsWithAny("institution-end", s)) {
                return true;
            }
        }
        return false;
    }

    /** 宁波 + 江北区 → 宁波江北区 (only 330205); 四川 + 泸州 → 四川泸州; 阳泉 + 城区. */
    private List<Mention> mergeQualified(List<Mention> in, String text) {
        List<Mention> out = new ArrayList<>(in.size());
        for (Mention m : in) {
            Mention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && !prev.isWord() && !m.isWord() && prev.end == m.start) {
                List<GazetteerEntry> under = new ArrayList<>();
                for (GazetteerEntry c : m.candidates) {
                    for (GazetteerEntry q : prev.candidates) {
                        if (gazetteer.isAncestor(q, c)) {
                            under.add(c);
                            break;
                        }
                    }
                }
                if (!under.isEmpty()) {
                    Mention merged = new Mention(prev.start, m.end, text.substring(prev.start, m.end), under, null);
                    merged.qualifier = prev.surface;
                    out.set(out.size() - 1, merged);
                    continue;
                }
                if (m.word == null && m.candidates.stream().allMatch(e -> e.isBare(m.surface))) {
                    continue; // 大理古城, 北海港口: a short name glued to another place is a common noun, no place
                }
            }
            out.add(m);
        }
        // ordinary words (城区, 郊区) count only right after their parent's name
        List<Mention> kept = new ArrayList<>(out.size());
        for (Mention m : out) {
            if (!m.isWord()) {
                List<GazetteerEntry> c = new ArrayList<>(m.candidates.size());
                for (GazetteerEntry e : m.candidates) {
                    if (!e.qualifiedOnly() || m.qualifier != null) {
                        c.add(e);
                    }
                }
                if (c.isEmpty()) {
                    if (m.word != null) {
                        kept.add(asWord(m));
                    }
                    continue;
                }
                m.candidates = c; // a word too (全州) stays one: the word if the name is not supported
            }
            kept.add(m);
        }
        return kept;
    }

    /**
     * A region right before a zone word: the zone when the gazetteer knows one by that name
     * (重庆市 + 经开区 → 重庆经济技术开发区), else the region, with the zone word consumed (璧山高新区
     * is in 璧山区).
     */
    private List<Mention> mergeZoneWords(List<Mention> in, String text) {
        List<Mention> out = new ArrayList<>(in.size());
        for (Mention m : in) {
            Mention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && !prev.isWord() && m.isWord() && prev.cueEnd == m.start
                    && words.is("zone-word", m.surface)) {
                List<GazetteerEntry> zones = zonesNamed(prev, m.surface);
                Mention before = out.size() >= 2 ? out.get(out.size() - 2) : null;
                if (!zones.isEmpty()) {
                    Mention z = new Mention(prev.start, m.end, text.substring(prev.start, m.end), zones, null);
                    out.set(out.size() - 1, z);
                } else if (before != null && before.end == prev.start && isZone(before)) {
                    // 天府新区|成都直管区: a part of the zone named before it
                    before.end = m.end;
                    before.cueEnd = m.end;
                    before.surface = text.substring(before.start, m.end);
                    out.remove(out.size() - 1);
                } else {
                    prev.cueEnd = m.end;
                }
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private static boolean isZone(Mention m) {
        if (m.isWord() || m.candidates.isEmpty()) {
            return false;
        }
        for (GazetteerEntry e : m.candidates) {
            if (e.level() != Region.Level.ZONE) {
                return false;
            }
        }
        return true;
    }

    private List<GazetteerEntry> zonesNamed(Mention region, String zoneWord) {
        List<String> names = new ArrayList<>();
        names.add(region.surface + zoneWord);
        for (GazetteerEntry c : region.candidates) {
            names.add(c.name() + zoneWord);
            for (String f : c.forms()) {
                names.add(f + zoneWord);
            }
        }
        List<GazetteerEntry> out = new ArrayList<>();
        for (String n : names) {
            for (GazetteerEntry e : gazetteer.lookup(n)) {
                if (e.level() == Region.Level.ZONE && !out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
