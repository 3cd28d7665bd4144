package io.zhibiao.extract.region;

import io.zhibiao.Region;
import io.zhibiao.extract.Words;
import io.zhibiao.lexicon.Gazetteer;
import io.zhibiao.lexicon.GazetteerEntry;
import io.zhibiao.lexicon.RegionKind;
import io.zhibiao.lexicon.RegionWords;
import io.zhibiao.text.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The regions of one document: its mentions (in text order, each with a role and a resolved
 * region), its sections, and the region a figure at any offset is about. Immutable once built.
 *
 * <p>Sections (docs/annotation.md 3.1): a headline or byline that names a region starts a section
 * about it (渝北 产业五“千亿”, 九龙坡区委书记 覃昌德, 市国资委党委书记 → the city); so does a paragraph whose
 * first sentence opens with a region (上半年，永川区…); a reporter's unit line (巴南区融媒体中心 伍凤秋) ends
 * one. A headline without a region changes nothing.
 */
public final class RegionAnalysis {
    private final Document doc;
    private final List<Mention> mentions;
    private final List<RegionMention> publicMentions;
    private final Gazetteer gazetteer;
    private final Resolver resolver;
    private final Resolver.Anchors anchors;
    private final GazetteerEntry defaultEntry;
    private final Region defaultRegion;
    /** The sections, paragraph by paragraph, and the text page jumps placed elsewhere. */
    private final SectionTable sections;
    private final int[] mentionEnds;
    /** For each mention in a list of subjects (江北区、渝北区…): the list from its head up to it. */
    private final SubjectLists lists;
    private final DocumentGeography geography;
    /** Subjects of sentences that name places side by side: they speak in their own sentence only. */
    private final boolean[] breakdown;
    private final Words words;

    RegionAnalysis(Document doc, List<Mention> mentions, Gazetteer gazetteer, Resolver resolver,
                   Resolver.Anchors anchors, GazetteerEntry defaultEntry, Region defaultRegion, Words words) {
        this.doc = doc;
        this.words = words;
        this.mentions = mentions;
        this.gazetteer = gazetteer;
        this.resolver = resolver;
        this.anchors = anchors;
        this.defaultEntry = defaultEntry;
        this.defaultRegion = defaultRegion;
        int np = doc.paragraphs().size();
        this.sections = new SectionTable(np);
        this.mentionEnds = new int[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            mentionEnds[i] = mentions.get(i).end;
        }
        this.lists = new SubjectLists(doc.text(), mentions, words);
        this.geography = new DocumentGeography(gazetteer, resolver.date(), mentions);
        for (Mention m : mentions) {
            if (m.entry != null && !m.isWord() && m.role == Role.SUBJECT && geography.hostIfInside(m.entry) != null) {
                m.role = Role.NAME_PART;   // a zone of the place the document is about: a subject, not a region
            }
        }
        outsideActors();
        this.breakdown = ParallelPlaces.inBreakdownSentence(mentions, resolver);
        for (int k = 0; k < mentions.size(); k++) {
            // 茶叶产量5860吨，其中浮梁县茶叶产量4920吨。年末生猪存栏…: a part picked out after 其中 speaks in
            // its own sentence only; the next sentences go back to the paragraph's place
            breakdown[k] |= mentions.get(k).role == Role.SUBJECT && ParallelPlaces.pickedOut(doc, mentions.get(k));
        }
        forwardPass();
        linkContinuations();
        List<RegionMention> pub = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            pub.add(m.toPublic());
        }
        this.publicMentions = Collections.unmodifiableList(pub);
    }

    /**
     * 浙江在青川实施援建项目421个 in a 青川 report: another place acting in the home region (X在Y, Y the document's own
     * place) is the actor; the facts are the home region's. Only for the home region: 我市在深圳举办招商推介会 keeps
     * the home as the subject, the other place is where the event was.
     */
    private void outsideActors() {
        if (defaultEntry == null) {
            return;
        }
        String text = doc.text();
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention actor = mentions.get(k);
            Mention place = mentions.get(k + 1);
            if (actor.role != Role.SUBJECT || actor.entry == null || actor.entry.equals(defaultEntry)
                    || place.entry == null || !place.entry.equals(defaultEntry) || place.start != actor.cueEnd + 1
                    || actor.cueEnd >= text.length() || text.charAt(actor.cueEnd) != '在') {
                continue;
            }
            actor.role = Role.OTHER;
            place.role = Role.SUBJECT;
        }
    }

    /**
     * A paragraph opened by a word for a region that contains the document's own (全市 in a 松江区 report) that
     * names the own region too (我区, 全区) compares the two: it opens no section about the whole.
     */
    private boolean comparesWithHome(Mention opener, int first, int end) {
        if (defaultEntry == null || !opener.isWord() || opener.entry == null || opener.entry.equals(defaultEntry)
                || !zoomsOut(opener, defaultEntry)) {
            return false;
        }
        for (int k = first; k < end; k++) {
            Mention m = mentions.get(k);
            if (m != opener && m.isWord() && defaultEntry.equals(m.entry)) {
                return true;
            }
        }
        return false;
    }

    /** Resolves reference words in text order and builds the sections. */
    private void forwardPass() {
        GazetteerEntry secEntry = null;
        Region secRegion = null;
        int mi = 0;
        for (Document.Paragraph p : doc.paragraphs()) {
            sections.atStart(p.index(), secEntry, secRegion);
            int first = mi;
            while (mi < mentions.size() && mentions.get(mi).start < p.end()) {
                Mention m = mentions.get(mi);
                if (m.isWord()) {
                    resolveWord(m);
                }
                mi++;
            }
            Mention opener = null;
            boolean listFirst = false;   // the paragraph's first place is a list (神木、府谷等…): no opener after it
            boolean byline = false;
            Document.Sentence firstSentence = doc.sentenceAt(p.start());
            for (int k = first; k < mi; k++) {
                Mention m = mentions.get(k);
                if (m.role == Role.BYLINE) {
                    byline = true;
                }
                if (!p.headingLike() && opener == null && !m.isWord() && m.clauseStart && listed(k)) {
                    listFirst = true;
                }
                if (m.role != Role.SUBJECT || m.region == null) {
                    continue;
                }
                if (p.headingLike()) {
                    if ((opener == null || (opener.isWord() && !m.isWord())) && !OpenerShapes.bracketed(doc.text(), p, m)) {
                        opener = m;
                    }
                } else if (opener == null && !listFirst && (!m.isWord() || zoomsOut(m, secEntry)) && m.clauseStart
                        && !listed(k) && !ParallelPlaces.pickedOut(doc, m) && !OpenerShapes.locativeModifier(doc.text(), m) && !OpenerShapes.bracketed(doc.text(), p, m)
                        && (m.start < firstSentence.end()
                            || (m.start < Geometry.firstDigit(doc, p, words) && m.start < Geometry.secondSentenceEnd(doc, firstSentence)))
                        && !gazetteer.words().containsCue(RegionWords.Where.LEAD, doc.text(), p.start(), m.start)) {
                    opener = m;
                }
            }
            if (opener != null && (!p.headingLike() || OpenerShapes.hasDigit(doc.text(), p)) && ParallelPlaces.present(mentions, first, mi, opener, resolver)) {
                opener = null;   // 襄阳区…；谷城县…, 宣城市：10.4 蚌埠市：9.9: places side by side, a breakdown
            }
            if (opener != null && comparesWithHome(opener, first, mi)) {
                opener = null;   // 8月份全市…成交面积245.6万平方米，我区占8.7%: the whole, for a comparison with the home region
            }
            if (opener != null && (OpenerShapes.tableRow(doc.text(), p) || OpenerShapes.labelledItem(doc.text(), p, opener))) {
                opener = null;   // 张家川回族自治县 | 18.6 | 10.9, ● 天府新区：…增长12.4%: a row's or an item's place is its own, the text after goes on
            }
            if (opener != null) {
                secEntry = opener.entry;
                secRegion = opener.unresolved() ? null : opener.region;
                sections.opened[p.index()] = true;
            }
            if (byline) {
                secEntry = null;
                secRegion = null;
                sections.byline[p.index()] = true;
            }
            sections.atEnd(p.index(), secEntry, secRegion);
        }
    }

    /**
     * A reference word opening a paragraph about a place that contains the section's (对外经济方面，全市… after
     * a paragraph on 顺德区 in a 佛山 report): the story steps back up to the whole, and so does the section.
     */
    private boolean zoomsOut(Mention m, GazetteerEntry section) {
        if (m.entry == null || section == null || m.entry.equals(section) || m.unresolved()) {
            return false;
        }
        GazetteerEntry p = gazetteer.parentOf(section, resolver.date());
        for (int depth = 0; p != null && depth < 4; depth++) {
            if (p.equals(m.entry)) {
                return true;
            }
            p = gazetteer.parentOf(p, resolver.date());
        }
        return false;
    }

    /**
     * True if mention {@code k} is an item of a list of places (长沙、株洲、湘潭三市…): a list speaks of
     * several places at once and opens no section of its own.
     */
    private boolean listed(int k) {
        String text = doc.text();
        Mention m = mentions.get(k);
        if (k + 1 < mentions.size()) {
            Mention next = mentions.get(k + 1);
            String between = text.substring(m.end, Math.max(m.end, next.start)).strip();
            if (words.is("region-joint", between)) {
                return true;
            }
        }
        return false;
    }

    /** Moves text placed by page jumps back into its story's section (see {@link PageJumps}). */
    private void linkContinuations() {
        List<PageJumps.Block> found = new PageJumps(doc, sections.opened, sections.byline).find();
        if (found.isEmpty()) {
            return;
        }
        sections.pageJumps(found);
        for (Mention m : mentions) {
            if (m.isWord() && sections.blockAt(m.start) != null) {
                resolveWord(m);
            }
        }
    }

    private void resolveWord(Mention m) {
        Resolved r = resolveWord(m.word, m.start, m);
        if (r != null) {
            m.entry = r.entry;
            m.region = r.entry.toRegion(m.surface);
        } else {
            m.entry = null;
            m.region = new Region(m.surface, null, Region.Level.UNKNOWN, m.surface);
            if (m.role == Role.SUBJECT && zoneOnly(m.word)) {
                // 经开区 with no zone named: a zone of the region in context (like 璧山高新区), not a region
                m.role = Role.OTHER;
            }
        }
    }

    private static boolean zoneOnly(RegionWords.Word w) {
        for (RegionKind k : w.refers()) {
            if (k != RegionKind.ZONE && k != RegionKind.NEW_AREA && k != RegionKind.ETDZ && k != RegionKind.HIGH_TECH_ZONE) {
                return false;
            }
        }
        return true;
    }

    private record Resolved(GazetteerEntry entry) {
    }

    /** How many mentions back a reference word looks for the last place of its kind. */
    private static final int MAX_BACK = 400;

    private Resolved resolveWord(RegionWords.Word w, int offset, Mention self) {
        if (w.refers().contains(RegionKind.COUNTRY)) {
            GazetteerEntry c = gazetteer.country();
            return c == null ? null : new Resolved(c);
        }
        List<GazetteerEntry> chain = contextChain(offset, self);
        switch (w.mode()) {
            case LAST -> {
                for (int i = indexBefore(offset), seen = 0; i >= 0 && seen < MAX_BACK; i--, seen++) {
                    Mention m = mentions.get(i);
                    if (m == self || m.entry == null || m.role == Role.NAME_PART || m.role == Role.BYLINE
                            || m.role == Role.COMPARISON || m.role == Role.SCOPE) {
                        continue;   // 该市 after 高于全市: the city named, not the comparison's
                    }
                    if (w.refersTo(m.entry)) {
                        return new Resolved(m.entry);
                    }
                }
            }
            case PUBLISHER -> {
                if (defaultEntry != null) {
                    if (w.refersTo(defaultEntry)) {
                        return new Resolved(defaultEntry);
                    }
                    GazetteerEntry a = geography.ancestorOfKind(defaultEntry, w);
                    if (a != null) {
                        return new Resolved(a);
                    }
                }
            }
            default -> {
            }
        }
        for (GazetteerEntry e : chain) {
            if (w.refersTo(e)) {
                return new Resolved(geography.widened(e, w, defaultEntry));
            }
        }
        if (defaultEntry != null && w.refersTo(defaultEntry)) {
            return new Resolved(defaultEntry);
        }
        for (GazetteerEntry e : chain) {
            GazetteerEntry a = geography.ancestorOfKind(e, w);
            if (a != null) {
                return new Resolved(a);
            }
        }
        if (defaultEntry != null) {
            GazetteerEntry a = geography.ancestorOfKind(defaultEntry, w);
            if (a != null) {
                return new Resolved(a);
            }
        }
        // the place the document's own geography gives (全市 in a bulletin on the counties of one city)
        GazetteerEntry g = geography.referent(w);
        if (g != null) {
            return new Resolved(g);
        }
        // the last place of that kind named before it (新区 several paragraphs after 两江新区)
        for (int i = indexBefore(offset), seen = 0; i >= 0 && seen < MAX_BACK; i--, seen++) {
            Mention m = mentions.get(i);
            if (m != self && m.entry != null && m.role != Role.NAME_PART && m.role != Role.BYLINE && w.refersTo(m.entry)) {
                return new Resolved(m.entry);
            }
        }
        return null;
    }

    /**
     * The places in context at {@code offset}, nearest first: the subjects named before it in its
     * sentence, then earlier in its paragraph, then the section's region.
     */
    private List<GazetteerEntry> contextChain(int offset, Mention self) {
        List<GazetteerEntry> out = new ArrayList<>();
        Document.Paragraph p = doc.paragraphAt(offset);
        int from = sections.storyStart(offset, p);
        for (int i = indexBefore(offset), seen = 0; i >= 0 && seen < MAX_BACK; i--, seen++) {
            Mention m = mentions.get(i);
            if (m.start < from) {
                break;
            }
            if (m != self && m.role == Role.SUBJECT && m.entry != null && !out.contains(m.entry)) {
                out.add(m.entry);
            }
        }
        GazetteerEntry s = sections.entryAt(offset, p);
        if (s != null && !out.contains(s)) {
            out.add(s);
        }
        return out;
    }

    /** Index of the last mention that ends at or before {@code offset}, or -1. */
    private int indexBefore(int offset) {
        int lo = 0;
        int hi = mentionEnds.length - 1;
        int ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (mentionEnds[mid] <= offset) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    // --- API --------------------------------------------------------------------------------------

    /** The region mentions in text order. */
    public List<RegionMention> mentions() {
        return publicMentions;
    }

    /** The document's default region (the publisher's), resolved; null when none was given. */
    public Region defaultRegion() {
        return defaultRegion;
    }

    /**
     * The region a figure at {@code offset} (normalized text) is about, by docs/annotation.md 3.1: a
     * subject named earlier in its sentence, else earlier in its paragraph, else the section's region
     * (headline, byline, opening region), else the default region; back-references resolved. Null when
     * nothing applies.
     */
    public Region regionAt(int offset) {
        if (doc.text().isEmpty()) {
            return defaultRegion;
        }
        int off = Math.max(0, Math.min(offset, doc.text().length()));
        Document.Paragraph p = doc.paragraphAt(off);
        Document.Sentence s = doc.sentenceAt(off);
        Mention focus = focusAfter(off);
        if (focus != null) {
            return focus.unresolved() ? null : focus.region;
        }
        Mention inParagraph = null;
        int from = sections.storyStart(off, p);
        for (int i = indexBefore(off), seen = 0; i >= 0 && seen < MAX_BACK; i--, seen++) {
            Mention m = mentions.get(i);
            if (m.start < from || inParagraph != null && m.end <= s.start()) {
                break; // (mentions end in text order: none before this one is in the sentence)
            }
            if (m.role != Role.SUBJECT || m.region == null) {
                continue;
            }
            if (m.start >= s.start()) {
                Mention d = lists.distributed(m, off);
                return d.unresolved() ? null : d.region;
            }
            if (inParagraph == null && !inList(i) && !breakdown[i]) {
                inParagraph = m;   // 大武口区、惠农区、平罗县…分别…。 speaks of the three in its own sentence only
            }
        }
        if (inParagraph != null) {
            // a subject that names no known place (全市 when nothing tells which city) gives null, not the word
            return inParagraph.unresolved() ? null : inParagraph.region;
        }
        Region sec = sections.regionAt(off, p);
        return sec != null ? sec : defaultRegion;
    }

    /** Mention {@code i} is an item of a list of subjects (江北区、渝北区…): the head or a later item. */
    private boolean inList(int i) {
        Mention m = mentions.get(i);
        return m.coordinatedWith != null || i + 1 < mentions.size() && mentions.get(i + 1).coordinatedWith == m;
    }

    /** How far after a figure a focus place may stand (增长24.3%、位列第四的是|宣威市). */
    private static final int FOCUS_AHEAD = 24;

    /**
     * A focus place after the figure in the same clause (接待游客1186.3万人次、位居全区首位的是|南宁): it is
     * what the figure is about, though it comes after it. Null when the clause has none.
     */
    private Mention focusAfter(int off) {
        String text = doc.text();
        int limit = Math.min(text.length(), off + FOCUS_AHEAD);
        for (int i = indexBefore(off) + 1; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start >= limit) {
                break;
            }
            if (m.start < off) {
                continue;
            }
            if (m.focus && m.role == Role.SUBJECT && m.region != null && Geometry.sameClause(text, off, m.start)) {
                return m;
            }
        }
        return null;
    }

    /**
     * What a region word or name means at {@code offset}: a reference word (全市, 全省, 全国, 全区, 该县 …)
     * as the region it refers to there (高于全市 in a district report → the parent city), or a name (江北区)
     * resolved with the document's context. Null when it cannot be resolved.
     */
    public Region resolveReference(String word, int offset) {
        if (word == null || word.isBlank()) {
            return null;
        }
        String w = word.strip();
        int off = Math.max(0, Math.min(offset, doc.text().length()));
        RegionWords.Word rw = gazetteer.words().word(w);
        if (rw != null) {
            Resolved r = resolveWord(rw, off, null);
            return r == null ? null : r.entry.toRegion(w);
        }
        List<GazetteerEntry> cands = gazetteer.lookup(w);
        if (cands.isEmpty()) {
            return null;
        }
        Mention probe = new Mention(off, off, w, cands, null);
        probe.paragraph = doc.paragraphAt(off).index();
        probe.sentence = doc.sentenceAt(off).index();
        List<GazetteerEntry> best = resolver.best(cands, w, probe, anchors, defaultEntry);
        return best.size() == 1 ? best.get(0).toRegion(w) : Resolver.undecided(best, w);
    }

    /** The region of the section in effect at the start of paragraph {@code index}, or null. */
    public Region sectionRegion(int paragraphIndex) {
        return sections.startRegion(paragraphIndex);
    }

    /**
     * Where text placed by a page jump continues another story: for an offset inside such text, the
     * index of the paragraph where that story broke off; -1 otherwise.
     */
    public int continuationOf(int offset) {
        return sections.continuationOf(offset);
    }

    /** The document this analysis is of. */
    public Document document() {
        return doc;
    }
}
