package io.zhibiao.extract.region;

import io.zhibiao.Region;
import io.zhibiao.extract.Words;
import io.zhibiao.lexicon.GazetteerEntry;
import io.zhibiao.lexicon.RegionWords;
import io.zhibiao.lexicon.RegionWords.Cue;
import io.zhibiao.lexicon.RegionWords.Where;
import io.zhibiao.text.Document;
import java.util.List;

/**
 * Gives each mention its {@link Role} from the words around it (region-cues.tsv) and its place in
 * the clause. The rules, in order:
 * <ol>
 *   <li>BYLINE: a byline cue and a short name line after it (巴南区融媒体中心 伍凤秋);</li>
 *   <li>NAME_PART: in brackets inside a name (OPPO（重庆）), a name cue right before (数字重庆) or after
 *       (江北嘴, 重庆日报), or a name ending within the run of characters after it (重庆天实精工科技有限公司);</li>
 *   <li>SCOPE: a scope cue after (全市第一, 重庆首条) or before (居, 位列), or 在…中排名;</li>
 *   <li>COMPARISON: a comparison cue before (高于, 占, 比);</li>
 *   <li>coordination: joined to the mention before it by 、/和/及/与 (or, for a comparison, by a figure:
 *       高于全国0.7、全省2.3个百分点), it takes that mention's role;</li>
 *   <li>OTHER: a partner/origin cue before (与, 从, 来自), an item of a counted list (香港等18个), or a
 *       reference word, country, province or group inside a clause rather than at its start and not
 *       followed by a figure (创建全国乡村旅游重点村3个);</li>
 *   <li>SUBJECT otherwise.</li>
 * </ol>
 */
final class RoleRules {
    /** Characters that end a clause. */
    static final String CLAUSE_ENDS = "，,；;：:。！？!?\n▶►■●◆◇★☆○◎□|";
    /** Digits, dashes and spaces of a date or period before a subject (2019年, 1-6月); its words are the time-char class. */
    private static final String TIME_MARKS = "0123456789０１２３４５６７８９-—～~ 　";
    private static final int NAME_RUN = 12;

    private final RegionWords cues;
    /**
     * The word classes (words.tsv) of the rules: clause-opener, time-char, numeral-char, measure-char,
     * place-unit, period-after-rank, ranking-within-end, ranking-verb, role-joint, partner-joint,
     * list-joint, comparison-gap-char.
     */
    private final Words words;
    /** Words a clause may open with before its subject (上半年，… is a clause of its own), tried in order. */
    private final String[] openers;
    /** Characters of a date or period before a subject (2019年, 1-6月): TIME_MARKS and time-char. */
    private final java.util.BitSet timeChars;
    /** Characters of the number of a figure right after a mention: digits and numeral-char. */
    private final java.util.BitSet numeralChars;

    private final PeriodSpans periods;

    RoleRules(RegionWords cues, Words words) {
        this(cues, PeriodSpans.NONE, words);
    }

    RoleRules(RegionWords cues, PeriodSpans periods, Words words) {
        this.cues = cues;
        this.words = words;
        this.periods = periods;
        this.openers = words.list("clause-opener").toArray(new String[0]);
        this.timeChars = (java.util.BitSet) words.chars("time-char").clone();
        for (int i = 0; i < TIME_MARKS.length(); i++) {
            timeChars.set(TIME_MARKS.charAt(i));
        }
        this.numeralChars = (java.util.BitSet) words.chars("numeral-char").clone();
        for (char c = '0'; c <= '9'; c++) {
            numeralChars.set(c);
            numeralChars.set(c - '0' + '０');
        }
    }

    void classify(Document doc, List<Mention> mentions) {
        String text = doc.text();
        // the first mention after each that is not a bare name (found once, not once per mention)
        int[] nextNotBare = new int[mentions.size()];
        for (int k = mentions.size() - 1, n = -1; k >= 0; k--) {
            nextNotBare[k] = n;
            if (!bareOnly(mentions.get(k))) {
                n = k;
            }
        }
        Mention prev = null;
        int scanned = 0;   // clause ends are read once, left to right, while mentions come in text order
        int lastBreak = 0; // just after the last clause end before `scanned`
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            Document.Paragraph p = doc.paragraphAt(m.start);
            m.paragraph = p.index();
            m.sentence = doc.sentenceAt(m.start).index();
            int clause;
            if (m.start >= scanned) {
                for (; scanned < m.start; scanned++) {
                    if (scanned >= p.start() && clauseStartsAt(text, scanned + 1, p.start())) {
                        lastBreak = scanned + 1;
                    }
                }
                clause = Math.max(lastBreak, p.start());
            } else {
                clause = clauseStart(text, m.start, p.start());
            }
            m.clauseStart = opensClause(text, clause, m.start, periods);
            m.beforeFigure = followedByFigure(text, m.cueEnd);
            Mention before = prev != null && prev.paragraph == m.paragraph && prev.end >= clause ? prev : null;
            int next = p.end();
            if (nextNotBare[k] >= 0) {
                next = Math.min(p.end(), mentions.get(nextNotBare[k]).start);
            }
            m.role = role(text, p, m, before, Math.max(next, m.cueEnd));
            if (before != null && m.role == Role.SUBJECT && before.role == Role.SUBJECT && coordinated(text, before, m)) {
                m.coordinatedWith = before;
            }
            prev = m;
        }
    }

    /** A mention made only of bare short names (合作 of 合作市 inside 上海合作组织): it may be no mention at all. */
    private static boolean bareOnly(Mention m) {
        if (m.isWord() || m.qualifier != null) {
            return false;
        }
        for (io.zhibiao.lexicon.GazetteerEntry e : m.candidates) {
            Region.Level l = e.level();
            if (!((l == Region.Level.COUNTY || l == Region.Level.PREFECTURE) && e.isBare(m.surface))) {
                return false;
            }
        }
        return true;
    }

    private Role role(String text, Document.Paragraph p, Mention m, Mention before, int nameLimit) {
        int limit = p.end();
        if (isByline(text, m, limit)) {
            return Role.BYLINE;
        }
        if (isNamePart(text, m, p.start(), limit, nameLimit) || isQuotedName(text, m, p.start(), limit)) {
            return Role.NAME_PART;
        }
        Cue after = cues.cueStartingAt(Where.AFTER, text, m.cueEnd, limit);
        if (after != null && after.effect() == RegionWords.Effect.SCOPE && !periodAfter(text, m.cueEnd + after.cue().length())) {
            return Role.SCOPE;
        }
        if (after != null && after.effect() == RegionWords.Effect.RANKED && (m.isWord() || !m.clauseStart)) {
            return Role.SCOPE;   // 全省排名第二 is a scope; 桂林排名第二 (a place opening its clause) is ranked
        }
        if (after != null && after.effect() == RegionWords.Effect.OTHER) {
            return Role.OTHER;   // 长沙市|下辖的望城县、宁乡县…: the whole the subjects belong to
        }
        Cue pre = cues.cueEndingAt(Where.BEFORE, text, m.start, p.start());
        if (pre != null && pre.effect() == RegionWords.Effect.SCOPE) {
            return Role.SCOPE;
        }
        if (isRankedWithin(text, m, limit)) {
            return Role.SCOPE;
        }
        if (pre != null && pre.effect() == RegionWords.Effect.COMPARISON) {
            return Role.COMPARISON;
        }
        if (before != null && coordinated(text, before, m)) {
            // 江津区与泸州市签订…: the second party of an agreement is a partner, unless the figures are
            // distributed over both (江北区和渝北区GDP分别增长…)
            String joint = text.substring(before.cueEnd, m.start);
            if (before.role == Role.SUBJECT && words.is("partner-joint", joint)
                    && !distributive(text, m.cueEnd, limit)) {
                return Role.OTHER;
            }
            return before.role;
        }
        if (pre != null && pre.effect() == RegionWords.Effect.OTHER) {
            return Role.OTHER;
        }
        if (pre != null && pre.effect() == RegionWords.Effect.FOCUS) {
            m.focus = true;   // 排名第二的是|绵阳: the subject of its figure, even after another subject
        }
        if (listedBeforeDeng(text, m, limit)) {
            return Role.OTHER;
        }
        return Role.SUBJECT;
    }

    /**
     * A region opening a quoted name, title or slogan (“重庆英才计划”, “重庆市长质量管理奖”,
     * “长江风景眼、重庆生态岛”): the quotation is not about the region as a place.
     */
    private static boolean isQuotedName(String text, Mention m, int paraStart, int limit) {
        int open = -1;
        for (int i = m.start - 1; i >= paraStart && i >= m.start - 12; i--) {
            char ch = text.charAt(i);
            if (ch == '“' || ch == '「' || ch == '『') {
                open = i;
                break;
            }
            if (ch == '”' || ch == '」' || ch == '』' || "，。；！？".indexOf(ch) >= 0) {
                return false;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int i = m.cueEnd; i < limit && i < m.cueEnd + 24; i++) {
            char ch = text.charAt(i);
            if (ch == '”' || ch == '」' || ch == '』') {
                return i > m.cueEnd || open < m.start - 1;
            }
            if ("。；！？".indexOf(ch) >= 0) {
                return false;
            }
        }
        return false;
    }

    private boolean isByline(String text, Mention m, int limit) {
        Cue c = cues.cueStartingAt(Where.BYLINE, text, m.cueEnd, limit);
        if (c == null) {
            return false;
        }
        int i = m.cueEnd + c.cue().length();
        // the rest of the paragraph (or up to the next sentence end) is a short list of names
        int names = 0;
        while (i < limit) {
            char ch = text.charAt(i);
            if (ch == '。' || ch == '！' || ch == '？') {
                break;
            }
            if (!(isCjk(ch) || ch == ' ' || ch == '　' || ch == '/' || ch == '／' || ch == '、' || ch == ':' || ch == '：')) {
                return false;
            }
            names++;
            i++;
            if (names > 16) {
                return false;
            }
        }
        return true;
    }

    private boolean isNamePart(String text, Mention m, int paraStart, int limit, int nameLimit) {
        // OPPO（重庆）智能科技, 西部（重庆）科学城, 大学城(璧山)
        if (m.start > paraStart + 1 && m.cueEnd < limit) {
            char open = text.charAt(m.start - 1);
            char close = text.charAt(m.cueEnd);
            if ((open == '（' && close == '）') || (open == '(' && close == ')')) {
                char name = text.charAt(m.start - 2);
                if (isCjk(name) || Character.isLetterOrDigit(name)) {
                    return true;
                }
            }
        }
        Cue pre = cues.cueEndingAt(Where.BEFORE, text, m.start, paraStart);
        if (pre != null && pre.effect() == RegionWords.Effect.NAME_PART) {
            return true;
        }
        Cue after = cues.cueStartingAt(Where.AFTER, text, m.cueEnd, limit);
        if (after != null && after.effect() == RegionWords.Effect.NAME_PART) {
            return true;
        }
        // a name that starts with the region: 重庆|天实精工科技有限公司, 重庆|国际生物城, 重庆市|5G产业园;
        // a reference word starts none (全省|酒店平均入住率)
        if (m.isWord()) {
            return false;
        }
        int end = Math.min(nameLimit, m.cueEnd + NAME_RUN);
        for (int i = m.cueEnd; i < end; i++) {
            char ch = text.charAt(i);
            if (!(isCjk(ch) || Character.isLetterOrDigit(ch) || ch == '（' || ch == '）' || ch == '(' || ch == ')')) {
                return false;
            }
            if (Character.isDigit(ch) && followedByFigure(text, i)) {
                return false;    // 全市12个国家级开发区: a figure, not a name
            }
            if (cues.cueStartingAt(Where.NAME, text, i, limit) != null) {
                return true;
            }
            // 象山|景区, 永和|商厦: a bare short name fused into a spot's name; a full name before the
            // spot (乌兰县茶卡盐湖景区), or a bare one before the spot's own name (海口|骑楼老街), says where
            // it is and stays a place
            if (i == m.cueEnd && bare(m) && cues.cueStartingAt(Where.BARE, text, i, limit) != null) {
                return true;
            }
            // 伊吾县|淖毛湖工业园: a county named in full before a park's own name says where the park is
            // (docs/annotation.md: parks are subjects, with the region they belong to)
            if (cues.cueStartingAt(Where.PARK, text, i, limit) != null) {
                return i == m.cueEnd || !fullCounty(m);
            }
            if (cues.cueStartingAt(Where.BREAK, text, i, limit) != null) {
                return false;
            }
        }
        return false;
    }

    /** A county-level place named in full (伊吾县, 璧山区), not a short or news form. */
    static boolean fullCounty(Mention m) {
        if (m.candidates.isEmpty() || m.qualifier != null) {
            return false;
        }
        for (GazetteerEntry e : m.candidates) {
            if (e.name().equals(m.surface) && e.level() == Region.Level.COUNTY) {
                return true;
            }
        }
        return false;
    }

    /** True for a short name without its unit (象山 of 象山区, 峨眉山 of 峨眉山市), not a full or news name. */
    boolean bare(Mention m) {
        if (m.candidates.isEmpty() || m.qualifier != null) {
            return false;
        }
        for (GazetteerEntry e : m.candidates) {
            if (e.name().equals(m.surface)) {
                return false;
            }
        }
        char last = m.surface.charAt(m.surface.length() - 1);
        return !words.is("place-unit", last);
    }

    /** 前三|季度, 前五|个月: a period, not a rank (江北新区前三季度直管区GDP…). */
    private boolean periodAfter(String text, int at) {
        return at < text.length() && words.is("period-after-rank", text.charAt(at));
    }

    /**
     * 在全市12个国家级开发区中排名第一, 在全国金陵连锁成员酒店中排名第一; without 在 when a count of units follows the
     * place (增速排位：全省9个市（州）及贵安新区中排第一): the place names the ranking's scope.
     */
    private boolean isRankedWithin(String text, Mention m, int limit) {
        boolean zai = m.start > 0 && text.charAt(m.start - 1) == '在';
        boolean counted = false;
        for (int i = m.cueEnd; i < limit && i < m.cueEnd + 24; i++) {
            char ch = text.charAt(i);
            if (CLAUSE_ENDS.indexOf(ch) >= 0 || !zai && ch == '在') {
                return false;
            }
            counted |= ch == '个' && i > m.cueEnd && (Character.isDigit(text.charAt(i - 1)) || "两二三四五六七八九十".indexOf(text.charAt(i - 1)) >= 0);
            if (!zai && !counted) {
                continue;
            }
            if (words.is("ranking-within-end", ch) && i + 1 < limit) {
                String rest = text.substring(i + 1, Math.min(limit, i + 4));
                if (words.startsWithAny("ranking-verb", rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 江北区和渝北区, 德阳、泸州, 高于全国0.7、全省2.3个百分点. */
    private boolean coordinated(String text, Mention before, Mention m) {
        if (before.role == Role.NAME_PART || before.role == Role.BYLINE) {
            return false;
        }
        String between = text.substring(before.cueEnd, m.start);
        if (words.is("role-joint", between)) {
            return true;
        }
        if (between.equals("，")) {
            return before.role == Role.COMPARISON; // 高于全国，全省: a comma joins compared places only
        }
        if (before.role == Role.COMPARISON && between.length() <= 12 && !between.isEmpty()) {
            char last = between.charAt(between.length() - 1);
            if (!words.is("list-joint", last)) {
                return false;
            }
            for (int i = 0; i < between.length() - 1; i++) {
                char ch = between.charAt(i);
                if (!(Character.isDigit(ch) || ch == '.' || ch == '%' || words.is("comparison-gap-char", ch))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** 分别 later in the clause: the figures are distributed over the regions named. */
    private static boolean distributive(String text, int from, int limit) {
        for (int i = from; i < limit - 1; i++) {
            char c = text.charAt(i);
            if ("。；！？".indexOf(c) >= 0) {
                return false;
            }
            if (c == '分' && text.charAt(i + 1) == '别') {
                return true;
            }
        }
        return false;
    }

    /** An item of a counted list: 香港等18个国家和地区, 上海交大、中国药科大等7家. */
    private boolean listedBeforeDeng(String text, Mention m, int limit) {
        int end = Math.min(limit, m.cueEnd + NAME_RUN);
        for (int i = m.cueEnd; i < end; i++) {
            char ch = text.charAt(i);
            if (ch == '等') {
                return true;
            }
            if (!(isCjk(ch) || Character.isLetter(ch) || ch == '、')) {
                return false;
            }
            if (cues.cueStartingAt(Where.BREAK, text, i, limit) != null) {
                return false;
            }
        }
        return false;
    }

    /** A figure right after the mention: a number and a measure word (重庆市18个, 全区12家); not 中国500强. */
    boolean followedByFigure(String text, int pos) {
        int i = pos;
        while (i < text.length() && i < pos + 12 && (numeralChars.get(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        return i > pos && i < text.length() && words.is("measure-char", text.charAt(i));
    }

    /** Start of the clause containing {@code pos}. */
    static int clauseStart(String text, int pos, int paragraphStart) {
        int i = pos;
        while (i > paragraphStart && !clauseStartsAt(text, i, paragraphStart)) {
            i--;
        }
        return i;
    }

    /** True when a clause starts at {@code i} ({@code i > paragraphStart}): after a clause mark or a ——. */
    static boolean clauseStartsAt(String text, int i, int paragraphStart) {
        return CLAUSE_ENDS.indexOf(text.charAt(i - 1)) >= 0
                || text.charAt(i - 1) == '—' && i - 2 >= paragraphStart && text.charAt(i - 2) == '—';
    }

    /** True when only an opener and a date or period stand between the clause start and {@code pos}. */
    boolean opensClause(String text, int clause, int pos) {
        return opensClause(text, clause, pos, PeriodSpans.NONE);
    }

    boolean opensClause(String text, int clause, int pos, PeriodSpans periods) {
        int i = clause;
        while (i < pos && "“\"‘'「『（( 　".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        boolean progress = true;
        while (progress && i < pos) {
            progress = false;
            for (String o : openers) {
                if (text.startsWith(o, i) && i + o.length() <= pos) {
                    i += o.length();
                    progress = true;
                    break;
                }
            }
            int pe = i < pos ? periods.endAt(text, i) : -1;
            if (pe > i && pe <= pos) {
                i = pe;
                progress = true;
            }
            while (i < pos && timeChars.get(text.charAt(i))) {
                i++;
                progress = true;
            }
        }
        return i == pos;
    }

    static boolean isCjk(char ch) {
        return ch >= '\u3400' && ch <= '\u9fff';
    }
}
