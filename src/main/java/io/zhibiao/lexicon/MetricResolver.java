package io.zhibiao.lexicon;

import io.zhibiao.Kind;
import io.zhibiao.lexicon.MetricTaxonomy.Alias;
import io.zhibiao.lexicon.MetricTaxonomy.Entry;
import io.zhibiao.lexicon.MetricTaxonomy.Modifier;
import io.zhibiao.lexicon.MetricTaxonomy.Rescope;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Maps a metric phrase to an indicator of the taxonomy, with modifiers (docs/lexicons.md, "How a
 * metric phrase finds its id"). The mechanism, in order:
 * <ol>
 *   <li>fold the phrase: script (繁體 → 简体) and width by the standard normalizer, spaces out,
 *       abbreviations expanded ({@link MetricTaxonomy#fold});</li>
 *   <li>a name or alias equal to the whole phrase (and allowed for the kind) wins;</li>
 *   <li>else strip lead words (全市, 累计) and tail words (增速, 比重); a share word (占) splits
 *       numerator and denominator, the denominator becomes {@code share_of};</li>
 *   <li>the longest name or alias that ends the phrase is its head; every word before it must be
 *       a modifier word of a dimension the indicator lists, a filler or a scope word — one word
 *       it cannot place and the phrase gets no id;</li>
 *   <li>a context word (规模以上工业) in the paragraph or the phrase re-scopes the indicator as
 *       metrics.tsv's context column says.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class MetricResolver {
    /** An indicator and its modifiers (sorted by dimension; empty when none). */
    public record Resolution(Entry entry, Map<String, String> modifiers) {
    }

    /** The dimension of 新增/新建/引进 (metric-modifiers.tsv): kept on a stock, dropped before a flow. */
    static final String CHANGE = "change";
    /** The word class of 总量, 总数 (metric-words.tsv). */
    static final String TOTAL = "total";
    /** 净增 (a net change) is a measure of its own, never redundant. */
    static final String NET = "净增";

    private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("[(（][^()（）]*[)）]");

    private final MetricTaxonomy taxonomy;
    private final PhraseTrie<List<Alias>> heads;
    private final PhraseTrie<List<Modifier>> modifierWords;
    private final PhraseTrie<String> words;

    /** The completion rate (metrics.tsv relation completion) of the indicator {@code indicator} names, its modifiers kept. */
    public Optional<Resolution> resolveCompletion(String indicator, String context, boolean hasSubject) {
        return resolve(indicator, Kind.AMOUNT, context, hasSubject).or(() -> resolve(indicator, Kind.PERCENT, context, hasSubject))
                .flatMap(x -> taxonomy.child(x.entry().id(), "completion").map(e -> new Resolution(e, taxonomy.keepDims(e.id(), x.modifiers()))));
    }

    public MetricResolver(MetricTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        // the shipped taxonomy read from the lexicon snapshot brings its tries; any other is folded here
        ResolverTries t = taxonomy.snapshotTries() != null ? taxonomy.snapshotTries() : ResolverTries.build(taxonomy);
        this.heads = t.heads();
        this.modifierWords = t.modifierWords();
        this.words = t.words();
    }

    /** The tries phrases are looked up in (the lexicon snapshot writes them). */
    ResolverTries tries() {
        return new ResolverTries(heads, modifierWords, words);
    }

    /** The typical unit of an indicator (metrics.tsv, column unit), or "" when unknown. */
    public String typicalUnit(String id) {
        return taxonomy.byId(id).isPresent() ? taxonomy.info(id).unit() : "";
    }

    /** Folded phrases (metric phrases recur within and across documents); emptied when it grows past {@link #FOLDED_MAX}. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> foldedPhrases = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int FOLDED_MAX = 20_000;

    /** Script and width folded, spaces removed, abbreviations expanded. */
    public String fold(String phrase) {
        if (phrase == null) {
            return "";
        }
        String f = foldedPhrases.get(phrase);
        if (f == null) {
            f = foldNow(phrase);
            if (foldedPhrases.size() >= FOLDED_MAX) {
                foldedPhrases.clear();
            }
            foldedPhrases.put(phrase, f);
        }
        return f;
    }

    private String foldNow(String phrase) {
        return ResolverTries.fold(taxonomy, phrase);
    }

    /**
     * True for a phrase the standard normalizer leaves as it is, told without running it (the
     * resolver folds every alias when it is built): ideographs in simplified script and ASCII
     * letters and digits only (no space, line break, invisible, full-width or traditional char) and
     * no run directly followed by itself (nothing for the doubling step to undo).
     */
    static boolean plain(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= '\u4e00' && c <= '\u9fff' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int len = 1; i + 2 * len <= n; len++) {
                if (s.regionMatches(i, s, i + len, len)) {
                    return false;
                }
            }
        }
        return !io.zhibiao.text.Normalizers.convertsScript(s);
    }

    /**
     * The indicator a metric phrase names.
     *
     * @param mention the metric as the text names it
     * @param kind    the record's kind (aliases may be limited to kinds), or null
     * @param context text around the record (its paragraph up to the record), or null
     */
    public Optional<Resolution> resolve(String mention, Kind kind, String context) {
        return resolve(mention, kind, context, false);
    }

    /**
     * The indicator a metric phrase names, on a record that has a subject or not (a firm, project
     * or park: 员工, 年产值 name an indicator of their own only for a subject; metric-aliases.tsv,
     * bare {@code subject}).
     */
    public Optional<Resolution> resolve(String mention, Kind kind, String context, boolean hasSubject) {
        String s = fold(mention);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String cueText = context == null ? "" : fold(context);
        Optional<Resolution> r = resolveFolded(s, kind, true, hasSubject, cueText);
        if (r.isEmpty()) {
            String bare = PARENTHESES.matcher(s).replaceAll(""); // 固定资产投资（不含农户）, GDP（以下简称…）
            if (bare.isEmpty() || bare.equals(s)) {
                return r;
            }
            s = bare;
            r = resolveFolded(s, kind, true, hasSubject, cueText);
            if (r.isEmpty()) {
                return r;
            }
        }
        Resolution out = rescope(r.get(), cueText + s);
        return Optional.of(endsWithTotal(s) ? stock(out) : out);
    }

    /**
     * A head that names an indicator only with a breakdown word (增加值, 产值: metric-aliases.tsv
     * {@code bare no}), standing alone, whose sentence opens with a breakdown word: the sentence's
     * topic is the breakdown (Chinese topic-comment: 服务业更是加速发展，实现增加值76.2亿元 →
     * 服务业 + 增加值 → services_value_added). Empty when the phrase is more than such a head or the
     * sentence opens otherwise (2020年，全区实现增加值…).
     *
     * @param sentence the record's sentence up to the record
     */
    public Optional<Resolution> resolveWithTopic(String mention, Kind kind, String sentence, boolean hasSubject) {
        String s = fold(mention);
        int[] span = trim(s);
        String core = s.substring(span[0], span[1]);
        PhraseTrie.Match<List<Alias>> head = core.isEmpty() ? null : heads.exactAt(core, 0, core.length());
        if (head == null || head.value().stream().anyMatch(a -> a.allows(kind) && a.bare(hasSubject))) {
            return Optional.empty();
        }
        String t = sentence == null ? "" : fold(sentence);
        int i = 0;
        PhraseTrie.Match<String> lead;
        while ((lead = words.longestAt(t, i, t.length())) != null && lead.value().equals("lead")) {
            i = lead.end();
        }
        PhraseTrie.Match<List<Modifier>> topic = modifierWords.longestAt(t, i, t.length());
        int at = t.lastIndexOf(core);
        if (topic == null || at < 0 || topic.end() > at) {
            return Optional.empty(); // no topic, or the topic is the phrase's own word
        }
        return resolve(topic.phrase() + core, kind, sentence, hasSubject);
    }

    /** The indicator a bare industrial industry names in a paragraph about it (below). */
    static final String ABOVE_SCALE_VALUE_ADDED = "industrial_value_added_above_scale";

    /**
     * A growth rate whose phrase is the full GB/T 4754 name of an industry of sections B–D alone
     * (metric-modifiers.tsv, group 工业), in a paragraph whose context names 规模以上工业 (分行业看，有色金属冶炼和压延加工业增长12.6%):
     * the 规上 value added of that industry, as statistical bulletins report it. Empty otherwise.
     */
    public Optional<Resolution> resolveBareIndustry(String mention, Kind kind, String context) {
        if (kind != Kind.GROWTH_RATE) {
            return Optional.empty();
        }
        String s = fold(mention);
        PhraseTrie.Match<List<Modifier>> m = s.isEmpty() ? null : modifierWords.exactAt(s, 0, s.length());
        // the full name of a GB/T 4754 section or division (the word is its value), not a colloquial group (电子信息产业)
        if (m == null || m.value().stream().noneMatch(x -> x.dimension().equals("industry") && x.group().equals("工业")
                && fold(x.value()).equals(s))) {
            return Optional.empty();
        }
        return resolve(s + "增加值", kind, context).filter(r -> r.entry().id().equals(ABOVE_SCALE_VALUE_ADDED));
    }

    /** Whether the phrase's tail words include a total word (总量, 总数: the stock after the additions). */
    private boolean endsWithTotal(String s) {
        int to = s.length();
        while (to > 1) {
            PhraseTrie.Match<String> tail = words.longestEndingAt(s, to, 1);
            if (tail == null || !(tail.value().equals("tail") || tail.value().equals(TOTAL))) {
                return false;
            }
            if (tail.value().equals(TOTAL)) {
                return true;
            }
            to = tail.start();
        }
        return false;
    }

    /**
     * 新增高新技术企业总数, 科创板新挂牌企业总量: the total names the stock — a flow of additions
     * becomes its parent stock (new_high_tech_enterprises → high_tech_enterprises), and
     * change=新增 is dropped.
     */
    private Resolution stock(Resolution r) {
        Entry e = r.entry();
        MetricTaxonomy.Info info = taxonomy.info(e.id());
        if ("flow_ytd".equals(info.measure()) && !info.parent().isEmpty()) {
            Entry parent = taxonomy.byId(info.parent()).orElse(null);
            if (parent != null && "stock".equals(taxonomy.info(parent.id()).measure())) {
                e = parent;
            }
        }
        Map<String, String> mods = new TreeMap<>(r.modifiers());
        mods.remove(CHANGE, "新增");
        return e == r.entry() && mods.equals(r.modifiers()) ? r
                : new Resolution(e, Collections.unmodifiableMap(mods));
    }

    private Optional<Resolution> resolveFolded(String s, Kind kind, boolean shares, boolean subject, String cues) {
        Optional<Resolution> exact = single(heads.exactAt(s, 0, s.length()), kind, Map.of(), subject, cues);
        if (exact.isPresent()) {
            return exact;
        }
        int[] span = trim(s);
        int from = span[0];
        int to = span[1];
        if (shares) {
            for (int i = from + 1; i < to - 1; i++) {
                PhraseTrie.Match<String> w = words.exactAt(s, i, i + 1);
                if (w != null && w.value().equals("share")) {
                    Optional<Resolution> num = resolveFolded(s.substring(from, i), kind, false, subject, cues);
                    if (num.isEmpty()) {
                        return num;
                    }
                    String denominator = s.substring(i + 1, to);
                    Optional<Resolution> den = resolveFolded(denominator, null, false, false, "");
                    if (den.isEmpty()) { // a tail of the phrase may end the denominator's name (签约总金额)
                        den = resolveFolded(s.substring(i + 1), null, false, false, "");
                    }
                    Map<String, String> mods = new TreeMap<>(num.get().modifiers());
                    // the denominator's id, else its words (全省, 长春市粮食总产量): a share of what is part of the key
                    int[] d = trim(denominator);
                    int dEnd = d[1] > d[0] ? d[1] : denominator.length();
                    mods.put("share_of", den.map(x -> x.entry().id()).orElse(denominator.substring(0, dEnd)));
                    return Optional.of(new Resolution(num.get().entry(), Collections.unmodifiableMap(mods)));
                }
            }
        }
        String core = s.substring(from, to);
        Optional<Resolution> whole = single(heads.exactAt(core, 0, core.length()), kind, Map.of(), subject, cues);
        if (whole.isPresent() || core.isEmpty()) {
            return whole;
        }
        for (int start : heads.startsEndingAt(core, core.length(), 1)) { // longest head first
            PhraseTrie.Match<List<Alias>> head = heads.exactAt(core, start, core.length());
            // one reading, or one plus an indicator the head names for a subject (产值: a region's
            // industrial output with a breakdown word, else a firm's output when the record has a subject)
            // a form that names its indicator only in a context (资金 with:援建) needs its cue with modifiers too (省级资金)
            List<Alias> plain = head.value().stream().filter(a -> a.allows(kind) && !a.subject()
                    && (a.cues().isEmpty() || a.cued(cues + core))).toList();
            List<Alias> ofSubject = head.value().stream().filter(a -> a.allows(kind) && a.subject() && subject).toList();
            if (plain.size() > 1 || ofSubject.size() > 1 || plain.size() + ofSubject.size() == 0) {
                continue;
            }
            for (Alias reading : java.util.stream.Stream.concat(plain.stream(), ofSubject.stream()).toList()) {
                Entry e = taxonomy.byId(reading.id()).orElse(null);
                boolean[] scoped = new boolean[1];
                Map<String, String> mods = e == null ? null
                        : modifiersBefore(core, start, e, "flow_ytd".equals(taxonomy.info(e.id()).measure()), scoped);
                if (mods != null && (reading.bare(subject) || !mods.isEmpty() || scoped[0])) {
                    mods = reading.withOwn(mods);
                    if (mods == null) {
                        continue; // a breakdown word that contradicts the form's own (对美 + 实际利用港资)
                    }
                    Resolution r = own(new Resolution(e, mods), core.substring(start), kind);
                    if (r.modifiers().containsKey(CHANGE) && !taxonomy.info(r.entry().id()).dims().contains(CHANGE)) {
                        continue; // 新增 before a stock that has no flow of its own to become (新增 + 贷款 → 新增贷款)
                    }
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /** {@code s} without its lead words (全市, 累计) and tail words (增速, 比重): [from, to). */
    private int[] trim(String s) {
        int from = 0;
        int to = s.length();
        boolean moved = true;
        while (moved && from < to) {
            moved = false;
            PhraseTrie.Match<String> lead = words.longestAt(s, from, to);
            if (lead != null && lead.value().equals("lead") && lead.end() < to) {
                from = lead.end();
                moved = true;
            }
            PhraseTrie.Match<String> tail = words.longestEndingAt(s, to, from + 1);
            // a tail that ends an indicator's name is no tail (签约总金额, not 签约总 + 金额)
            if (tail != null && (tail.value().equals("tail") || tail.value().equals(TOTAL) || tail.phrase().equals("的"))
                    && heads.exactAt(s, from, to) == null && !namesOtherWithout(s, from, tail.start(), to)) {
                to = tail.start();
                moved = true;
            }
        }
        return new int[] {from, to};
    }

    /**
     * Whether the longest head ending the phrase at {@code to} takes in the tail word at
     * [{@code tailStart}, to), reaches at least as far left as the longest head ending before the
     * tail, and names other indicators than that head: then the tail is part of the name (签约金额
     * is contracted_investment, 签约 alone signed_projects: 重点签约项目签约金额 keeps 金额), not a
     * tail to strip (投资增速 names what 投资 names; 企业总数 is shorter than 高新技术企业).
     */
    private boolean namesOtherWithout(String s, int from, int tailStart, int to) {
        PhraseTrie.Match<List<Alias>> with = heads.longestEndingAt(s, to, from);
        if (with == null || with.start() >= tailStart) {
            return false;
        }
        PhraseTrie.Match<List<Alias>> without = heads.longestEndingAt(s, tailStart, from);
        if (without != null && without.start() < with.start()) {
            return false;
        }
        java.util.Set<String> a = new java.util.HashSet<>();
        with.value().forEach(x -> a.add(x.id()));
        java.util.Set<String> b = new java.util.HashSet<>();
        if (without != null) {
            without.value().forEach(x -> b.add(x.id()));
        }
        return !a.equals(b);
    }

    /**
     * The words of {@code core[0, end)} as modifiers of the dimensions of {@code entry}; null when a
     * word does not fit. A change word (新增, 新设) before a stock without the dimension is kept for
     * {@link #own} to turn into the stock's flow (新增 + 市场主体 → 新增市场主体); a word the
     * indicator's name already says (签约 before 正式合同项目, a name of 签约项目) is no breakdown.
     */
    private Map<String, String> modifiersBefore(String core, int end, Entry entry, boolean flow, boolean[] scoped) {
        List<String> dims = taxonomy.info(entry.id()).dims();
        Map<String, String> mods = new TreeMap<>();
        int i = 0;
        while (i < end) {
            PhraseTrie.Match<List<Modifier>> m = modifierWords.longestAt(core, i, end);
            PhraseTrie.Match<String> w = words.longestAt(core, i, end);
            if (m != null && (w == null || m.end() >= w.end())) {
                Modifier fit = m.value().stream().filter(x -> dims.contains(x.dimension())).findFirst().orElse(null);
                if (fit == null && flow && m.value().stream().anyMatch(x -> x.dimension().equals(CHANGE)
                        && !x.value().equals(NET))) {
                    i = m.end(); // 新, 新增, 引进 before a flow say nothing more: a flow counts what is new (净增 does)
                    continue;
                }
                if (fit == null && !flow) {
                    fit = m.value().stream().filter(x -> x.dimension().equals(CHANGE)).findFirst().orElse(null);
                }
                if (fit == null && m.value().stream().anyMatch(x -> entry.name().contains(x.value()))) {
                    i = m.end();
                    continue;
                }
                if (fit == null) {
                    return null;
                }
                String old = mods.putIfAbsent(fit.dimension(), fit.value());
                if (old != null && !old.equals(fit.value())) {
                    return null;
                }
                i = m.end();
            } else if (w != null && !w.value().equals("tail") && !w.value().equals(TOTAL) && !w.value().equals("share")) {
                scoped[0] |= w.value().equals("scope");
                i = w.end();
            } else {
                return null;
            }
        }
        return Collections.unmodifiableMap(mods);
    }

    /**
     * A breakdown that has an indicator of its own is that indicator: value_added{type=装备制造业}
     * is equipment_manufacturing_value_added (装备制造业 + 增加值 is its name); projects{stage=签约,
     * scale=亿元以上} is signed_projects{scale=亿元以上} (签约 + 项目), the other modifiers kept when
     * the indicator lists their dimensions.
     */
    private Resolution own(Resolution r, String head, Kind kind) {
        for (Map.Entry<String, String> mod : r.modifiers().entrySet()) {
            for (String h : List.of(head, r.entry().name())) {
                String joined = fold(mod.getValue() + h);
                Optional<Resolution> own = single(heads.exactAt(joined, 0, joined.length()), kind, Map.of(), false, "");
                if (own.isEmpty()) {
                    continue;
                }
                Map<String, String> rest = new TreeMap<>(r.modifiers());
                rest.remove(mod.getKey());
                if (!taxonomy.info(own.get().entry().id()).dims().containsAll(rest.keySet())) {
                    continue;
                }
                return new Resolution(own.get().entry(), Collections.unmodifiableMap(rest));
            }
        }
        return r;
    }

    private Optional<Resolution> single(PhraseTrie.Match<List<Alias>> m, Kind kind, Map<String, String> mods,
            boolean subject, String cues) {
        if (m == null) {
            return Optional.empty();
        }
        List<Alias> readings = m.value().stream().filter(a -> a.allows(kind) && (a.bare(subject) || a.cued(cues)))
                .toList();
        if (readings.size() != 1) {
            return Optional.empty();
        }
        Map<String, String> all = readings.get(0).withOwn(mods);
        return all == null ? Optional.empty() : taxonomy.byId(readings.get(0).id()).map(e -> new Resolution(e, all));
    }

    /** Applies the indicator's context rules; drops modifiers its name already says (工业 of 规模以上工业增加值). */
    private Resolution rescope(Resolution r, String context) {
        Resolution out = r;
        for (Rescope rule : taxonomy.info(r.entry().id()).context()) {
            if (!context.contains(fold(rule.word())) || !inGroup(r.modifiers(), rule.group())) {
                continue;
            }
            Entry target = taxonomy.byId(rule.id()).orElse(null);
            if (target == null) {
                continue;
            }
            Map<String, String> mods = new TreeMap<>(r.modifiers());
            rule.modifiers().forEach(mods::putIfAbsent);
            out = new Resolution(target, mods);
            break;
        }
        Map<String, String> kept = new TreeMap<>();
        String name = out.entry().name();
        out.modifiers().forEach((k, v) -> {
            if (k.equals("share_of") || !name.contains(v)) {
                kept.put(k, v);
            }
        });
        return new Resolution(out.entry(), Collections.unmodifiableMap(kept));
    }

    private boolean inGroup(Map<String, String> mods, String group) {
        if (group.isEmpty()) {
            return true;
        }
        String industry = mods.get("industry");
        if (industry == null) {
            return true; // the generic head alone (增加值 in a 规模以上工业 paragraph)
        }
        for (Map.Entry<String, List<Modifier>> e : taxonomy.modifiers().entrySet()) {
            for (Modifier m : e.getValue()) {
                if (m.dimension().equals("industry") && m.value().equals(industry)) {
                    return group.equals(m.group());
                }
            }
        }
        return false;
    }
}
