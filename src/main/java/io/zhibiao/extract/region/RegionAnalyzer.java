package io.zhibiao.extract.region;

import io.zhibiao.DocumentContext;
import io.zhibiao.Region;
import io.zhibiao.extract.Words;
import io.zhibiao.lexicon.Gazetteer;
import io.zhibiao.lexicon.GazetteerEntry;
import io.zhibiao.text.Document;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Region understanding for one document at a time: finds the region mentions, gives them roles,
 * resolves them (ambiguity from context and date, back-references) and builds the section structure
 * that {@link RegionAnalysis#regionAt(int)} follows. Immutable and thread-safe.
 *
 * <pre>{@code
 * RegionAnalyzer analyzer = new RegionAnalyzer(Gazetteer.defaults());
 * RegionAnalysis a = analyzer.analyze(doc, DocumentContext.ofYear(2020).withDefaultRegion("重庆市"));
 * Region r = a.regionAt(offsetOfTheFigure);
 * }</pre>
 */
public final class RegionAnalyzer {
    private final Gazetteer gazetteer;
    private final MentionFinder finder;
    private final RoleRules roles;
    private final Words words;

    public RegionAnalyzer(Gazetteer gazetteer) {
        this(gazetteer, PeriodSpans.NONE);
    }

    /** With the period expressions a subject may follow at the start of its clause (春节假期全国…). */
    public RegionAnalyzer(Gazetteer gazetteer, PeriodSpans periods) {
        this(gazetteer, periods, Words.defaults());
    }

    /**
     * With the word classes of {@code words} too (zone-word, clause-opener, region-joint … of
     * {@code zhibiao/extract/words.tsv}; the other constructors use the shipped ones).
     */
    public RegionAnalyzer(Gazetteer gazetteer, PeriodSpans periods, Words words) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.words = Objects.requireNonNull(words, "words");
        this.finder = new MentionFinder(gazetteer, words);
        this.roles = new RoleRules(gazetteer.words(), Objects.requireNonNull(periods, "periods"), words);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Analyzes a document; {@code ctx} gives its date and default region (may be {@link DocumentContext#NONE}). */
    public RegionAnalysis analyze(Document doc, DocumentContext ctx) {
        Objects.requireNonNull(doc, "doc");
        DocumentContext c = ctx == null ? DocumentContext.NONE : ctx;
        List<Mention> mentions = finder.find(doc);
        // no date given: the document's own out-of-use names date it (襄阳区 → before 2010), else the data's date
        LocalDate date = c.referenceDate() != null ? c.referenceDate()
                : NameDates.infer(doc.text(), mentions, Gazetteer.DATA_DATE);
        Resolver resolver = new Resolver(gazetteer, date);

        GazetteerEntry defaultEntry = null;
        Region defaultRegion = null;
        List<GazetteerEntry> defaultCands = List.of();
        String defaultName = null;
        if (c.defaultRegion() != null && !c.defaultRegion().isBlank()) {
            defaultName = c.defaultRegion().strip();
            defaultCands = gazetteer.lookup(defaultName);
            if (defaultCands.isEmpty()) {
                defaultRegion = new Region(defaultName, null, Region.Level.UNKNOWN, defaultName);
            } else {
                defaultEntry = resolver.unique(defaultCands, defaultName);
                defaultRegion = defaultEntry != null ? defaultEntry.toRegion(defaultName) : Resolver.undecided(defaultCands, defaultName);
            }
        }

        roles.classify(doc, mentions);
        markWordCrossings(doc, mentions);
        markOrdinaryWords(mentions);
        Resolver.Anchors anchors = new Resolver.Anchors(anchors(mentions, resolver));
        if (defaultEntry == null && defaultCands.size() > 1) {
            // a default name two places share (长安区: 石家庄 and 西安): the one the document's places belong with
            defaultEntry = supported(defaultCands, mentions, resolver);
            if (defaultEntry != null) {
                defaultRegion = defaultEntry.toRegion(defaultName);
            }
        }
        // bare names supported by the document are places too, and context for the rest (徐州 … 鼓楼区)
        List<Resolver.Anchor> more = new ArrayList<>(anchors.all);
        java.util.Set<Integer> anchored = new java.util.HashSet<>();
        for (Resolver.Anchor a : anchors.all) {
            anchored.add(a.start());
        }
        for (Mention m : mentions) {
            if (!m.isWord() && m.role != Role.NAME_PART && resolve(m, resolver, anchors, defaultEntry) && m.entry != null
                    && !anchored.contains(m.start)) {
                more.add(new Resolver.Anchor(m.entry, m.start, m.paragraph, m.sentence));
            }
        }
        Resolver.Anchors all = new Resolver.Anchors(more);
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean keep = m.isWord() || resolve(m, resolver, all, defaultEntry);
            if (!keep && m.word != null) {
                // a bare name the document does not support that is also a reference word: the word
                // (全州 in a report on 西双版纳州 is the prefecture, not 全州县 of Guangxi)
                m.candidates = List.of();
                keep = true;
            }
            if (keep) {
                Demotions.demoteInPassing(m);
                kept.add(m);
            }
        }
        Demotions.demoteAfterSubject(kept);
        Namesakes.demote(doc.text(), kept, words);
        anchors = all;
        return new RegionAnalysis(doc, kept, gazetteer, resolver, anchors, defaultEntry, defaultRegion, words);
    }

    /**
     * Of several places of one name, the one the places the document names relate to most closely
     * (the same place, an ancestor or descendant, a sibling, the same province: {@link Resolver#relation});
     * null when none relates or two relate as closely.
     */
    private static GazetteerEntry supported(List<GazetteerEntry> cands, List<Mention> mentions, Resolver resolver) {
        // every name the document writes that denotes one place, names inside an institution's name
        // too (西安市长安区人力资源和社会保障局 places the document as well as a sentence would)
        List<GazetteerEntry> named = new ArrayList<>();
        for (Mention m : mentions) {
            if (!m.isWord() && !m.candidates.isEmpty()) {
                GazetteerEntry u = resolver.unique(m.candidates, m.surface);
                if (u != null) {
                    named.add(u);
                }
            }
        }
        GazetteerEntry best = null;
        int bestRel = 0;
        boolean tie = false;
        for (GazetteerEntry e : cands) {
            int rel = 0;
            for (GazetteerEntry a : named) {
                rel = Math.max(rel, resolver.relation(e, a));
            }
            if (rel > bestRel) {
                best = e;
                bestRel = rel;
                tie = false;
            } else if (rel == bestRel && rel > 0 && best != null && !sameCode(best, e)) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static boolean sameCode(GazetteerEntry a, GazetteerEntry b) {
        return a.code() != null && a.code().equals(b.code());
    }

    /**
     * Candidates that count only with support from the document: bare county and prefecture names
     * (渝北, 泸州; also 朝天 in 热火朝天, 阿里 in 阿里巴巴) and groups (主城都市区).
     */
    private static boolean weak(GazetteerEntry e, String surface) {
        return e.level() == Region.Level.GROUP
                || ((e.level() == Region.Level.COUNTY || e.level() == Region.Level.PREFECTURE) && e.isBare(surface));
    }

    /**
     * A weak candidate counts when it is valid at the document's date and the document supports it:
     * it lies in the default region's province (a name the language uses as an ordinary word, 资源 or
     * 新建: only near the default region), or a place named unambiguously is its ancestor,
     * descendant or sibling (for a group: any place of its province), or the document gives no
     * context at all.
     */
    private static boolean supported(GazetteerEntry e, Mention m, Resolver resolver, Resolver.Anchors anchors,
                                     GazetteerEntry defaultEntry) {
        if (!resolver.valid(e)) {
            return false;
        }
        if (anchors.places.isEmpty() && defaultEntry == null) {
            // no context at all: a bare prefecture name (绵阳) that is a word of its own; a bare county
            // name (永和, 安化, 新华, 朝天) is too often an ordinary word or part of one to stand alone
            return e.level() != Region.Level.COUNTY && e.level() != Region.Level.GROUP && !m.crossesWord && !m.ordinaryWord;
        }
        if (defaultEntry != null && e.sameProvince(defaultEntry) && !m.ordinaryWord) {
            return true;
        }
        if (defaultEntry != null && m.ordinaryWord && near(e, defaultEntry, resolver)) {
            return true; // 资源 (a noun) is 资源县 only beside its own places, not anywhere in 广西
        }
        for (GazetteerEntry x : anchors.places) {
            if (e.level() == Region.Level.GROUP ? resolver.relation(e, x) >= 1 : near(e, x, resolver)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks the mentions whose start or end falls inside one of HanLP's words (阿里 in 阿里巴巴, 朝天 in
     * 热火朝天): such a match is a candidate only, never a place on its own evidence. Without a
     * segmenter (no tokens) nothing is marked.
     */
    private static void markWordCrossings(Document doc, List<Mention> mentions) {
        boolean[] inside = new boolean[doc.text().length() + 1];
        for (io.zhibiao.text.Token t : doc.tokens()) {
            if (t.end() - t.start() > 1) {
                java.util.Arrays.fill(inside, t.start() + 1, Math.min(t.end(), inside.length), true);
            }
        }
        for (Mention m : mentions) {
            m.crossesWord = inside[m.start] || m.end < inside.length && inside[m.end];
        }
    }

    /**
     * Marks the bare names that the language uses as ordinary words (资源, 新建, 日照, 合作: HanLP's core
     * dictionary gives them a leading nature that is no place, words.tsv place-nature): such a name
     * is a place only beside its own places (its parent, a sibling, a descendant), not merely
     * anywhere in the default region's province.
     */
    private void markOrdinaryWords(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.isWord() || m.qualifier != null || m.candidates.stream().noneMatch(e -> e.isBare(m.surface))) {
                continue;
            }
            String nature = io.zhibiao.text.HanlpSegmenter.leadingNature(m.surface);
            m.ordinaryWord = nature != null && !words.is("place-nature", nature);
        }
    }

    /** The places named unambiguously (and not as part of another name): the context for the others. */
    private static List<Resolver.Anchor> anchors(List<Mention> mentions, Resolver resolver) {
        List<Resolver.Anchor> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.isWord() || m.role == Role.NAME_PART) {
                continue;
            }
            List<GazetteerEntry> strong = new ArrayList<>();
            for (GazetteerEntry e : m.candidates) {
                if (!weak(e, m.surface)) {
                    strong.add(e);
                }
            }
            if (strong.isEmpty()) {
                continue;
            }
            GazetteerEntry u = resolver.unique(strong, m.surface);
            if (u != null && (strong.size() == m.candidates.size() || m.qualifier != null)) {
                out.add(new Resolver.Anchor(u, m.start, m.paragraph, m.sentence));
            }
        }
        return out;
    }

    /** The same place, its parent, a sibling or a descendant (not merely a place in the same province). */
    private static boolean near(GazetteerEntry e, GazetteerEntry x, Resolver resolver) {
        int rel = resolver.relation(e, x);
        if (rel == 4 || rel == 2) {
            return true;
        }
        return rel == 3 && ((e.parent() != null && e.parent().equals(x.code())) || !isAbove(e, x, resolver));
    }

    /** True when {@code x} is above {@code e} (an ancestor), false when below. */
    private static boolean isAbove(GazetteerEntry e, GazetteerEntry x, Resolver resolver) {
        return resolver.isAncestor(x, e);
    }

    /** Resolves a name mention; false when it is dropped (a bare county name far from the document's places). */
    private static boolean resolve(Mention m, Resolver resolver, Resolver.Anchors anchors,
                                   GazetteerEntry defaultEntry) {
        List<GazetteerEntry> cands = new ArrayList<>(m.candidates.size());
        for (GazetteerEntry e : m.candidates) {
            if (weak(e, m.surface) && m.qualifier == null
                    && (m.crossesWord || !supported(e, m, resolver, anchors, defaultEntry))) {
                continue;
            }
            if (m.surface.length() == 2 && m.crossesWord && m.qualifier == null) {
                continue; // 州政府和县委: 和县 of Anhui ends inside 县委 (a two-char name across words is no place)
            }
            cands.add(e);
        }
        if (cands.isEmpty()) {
            return false;
        }
        List<GazetteerEntry> best = resolver.best(cands, m.surface, m, anchors, defaultEntry);
        if (best.size() == 1) {
            m.entry = best.get(0);
            m.region = m.entry.toRegion(m.surface);
        } else {
            m.region = Resolver.undecided(best, m.surface);
        }
        return true;
    }
}
