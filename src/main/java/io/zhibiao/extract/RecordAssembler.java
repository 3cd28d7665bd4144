package io.zhibiao.extract;

import io.zhibiao.DocumentContext;
import io.zhibiao.Indicator;
import io.zhibiao.Kind;
import io.zhibiao.Metric;
import io.zhibiao.Period;
import io.zhibiao.Qualifier;
import io.zhibiao.Quantity;
import io.zhibiao.QuantityMention;
import io.zhibiao.Region;
import io.zhibiao.Status;
import io.zhibiao.lexicon.PhraseTrie;
import io.zhibiao.lexicon.UnitTable;
import io.zhibiao.quantity.QuantityMatch;
import io.zhibiao.text.Document;
import io.zhibiao.text.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds records from the mentions of one document, clause by clause (docs/annotation.md):
 * which figures are facts, their kind and sign, the metric phrase the figure's verb governs,
 * enumerations (分别), one metric carried over several figures, period, basis, status and region
 * by context. Each decision appends a rule name to the record's trace. Immutable, thread-safe.
 */
public final class RecordAssembler {
    private final Lexicons lexicons;
    private final io.zhibiao.text.Segmenter segmenter;

    public RecordAssembler(Lexicons lexicons, io.zhibiao.text.Segmenter segmenter) {
        this.lexicons = lexicons;
        this.segmenter = segmenter;
    }

    /** Records of a document with no region analysis: every figure falls back to the default region. */
    public List<Indicator> assemble(Document doc, List<QuantityMatch> quantities, DocumentContext context) {
        return assemble(doc, quantities, context, new DefaultRegionContext(doc.text(), context.defaultRegion()));
    }

    public List<Indicator> assemble(Document doc, List<QuantityMatch> quantities, DocumentContext context,
            RegionContext regions) {
        DocumentView view = new DocumentView(doc, lexicons, context, regions);
        io.zhibiao.text.Segmenter pieces = memoized(segmenter); // one document's metric pieces recur
        List<Draft> drafts = new ArrayList<>();
        Set<QuantityMatch> claimed = new HashSet<>();
        List<Draft> tableDrafts = new Tables(view).read(quantities, claimed);
        for (Draft d : tableDrafts) {
            d.region = d.regionOverride != null ? d.regionOverride : regions.regionAt(d.q.start());
            d.period = d.tablePeriod != null ? d.tablePeriod : periodBefore(view, d.q.start());
        }
        List<QuantityMatch> candidates = Tables.unclaimed(candidates(view, quantities), claimed);
        int q = 0;
        Draft previous = null;
        Draft previousAmount = null;
        int previousParagraph = -1;
        Draft beforeBreakdown = null; // the paragraph's last record before its first 分…看 breakdown
        int breakdownParagraph = -1;
        for (Document.Sentence s : doc.sentences()) {
            List<QuantityMatch> inSentence = new ArrayList<>();
            while (q < candidates.size() && candidates.get(q).start() < s.end()) {
                if (candidates.get(q).start() >= s.start()) {
                    inSentence.add(candidates.get(q));
                }
                q++;
            }
            if (!inSentence.isEmpty()) {
                boolean sameParagraph = s.paragraph() == previousParagraph;
                Draft before = sameParagraph ? previous : null;
                if (opensBreakdown(view.text(), s.start(), s.end())) {
                    // 分三大门类看，…。分市州看，兰州、天水分别增长…: every breakdown breaks down the
                    // paragraph's indicator, not the last item of the breakdown before
                    if (breakdownParagraph == s.paragraph() && beforeBreakdown != null) {
                        before = beforeBreakdown;
                    } else {
                        beforeBreakdown = before;
                        breakdownParagraph = s.paragraph();
                    }
                }
                SentenceReader reader = new SentenceReader(view, pieces, s, inSentence, drafts,
                        before, sameParagraph ? previousAmount : null);
                reader.read();
                if (reader.last != null) {
                    if (!sameParagraph) {
                        previousAmount = null;
                    }
                    previous = reader.last;
                    previousParagraph = s.paragraph();
                    if (reader.lastAmount != null) {
                        previousAmount = reader.lastAmount;
                    }
                }
            }
        }
        if (!tableDrafts.isEmpty()) {
            drafts.addAll(tableDrafts);
            drafts.sort(java.util.Comparator.comparingInt(d -> d.q.start()));
        }
        List<Indicator> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            Indicator r = d.toIndicator(view);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** A segmenter that remembers its answers (for one document: the same metric is segmented many times). */
    private static io.zhibiao.text.Segmenter memoized(io.zhibiao.text.Segmenter segmenter) {
        java.util.Map<String, List<Token>> seen = new java.util.HashMap<>();
        return piece -> seen.computeIfAbsent(piece, segmenter::segment);
    }

    /** The nearest period expression before {@code offset} (for table rows). */
    private static PeriodMention periodBefore(DocumentView view, int offset) {
        PeriodMention best = null;
        for (PeriodMention p : view.periods()) {
            if (p.start() >= offset) {
                break;
            }
            if (p.type() != PeriodMention.Type.HORIZON) {
                best = p;
            }
        }
        return best;
    }

    private static final Set<String> NON_RECORD_FAMILIES = Set.of("age", "duration", "temperature");

    /** Quantities that may be figures: not a period, not of a family records never have, not in a quoted name. */
    private static List<QuantityMatch> candidates(DocumentView view, List<QuantityMatch> quantities) {
        List<QuantityMatch> out = new ArrayList<>();
        List<PeriodMention> periods = view.periods();
        String text = view.text();
        int p = 0;
        int noteSentence = -1; // inNote depends on the sentence only: asked once per sentence
        boolean note = false;
        for (QuantityMatch q : quantities) {
            while (p < periods.size() && periods.get(p).end() <= q.start()) {
                p++;
            }
            if (p < periods.size() && periods.get(p).start() < q.end()) {
                continue; // 1-6月, 2020年: a period, not a figure
            }
            String family = q.family();
            if (family != null && NON_RECORD_FAMILIES.contains(family)) {
                continue;
            }
            if (insideQuotedName(text, q)) {
                continue; // “支持企业40条”, “綦江18条”: a name
            }
            Document.Sentence sentence = view.document().sentenceAt(q.start());
            if (sentence.index() != noteSentence) {
                noteSentence = sentence.index();
                note = inNote(view, sentence);
            }
            if (isPolicyTitle(text, q) || isTravelDistance(text, q) || note) {
                continue;
            }
            out.add(q);
        }
        return out;
    }

    /** 注：…统计起点为年主营业务收入2000万元: a note that explains the statistics states no fact. */
    private static boolean inNote(DocumentView view, Document.Sentence s) {
        Document.Paragraph p = view.document().paragraphs().get(s.paragraph());
        String text = view.text();
        for (int i = Math.min(s.start(), p.start()); i < s.end(); i++) {
            if (i < s.start() && i > p.start() + 2) {
                i = s.start() - 1; // a note word in an earlier sentence of the paragraph does not count
                continue;
            }
            if ("note".equals(view.lexicons().phrases().kindAt(text, i, s.end()))) {
                return true;
            }
        }
        return false;
    }

    private static final String[] POLICY_WORDS = {"政策", "措施", "举措", "条例", "意见", "办法", "规定", "条款", "细则"};

    /** 出台支持中小企业发展政策10条: the count of a policy's articles is part of its title. */
    private static boolean isPolicyTitle(String text, QuantityMatch q) {
        if (!"条".equals(q.unit())) {
            return false;
        }
        for (String w : POLICY_WORDS) {
            if (q.start() >= w.length() && text.startsWith(w, q.start() - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** 远离城区70公里之外, 车程30分钟: distances of travel are not facts about a place. */
    private static boolean isTravelDistance(String text, QuantityMatch q) {
        if (!"length".equals(q.family())) {
            return false;
        }
        int e = q.end();
        if (text.startsWith("之外", e) || text.startsWith("以外", e) || text.startsWith("外", e)) {
            return true;
        }
        String before = text.substring(Math.max(0, q.start() - 10), q.start());
        int cut = Math.max(before.lastIndexOf('，'), before.lastIndexOf('。'));
        before = before.substring(cut + 1);
        return before.contains("距离") || before.contains("远离") || before.contains("车程") || before.endsWith("距")
                || before.endsWith("离");
    }

    /** True if the quantity sits inside a short quotation with other words (a name or slogan). */
    private static boolean insideQuotedName(String text, QuantityMatch q) {
        int open = -1;
        for (int i = q.start() - 1; i >= Math.max(0, q.start() - 16); i--) {
            char c = text.charAt(i);
            if (c == '”' || c == '。' || c == '，' || c == '\n') {
                return false;
            }
            if (c == '“') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = q.end(); i < Math.min(text.length(), q.end() + 16); i++) {
            char c = text.charAt(i);
            if (c == '”') {
                return true;
            }
            if (c == '“' || c == '。' || c == '，' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------

    /** A record being built. */
    static final class Draft {
        QuantityMatch q;
        Kind kind;
        BigDecimal value;
        String unit;
        UnitTable.Unit unitInfo;
        boolean negate;
        String metric;
        String verb;
        String subject;
        String scope;
        String basis;
        Status status;
        PeriodMention period;
        Region region;
        Region regionOverride;
        PeriodMention tablePeriod;
        Qualifier qualifier;
        int evidenceStart;
        int evidenceEnd;
        final List<String> trace = new ArrayList<>();

        Draft copy() {
            Draft d = new Draft();
            d.q = q;
            d.kind = kind;
            d.value = value;
            d.unit = unit;
            d.unitInfo = unitInfo;
            d.negate = negate;
            d.metric = metric;
            d.qualifier = qualifier;
            d.verb = verb;
            d.subject = subject;
            d.scope = scope;
            d.basis = basis;
            d.status = status;
            d.evidenceStart = evidenceStart;
            d.evidenceEnd = evidenceEnd;
            d.trace.addAll(trace);
            return d;
        }

        Indicator toIndicator(DocumentView view) {
            if (metric == null || metric.isBlank()) {
                return null;
            }
            String text = view.text();
            BigDecimal v = negate ? value.negate() : value;
            Quantity quantity;
            if (kind == Kind.RANK || unit == null) {
                quantity = new Quantity(v, null, null, null, null);
            } else {
                BigDecimal base = unitInfo == null ? v : v.multiply(unitInfo.scale());
                BigDecimal upper = q.upper() == null ? null : (negate ? q.upper().negate() : q.upper());
                quantity = new Quantity(v, unit, base, unitInfo == null ? unit : unitInfo.base(), upper);
            }
            Metric m = view.lexicons().metrics().lookup(metric)
                    .map(e -> new Metric(e.id(), e.name(), metric))
                    .orElse(Metric.unknown(metric));
            Period p = period == null ? null : period.period();
            int es = Math.max(0, Math.min(evidenceStart, q.start()));
            int ee = Math.min(text.length(), Math.max(evidenceEnd, q.end()));
            Qualifier qual = qualifier != null ? qualifier : q.qualifier() == null ? Qualifier.EXACT : q.qualifier();
            return new Indicator(region, m, subject, kind, quantity, qual, p, basis, status,
                    kind == Kind.RANK ? scope : null, view.evidence(es, ee),
                    view.document().toOriginal(es, ee), trace);
        }
    }

    /** The sentence opens with a breakdown: 分行业看，分市州看，从区域看， (分/从, at most 8 chars, 看，). */
    static boolean opensBreakdown(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= end || (text.charAt(i) != '分' && text.charAt(i) != '从')) {
            return false;
        }
        for (int j = i + 2; j <= Math.min(end - 2, i + 9); j++) {
            char c = text.charAt(j);
            if (c == '，' || c == '。' || c == ',') {
                return false;
            }
            if (c == '看' && (text.charAt(j + 1) == '，' || text.charAt(j + 1) == ',')) {
                return true;
            }
        }
        return false;
    }

    /** Reads the figures of one sentence, clause by clause. */
    static final class SentenceReader {
        private static final Set<String> ASPECT = Set.of("累计", "新增", "净增", "共", "合计", "共计", "总计", "累计新增");

        private final DocumentView view;
        private final io.zhibiao.text.Segmenter segmenter;
        private final String text;
        private final Document.Sentence sentence;
        private final List<QuantityMatch> quantities;
        private final List<Draft> out;

        // carried along the clause chain of the sentence
        private final Draft previousSentence; // the last record of the sentence before, in the same paragraph
        private final Draft previousAmount;   // the last AMOUNT record of the paragraph before this sentence
        private Draft lastAmount;             // the last AMOUNT record of this sentence
        private Draft last;             // the last record of the sentence
        private List<Draft> lastGroup = List.of(); // the records of the last group of values
        private String topic;           // what later generic heads attach to (签约项目 → 签约项目总投资)
        private String sectorTopic;     // a sector or firm opening the sentence (汽车产业 …，产值增长8%)
        private String listTopic;       // 5项关键指标均为100%: the thing a dropped list count counts
        private String listNoun;
        private String lastVerb;        // 新增智能工厂3个、数字化车间10个: the verb carries to the next noun
        private Status carriedStatus;   // 预计 … carries over the following clauses
        private int carriedStatusClause = -1;

        SentenceReader(DocumentView view, io.zhibiao.text.Segmenter segmenter, Document.Sentence sentence,
                List<QuantityMatch> quantities, List<Draft> out, Draft previousSentence, Draft previousAmount) {
            this.previousSentence = previousSentence;
            this.previousAmount = previousAmount;
            this.view = view;
            this.segmenter = segmenter;
            this.text = view.text();
            this.sentence = sentence;
            this.quantities = quantities;
            this.out = out;
        }

        void read() {
            List<int[]> clauses = Clauses.split(text, sentence.start(), sentence.end());
            for (int[] c : clauses) {
                LeftContext lc = LeftContext.read(view, c[0], c[1]);
                if (lc.items.isEmpty() || lc.items.stream().allMatch(it -> it.type() == LeftContext.Type.CUE
                        && it.cue() == Cue.CONNECTOR || it.type() == LeftContext.Type.PERIOD)) {
                    continue; // 其中， / 上半年，
                }
                sectorTopic = sectorAt(c[0], c[1]);
                break;
            }
            int qi = 0;
            for (int ci = 0; ci < clauses.size(); ci++) {
                int[] c = clauses.get(ci);
                boolean hasFigure = qi < quantities.size() && quantities.get(qi).start() < c[1];
                if (!hasFigure) {
                    // 主要预期目标是：… / 预计：…: an announcement carries over the clauses after it
                    String clause = text.substring(c[0], c[1]);
                    if (clause.contains("目标") || clause.contains("目标任务")) {
                        carriedStatus = Status.TARGET;
                        carriedStatusClause = ci;
                    } else if (clause.endsWith("预计") || clause.startsWith("预计")) {
                        carriedStatus = Status.FORECAST;
                        carriedStatusClause = ci;
                    }
                }
                List<QuantityMatch> inClause = new ArrayList<>();
                while (qi < quantities.size() && quantities.get(qi).start() < c[1]) {
                    if (quantities.get(qi).start() >= c[0]) {
                        inClause.add(quantities.get(qi));
                    }
                    qi++;
                }
                if (!inClause.isEmpty()) {
                    readClause(ci, c[0], c[1], inClause);
                }
            }
        }

        /** A sector, industry or firm opening a clause (汽车产业抓龙头…), or null. */
        private String sectorAt(int start, int end) {
            List<Token> tokens = view.tokens();
            StringBuilder sb = new StringBuilder();
            int e = start;
            while (e < end && view.regionStartingAt(e) != null) {
                e = view.regionStartingAt(e).end(); // 新区汽车产业…: the region is not the sector
            }
            for (int k = view.tokenIndexFrom(start); k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.start() != e || t.end() > end || !(t.isNoun() || t.pos().equals("b") || t.pos().equals("vn"))) {
                    break;
                }
                if (view.regionStartingAt(t.start()) != null) {
                    break;
                }
                sb.append(t.word());
                e = t.end();
            }
            String s = sb.toString();
            if (s.length() >= 3 && (s.endsWith("产业") || s.endsWith("行业") || s.endsWith("企业") || s.endsWith("公司")
                    || s.endsWith("集团") || s.endsWith("产业链") || s.endsWith("产业园"))) {
                return s;
            }
            return null;
        }

        private void readClause(int clauseIndex, int start, int end, List<QuantityMatch> qs) {
            Set<QuantityMatch> skip = new HashSet<>();
            Set<QuantityMatch> modifiers = new HashSet<>();
            markRankScopes(start, qs, modifiers); // 在全市12个国家级开发区中: part of the scope's words
            markListCounts(start, end, qs, skip);
            markModifiers(end, qs, modifiers);
            skip.addAll(modifiers);
            int from = start;
            int i = 0;
            while (i < qs.size()) {
                if (skip.contains(qs.get(i))) {
                    if (!modifiers.contains(qs.get(i))) {
                        from = Math.max(from, qs.get(i).end()); // 10亿元以上项目: a modifier stays in the metric
                    }
                    i++;
                    continue;
                }
                List<QuantityMatch> group = new ArrayList<>();
                group.add(qs.get(i));
                int j = i + 1;
                while (j < qs.size() && !skip.contains(qs.get(j))
                        && Clauses.onlyListSeparators(text, group.get(group.size() - 1).end(), qs.get(j).start())) {
                    group.add(qs.get(j));
                    j++;
                }
                int next = readGroup(clauseIndex, start, end, from, group);
                if (next >= 0) {
                    from = Math.max(from, next);
                }
                i = j;
            }
        }

        /** Index of {@code q} in this sentence's quantities (sorted by start, not overlapping), or -1. */
        private int indexOf(QuantityMatch q) {
            int lo = 0;
            int hi = quantities.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int s = quantities.get(mid).start();
                if (s < q.start()) {
                    lo = mid + 1;
                } else if (s > q.start()) {
                    hi = mid - 1;
                } else {
                    return quantities.get(mid).equals(q) ? mid : quantities.indexOf(q);
                }
            }
            return quantities.indexOf(q);
        }

        /** Counts that stand inside a ranking scope (在全市12个国家级开发区中排名第一). */
        private void markRankScopes(int clauseStart, List<QuantityMatch> qs, Set<QuantityMatch> skip) {
            for (int k = 1; k < qs.size(); k++) {
                QuantityMatch r = qs.get(k);
                if (r.type() != QuantityMention.Type.ORDINAL) {
                    continue;
                }
                LeftContext left = LeftContext.read(view, clauseStart, r.start());
                LeftContext.Item rank = left.lastCue(Cue.RANK);
                int rk = rank == null ? -1 : left.indexOf(rank);
                for (LeftContext.Item it : left.items) {
                    if (it.type() == LeftContext.Type.REGION && it.region().role() == RegionContext.Role.SCOPE
                            && left.indexOf(it) < rk) {
                        rk = left.indexOf(it) - 1; // 在全市12个国家级开发区中排名第一
                        break;
                    }
                }
                for (LeftContext.Item it : left.after(rk)) {
                    if (it.type() == LeftContext.Type.REGION) {
                        for (int m = k - 1; m >= 0 && qs.get(m).start() >= it.start(); m--) {
                            skip.add(qs.get(m)); // qs are in text order: the ones after the region are a tail
                        }
                        break;
                    }
                }
            }
        }

        /**
         * Counts that only number the items of a list (建好科技产业化、专业技术、“政产学研”融合3类平台)
         * or the items a following 均/分别 speaks of (5项关键指标均为100%).
         */
        private void markListCounts(int clauseStart, int clauseEnd, List<QuantityMatch> qs, Set<QuantityMatch> skip) {
            for (int k = 0; k < qs.size(); k++) {
                QuantityMatch q = qs.get(k);
                if (!"count".equals(q.family()) || q.value().scale() > 0 && q.value().stripTrailingZeros().scale() > 0) {
                    continue;
                }
                int from = k == 0 ? clauseStart : qs.get(k - 1).end();
                String left = text.substring(from, q.start());
                int n = q.value().intValue();
                if (n >= 2 && n <= 12 && !left.contains("等")) {
                    int items = Enumerations.split(left.strip(), false).size();
                    if (items == n && left.indexOf('、') >= 0) {
                        skip.add(q);
                        continue;
                    }
                }
                if (k + 1 < qs.size()) {
                    NounPhrase np = nounPhraseAfter(q, clauseEnd, qs.get(k + 1).start());
                    if (np != null) {
                        String between = text.substring(np.end, qs.get(k + 1).start());
                        if (between.startsWith("均") || between.startsWith("分别") || between.startsWith("都")) {
                            skip.add(q);
                            LeftContext lc = LeftContext.read(view, from, q.start());
                            LeftContext.Item piece = LeftContext.lastPiece(lc.items);
                            listNoun = np.text;
                            listTopic = (piece == null ? "" : piece.text(text)) + np.text;
                        }
                    }
                }
            }
        }

        /** A figure that classifies the noun after it: 10亿元以上项目15个, 千万元产值村达106个. */
        private void markModifiers(int clauseEnd, List<QuantityMatch> qs, Set<QuantityMatch> skip) {
            for (int k = 0; k < qs.size(); k++) {
                QuantityMatch q = qs.get(k);
                if (q.type() == QuantityMention.Type.ORDINAL) {
                    if (q.end() < text.length() && text.charAt(q.end()) == '的') {
                        skip.add(q); // 排名前20的重点工业企业: which firms, not a rank
                    }
                    continue;
                }
                boolean classifier = !"count".equals(q.family()) || q.qualifier() == Qualifier.MORE_THAN;
                if (!classifier || k + 1 >= qs.size()) {
                    continue;
                }
                NounPhrase np = nounPhraseAfter(q, clauseEnd, qs.get(k + 1).start());
                if (np == null || np.afterDe) {
                    continue;
                }
                String between = text.substring(np.end, qs.get(k + 1).start());
                if (between.isEmpty() || between.length() <= 3 && isLevelWord(between)) {
                    skip.add(q); // 产值超百亿元企业达到5家
                }
            }
        }

        private boolean isLevelWord(String w) {
            PhraseTrie.Match<Cue> c = view.lexicons().cues().trie().exactAt(w, 0, w.length());
            return c != null && (c.value() == Cue.LEVEL || c.value() == Cue.LEVEL_TO);
        }

        /** Builds the records of one group of listed values; returns where the next left context starts. */
        private int readGroup(int clauseIndex, int clauseStart, int clauseEnd, int from, List<QuantityMatch> group) {
            QuantityMatch first = group.get(0);
            QuantityMatch lastQ = group.get(group.size() - 1);
            from = LeftContext.windowStart(text, from, first.start());
            LeftContext left = LeftContext.read(view, from, first.start());
            unifyUnits(group);

            // a figure followed by a noun phrase: 打造20个山地特色城镇, 年产值45亿元的唐人神…
            int limit = clauseEnd;
            int qi = indexOf(lastQ);
            if (qi + 1 < quantities.size() && quantities.get(qi + 1).start() < clauseEnd) {
                limit = quantities.get(qi + 1).start();
            }
            NounPhrase np = group.size() == 1 ? nounPhraseAfter(lastQ, clauseEnd, limit) : null;
            int next = np != null ? np.end : lastQ.end();

            Status status = status(left, clauseIndex);
            List<Draft> made = new ArrayList<>();
            for (QuantityMatch q : group) {
                Draft d = new Draft();
                d.q = q;
                d.value = q.value();
                d.unit = q.unit();
                d.unitInfo = q.unitInfo();
                d.status = status;
                if (status != null) {
                    d.trace.add("status:" + status.name().toLowerCase(java.util.Locale.ROOT));
                }
                d.evidenceStart = from;
                d.evidenceEnd = np != null ? np.metricEnd : lastQ.end();
                if (decideKind(d, left)) {
                    made.add(d);
                }
            }
            if (made.isEmpty()) {
                return -1; // no figure here: its words stay in the next figure's left context
            }
            made = assignMetrics(made, left, np, from);
            if (made.isEmpty()) {
                return -1;
            }
            qualifiers(made, left, group);
            for (Draft d : made) {
                if (d.metric == null || d.metric.isBlank()) {
                    continue;
                }
                if (d.regionOverride != null) {
                    d.region = d.regionOverride;
                    d.trace.add("region:enumerated");
                } else {
                    d.region = view.regions().regionAt(d.q.start());
                    if (d.region != null) {
                        d.trace.add("region:context");
                    }
                }
                d.period = periodFor(d.q.start());
                PeriodMention of = d.kind == Kind.MULTIPLE && d.basis == null ? multipleOf(d.q) : null;
                if (of != null) {
                    // 是上年的2.3倍: the year is what the figure is a multiple of, not its period
                    d.basis = text.substring(of.start(), d.q.start() - 1);
                    d.trace.add("basis:multiple-of");
                    d.period = periodFor(of.start());
                }
                if (d.period != null) {
                    d.trace.add("period:context");
                    if (d.period.type() == PeriodMention.Type.HORIZON && d.status == null) {
                        d.status = Status.TARGET;
                        d.trace.add("status:horizon");
                    }
                }
                out.add(d);
                last = d;
                if (d.kind == Kind.AMOUNT) {
                    lastAmount = d;
                }
            }
            lastGroup = made;
            updateTopic(made);
            return next;
        }

        /** Earlier values of a list take the unit of the last one (分别高1.4、1.8个百分点). */
        private void unifyUnits(List<QuantityMatch> group) {
            QuantityMatch lastQ = group.get(group.size() - 1);
            if (group.size() < 2 || lastQ.unit() == null) {
                return;
            }
            for (int k = 0; k < group.size() - 1; k++) {
                QuantityMatch q = group.get(k);
                boolean bare = q.unit() == null
                        || (q.unit().equals("个") && lastQ.type() == QuantityMention.Type.PERCENTAGE_POINT);
                if (bare && q.type() != QuantityMention.Type.ORDINAL) {
                    group.set(k, new QuantityMatch(q.start(), q.end(), q.numberStart(), q.value(), q.upper(),
                            lastQ.unit(), lastQ.unitInfo(), q.qualifier(), lastQ.type()));
                }
            }
        }

        /**
         * A qualifier written away from the number (约占全市总数的六分之一, 超过了全市总量的五分之一) and
         * one that opens a list (分别突破400家、160家) holds for every value of the group.
         */
        private void qualifiers(List<Draft> made, LeftContext left, List<QuantityMatch> group) {
            Qualifier fromCue = null;
            for (int k = left.items.size() - 1; k >= 0; k--) {
                LeftContext.Item it = left.items.get(k);
                if (it.type() == LeftContext.Type.CUE && it.cue().isQualifier()) {
                    LeftContext.Item next = k + 1 < left.items.size() ? left.items.get(k + 1) : null;
                    boolean touches = next == null || (next.type() == LeftContext.Type.CUE
                            && (next.cue() == Cue.SHARE || next.cue() == Cue.LEVEL || next.cue() == Cue.LEVEL_TO))
                            || next.type() == LeftContext.Type.REGION;
                    if (touches) {
                        fromCue = it.cue().qualifier(); // 约占全县农业总产值的七成, 超过了全市总量的五分之一
                    }
                    break;
                }
            }
            QuantityMatch first = group.get(0);
            Qualifier listQualifier = group.size() > 1 && first.numberStart() > first.start()
                    && first.qualifier() != Qualifier.EXACT ? first.qualifier() : null;
            for (Draft d : made) {
                if (d.q.qualifier() != null && d.q.qualifier() != Qualifier.EXACT) {
                    continue;
                }
                if (fromCue != null) {
                    d.qualifier = fromCue;
                    d.trace.add("qualifier:cue");
                } else if (listQualifier != null) {
                    d.qualifier = listQualifier;
                    d.trace.add("qualifier:list");
                }
            }
        }

        private void updateTopic(List<Draft> made) {
            if (made.size() != 1) {
                return;
            }
            Draft d = made.get(0);
            if (d.metric == null || d.kind == Kind.RANK) {
                return;
            }
            String head = view.lexicons().heads().suffixHead(d.metric);
            if (d.subject != null && d.trace.contains("subject:leading-name")) {
                topic = d.subject;
            } else if (head != null && head.length() < d.metric.length()) {
                topic = d.metric.substring(0, d.metric.length() - head.length());
            } else if (d.kind == Kind.AMOUNT && head == null && endsWithNoun(d.metric)) {
                topic = d.metric; // not 有新产品问世: a topic names a thing
            }
            lastVerb = d.verb;
        }

        // ---- kind ------------------------------------------------------------------------

        private boolean decideKind(Draft d, LeftContext left) {
            QuantityMatch q = d.q;
            switch (q.type()) {
                case ORDINAL -> {
                    if (!isRank(left, q)) {
                        return false;
                    }
                    d.kind = Kind.RANK;
                    d.unit = null;
                    d.trace.add("kind:rank");
                }
                case PERCENTAGE_POINT -> {
                    d.kind = Kind.PP_CHANGE;
                    LeftContext.Item c = left.lastCue(Cue.UP, Cue.DOWN, Cue.COMP_UP, Cue.COMP_DOWN);
                    boolean down = (c != null && (c.cue() == Cue.DOWN || c.cue() == Cue.COMP_DOWN)) || comparesDown(left);
                    d.negate = down;
                    d.trace.add(down ? "kind:pp-down" : "kind:pp");
                }
                case MULTIPLE -> {
                    d.kind = Kind.MULTIPLE;
                    d.trace.add("kind:multiple");
                }
                case PERCENT -> percentKind(d, left);
                case NUMBER -> {
                    if (!bareNumberIsFigure(left)) {
                        return false;
                    }
                    d.kind = Kind.AMOUNT;
                    d.unit = null;
                    d.trace.add("kind:index-number");
                }
                default -> {
                    d.kind = Kind.AMOUNT;
                    d.trace.add("kind:amount");
                }
            }
            return true;
        }

        private void percentKind(Draft d, LeftContext left) {
            LeftContext.Item share = left.lastCue(Cue.SHARE);
            LeftContext.Item move = left.lastCue(Cue.UP, Cue.DOWN);
            LeftContext.Item levelTo = left.lastCue(Cue.LEVEL_TO);
            boolean moveLast = move != null && (share == null || left.indexOf(move) > left.indexOf(share));
            if (levelTo != null && (move == null || left.indexOf(levelTo) > left.indexOf(move))) {
                d.kind = Kind.PERCENT; // 提高到99%: a new level
                d.trace.add("kind:level-to");
                return;
            }
            if ((share != null && !moveLast) || (move == null && sharePhrase(left))) {
                d.kind = Kind.PERCENT;
                d.trace.add("kind:share");
                return;
            }
            if (move != null) {
                d.kind = Kind.GROWTH_RATE;
                d.negate = move.cue() == Cue.DOWN;
                d.trace.add(d.negate ? "kind:growth-down" : "kind:growth");
                return;
            }
            LeftContext.Item piece = LeftContext.lastPiece(left.items);
            String metric = piece == null ? null : piece.text(text);
            if (metric != null && isRateName(metric)) {
                d.kind = Kind.PERCENT;
                d.trace.add("kind:rate-name");
                return;
            }
            if (left.has(Cue.BASIS)) {
                d.kind = Kind.GROWTH_RATE;
                d.trace.add("kind:growth-basis");
                return;
            }
            if (piece == null && last != null && last.kind == Kind.GROWTH_RATE && !left.has(Cue.LEVEL)) {
                d.kind = Kind.GROWTH_RATE;
                d.trace.add("kind:growth-carried");
                return;
            }
            d.kind = Kind.PERCENT;
            d.trace.add("kind:percent");
        }

        /** 全市总量的五分之一, 全国的10%: a share written without 占. */
        private boolean sharePhrase(LeftContext left) {
            List<LeftContext.Item> regions = left.regions();
            if (regions.isEmpty()) {
                return false;
            }
            LeftContext.Item r = regions.get(regions.size() - 1);
            String after = text.substring(r.end(), left.to);
            return after.endsWith("的") && (after.length() <= 6 || after.contains("总量") || after.contains("总数"));
        }

        private static boolean isRateName(String metric) {
            return metric.endsWith("率") || metric.endsWith("比重") || metric.endsWith("比例") || metric.endsWith("占比")
                    || metric.endsWith("份额") || metric.endsWith("强度") || metric.endsWith("水平");
        }

        private boolean comparesDown(LeftContext left) {
            String s = text.substring(left.from, left.to);
            int bi = s.lastIndexOf('比');
            if (bi < 0) {
                return false;
            }
            String rest = s.substring(bi);
            return rest.contains("低") || rest.contains("慢") || rest.contains("少") || rest.contains("回落");
        }

        private boolean isRank(LeftContext left, QuantityMatch q) {
            if (left.has(Cue.RANK)) {
                return true;
            }
            String t = text.substring(q.numberStart(), q.end());
            if (t.endsWith("名") || t.endsWith("位") || t.startsWith("首")) {
                return true;
            }
            List<LeftContext.Item> regions = left.regions();
            if (!regions.isEmpty()) {
                LeftContext.Item r = regions.get(regions.size() - 1);
                String between = text.substring(r.end(), q.numberStart());
                return between.length() <= 12; // 全市第一, 全市区县前3位
            }
            return false;
        }

        private boolean bareNumberIsFigure(LeftContext left) {
            LeftContext.Item piece = LeftContext.lastPiece(left.items);
            if (piece == null) {
                return false;
            }
            String m = piece.text(text);
            return m.endsWith("指数") || m.endsWith("比") || m.endsWith("系数") || m.endsWith("得分")
                    || (m.startsWith("“") && m.endsWith("”"));
        }

        // ---- status ----------------------------------------------------------------------

        private Status status(LeftContext left, int clauseIndex) {
            if (left.lastCue(Cue.FORECAST) != null) {
                carriedStatus = Status.FORECAST;
                carriedStatusClause = clauseIndex;
                return Status.FORECAST;
            }
            LeftContext.Item t = left.lastCue(Cue.TARGET);
            int lead = forecastLead();
            if (lead >= 0 && lead <= left.from && (t == null || !strongTarget(t.text(text)))) {
                return Status.FORECAST; // 省旅文厅预计，一季度全省接待游客将超过2000万人次
            }
            if (t != null && completionOf(left, t)) {
                t = null; // 完成全年目标任务的93.3%: how much of a goal is done, a fact
            }
            if (t != null && (strongTarget(t.text(text)) || opensPlan(t.end()))) {
                carriedStatus = Status.TARGET;
                carriedStatusClause = clauseIndex;
                return Status.TARGET;
            }
            if (carriedStatus != null && clauseIndex > carriedStatusClause) {
                return carriedStatus;
            }
            if (lastGoalPhrase() >= left.to) {
                return Status.TARGET; // 提出地区生产总值增长9%、固定资产投资增长18%的目标
            }
            return null;
        }

        /** 完成(了)全年目标任务的…, 完成年度计划的…: the goal word names what the share is of. */
        private boolean completionOf(LeftContext left, LeftContext.Item t) {
            String before = text.substring(left.from, t.start());
            String after = text.substring(t.end(), left.to);
            return before.contains("完成") && after.endsWith("的") && after.length() <= 6;
        }

        private int forecastLead = -2;

        /**
         * The end of a clause of the sentence that ends with a forecast word and holds no figure
         * (省旅文厅预计，… / 据测算，…), or -1: the figures after it are forecasts. Found once per sentence.
         */
        private int forecastLead() {
            if (forecastLead == -2) {
                forecastLead = -1;
                int end = Math.min(sentence.end(), sentence.start() + LeftContext.MAX_CHARS);
                for (int i = sentence.start(); i < end && forecastLead < 0; i++) {
                    char c = text.charAt(i);
                    if (Character.isDigit(c)) {
                        break; // a figure before it: the forecast word is not a lead
                    }
                    PhraseTrie.Match<Cue> m = view.cueAt(i, end);
                    if (m != null && m.value() == Cue.FORECAST && m.end() < end && "，,：:".indexOf(text.charAt(m.end())) >= 0) {
                        forecastLead = m.end() + 1;
                    }
                }
            }
            return forecastLead;
        }

        private static final String[] GOAL_PHRASES = {"的目标", "的预期目标", "的奋斗目标"};
        private int lastGoalPhrase = -2;

        /** Start of the last 的目标/的预期目标/的奋斗目标 of the sentence, or -1 (found once per sentence). */
        private int lastGoalPhrase() {
            if (lastGoalPhrase == -2) {
                lastGoalPhrase = -1;
                for (int i = sentence.end() - 3; i >= sentence.start() && lastGoalPhrase < 0; i--) {
                    for (String w : GOAL_PHRASES) {
                        if (i + w.length() <= sentence.end() && text.startsWith(w, i)) {
                            lastGoalPhrase = i;
                        }
                    }
                }
            }
            return lastGoalPhrase;
        }

        /** 力争, 确保, 争取: always a goal; 计划, 将, 规划, 目标 only when a verb follows. */
        private static boolean strongTarget(String word) {
            return word.length() >= 2 && !word.equals("计划") && !word.equals("规划") && !word.equals("目标");
        }

        /** 计划投资, 力争达到, 将努力: a goal word followed by a verb or adverb (not 投资计划60%). */
        private boolean opensPlan(int offset) {
            Token t = view.tokenAt(offset);
            if (t == null) {
                return false;
            }
            String p = t.pos();
            return p.startsWith("v") || p.startsWith("d") || p.equals("ad") || p.equals("a");
        }

        // ---- metric ----------------------------------------------------------------------

        private List<Draft> assignMetrics(List<Draft> made, LeftContext left, NounPhrase np, int from) {
            Draft d0 = made.get(0);
            if (d0.kind == Kind.RANK) {
                return rankMetric(made, left);
            }
            if (d0.kind == Kind.MULTIPLE && made.size() == 1 && last != null && multipleOfAnother(d0, left)) {
                return made;
            }
            if (d0.kind == Kind.PERCENT) {
                List<Draft> shares = shareMetric(made, left);
                if (shares != null) {
                    return shares;
                }
            }
            String metric;
            int metricStart = from;
            LeftContext.Item piece = LeftContext.lastPiece(left.items);
            Comparison cmp = d0.kind == Kind.PP_CHANGE ? comparison(left) : null;
            if (cmp != null) {
                piece = cmp.metricPiece();
            }
            if (np != null && cmp == null) {
                if (np.afterDe && piece != null && !endsWithVerb(piece)) {
                    metric = pieceText(piece, left);
                    metricStart = piece.start();
                    d0.subject = np.text;
                    d0.trace.add("metric:left");
                    d0.trace.add("subject:after-de");
                } else {
                    // 打造20个山地特色城镇, 辐射周边7个村居, 引进…等14个项目: what is done + what is counted
                    String verbPhrase = piece == null ? null : verbPhrase(piece);
                    LeftContext.Item firstPiece = firstPiece(left);
                    if (verbPhrase == null && firstPiece != null && firstPiece != piece) {
                        verbPhrase = leadingVerbOf(firstPiece);
                    }
                    metric = (verbPhrase == null ? "" : verbPhrase) + np.metricText;
                    d0.verb = verbPhrase;
                    d0.trace.add(verbPhrase == null ? "metric:noun-after" : "metric:verb+noun-after");
                    if (piece != null) {
                        metricStart = piece.start();
                    }
                }
            } else if (cmp != null && piece != null) {
                metric = cmp.metric() + growthNounAfter(piece, left, d0);
                metricStart = piece.start();
                d0.trace.add("metric:before-comparison");
                String rate = carriedRate(metric, metric); // 增速比全国高7.4个百分点
                if (rate != null) {
                    metric = rate;
                    d0.trace.add("metric:carried+增速");
                }
            } else if (piece != null) {
                metric = pieceText(piece, left) + growthNounAfter(piece, left, d0);
                metricStart = piece.start();
                int deng = examplesEnd(metric);
                if (deng > 0) {
                    // 开展了增强CT检查、腹腔镜胆囊切除术等新技术、新项目17项: drop the examples
                    String verb = verbPhrase(piece);
                    metric = (verb == null ? "" : verb) + metric.substring(deng);
                    d0.trace.add("metric:examples-dropped");
                } else {
                    metric = completeMetric(metric, piece, d0);
                }
                d0.verb = leadingVerbOf(piece);
                if (d0.kind == Kind.AMOUNT && last != null && isChangeWord(metric) && left.last(LeftContext.Type.BASIS) != null) {
                    metric = last.metric; // 新开工项目86个，比上年同期多14个
                    d0.trace.add("metric:change-of-carried");
                } else if (d0.verb == null && lastVerb != null && d0.kind == Kind.AMOUNT && last != null
                        && last.kind == Kind.AMOUNT && sameFamily(last, d0) && !metric.startsWith(lastVerb)
                        && isNounPhrase(piece) && !afterCue(piece, left)) {
                    metric = lastVerb + metric; // 新增智能工厂3个、数字化车间10个
                    d0.verb = lastVerb;
                    d0.trace.add("metric:verb-carried");
                }
                metric = dropFrames(metric, d0);
                String[] split = d0.kind == Kind.AMOUNT ? splitSubject(metric) : null;
                while (split != null) {
                    d0.subject = stripRelative(split[0]);
                    metric = stripSuoDe(split[1]);
                    topic = d0.subject;
                    d0.trace.add("subject:leading-name");
                    split = splitSubject(metric); // OPPO…有限公司|所建的OPPO…项目|占地
                }
            } else if (last != null && made.size() > 1 && lastGroup.size() == made.size()) {
                // 分别增长21.4%、18.9%，增速分别高于全省4.2个、3.1个百分点: pair with the last list
                for (int k = 0; k < made.size(); k++) {
                    Draft d = made.get(k);
                    Draft prev = lastGroup.get(k);
                    Draft saved = last;
                    last = prev;
                    d.metric = carriedMetric(d);
                    last = saved;
                    d.subject = prev.subject;
                    d.evidenceStart = Math.min(from, LeftContext.windowStart(text, prev.evidenceStart, from));
                    d.trace.add("metric:carried-pairs");
                }
                comparisonBases(made, left);
                basis(made, left);
                return made;
            } else if (last != null) {
                metric = carriedMetric(d0);
                // the evidence reaches back to the record the metric comes from, but never more
                // than a left context's length: a chain of carried metrics stays linear
                metricStart = Math.min(from, LeftContext.windowStart(text, last.evidenceStart, from));
                d0.trace.add("metric:carried");
            } else if (previousSentence != null && d0.kind != Kind.AMOUNT && growthOnly(left)) {
                // 防城港市、钦州市、贵港市增速分别为…: the indicator of the sentence before
                metric = stripRate(previousSentence.metric);
                d0.trace.add("metric:previous-sentence");
            } else if (previousAmount != null && d0.kind == Kind.AMOUNT && sameFamily(previousAmount, d0)
                    && LeftContext.lastPiece(left.items) == null) {
                // 阜阳以3071.5亿元居全省第3位 after 合肥以11412.8亿元的经济总量…: the same indicator
                metric = previousAmount.metric;
                d0.trace.add("metric:previous-sentence");
            } else {
                return List.of();
            }
            metric = cleanMetric(metric);
            if (metric.isEmpty()) {
                return List.of();
            }
            if (d0.subject == null) {
                d0.subject = subjectOf(metric);
            }
            List<String> items = splitMetric(metric, made.size());
            if (made.size() == 1 && !left.has(Cue.ENUM) && metric.indexOf('和') < 0 && metric.indexOf('及') < 0
                    && metric.indexOf('与') < 0) {
                items = List.of(metric); // 智能装备、电子信息企业订单上涨20%: one figure, one metric
            }
            boolean pairs = made.size() > 1;
            if (pairs && items.size() == 1 && made.size() == 2) {
                String[] both = view.lexicons().phrases().expandPair(metric);
                if (both != null) {
                    items = List.of(both[0], both[1]); // 城乡居民…分别增长5%和7.5%
                }
            }
            List<Draft> result = new ArrayList<>();
            if (pairs && items.size() == made.size()) {
                List<String> dist = Enumerations.distribute(items, view.lexicons().heads(), known(), this::wordEnds);
                for (int k = 0; k < made.size(); k++) {
                    Draft d = made.get(k);
                    d.metric = dist.get(k);
                    d.subject = d0.subject;
                    d.evidenceStart = Math.min(d.evidenceStart, metricStart);
                    d.trace.add("enum:pair");
                    result.add(d);
                }
            } else if (!pairs && items.size() > 1 && (left.has(Cue.ENUM) || d0.kind != Kind.AMOUNT)
                    && !d0.trace.contains("metric:carried")) {
                // (not a carried metric: 服装及衣着附件出口16.4亿美元，增长31.8% is one growth)
                // 生产安全事故起数和亡人数下降50%: one value, several metrics
                for (String m : Enumerations.distribute(items, view.lexicons().heads(), known(), this::wordEnds)) {
                    Draft d = d0.copy();
                    d.metric = m;
                    d.evidenceStart = Math.min(d.evidenceStart, metricStart);
                    d.trace.add("enum:shared-value");
                    result.add(d);
                }
            } else {
                for (Draft d : made) {
                    d.metric = metric;
                    d.subject = d0.subject;
                    d.evidenceStart = Math.min(d.evidenceStart, metricStart);
                    if (pairs) {
                        d.trace.add("enum:one-metric");
                    }
                    result.add(d);
                }
            }
            if (cmp != null && !cmp.bases().isEmpty()) {
                for (int k = 0; k < result.size(); k++) {
                    Draft d = result.get(k);
                    d.basis = cmp.bases().size() == result.size() ? cmp.bases().get(k)
                            : cmp.bases().get(cmp.bases().size() - 1);
                    d.trace.add("basis:compared");
                }
            } else {
                comparisonBases(result, left);
            }
            basis(result, left);
            enumeratedRegions(result, left);
            return result;
        }

        /** 北海、防城港、钦州市GDP分别增长…: one region per value, in order. */
        private void enumeratedRegions(List<Draft> result, LeftContext left) {
            if (result.size() < 2) {
                return;
            }
            List<RegionContext.Mention> subjects = new ArrayList<>();
            for (LeftContext.Item it : left.items) {
                if (it.type() == LeftContext.Type.REGION && it.region().role() == RegionContext.Role.SUBJECT
                        && it.region().region() != null) {
                    subjects.add(it.region());
                }
            }
            if (subjects.size() == result.size()) {
                for (int k = 0; k < result.size(); k++) {
                    result.get(k).regionOverride = subjects.get(k).region();
                }
            }
        }

        /**
         * A comparison: 增速高于全省1.2个百分点, 比全市平均水平低0.5个百分点, 增幅高于城镇居民1.6个百分点.
         *
         * @param metricPiece the piece naming what is compared (before the comparison), or null
         * @param metric      its text
         * @param bases       what it is compared with, as written (全省, 城镇居民)
         */
        record Comparison(LeftContext.Item metricPiece, String metric, List<String> bases) {
        }

        private Comparison comparison(LeftContext left) {
            LeftContext.Item cue = left.lastCue(Cue.COMP_UP, Cue.COMP_DOWN);
            int cueIndex;
            int basesFrom;
            int bi0 = cue == null ? -1 : text.substring(left.from, cue.start()).lastIndexOf('比');
            if (cue != null && bi0 >= 0 && cue.start() - (left.from + bi0) <= 12) {
                cue = null; // 比全省高出6.6个百分点: the comparison starts at 比
            }
            if (cue != null) {
                cueIndex = left.indexOf(cue);
                basesFrom = cue.end();
            } else {
                // 比 X 高/低/快/慢
                String s = text.substring(left.from, left.to);
                String t = s;
                for (String w : new String[] {"了", "出", "分别"}) {
                    if (t.endsWith(w)) {
                        t = t.substring(0, t.length() - w.length());
                    }
                }
                for (String w : new String[] {"高出", "低出", "快出", "高于", "低于"}) {
                    if (t.endsWith(w)) {
                        t = t.substring(0, t.length() - 1);
                    }
                }
                if (t.isEmpty() || "高低快慢多少".indexOf(t.charAt(t.length() - 1)) < 0) {
                    return null;
                }
                int bi = t.lastIndexOf('比');
                if (bi < 0) {
                    return null;
                }
                basesFrom = left.from + bi + 1;
                cueIndex = -1;
                for (int k = 0; k < left.items.size(); k++) {
                    if (left.items.get(k).end() > left.from + bi) {
                        cueIndex = k;
                        break;
                    }
                }
                if (cueIndex < 0) {
                    return null;
                }
            }
            List<String> bases = new ArrayList<>();
            for (LeftContext.Item it : left.after(cueIndex - 1)) {
                if (it.start() < basesFrom) {
                    continue;
                }
                if (it.type() == LeftContext.Type.REGION) {
                    bases.add(it.region().surface());
                } else if (it.type() == LeftContext.Type.PERIOD || it.type() == LeftContext.Type.BASIS) {
                    bases.add(it.text(text));
                }
            }
            if (bases.isEmpty()) {
                LeftContext.Item after = null;
                for (LeftContext.Item it : left.after(cueIndex - 1)) {
                    if (it.type() == LeftContext.Type.PIECE && it.start() >= basesFrom) {
                        after = it;
                        break;
                    }
                }
                if (after != null) {
                    String b = after.text(text);
                    while (!b.isEmpty() && "高低快慢多少了出".indexOf(b.charAt(b.length() - 1)) >= 0) {
                        b = b.substring(0, b.length() - 1);
                    }
                    if (!b.isEmpty()) {
                        bases.add(b);
                    }
                }
            }
            // what is compared: the last piece before the comparison (cut at 比)
            LeftContext.Item piece = null;
            for (LeftContext.Item it : left.before(cueIndex + 1)) {
                if (it.type() == LeftContext.Type.PIECE && it.start() < basesFrom - (cue != null ? 0 : 1)) {
                    piece = it;
                }
            }
            String metric = null;
            if (piece != null) {
                int e = Math.min(piece.end(), cue != null ? cue.start() : basesFrom - 1);
                metric = text.substring(piece.start(), e).strip();
                if (metric.isEmpty()) {
                    piece = null;
                    metric = null;
                }
            }
            return new Comparison(piece, metric, bases);
        }

        /** Only 增长/增速 and the like name the figure: no metric words of its own. */
        private static boolean growthOnly(LeftContext left) {
            return left.lastCue(Cue.UP, Cue.DOWN) != null && LeftContext.lastPiece(left.items) == null;
        }

        /** 固定资产投资增速低于全省: a comparison of rates keeps 增速 in the metric. */
        private String growthNounAfter(LeftContext.Item piece, LeftContext left, Draft d) {
            if (d.kind != Kind.PP_CHANGE && d.kind != Kind.RANK) {
                return "";
            }
            int k = left.indexOf(piece);
            if (k + 1 < left.items.size()) {
                LeftContext.Item next = left.items.get(k + 1);
                String w = next.text(text);
                if (next.type() == LeftContext.Type.CUE && (w.equals("增速") || w.equals("增幅") || w.equals("增长率"))) {
                    return w;
                }
            }
            return "";
        }

        /** A piece that names no metric on its own takes what it refers to (总投资 → 签约项目总投资). */
        private String completeMetric(String metric, LeftContext.Item piece, Draft d0) {
            if (listTopic != null && metric.equals(listNoun)) {
                d0.trace.add("metric:list-topic");
                String m = listTopic;
                listTopic = null;
                return m;
            }
            if (ASPECT.contains(metric) && last != null) {
                d0.trace.add("metric:aspect+carried");
                return metric + stripAspect(last.metric);
            }
            if (view.lexicons().heads().isGeneric(metric)) {
                String rate = carriedRate(metric, "增速");
                if (rate != null) {
                    d0.trace.add("metric:carried+增速");
                    return rate;
                }
                if (topic != null && !metric.startsWith(topic)) {
                    d0.trace.add("metric:topic+head");
                    return topic + metric;
                }
                if (sectorTopic != null) {
                    d0.trace.add("metric:sector+head");
                    d0.subject = sectorTopic;
                    return sectorTopic + metric;
                }
                if ((metric.equals("总量") || metric.equals("规模")) && last != null) {
                    d0.trace.add("metric:carried+size");
                    return stripRate(last.metric) + metric; // GDP增长5%，总量居全省第2位
                }
            }
            if (last != null && isVerbOnly(piece)) {
                d0.trace.add("metric:carried-after-verb");
                return last.metric; // 由51户重组为33户
            }
            d0.trace.add("metric:left");
            return metric;
        }

        private static String stripAspect(String m) {
            for (String a : ASPECT) {
                if (m.startsWith(a) && m.length() > a.length()) {
                    return m.substring(a.length());
                }
            }
            return m;
        }

        private boolean isVerbOnly(LeftContext.Item piece) {
            if (piece.end() - piece.start() > 3) {
                return false;
            }
            String p = piece.text(text);
            if (p.length() >= 2 && (p.endsWith("为") || p.endsWith("到") || p.endsWith("至"))) {
                return true; // 重组为, 增加到
            }
            for (int k = view.tokenIndexFrom(piece.start()); k < view.tokens().size(); k++) {
                Token t = view.tokens().get(k);
                if (t.start() >= piece.end()) {
                    break;
                }
                if (!t.pos().startsWith("v") || t.pos().equals("vn")) {
                    return false;
                }
            }
            return true;
        }

        private List<String> splitMetric(String metric, int values) {
            // fixed phrases (租赁和商务服务业, 市级及以上) never split: mask them first
            String masked = view.lexicons().phrases().mask(metric);
            boolean conj = masked.indexOf('和') >= 0 || masked.indexOf('及') >= 0 || masked.indexOf('与') >= 0;
            List<String> maskedItems = Enumerations.split(masked, values, conj ? wordEnds(metric) : null);
            List<String> items = new ArrayList<>(maskedItems.size());
            int pos = 0;
            for (String it : maskedItems) {
                int at = masked.indexOf(it, pos);
                items.add(metric.substring(at, at + it.length()));
                pos = at + it.length();
            }
            return items;
        }

        /** A sector, industry or firm that a metric is about (集成电路产业产值 → 集成电路产业). */
        private static String subjectOf(String metric) {
            for (String suffix : new String[] {"产业链", "产业", "行业"}) {
                int i = metric.indexOf(suffix);
                if (i >= 2 && i + suffix.length() < metric.length()) {
                    String s = metric.substring(0, i + suffix.length());
                    if (s.indexOf('、') < 0 && !s.startsWith("战略性新兴") && !s.contains("规")) {
                        return s;
                    }
                }
            }
            return null;
        }

        /** Offsets in {@code s} where a word ends (by the segmenter). */
        private int[] wordEnds(String s) {
            List<Token> ts = segmenter.segment(s);
            int[] ends = new int[ts.size()];
            for (int k = 0; k < ts.size(); k++) {
                ends[k] = ts.get(k).end();
            }
            return ends;
        }

        private Enumerations.KnownMetrics known() {
            return p -> view.lexicons().metrics().lookup(p).isPresent();
        }

        private static boolean sameFamily(Draft a, Draft b) {
            return a.unitInfo != null && b.unitInfo != null && a.unitInfo.base() != null
                    && a.unitInfo.base().equals(b.unitInfo.base());
        }

        private boolean endsWithNoun(String s) {
            List<Token> ts = segmenter.segment(s);
            return !ts.isEmpty() && (ts.get(ts.size() - 1).isNoun() || npToken(ts.get(ts.size() - 1)));
        }

        private boolean startsWithVerbWord(String s) {
            List<Token> ts = segmenter.segment(s);
            return !ts.isEmpty() && ts.get(0).pos().startsWith("v") && !ts.get(0).pos().equals("vn");
        }

        private static boolean isCount(Draft d) {
            return d.kind == Kind.AMOUNT && d.unitInfo != null && "count".equals(d.unitInfo.family());
        }

        private String carriedMetric(Draft d) {
            String m = last.metric;
            if (last.kind == Kind.AMOUNT && last.basis != null && d.kind != Kind.AMOUNT && last.trace.contains("basis:level-change")) {
                // 存款余额比年初增加78.6亿元，增长10.0%: the growth is of the balance, not of its increase
                int b = m.indexOf(last.basis);
                if (b > 0) {
                    m = m.substring(0, b);
                }
            }
            if (last.kind == Kind.PERCENT && d.kind != Kind.PERCENT && d.kind != Kind.PP_CHANGE) {
                // 乡村游占比近一半，增长34.2%: the growth is of 乡村游, not of its share
                int zhan = m.indexOf('占');
                if (zhan > 0) {
                    return m.substring(0, zhan);
                }
            }
            if ((d.kind == Kind.PP_CHANGE || d.kind == Kind.RANK) && last.kind == Kind.GROWTH_RATE) {
                return stripRate(m) + "增速";
            }
            return m;
        }

        /** 二期 at the end of a project's name taken off (项目二期 → 项目): a scanner, not a regex per call. */
        static String withoutPhase(String name) {
            int n = name.length();
            return n >= 2 && name.charAt(n - 1) == '期' && "一二三".indexOf(name.charAt(n - 2)) >= 0
                    ? name.substring(0, n - 2) : name;
        }

        private static String stripRate(String m) {
            if (m.endsWith("增速")) {
                return m.substring(0, m.length() - 2);
            }
            if (m.endsWith("总量") && m.length() > 2) {
                return m.substring(0, m.length() - 2); // 地区生产总值总量 → 地区生产总值 (增速)
            }
            return m;
        }

        /**
         * The metric text of a piece, joined with the piece before it when only a level verb
         * separates them and either the first names a sector (规上信息服务业|实现|营业收入) or the
         * second is a bare head (在建项目|完成|投资).
         */
        private String pieceText(LeftContext.Item piece, LeftContext left) {
            String m = piece.text(text);
            int k = left.indexOf(piece);
            if (k >= 3 && left.items.get(k - 1).type() == LeftContext.Type.CUE && left.items.get(k - 1).cue() == Cue.LEVEL
                    && left.items.get(k - 2).type() == LeftContext.Type.PERIOD
                    && left.items.get(k - 3).type() == LeftContext.Type.PIECE && namesSector(left.items.get(k - 3).text(text))) {
                return left.items.get(k - 3).text(text) + m; // 鞋服产业集群2017年实现产值
            }
            if (k >= 2) {
                LeftContext.Item verb = left.items.get(k - 1);
                LeftContext.Item before = left.items.get(k - 2);
                if (verb.type() == LeftContext.Type.CUE && before.type() == LeftContext.Type.PIECE) {
                    String b = before.text(text);
                    if (m.startsWith("的") && (verb.cue() == Cue.LEVEL || verb.cue() == Cue.LEVEL_TO)) {
                        return text.substring(before.start(), piece.end()); // 通过公共网络实现的商品零售额
                    }
                    if (isBareEntity(b)) {
                        return m; // 公司实现产值: the firm is the subject, not part of the metric
                    }
                    if (verb.cue() == Cue.LEVEL && namesSector(b)) {
                        return b + m;
                    }
                    boolean joins = verb.cue() == Cue.LEVEL || verb.cue() == Cue.TARGET || verb.cue() == Cue.FORECAST;
                    if (joins && view.lexicons().heads().isGeneric(m)) {
                        return text.substring(before.start(), piece.end()); // 相关项目计划投资, 在建项目完成投资
                    }
                }
            }
            return m;
        }

        /** 公司, 该企业, 这家公司: a word that only points at the firm the text is about. */
        private static boolean isBareEntity(String s) {
            String t = s;
            for (String p : new String[] {"这家", "该", "这个", "此", "本"}) {
                if (t.startsWith(p)) {
                    t = t.substring(p.length());
                }
            }
            return t.equals("公司") || t.equals("企业") || t.equals("集团") || t.equals("工厂") || t.equals("项目");
        }

        private static boolean namesSector(String s) {
            return s.endsWith("业") || s.endsWith("产业集群") || s.endsWith("集群") || s.endsWith("企业") || s.endsWith("公司") || s.endsWith("集团") || s.endsWith("园区")
                    || s.endsWith("产业园") || s.endsWith("基地");
        }

        private boolean endsWithVerb(LeftContext.Item piece) {
            Token t = view.tokenEndingAt(piece.end());
            return t != null && ((t.pos().startsWith("v") && !t.pos().equals("vn")) || t.pos().startsWith("u"));
        }

        private static final Set<String> ADVERBS = Set.of("还", "可", "就", "仅", "已", "也", "又", "再", "都", "均", "将",
            "已经", "共", "先后", "相继", "还可", "能", "可以");

        /**
         * The verb phrase a counted noun follows: the whole piece when it is short and holds no
         * examples (辐射周边, 建成北滨路), else its leading verb (引进 in 引进中粮大悦城、东方微银等).
         */
        private String verbPhrase(LeftContext.Item piece) {
            String p = piece.text(text);
            if (p.indexOf('让') >= 0 || p.indexOf('使') >= 0 || p.indexOf('令') >= 0) {
                return null; // 不仅让团结社区的4100余名居民…: a causative, not what is counted
            }
            if (p.indexOf('等') < 0 && p.indexOf('、') < 0 && p.length() <= 10 && hasVerb(piece)) {
                int k = view.tokenIndexFrom(piece.start());
                int s = piece.start();
                while (k < view.tokens().size() && view.tokens().get(k).start() == s && view.tokens().get(k).end() < piece.end()
                        && isOpener(view.tokens().get(k))) {
                    s = view.tokens().get(k).end();
                    k++;
                }
                return text.substring(s, piece.end());
            }
            return leadingVerbOf(piece);
        }

        /** Adverbs, pronouns and prepositions that open a verb phrase without meaning for the metric. */
        private static boolean isOpener(Token t) {
            String p = t.pos();
            return ADVERBS.contains(t.word()) || p.startsWith("d") || p.startsWith("r") || p.startsWith("p")
                    || t.word().equals("成功") || t.word().equals("通过");
        }

        private boolean hasVerb(LeftContext.Item piece) {
            for (int k = view.tokenIndexFrom(piece.start()); k < view.tokens().size(); k++) {
                Token t = view.tokens().get(k);
                if (t.start() >= piece.end()) {
                    break;
                }
                if (t.pos().startsWith("v") && !t.pos().equals("vn")) {
                    return true;
                }
            }
            return false;
        }

        private static LeftContext.Item firstPiece(LeftContext left) {
            for (LeftContext.Item it : left.items) {
                if (it.type() == LeftContext.Type.PIECE) {
                    return it;
                }
            }
            return null;
        }

        private boolean startsWithVerb(LeftContext.Item piece) {
            int k = view.tokenIndexFrom(piece.start());
            while (k < view.tokens().size()) {
                Token t = view.tokens().get(k);
                if (t.start() >= piece.end()) {
                    return false;
                }
                if (ADVERBS.contains(t.word()) || VERB_PREFIXES.contains(t.word())) {
                    k++;
                    continue;
                }
                return t.pos().startsWith("v") && !t.pos().equals("vn");
            }
            return false;
        }

        /** End of an examples list (…等) inside a metric phrase, or -1. */
        private static int examplesEnd(String metric) {
            int d = metric.lastIndexOf('等');
            if (d <= 0 || d >= metric.length() - 1) {
                return -1;
            }
            String before = metric.substring(0, d);
            if (before.indexOf('、') < 0 && before.length() < 6) {
                return -1; // 等 as in 等级, or a short phrase
            }
            char next = metric.charAt(d + 1);
            if (next == '级' || next == '于' || next == '同') {
                return -1;
            }
            return d + 1;
        }

        private String leadingVerbOf(LeftContext.Item piece) {
            boolean examples = piece.text(text).indexOf('等') > 0;
            StringBuilder verb = new StringBuilder();
            boolean hasVerb = false;
            List<Token> tokens = view.tokens();
            int e = piece.start();
            for (int k = view.tokenIndexFrom(piece.start()); k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.start() != e || t.end() > piece.end()) {
                    break;
                }
                boolean v = t.pos().startsWith("v") && (!t.pos().equals("vn") || examples || verb.length() > 0);
                if ((v || (!hasVerb && VERB_PREFIXES.contains(t.word()))) && verb.length() + t.word().length() <= 5) {
                    verb.append(t.word());
                    hasVerb |= v;
                    e = t.end();
                } else {
                    break;
                }
            }
            return hasVerb && e < piece.end() ? verb.toString() : null;
        }

        /**
         * A bare 增速 (or 增幅) named after the indicator it means, with {@code suffix}: the last record's,
         * else the sentence before's in the paragraph (荆州市地区生产总值增长14.9%。襄阳增速比全省高1.8个百分点);
         * null when the metric is not a bare rate or there is none.
         */
        private String carriedRate(String metric, String suffix) {
            Draft carrier = last != null ? last : previousSentence;
            if (carrier == null || !(metric.equals("增速") || metric.equals("增幅"))) {
                return null;
            }
            return stripRate(carrier.metric) + suffix;
        }

        /** A cue word (带动, 实现) stands right before the piece: its own verb, none to carry. */
        private static boolean afterCue(LeftContext.Item piece, LeftContext left) {
            int k = left.indexOf(piece);
            return k > 0 && left.items.get(k - 1).type() == LeftContext.Type.CUE && left.items.get(k - 1).end() == piece.start();
        }

        private boolean isNounPhrase(LeftContext.Item piece) {
            for (int k = view.tokenIndexFrom(piece.start()); k < view.tokens().size(); k++) {
                Token t = view.tokens().get(k);
                if (t.start() >= piece.end()) {
                    break;
                }
                if (!npToken(t)) {
                    return false;
                }
            }
            return true;
        }

        private static final String[] NAME_SUFFIXES = {"有限公司", "公司", "集团", "基地", "中心", "产业园", "工业园", "园区",
            "示范区", "示范园", "港", "镇", "村", "街道", "社区", "医院", "卫生院", "学院", "大学", "商圈", "数据谷", "科技城",
            "生态城", "小镇", "物流园", "景区", "旅游区", "片区", "街区", "酒店", "饭店", "工厂", "车间", "机场", "码头", "口岸",
            "银行", "超市", "商场", "园"};

        private static final String[] ENTITY_WORDS = {"企业", "公司", "集团", "项目", "园区", "基地", "工厂"};
        private static final String[] HOLD_WORDS = {"现有", "拥有", "已有", "共有", "现", "有", "已", "共"};

        /**
         * 这家成立于2008年的企业现有员工 → 员工 (the firm the text is about is the subject);
         * 在第十一届交易会上达成意向订单 → 达成意向订单 (a frame of place or occasion).
         */
        private String dropFrames(String metric, Draft d) {
            String m = metric;
            if (m.startsWith("这") || m.startsWith("该") || m.startsWith("此")) {
                for (String w : ENTITY_WORDS) {
                    int i = m.indexOf(w);
                    if (i > 0 && i + w.length() < m.length() - 1) {
                        m = m.substring(i + w.length());
                        for (String h : HOLD_WORDS) {
                            if (m.startsWith(h) && m.length() > h.length() + 1) {
                                m = m.substring(h.length());
                                break;
                            }
                        }
                        d.trace.add("metric:demonstrative-dropped");
                        return m;
                    }
                }
            }
            if (m.startsWith("在") && m.length() > 6) {
                List<Token> ts = segmenter.segment(m);
                if (!ts.isEmpty() && ts.get(0).word().equals("在") && ts.get(0).pos().startsWith("p")) {
                    for (Token t : ts) {
                        if ((t.word().equals("上") || t.word().equals("中") || t.word().endsWith("期间")) && t.end() >= 4
                                && t.end() < m.length() - 1) {
                            d.trace.add("metric:frame-dropped");
                            return m.substring(t.end());
                        }
                    }
                }
            }
            return m;
        }

        /** 落户重庆临空前沿科技城的OPPO（重庆）智能科技有限公司 → OPPO（重庆）智能科技有限公司. */
        private static String stripRelative(String name) {
            int de = name.lastIndexOf('的');
            return de >= 0 && de < name.length() - 2 ? name.substring(de + 1) : name;
        }

        /** 所建的OPPO…项目占地 → OPPO…项目占地. */
        private static String stripSuoDe(String s) {
            if (s.startsWith("所")) {
                int de = s.indexOf('的');
                if (de > 0 && de <= 3 && de < s.length() - 1) {
                    return s.substring(de + 1);
                }
            }
            return s;
        }

        /** 美兰机场、凤凰机场: every item of the list is a name. */
        private static boolean namesList(String s) {
            for (String item : s.split("、")) {
                boolean named = false;
                for (String suf : NAME_SUFFIXES) {
                    named |= item.endsWith(suf) && item.length() > suf.length();
                }
                if (!named) {
                    return false;
                }
            }
            return true;
        }

        private boolean properNameEndsAt(String metric, int end) {
            int pos = 0;
            for (Token t : segmenter.segment(metric)) {
                pos = t.end();
                if (pos == end) {
                    String p = t.pos();
                    return p.startsWith("ns") || p.startsWith("nt") || p.startsWith("nr") || p.equals("nz") || p.equals("nis");
                }
                if (pos > end) {
                    return false;
                }
            }
            return false;
        }

        /** 南彭贸易物流基地开行 → {南彭贸易物流基地, 开行}: a leading firm or place name is the subject. */
        private String[] splitSubject(String metric) {
            // 休闲食品项目总投资, 晋芯存储器项目一期总投资: a project before a bare head
            for (String suf : new String[] {"项目一期", "项目二期", "项目三期", "项目"}) {
                int i = metric.lastIndexOf(suf);
                if (i >= 2) {
                    String rest = metric.substring(i + suf.length());
                    String name = metric.substring(0, i + suf.length());
                    if ("class".equals(view.lexicons().phrases().kindOfSuffix(withoutPhase(name)))
                            || startsWithVerbWord(name)) {
                        break; // 签约项目总投资, 新增储备申报中央投资项目总投资: a class of projects, not a named one
                    }
                    if (view.lexicons().heads().isGeneric(rest)) {
                        return new String[] {metric.substring(0, i + suf.length()), rest};
                    }
                }
            }
            for (String suf : NAME_SUFFIXES) {
                int i = metric.indexOf(suf);
                while (i >= 0) {
                    int e = i + suf.length();
                    if (e < metric.length() && (metric.charAt(e) == '(' || metric.charAt(e) == '（')) {
                        int close = Math.max(metric.indexOf(')', e), metric.indexOf('）', e));
                        if (close > 0) {
                            e = close + 1;
                        }
                    }
                    boolean ok = suf.length() >= 2 ? e >= 4 : properNameEndsAt(metric, e);
                    if (i >= 2 && ok && metric.length() - e >= 2 && (metric.indexOf('、') < 0 || namesList(metric.substring(0, e)))) {
                        String rest = metric.substring(e);
                        if (rest.startsWith("共") || rest.startsWith("均") || rest.startsWith("合计")) {
                            rest = rest.substring(rest.startsWith("合计") ? 2 : 1);
                        }
                        return new String[] {metric.substring(0, e), rest};
                    }
                    i = metric.indexOf(suf, i + 1);
                }
            }
            return null;
        }

        private static final Set<String> VERB_PREFIXES = Set.of("新", "再", "共", "累计", "已", "先后", "相继", "还", "又");

        private static String cleanMetric(String m) {
            String s = m.strip();
            if (s.length() >= 2 && s.startsWith("“") && s.endsWith("”") && s.indexOf('“', 1) < 0) {
                s = s.substring(1, s.length() - 1);
            }
            return s;
        }

        /** Shares: 市值占全市50%以上 → 市值占全市比重; 乡村游占比近一半 → 乡村游占比. Null when not a share. */
        private List<Draft> shareMetric(List<Draft> made, LeftContext left) {
            LeftContext.Item share = null;
            for (LeftContext.Item it : left.items) {
                if (it.type() == LeftContext.Type.CUE && it.cue() == Cue.SHARE) {
                    String w = it.text(text);
                    if (share == null || (w.startsWith("占") || w.startsWith("恢复")) && !share.text(text).startsWith("占")) {
                        share = it;
                    }
                }
            }
            String base;
            int k;
            int shareAt;
            if (share == null) {
                if (!sharePhrase(left)) {
                    return null;
                }
                List<LeftContext.Item> regions = left.regions();
                LeftContext.Item r = regions.get(regions.size() - 1);
                k = left.indexOf(r);
                shareAt = r.start();
                base = trimDe(stripLevel(text.substring(r.start(), left.to)));
            } else {
                k = left.indexOf(share);
                shareAt = share.start();
                String word = share.text(text);
                if ((!word.startsWith("占") && !word.startsWith("恢复")) || word.startsWith("占比")) {
                    base = null; // 占比, 比重: the share is named, not its base
                } else {
                    base = trimDe(stripLevel(text.substring(share.end(), left.to)));
                    if (base.isEmpty()) {
                        base = null;
                    }
                }
            }
            LeftContext.Item piece = LeftContext.lastPiece(left.before(k));
            String subject;
            Qualifier before = null;
            if (piece != null) {
                subject = pieceText(piece, left);
                // 约占全县农业总产值的七成, 不足全省平均水平的一半: the qualifier before the share is the figure's
                for (String[] w : SHARE_QUALIFIERS) {
                    if (subject.endsWith(w[0]) && subject.length() > w[0].length() && piece.end() == shareAt) {
                        subject = subject.substring(0, subject.length() - w[0].length());
                        before = Qualifier.valueOf(w[1]);
                        break;
                    }
                }
                if (subject.length() <= 3 && topic != null) {
                    subject = topic + subject; // 上市企业达11家、市值占全市50%以上
                } else if (subject.length() <= 3 && last != null && view.lexicons().heads().isGeneric(subject)) {
                    subject = last.metric + subject;
                }
            } else if (last != null) {
                subject = stripShare(last.metric);
            } else {
                subject = "";
            }
            String suffix;
            if (share != null && share.text(text).startsWith("恢复")) {
                suffix = share.text(text) + (base == null ? "" : base) + "的比例"; // 恢复到2019年同期的91.3%
            } else if (base == null) {
                String w = share == null ? "比重" : share.text(text);
                suffix = w.startsWith("占比") ? "占比" : "比重";
            } else {
                boolean named = base.endsWith("比重") || base.endsWith("比例") || base.endsWith("份额") || base.endsWith("占比");
                suffix = "占" + base + (named ? "" : "比重");
            }
            List<String> items = splitMetric(subject, made.size());
            List<Draft> result = new ArrayList<>();
            if (made.size() > 1 && items.size() == made.size()) {
                List<String> dist = Enumerations.distribute(items, view.lexicons().heads(), known(), this::wordEnds);
                for (int i = 0; i < made.size(); i++) {
                    made.get(i).metric = cleanMetric(dist.get(i) + suffix);
                    made.get(i).trace.add("metric:share-pair");
                    result.add(made.get(i));
                }
            } else {
                for (Draft d : made) {
                    d.metric = cleanMetric(subject + suffix);
                    d.trace.add("metric:share");
                    result.add(d);
                }
            }
            for (Draft d : result) {
                if (piece != null) {
                    d.evidenceStart = Math.min(d.evidenceStart, piece.start());
                }
                if (before != null && d.qualifier == null && (d.q.qualifier() == null || d.q.qualifier() == Qualifier.EXACT)) {
                    d.qualifier = before;
                    d.trace.add("qualifier:before-share");
                }
            }
            return result;
        }

        /** Qualifier words written before 占 (约占, 大约占, 不足占): the word and its qualifier. */
        private static final String[][] SHARE_QUALIFIERS = {
            {"大约", "APPROX"}, {"约", "APPROX"}, {"接近", "APPROX"}, {"超过", "MORE_THAN"}, {"不足", "LESS_THAN"}, {"不到", "LESS_THAN"},
        };

        private static String stripShare(String m) {
            int z = m.indexOf('占');
            return z > 0 ? m.substring(0, z) : m;
        }

        /** Level verbs (cues.tsv LEVEL/LEVEL_TO: 达到, 提高到, 保持在) and qualifiers that end a share's base. */
        private String stripLevel(String s) {
            String t = s.strip();
            boolean changed = true;
            while (changed) {
                changed = false;
                int cue = levelCueEnding(t);
                if (cue > 0 && t.length() > cue) {
                    t = t.substring(0, t.length() - cue);
                    changed = true;
                }
                for (String w : new String[] {"到了", "到", "了", "约", "已", "超过", "超", "近"}) {
                    if (t.endsWith(w) && t.length() > w.length()) {
                        t = t.substring(0, t.length() - w.length());
                        changed = true;
                    }
                }
            }
            return t;
        }

        /** The length of the longest LEVEL or LEVEL_TO cue that ends {@code t}, or 0. */
        private int levelCueEnding(String t) {
            for (int j = Math.max(0, t.length() - 4); j < t.length(); j++) {
                PhraseTrie.Match<Cue> m = view.lexicons().cues().trie().exactAt(t, j, t.length());
                if (m != null && (m.value() == Cue.LEVEL || m.value() == Cue.LEVEL_TO)) {
                    return t.length() - j;
                }
            }
            return 0;
        }

        private static String trimDe(String s) {
            String t = s.strip();
            while (!t.isEmpty() && (t.endsWith("的") || t.endsWith("中") || t.endsWith("了"))) {
                t = t.substring(0, t.length() - 1);
            }
            return t;
        }

        /** (约)为马鞍山的1.8倍, 相当于全省平均水平的1.5倍: the qualifier, then what the figure is a multiple of. */
        private static final java.util.regex.Pattern MULTIPLE_OF =
                java.util.regex.Pattern.compile("^(约|近|大约|接近)?(?:为|是|相当于)(.{1,20})的$");

        /**
         * 经济总量占全省的比重为10.0%，约为同处皖江的马鞍山的1.8倍: a clause that only says what the
         * last figure's thing is a multiple of. The metric is the last one's (without its share), the
         * basis the place or thing compared with. False when the clause is not of that shape (是上年的
         * 2.3倍 is read with the periods).
         */
        private boolean multipleOfAnother(Draft d0, LeftContext left) {
            java.util.regex.Matcher m = MULTIPLE_OF.matcher(text.substring(left.from, d0.q.numberStart()));
            if (!m.matches()) {
                return false;
            }
            String other = m.group(2);
            PeriodMention p = view.lexicons().periods().at(other, 0, null);
            if (p != null) {
                return false;
            }
            List<LeftContext.Item> regions = left.regions();
            String basis;
            if (!regions.isEmpty()) {
                basis = regions.get(regions.size() - 1).text(text);
            } else {
                int de = other.lastIndexOf('的');
                basis = de >= 0 ? other.substring(de + 1) : other;
            }
            String metric = last.metric;
            int zhan = metric.indexOf('占');
            if (zhan > 0) {
                metric = metric.substring(0, zhan); // 经济总量占全省的比重 → 经济总量
            }
            d0.metric = metric;
            d0.basis = basis;
            if (m.group(1) != null) {
                d0.qualifier = Qualifier.APPROX;
            }
            d0.trace.add("metric:multiple-of-another");
            return true;
        }

        /** 由…第十位上升至: an earlier rank and a verb of change to a level (cues.tsv LEVEL_TO) right before the rank. */
        private boolean movedTo(String between) {
            if (between.indexOf('第') < 0) {
                return false;
            }
            for (int j = Math.max(0, between.length() - 4); j < between.length(); j++) {
                PhraseTrie.Match<Cue> m = view.lexicons().cues().trie().exactAt(between, j, between.length());
                if (m != null && m.value() == Cue.LEVEL_TO) {
                    return true;
                }
            }
            return false;
        }

        /** Ranks: metric before the ranking verb or scope, scope between them and the ordinal. */
        private List<Draft> rankMetric(List<Draft> made, LeftContext left) {
            LeftContext.Item rank = left.lastCue(Cue.RANK);
            int k = rank == null ? left.items.size() : left.indexOf(rank);
            List<LeftContext.Item> regions = left.regions();
            LeftContext.Item scopeRegion = null;
            if (rank == null && !regions.isEmpty()) {
                scopeRegion = regions.get(regions.size() - 1);
                k = left.indexOf(scopeRegion);
            }
            Draft d0 = made.get(0);
            int scopeFrom = rank != null ? rank.end() : scopeRegion != null ? scopeRegion.start() : d0.q.start();
            String scope = trimDe(text.substring(scopeFrom, d0.q.numberStart()));
            if (scope.startsWith("在")) {
                scope = scope.substring(1);
            }
            if (scope.isEmpty() && rank != null) {
                // 营业利润率在全国金陵连锁成员酒店中排名第一: the scope stands between 在 and 中
                String before = text.substring(left.from, rank.start());
                int zai = before.lastIndexOf('在');
                if (zai >= 0 && before.endsWith("中")) {
                    scope = before.substring(zai + 1, before.length() - 1);
                    k = -1;
                    for (int x = 0; x < left.items.size(); x++) {
                        if (left.items.get(x).end() <= left.from + zai) {
                            k = x + 1;
                        }
                    }
                    k = Math.max(k, 0);
                }
            }
            // 增速由上年同期的全省第十位上升至第六位: the rank moved; the scope is the one after 由, the
            // metric what stands before 由
            int you = d0.q.numberStart() - 1;
            while (you >= left.from && text.charAt(you) != '由') {
                you--; // within the left context only: linear
            }
            if (you >= left.from && movedTo(text.substring(you, d0.q.numberStart()))) {
                LeftContext.Item sr = null;
                for (LeftContext.Item r : regions) {
                    if (r.start() > you && sr == null) {
                        sr = r;
                    }
                }
                if (sr != null) {
                    scope = sr.text(text);
                }
                k = 0;
                while (k < left.items.size() && left.items.get(k).start() < you) {
                    k++;
                }
                d0.trace.add("rank:moved");
            }
            boolean framed = false;
            if (scope.isEmpty()) {
                // 在全国县域经济百强县榜单中，靖江市位列第26位: the scope is the sentence's frame
                String frame = text.substring(sentence.start(), left.from).strip();
                while (!frame.isEmpty() && "，,：:".indexOf(frame.charAt(frame.length() - 1)) >= 0) {
                    frame = frame.substring(0, frame.length() - 1);
                }
                int zai = frame.lastIndexOf('在');
                if (zai >= 0 && frame.endsWith("中") && frame.length() - zai > 3
                        && frame.substring(zai).indexOf('，') < 0) {
                    scope = frame.substring(zai + 1, frame.length() - 1);
                    framed = true;
                }
            }
            LeftContext.Item piece = LeftContext.lastPiece(left.before(k));
            String metric;
            if (piece == null && framed) {
                metric = scope; // the ranking list is what the rank is in
                d0.trace.add("rank:metric-frame");
            } else if (piece != null) {
                metric = pieceText(piece, left) + growthNounAfter(piece, left, d0);
                String rate = carriedRate(metric, "增速");
                if (rate != null) {
                    metric = rate;
                } else if (view.lexicons().heads().isGeneric(metric) && topic != null && !metric.startsWith(topic)) {
                    metric = topic + metric;
                } else if ((metric.equals("总量") || metric.equals("规模")) && last != null) {
                    metric = stripRate(last.metric) + metric;
                }
                d0.trace.add("rank:metric-left");
            } else if (last != null) {
                metric = carriedMetric(d0);
                d0.trace.add("rank:metric-carried");
            } else {
                metric = scope;
                d0.trace.add("rank:metric-scope");
            }
            metric = cleanMetric(metric);
            List<String> items = splitMetric(metric, made.size());
            List<Draft> result = new ArrayList<>();
            for (Draft d : made) {
                if (items.size() > 1 && made.size() == 1) {
                    for (String m : Enumerations.distribute(items, view.lexicons().heads(), known(), this::wordEnds)) {
                        Draft c = d.copy();
                        c.metric = m;
                        c.scope = scope.isEmpty() ? null : scope;
                        c.trace.add("rank:shared");
                        result.add(c);
                    }
                } else {
                    d.metric = metric;
                    d.scope = scope.isEmpty() ? null : scope;
                    d.trace.add("rank:scope");
                    result.add(d);
                }
            }
            return result;
        }

        /** 分别高于全市、全国1.5个、0.6个百分点: each value is against its region. */
        private void comparisonBases(List<Draft> made, LeftContext left) {
            if (made.isEmpty() || made.get(0).kind != Kind.PP_CHANGE) {
                return;
            }
            List<String> bases = new ArrayList<>();
            for (LeftContext.Item r : left.regions()) {
                RegionContext.Mention m = r.region();
                if (m.role() == RegionContext.Role.COMPARISON || isComparisonWord(m.surface())) {
                    bases.add(m.surface());
                }
            }
            if (bases.isEmpty()) {
                LeftContext.Item b = left.last(LeftContext.Type.BASIS);
                if (b != null) {
                    bases.add(b.text(text));
                }
            }
            if (bases.isEmpty()) {
                return;
            }
            for (int k = 0; k < made.size(); k++) {
                Draft d = made.get(k);
                d.basis = bases.size() == made.size() ? bases.get(k) : bases.get(bases.size() - 1);
                d.trace.add("basis:compared");
            }
        }

        private static boolean isComparisonWord(String s) {
            return s.equals("全市") || s.equals("全省") || s.equals("全国") || s.equals("全区") || s.equals("全县");
        }

        private void basis(List<Draft> made, LeftContext left) {
            for (Draft d : made) {
                if (d.basis != null || d.kind == Kind.PP_CHANGE) {
                    continue;
                }
                LeftContext.Item b = left.last(LeftContext.Type.BASIS);
                if (b == null) {
                    continue;
                }
                if (d.kind == Kind.GROWTH_RATE || d.kind == Kind.MULTIPLE) {
                    d.basis = b.text(text);
                    d.trace.add("basis:cue");
                } else if (d.kind == Kind.AMOUNT && changeAfter(left, b)) {
                    // 贷款余额比年初增加156亿元, 比上年净增21户: a change of a level, against its basis
                    d.basis = b.text(text);
                    String change = text.substring(b.end(), left.to).strip();
                    if (!change.isEmpty() && change.length() <= 4 && !d.metric.endsWith(change)) {
                        d.metric = d.metric + (d.metric.contains(b.text(text)) ? "" : b.text(text)) + change;
                    }
                    d.trace.add("basis:level-change");
                }
            }
        }

        private static boolean isChangeWord(String m) {
            return m.equals("多") || m.equals("少") || m.equals("增加") || m.equals("减少") || m.equals("净增") || m.equals("增")
                    || m.equals("减");
        }

        private boolean changeAfter(LeftContext left, LeftContext.Item b) {
            String change = text.substring(b.end(), left.to).strip();
            return change.startsWith("增加") || change.startsWith("减少") || change.startsWith("净增")
                    || change.startsWith("新增") || change.startsWith("多") || change.startsWith("少")
                    || change.startsWith("增长") || change.startsWith("下降");
        }

        // ---- period ----------------------------------------------------------------------

        /**
         * The nearest period before {@code offset}: in the sentence, else the paragraph, else the
         * section (sections start at headings and bylines that name a region); failing that, the
         * period of the nearest heading before (a box titled 上半年区县经济亮点 over its items).
         * A period written inside a clause (由上年的…, 2019年的5%) holds in its own sentence only; a
         * recurring one (每年) gives way to a span named before it in the sentence.
         */
        private PeriodMention periodFor(int offset) {
            return view.periodBefore(offset, sentence);
        }

        /** 是上年的2.3倍, 为2019年同期的1.5倍: the period the multiple is taken of, or null. */
        private PeriodMention multipleOf(QuantityMatch q) {
            if (q.start() < 2 || text.charAt(q.start() - 1) != '的') {
                return null;
            }
            return view.periodEndingBefore(q.start() - 1);
        }

        // ---- noun phrase after a figure -------------------------------------------------

        /**
         * @param text       the noun phrase (山地特色城镇)
         * @param metricText what the figure counts, with a short verb phrase closing the clause
         *                   (重点项目建成投用)
         * @param afterDe    the phrase follows 的 (年产值45亿元的唐人神…: a subject, not the metric)
         */
        record NounPhrase(int start, int end, int metricEnd, String text, String metricText, boolean afterDe) {
        }

        /**
         * 山地特色城镇 after 20个, 唐人神生猪全产业链 after 45亿元的; null when a predicate or
         * punctuation follows (51户重组为33户, 11.7亿元。). What is counted runs to the next separator or
         * figure; the noun phrase proper (for topics and subjects) stops at the first verb.
         */
        private NounPhrase nounPhraseAfter(QuantityMatch q, int clauseEnd, int limit) {
            int i = q.end();
            boolean de = false;
            if (i < limit && text.charAt(i) == '的') {
                de = true;
                i++;
            }
            if (i >= limit || !(Character.isLetter(text.charAt(i)) || text.charAt(i) == '“')) {
                return null;
            }
            RegionContext.Mention rm = view.regionStartingAt(i);
            if (!view.isBoundary(i) || view.cueAt(i, limit) != null
                    || (rm != null && (rm.role() == RegionContext.Role.SUBJECT || rm.role() == RegionContext.Role.COMPARISON))) {
                return null;
            }
            List<Token> tokens = view.tokens();
            int fi = view.tokenIndexFrom(i);
            if (fi >= tokens.size()) {
                return null;
            }
            Token first = tokens.get(fi);
            Token second = fi + 1 < tokens.size() ? tokens.get(fi + 1) : null;
            String p = first.pos();
            boolean oneCharBeforeNoun = first.word().length() == 1 && second != null && second.isNoun()
                    && second.start() == first.end() && "的了等约近余多为与和及在于至到".indexOf(first.word().charAt(0)) < 0;
            boolean verbModifier = p.startsWith("v") && first.word().length() <= 4 && second != null
                    && second.pos().equals("n") && second.start() == first.end() && view.cueAt(i, limit) == null;
            boolean predicate = !oneCharBeforeNoun && !verbModifier && (p.startsWith("p") || p.startsWith("d")
                    || p.startsWith("u") || p.startsWith("c") || p.startsWith("r") || p.startsWith("f")
                    || p.startsWith("m") || p.startsWith("q") || (p.startsWith("v") && !p.equals("vn")));
            if (predicate && !first.word().equals("“")) {
                return null;
            }
            int me = i;
            while (me < limit && "、，。；：,;:（(\n".indexOf(text.charAt(me)) < 0) {
                me++;
            }
            String counted = text.substring(i, me).strip();
            if (counted.isEmpty() || "mark".equals(view.lexicons().phrases().kindOf(counted))) {
                return null; // 突破2000亿元大关: a threshold, not a counted thing
            }
            if (me == limit && limit < clauseEnd && first.pos().startsWith("v") && (counted.endsWith("为")
                    || counted.endsWith("到") || counted.endsWith("至") || counted.endsWith("成"))) {
                return null; // 由51户重组为33户
            }
            // the noun phrase proper: up to the first verb after a noun
            int e = i;
            boolean noun = false;
            for (int k = fi; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.start() != e || t.end() > me) {
                    break;
                }
                boolean verb = t.pos().startsWith("v") && !t.pos().equals("vn");
                if (k > fi && view.cueAt(t.start(), me) != null) {
                    break; // 规上工业企业|实现产值
                }
                boolean nounNext = k + 1 < tokens.size() && tokens.get(k + 1).isNoun() && tokens.get(k + 1).end() <= me
                        && t.word().length() == 1;
                boolean shortTail = t.word().length() == 1 && t.end() - i <= 3 && t.end() == me; // 村居 (村/n 居/v)
                if (verb && noun && !nounNext && !shortTail) {
                    break;
                }
                String tp = t.pos();
                boolean function = tp.startsWith("d") || tp.startsWith("p") || tp.startsWith("c") || tp.startsWith("u")
                        || tp.startsWith("r") || tp.startsWith("w");
                if (function && k > fi && !t.word().equals("“") && !t.word().equals("”")) {
                    if (t.word().equals("的") && de == false && k + 1 < tokens.size() && tokens.get(k + 1).isNoun()
                            && tokens.get(k + 1).end() <= me && e - i <= 8) {
                        e = t.end(); // 满载货物的标准集装箱: a relative clause stays in the phrase
                        continue;
                    }
                    break; // 关键指标|均为
                }
                noun |= t.isNoun();
                e = t.end();
            }
            if (e <= i) {
                e = me;
            }
            String np = text.substring(i, e);
            int next = me;
            if (de || counted.length() > 18 || (limit < clauseEnd && e < me && !verbObject(e, me))) {
                counted = np;
                me = e;
                next = e;
            } else if (limit < clauseEnd && e < me) {
                next = e; // 5303家企业获得续贷162亿元: 获得续贷 is also the next figure's metric
            }
            return new NounPhrase(i, next, me, np, counted, de);
        }

        /** 获得续贷 (a verb with its object) rather than 筹集起 (a verb alone) between [from, to). */
        private boolean verbObject(int from, int to) {
            String rest = text.substring(from, to).strip();
            if (rest.length() < 3 || "起来到出了过着".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
                return false;
            }
            if (view.cueAt(from, to) != null) {
                return false; // 实现产值: a level verb starts the next figure's words
            }
            Token t = view.tokenAt(from);
            return t != null && t.pos().startsWith("v") && !t.pos().equals("vn");
        }

        private static boolean npToken(Token t) {
            String p = t.pos();
            return t.isNoun() || p.equals("vn") || p.equals("a") || p.equals("b") || p.equals("an") || p.equals("j")
                    || p.equals("l") || p.equals("i") || p.equals("g") || p.equals("nz") || p.startsWith("x")
                    || p.equals("s");
        }
    }
}
