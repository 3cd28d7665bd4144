package io.zhibiao.quantity;

import static io.zhibiao.quantity.NumChars.isArabic;
import static io.zhibiao.quantity.NumChars.isChinesePoint;
import static io.zhibiao.quantity.NumChars.isCloseQuote;
import static io.zhibiao.quantity.NumChars.isDecimalPoint;
import static io.zhibiao.quantity.NumChars.isHan;
import static io.zhibiao.quantity.NumChars.isInlineSpace;
import static io.zhibiao.quantity.NumChars.isLatin;
import static io.zhibiao.quantity.NumChars.isMinus;
import static io.zhibiao.quantity.NumChars.isMinusWord;
import static io.zhibiao.quantity.NumChars.isOpenQuote;
import static io.zhibiao.quantity.NumChars.isPlus;
import static io.zhibiao.quantity.NumChars.isRangeDash;

import io.zhibiao.Qualifier;
import io.zhibiao.QuantityMention.Type;
import io.zhibiao.lexicon.UnitTable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The standard number layer: a character-level scan of normalized text that tries a few small
 * named rules at each position where a number can start, rejects what is a date, a time, a model,
 * a code, a slogan, a list marker or a word, and attaches the qualifier words around what is left.
 *
 * <p>Rules (each builds a {@link Candidate} named after it):
 * <ul>
 * <li>{@code number}: a numeral ({@link NumeralScanner}) with its sign, inner 余/多/几, unit from the
 * unit table (magnitude kept in the unit), 半, money and weight compounds (五元三角, 三斤五两);
 * {@code range} when a second number follows a connector (5%-8%, 两到三万元, 20与30之间);
 * {@code fraction} (三分之一, 3/5, 三又三分之一), {@code tenths} (三成, 八五折), powers (2e5, 2^5)</li>
 * <li>{@code percent-word}: 百分之/千分之/万分之 + numeral</li>
 * <li>{@code ordinal} (第一, 第3位), {@code rank-top} (前三, 前10强), {@code first-place} (首位)</li>
 * <li>{@code doubling} (翻一番, 翻两番, 翻番), {@code half} (一半, 过半, 半数, 半成, 打对折)</li>
 * </ul>
 * Checks (a rejected candidate names the check): {@code date}, {@code clock}, {@code after-word}
 * (年, 届, 代, 吋 … from contexts.tsv), {@code before-word}, {@code model} (Latin letters next to
 * the number), {@code slogan}, {@code list-marker}, {@code code}, {@code year}, {@code version},
 * {@code bare-magnitude}, {@code lone-digit}, {@code numeral-in-name}. A last pass joins two
 * opposite bounds into a range (大于10小于20).
 *
 * <p>Every step looks a bounded distance around its position and the scan never goes back, so the
 * cost is linear in the text. Immutable and thread-safe.
 */
final class StandardQuantityFinder implements QuantityFinder {
    private static final MathContext MC = new MathContext(34);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_EXPONENT = 400;

    private final UnitTable units;
    private final QuantityLexicon lex;
    private final NumeralScanner scanner;
    private final UnitMatcher unitMatcher;
    private final UnitTable.Unit percent;
    private final UnitTable.Unit multiple;
    /** Currency names that may stand before a number (人民币, 港币, 美元 …). */
    private final WordTable<String> currencies;

    StandardQuantityFinder(UnitTable units, QuantityLexicon lex) {
        this.units = units;
        this.lex = lex;
        this.scanner = new NumeralScanner(Set.copyOf(units.magnitudes().keySet()));
        this.unitMatcher = new UnitMatcher(units, lex);
        this.percent = units.resolve("%").orElseThrow(() -> new IllegalStateException("unit table has no %"));
        this.multiple = units.resolve("倍").orElseThrow(() -> new IllegalStateException("unit table has no 倍"));
        java.util.Map<String, String> cur = new java.util.HashMap<>();
        units.units().forEach((k, u) -> {
            if ("money".equals(u.family()) && (k.length() >= 2 || !isHan(k.charAt(0))) && !k.endsWith("钱")
                    && !k.startsWith("元")) {
                cur.put(k, u.written());
            }
        });
        this.currencies = new WordTable<>(cur);
    }

    @Override
    public List<QuantityMatch> find(String text) {
        List<QuantityMatch> out = new ArrayList<>();
        for (Candidate c : scan(text, null)) {
            out.add(c.toMatch());
        }
        return out;
    }

    /**
     * The accepted candidates of {@code text}; when {@code rejected} is not null, the rejected ones
     * are added to it (with the check that rejected them), for tracing.
     */
    List<Candidate> scan(String t, List<Candidate> rejected) {
        List<Candidate> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        int lastEnd = 0;
        int[] urls = urls(t);
        while (i < n) {
            WordTable.Hit<QuantityLexicon.Context> idiom = lex.idioms.longestAt(t, i);
            if (idiom != null) {
                i = idiom.end();
                continue;
            }
            if (!mayStart(t, i)) {
                i++;
                continue;
            }
            Candidate c = best(t, i);
            if (c == null) {
                i++;
                continue;
            }
            if (c.veto == null) {
                currencyPrefix(t, c, lastEnd);
                qualify(t, c, lastEnd);
                check(t, c, urls);
            }
            if (c.veto != null) {
                if (rejected != null) {
                    rejected.add(c);
                }
                i = Math.max(i + 1, c.skipTo);
                continue;
            }
            if (c.start < lastEnd) {
                c.start = lastEnd; // a word taken in front (从, 人民币) never reaches into the previous mention
                c.numberStart = Math.max(c.numberStart, c.start);
            }
            out.add(c);
            lastEnd = c.suffixEnd >= 0 ? c.suffixEnd : c.end;
            i = Math.max(i + 1, lastEnd);
        }
        mergeBounds(t, out);
        return out;
    }

    private static boolean mayStart(String t, int i) {
        char c = t.charAt(i);
        if (NumeralScanner.startsNumeral(t, i)) {
            return true;
        }
        if (isMinus(c) || isMinusWord(c) || isPlus(c)) {
            int p = skipSp(t, i + 1);
            return p < t.length() && NumeralScanner.startsNumeral(t, p);
        }
        return c == '第' || c == '前' || c == '首' || c == '翻' || c == '过' || c == '打' || c == '半';
    }

    /** The longest candidate of the rules at {@code i}; an accepted one wins over a rejected one. */
    private Candidate best(String t, int i) {
        Candidate best = null;
        for (int r = 0; r < 7; r++) {
            Candidate c = switch (r) {
                case 0 -> percentWord(t, i);
                case 1 -> ordinal(t, i);
                case 2 -> rankTop(t, i);
                case 3 -> firstPlace(t, i);
                case 4 -> doubling(t, i);
                case 5 -> half(t, i);
                default -> number(t, i, true);
            };
            if (c == null) {
                continue;
            }
            if (best == null || (best.veto != null && c.veto == null)
                    || ((best.veto == null) == (c.veto == null) && c.end > best.end)) {
                best = c;
            }
        }
        return best;
    }

    static int skipSp(String t, int p) {
        int n = t.length();
        while (p < n && isInlineSpace(t.charAt(p))) {
            p++;
        }
        return p;
    }

    private static char at(String t, int p) {
        return p >= 0 && p < t.length() ? t.charAt(p) : 0;
    }

    /** Not part of a word: text edge, punctuation, space, digit or Latin letter. */
    private static boolean wordBoundary(String t, int p) {
        return p < 0 || p >= t.length() || !isHan(t.charAt(p));
    }

    // ================================================================ rules

    /** 百分之四十五, 千分之三 (0.3%), 万分之五 (0.05%), 百分之二三十 (a range). */
    private Candidate percentWord(String t, int i) {
        char c = t.charAt(i);
        int pow;
        if (NumChars.place(c) == NumChars.HUNDRED) {
            pow = 0;
        } else if (NumChars.place(c) == NumChars.THOUSAND) {
            pow = -1;
        } else if (NumChars.big(c) == 4) {
            pow = -2;
        } else {
            return null;
        }
        int p = skipSp(t, i + 1);
        if (at(t, p) != '分') {
            return null;
        }
        p = skipSp(t, p + 1);
        if (at(t, p) != '之') {
            return null;
        }
        p = skipSp(t, p + 1);
        boolean neg = false;
        if (p < t.length() && (isMinusWord(t.charAt(p)) || isMinus(t.charAt(p)))) {
            neg = true;
            p = skipSp(t, p + 1);
        }
        if (p >= t.length() || !NumeralScanner.startsNumeral(t, p)) {
            return null;
        }
        Numeral num = scanner.scan(t, p);
        if (num == null || num.tooLong || num.digitString) {
            return null;
        }
        Candidate cd = new Candidate("percent-word", i);
        cd.numeral = num;
        cd.end = num.end;
        cd.skipTo = num.end;
        cd.value = signed(num.value.scaleByPowerOfTen(pow), neg);
        cd.upper = num.upper == null ? null : signed(num.upper.scaleByPowerOfTen(pow), neg);
        setPercent(cd);
        cd.inner = num.moreThan ? Qualifier.MORE_THAN : num.upper != null ? Qualifier.APPROX : null;
        cd.afterPos = num.end;
        return cd;
    }

    private void setPercent(Candidate cd) {
        cd.unit = percent.written();
        cd.unitInfo = percent;
        cd.unitKey = "%";
        cd.type = Type.PERCENT;
    }

    private static BigDecimal signed(BigDecimal v, boolean neg) {
        return neg ? v.negate() : v;
    }

    /** 第一, 第3位, 第三名, 第二大; 第二十二届 and 第一附属医院 are names and are skipped whole. */
    private Candidate ordinal(String t, int i) {
        if (t.charAt(i) != '第') {
            return null;
        }
        int p = skipSp(t, i + 1);
        if (p >= t.length() || !NumeralScanner.startsNumeral(t, p)) {
            return null;
        }
        Numeral num = scanner.scan(t, p);
        if (num == null || num.tooLong) {
            return null;
        }
        Candidate cd = new Candidate("ordinal", i);
        cd.numeral = num;
        cd.value = num.value;
        cd.type = Type.ORDINAL;
        cd.end = num.end;
        cd.skipTo = num.end;
        if (num.digitString || num.decimal) {
            cd.veto = "ordinal-in-name";
            return cd;
        }
        int q = num.end;
        char conn = at(t, q);
        if ((conn == '和' || conn == '与' || conn == '到' || conn == '至' || isRangeDash(conn)) && at(t, q + 1) == '第'
                && NumeralScanner.startsNumeral(t, q + 2)) {
            Numeral hi = scanner.scan(t, q + 2); // 第十和第十五之间, 第三至第五位
            if (hi != null && !hi.tooLong && !hi.digitString && !hi.decimal && hi.value.compareTo(num.value) > 0) {
                int e = hi.end;
                Candidate probe = new Candidate("ordinal", i);
                probe.end = e;
                boolean between = t.startsWith("之间", e) || at(t, e) == '间';
                if (between || rankFollows(t, e, probe)) {
                    cd.upper = hi.value;
                    cd.end = between ? e + (at(t, e) == '间' ? 1 : 2) : probe.end;
                    cd.skipTo = cd.end;
                    return cd;
                }
            }
        }
        if (!rankFollows(t, q, cd)) {
            cd.veto = "ordinal-in-name";
            return cd;
        }
        char f = at(t, cd.end);
        char b = at(t, i - 1);
        if ((f == '，' || f == ',' || f == '、' || f == '：' || f == ':')
                && (i == 0 || b == '\n' || b == '\r' || b == '。' || b == '；' || b == '：' || isInlineSpace(b))) {
            cd.veto = "list-marker"; // 第一，加强……
        }
        return cd;
    }

    /** True if what follows a rank number makes it a rank; extends {@code cd.end} over 位/名/强. */
    private boolean rankFollows(String t, int q, Candidate cd) {
        if (q >= t.length()) {
            return true;
        }
        WordTable.Hit<QuantityLexicon.Context> w = lex.rankAfter.longestAt(t, q);
        if (w != null) {
            if (w.word().equals("位") || w.word().equals("名") || w.word().equals("强")) {
                cd.end = w.end();
            }
            return true;
        }
        char f = t.charAt(q);
        return !isHan(f) && !isArabic(f) && !isLatin(f) && f != '.' && f != '．';
    }

    /** 前三, 前10位, 前十强: a rank of at most N (ORDINAL N, LESS_THAN). */
    private Candidate rankTop(String t, int i) {
        if (t.charAt(i) != '前' || i + 1 >= t.length() || !NumeralScanner.startsNumeral(t, i + 1)) {
            return null;
        }
        Numeral num = scanner.scan(t, i + 1);
        if (num == null || num.tooLong || num.digitString || num.decimal || num.upper != null) {
            return null;
        }
        Candidate cd = new Candidate("rank-top", i);
        cd.numeral = num;
        cd.numberStart = num.start;
        cd.value = num.value;
        cd.type = Type.ORDINAL;
        cd.end = num.end;
        if (!rankFollows(t, num.end, cd)) {
            return null;
        }
        cd.inner = Qualifier.LESS_THAN;
        return cd;
    }

    /** 首位 as a rank (居全市首位): ORDINAL 1. */
    private Candidate firstPlace(String t, int i) {
        if (!t.startsWith("首位", i)) {
            return null;
        }
        char b = at(t, i - 1);
        boolean after = wordBoundary(t, i + 2) || at(t, i + 2) == '的';
        boolean before = b == '居' || b == '列' || b == '排' || b == '于' || b == '占' || b == '在';
        if (!after && !before) {
            return null;
        }
        Candidate cd = new Candidate("first-place", i);
        cd.value = BigDecimal.ONE;
        cd.type = Type.ORDINAL;
        cd.end = i + 2;
        return cd;
    }

    /** 翻一番 (1倍), 翻两番 (3倍), 翻番: 翻N番 multiplies by 2^N, a growth of 2^N − 1 倍. */
    private Candidate doubling(String t, int i) {
        if (t.charAt(i) != '翻') {
            return null;
        }
        int p = i + 1;
        if (at(t, p) == '了') {
            p++;
        }
        int times;
        int end;
        if (at(t, p) == '番') {
            times = 1;
            end = p + 1;
        } else {
            if (p >= t.length() || !NumeralScanner.startsNumeral(t, p)) {
                return null;
            }
            Numeral num = scanner.scan(t, p);
            if (num == null || num.tooLong || num.decimal || at(t, num.end) != '番'
                    || num.value.signum() <= 0 || num.value.compareTo(BigDecimal.TEN) > 0) {
                return null;
            }
            times = num.value.intValue();
            end = num.end + 1;
        }
        Candidate cd = new Candidate("doubling", i);
        cd.value = BigDecimal.valueOf((1L << times) - 1);
        cd.unit = multiple.written();
        cd.unitInfo = multiple;
        cd.unitKey = "倍";
        cd.type = Type.MULTIPLE;
        cd.end = end;
        return cd;
    }

    /** 一半 and 半数 (50%), 过半 (more than 50%), 半成 (5%), 半折 and 打对折 (50%). */
    private Candidate half(String t, int i) {
        char c = t.charAt(i);
        BigDecimal v;
        int start = i;
        int end;
        Qualifier inner = null;
        if (c == '一' && at(t, i + 1) == '半' && at(t, i - 1) != '另' && at(t, i + 2) != '天' && at(t, i + 2) != '年') {
            v = BigDecimal.valueOf(50);
            end = i + 2;
        } else if (c == '过' && at(t, i + 1) == '半' && at(t, i - 1) != '超'
                && (wordBoundary(t, i + 2) || at(t, i + 2) == '数' || at(t, i + 2) == '的')) {
            v = BigDecimal.valueOf(50);
            end = at(t, i + 2) == '数' ? i + 3 : i + 2;
            inner = Qualifier.MORE_THAN;
        } else if (c == '半' && at(t, i + 1) == '数') {
            v = BigDecimal.valueOf(50);
            end = i + 2;
        } else if (c == '半' && at(t, i + 1) == '成') {
            v = BigDecimal.valueOf(5);
            end = i + 2;
        } else if (c == '半' && at(t, i + 1) == '折') {
            v = BigDecimal.valueOf(50);
            end = i + 2;
        } else if (c == '半' && (i + 1 < t.length())) {
            UnitMatcher.Hit h = unitMatcher.match(t, i + 1);
            if (h == null || h.start() != i + 1 || units.isCounter(h.unit())) {
                return null;
            }
            UnitTable.Unit u = units.resolve(h.unit()).orElseThrow();
            if (u.type() != Type.AMOUNT) {
                return null;
            }
            Candidate cd = new Candidate("half", i); // 半斤, 半吨
            cd.value = new BigDecimal("0.5");
            cd.end = h.end();
            cd.unit = u.written();
            cd.unitInfo = u;
            cd.unitKey = h.unit();
            cd.type = u.type();
            return cd;
        } else if (c == '打' && (at(t, i + 1) == '对' || at(t, i + 1) == '對') && at(t, i + 2) == '折') {
            v = BigDecimal.valueOf(50);
            start = i + 1;
            end = i + 3;
        } else {
            return null;
        }
        Candidate cd = new Candidate("half", start);
        cd.value = v;
        cd.end = end;
        cd.inner = inner;
        setPercent(cd);
        return cd;
    }

    /**
     * A number with its sign, unit and qualifiers inside; a fraction, tenths, a power; a range when
     * {@code allowRange} and a second number follows a connector.
     */
    private Candidate number(String t, int i, boolean allowRange) {
        int n = t.length();
        int p = i;
        boolean neg = false;
        char c = t.charAt(p);
        if (t.startsWith("零下", i) && i + 2 < n && NumeralScanner.startsNumeral(t, i + 2)) {
            neg = true; // 零下四摄氏度
            p = i + 2;
        } else if (isMinus(c) || isMinusWord(c) || isPlus(c)) {
            if (i > 0) {
                char b = t.charAt(i - 1);
                if (!isMinusWord(c) && (isArabic(b) || isLatin(b) || isRangeDash(b) || b == '.' || b == '/')) {
                    return null;
                }
                if (isMinusWord(c) && Character.isIdeographic(b) && "为是至到达及和或".indexOf(b) < 0) {
                    return null; // 减负11.7亿元, 扭负为正: 负 ends a word, it is no minus sign
                }
            }
            neg = !isPlus(c);
            p = skipSp(t, p + 1);
            if (p >= n || !NumeralScanner.startsNumeral(t, p)) {
                return null;
            }
        }
        Numeral num = scanner.scan(t, p);
        if (num == null) {
            return null;
        }
        Candidate cd = new Candidate("number", i);
        cd.numeral = num;
        cd.skipTo = num.end;
        cd.end = num.end;
        cd.value = BigDecimal.ZERO;
        if (num.tooLong) {
            cd.veto = "too-long";
            return cd;
        }
        if (num.hasArabic && !neg) {
            int d = datePattern(t, num.start, true);
            if (d > 0) {
                cd.veto = "date";
                cd.skipTo = d;
                return cd;
            }
        }
        int q = num.end;
        if (!num.digitString) {
            Candidate f = fraction(t, cd, num, neg);
            if (f != null) {
                return f;
            }
        }
        if (num.hasArabic && !num.hasChinese) {
            power(t, cd, num, neg);
            q = cd.end;
        }
        if (cd.value.signum() == 0 && cd.end == num.end) {
            cd.value = signed(num.value, neg);
            cd.upper = num.upper == null ? null : signed(num.upper, neg);
        }
        int u = skipSp(t, q);
        if (u < n && (t.charAt(u) == '成' || t.charAt(u) == '折') && lex.notUnit.longestAt(t, u) == null
                && !num.moreThan && q == cd.end) {
            if (tenths(t, cd, num, neg, u)) {
                return cd;
            }
        }
        if (num.digitString) {
            cd.veto = "digit-string";
            return cd;
        }
        cd.inner = num.moreThan ? Qualifier.MORE_THAN : num.upper != null || num.about ? Qualifier.APPROX : null;
        // 余/多/几/来 between the number and its unit
        int unitPos = u;
        boolean marker = false;
        char m = at(t, u);
        if (u == q && (m == '余' || m == '多' || m == '几' || m == '来')) {
            UnitMatcher.Hit h = unitMatcher.match(t, u + 1);
            if (h != null || (m != '来' && m != '几' && wordBoundary(t, u + 1))) {
                marker = true;
                unitPos = u + 1;
                cd.inner = m == '来' ? Qualifier.APPROX : Qualifier.MORE_THAN; // 20来个: about 20
            }
        }
        UnitMatcher.Hit hit = null;
        if (!marker && at(t, u) == '个' && at(t, u + 1) == '半') {
            hit = halfCounter(t, u); // 十个半月 = 10.5 个月
        }
        if (hit == null) {
            hit = unitMatcher.match(t, unitPos);
        }
        boolean markerChar = m == '余' || m == '多' || m == '几' || m == '来';
        int afterMarker = marker || (markerChar && u == q) ? u + 1 : u;
        if (hit != null) {
            applyUnit(cd, num, hit.unit());
            cd.end = hit.end();
            if (hit.moreThan()) {
                cd.inner = Qualifier.MORE_THAN;
            }
            if (hit.start() == u && at(t, u) == '个' && at(t, u + 1) == '半') {
                cd.value = cd.value.add(new BigDecimal("0.5"));
            }
            halfAfterUnit(t, cd);
            compound(t, cd);
            currencyAfterYuan(t, cd);
        } else {
            if (num.magText != null && cd.end == num.end) {
                Optional<UnitTable.Unit> r = units.resolve(num.magText);
                if (r.isPresent()) {
                    cd.unit = r.get().written();
                    cd.unitInfo = r.get();
                    cd.value = signed(num.coefficient(), neg);
                    cd.upper = num.upper == null ? null : signed(num.upperCoefficient(), neg);
                }
            }
            if (marker) {
                cd.end = Math.max(cd.end, afterMarker);
            }
            cd.afterPos = afterMarker;
        }
        if (allowRange) {
            range(t, cd);
        }
        return cd;
    }

    /** 个半月, 个半小时: the unit 个月/个小时 with half a unit more (the caller adds the half). */
    private UnitMatcher.Hit halfCounter(String t, int u) {
        for (int len = Math.min(4, t.length() - u - 2); len >= 1; len--) {
            String key = "个" + t.substring(u + 2, u + 2 + len);
            if (units.isUnit(key) && units.isCounter(key)) {
                return new UnitMatcher.Hit(key, u, u + 2 + len, false);
            }
        }
        return null;
    }

    /** 9000元日币, 三万元欧元: a currency name right after 元 is the currency. */
    private void currencyAfterYuan(String t, Candidate cd) {
        if (!"元".equals(cd.unitKey)) {
            return;
        }
        WordTable.Hit<String> w = currencies.longestAt(t, cd.end);
        if (w == null) {
            return;
        }
        String mag = cd.unit.substring(0, cd.unit.length() - 1);
        Optional<UnitTable.Unit> u = units.resolve(mag + w.word());
        if (u.isPresent()) {
            cd.unit = u.get().written();
            cd.unitInfo = u.get();
            cd.unitKey = w.word();
            cd.end = w.end();
        }
    }

    /** Sets the unit: the magnitude of the numeral goes into it when the unit takes one. */
    private void applyUnit(Candidate cd, Numeral num, String key) {
        UnitTable.Unit info = null;
        boolean negative = cd.value.signum() < 0;
        if (num.magText != null && !cd.rule.equals("power")) {
            Optional<UnitTable.Unit> r = units.resolve(num.magText + key);
            if (r.isPresent()) {
                info = r.get();
                cd.value = signed(num.coefficient(), negative);
                cd.upper = num.upper == null ? null : signed(num.upperCoefficient(), negative);
            }
        }
        if (info == null) {
            info = units.resolve(key).orElseThrow();
        }
        cd.unit = info.written();
        cd.unitInfo = info;
        cd.unitKey = key;
        cd.type = info.type();
    }

    /** 三斤半, 一吨半, 两米半: half a unit more (not after counters, percents or multiples). */
    private void halfAfterUnit(String t, Candidate cd) {
        if (at(t, cd.end) != '半' || units.isCounter(cd.unitKey) || cd.type != Type.AMOUNT || cd.upper != null) {
            return;
        }
        if (isHan(at(t, cd.end + 1)) && at(t, cd.end + 1) != '的') {
            return;
        }
        cd.value = cd.value.add(new BigDecimal("0.5"));
        cd.end++;
    }

    /** Smaller units written after a money or weight unit: 五元三角, 50元6角三分, 一块二, 两毛五, 三斤五两. */
    private void compound(String t, Candidate cd) {
        if (cd.unitInfo == null || cd.upper != null) {
            return;
        }
        String family = cd.unitInfo.family();
        if (!family.equals("money") && !family.equals("weight")) {
            return;
        }
        BigDecimal scale = cd.unitInfo.scale();
        BigDecimal extra = BigDecimal.ZERO;
        int p = cd.end;
        for (int step = 0; step < 2; step++) {
            int r = p;
            boolean zero = false;
            if (at(t, r) == '零' || at(t, r) == '〇') {
                zero = true;
                r++;
            }
            if (r >= t.length() || !(isArabic(t.charAt(r)) || NumChars.chineseDigit(t.charAt(r)) > 0)) {
                break;
            }
            Numeral d = scanner.scan(t, r);
            if (d == null || d.tooLong || d.decimal || d.digitString || d.value.compareTo(BigDecimal.valueOf(99)) > 0) {
                break;
            }
            String sub = String.valueOf(at(t, d.end));
            BigDecimal subScale = compoundScale(family, sub);
            if (subScale != null && subScale.compareTo(scale) < 0) {
                extra = extra.add(d.value.multiply(subScale));
                scale = subScale;
                p = d.end + 1;
                continue;
            }
            // a bare last digit: 一块二 = 1.2, 两毛五 = 0.25, 三块零四 = 3.04
            if (family.equals("money") && d.value.compareTo(BigDecimal.TEN) < 0 && !d.hasArabic
                    && wordBoundaryOrEnd(t, d.end)) {
                BigDecimal next = scale.divide(BigDecimal.TEN, MC);
                if (zero) {
                    next = next.divide(BigDecimal.TEN, MC);
                }
                extra = extra.add(d.value.multiply(next));
                p = d.end;
            }
            break;
        }
        if (p > cd.end) {
            cd.value = cd.value.add(extra.divide(cd.unitInfo.scale(), MC));
            cd.end = p;
            cd.compound = true;
        }
        if (family.equals("money") && at(t, cd.end) == '钱') {
            cd.end++;
        }
    }

    private static boolean wordBoundaryOrEnd(String t, int p) {
        return p >= t.length() || !(isHan(t.charAt(p)) || isArabic(t.charAt(p))) || "钱以左的到至".indexOf(t.charAt(p)) >= 0;
    }

    private BigDecimal compoundScale(String family, String sub) {
        if (family.equals("money")) {
            switch (sub) {
                case "角": case "毛": case "毫":
                    return new BigDecimal("0.1");
                case "分": case "仙":
                    return new BigDecimal("0.01");
                default:
                    return null;
            }
        }
        if (sub.equals("两") || sub.equals("兩")) {
            return units.resolve("两").map(UnitTable.Unit::scale).orElse(null);
        }
        return null;
    }

    /** 2e5, 1.2E-3, 2^5, 1.1^+23: powers written after an Arabic number. */
    private void power(String t, Candidate cd, Numeral num, boolean neg) {
        int q = num.end;
        char c = at(t, q);
        if (c == 'e' || c == 'E') {
            int p = q + 1;
            boolean eneg = false;
            if (isMinus(at(t, p)) || isPlus(at(t, p))) {
                eneg = isMinus(at(t, p));
                p++;
            }
            int s = p;
            while (p < t.length() && isArabic(t.charAt(p)) && p - s < 4) {
                p++;
            }
            if (p == s || isLatin(at(t, p)) || isArabic(at(t, p))) {
                return;
            }
            int exp = Integer.parseInt(digits(t, s, p));
            if (exp > MAX_EXPONENT) {
                return;
            }
            cd.value = signed(num.value.scaleByPowerOfTen(eneg ? -exp : exp), neg);
            cd.end = p;
            cd.skipTo = p;
            cd.rule = "power";
        } else if (c == '^') {
            int p = q + 1;
            int minus = 0;
            while (p < t.length() && (isMinus(t.charAt(p)) || isPlus(t.charAt(p))) && p - q < 4) {
                if (isMinus(t.charAt(p))) {
                    minus++;
                }
                p++;
            }
            int s = p;
            while (p < t.length() && isArabic(t.charAt(p)) && p - s < 3) {
                p++;
            }
            if (p == s || isArabic(at(t, p))) {
                return;
            }
            int exp = Integer.parseInt(digits(t, s, p));
            if (exp > 64) {
                return;
            }
            BigDecimal v = num.value.pow(exp, MC);
            if (minus % 2 == 1) {
                if (v.signum() == 0) {
                    return;
                }
                v = BigDecimal.ONE.divide(v, MC);
            }
            cd.value = signed(v, neg);
            cd.end = p;
            cd.skipTo = p;
            cd.rule = "power";
        }
    }

    private static String digits(String t, int s, int e) {
        StringBuilder sb = new StringBuilder();
        for (int k = s; k < e; k++) {
            sb.append(NumChars.arabic(t.charAt(k)));
        }
        return sb.toString();
    }

    /**
     * Fractions as percents: 三分之一 (33.3…%), 一百分之二 (2%), 3/5 (60%); a whole number with a
     * fraction (三又三分之一, 1 3/5) is a NUMBER. A denominator of zero is not a fraction.
     */
    private Candidate fraction(String t, Candidate base, Numeral num, boolean neg) {
        int n = t.length();
        int q = num.end;
        // whole 又 fraction
        int y = skipSp(t, q);
        if (at(t, y) == '又' || (at(t, q) == ' ' && num.arabicInteger && isArabic(at(t, q + 1)))) {
            boolean you = at(t, y) == '又';
            int r = skipSp(t, you ? y + 1 : q + 1);
            if (r < n && NumeralScanner.startsNumeral(t, r)) {
                Numeral den = scanner.scan(t, r);
                if (den != null && !den.tooLong && !den.digitString) {
                    BigDecimal[] f = fractionAfter(t, den);
                    if (f != null && (you || f[2].intValue() == 1)) {
                        Candidate cd = new Candidate("fraction-mixed", base.start);
                        cd.numeral = num;
                        cd.value = signed(num.value.add(f[0]), neg);
                        cd.end = f[1].intValue();
                        cd.skipTo = cd.end;
                        return cd;
                    }
                }
            }
        }
        BigDecimal[] f = fractionAfter(t, num);
        if (f == null) {
            return null;
        }
        Candidate cd = new Candidate(f[2].intValue() == 1 ? "fraction-slash" : "fraction", base.start);
        cd.numeral = num;
        cd.value = signed(f[0].multiply(HUNDRED), neg);
        cd.end = f[1].intValue();
        cd.skipTo = cd.end;
        if (f.length > 3 && f[3] != null) {
            cd.upper = signed(f[3].multiply(HUNDRED), neg);
        }
        setPercent(cd);
        if (f[2].intValue() == 2) {
            cd.veto = "date";
        }
        return cd;
    }

    /**
     * The fraction with denominator {@code den}: {value, end, kind (0 分之, 1 slash, 2 a date),
     * upper} or null.
     */
    private BigDecimal[] fractionAfter(String t, Numeral den) {
        int n = t.length();
        int q = den.end;
        int r = skipSp(t, q);
        if (at(t, r) == '分' && at(t, skipSp(t, r + 1)) == '之') {
            r = skipSp(t, skipSp(t, r + 1) + 1);
            boolean neg = false;
            if (r < n && (isMinusWord(t.charAt(r)) || isMinus(t.charAt(r)))) {
                neg = true;
                r = skipSp(t, r + 1);
            }
            if (r >= n || !NumeralScanner.startsNumeral(t, r) || den.value.signum() == 0 || den.upper != null) {
                return null;
            }
            Numeral num = scanner.scan(t, r);
            if (num == null || num.tooLong || num.digitString) {
                return null;
            }
            BigDecimal v = num.value.divide(den.value.abs(), MC);
            BigDecimal up = num.upper == null ? null : num.upper.divide(den.value.abs(), MC);
            return new BigDecimal[] {neg ? v.negate() : v, BigDecimal.valueOf(num.end), BigDecimal.ZERO, up};
        }
        if ((at(t, q) == '/' || at(t, q) == '／') && den.arabicInteger && isArabic(at(t, q + 1))) {
            Numeral d = scanner.scan(t, q + 1);
            if (d == null || d.tooLong || !d.arabicInteger) {
                return null;
            }
            char after = at(t, d.end);
            if (((after == '/' || after == '／') && isArabic(at(t, d.end + 1))) || after == '号' || after == '日'
                    || after == '月' || after == '期') {
                return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.valueOf(d.end), BigDecimal.valueOf(2)};
            }
            if (d.value.signum() == 0) {
                return null;
            }
            return new BigDecimal[] {den.value.divide(d.value, MC), BigDecimal.valueOf(d.end), BigDecimal.ONE};
        }
        return null;
    }

    /** 三成 (30%), 七成六 (76%), 三成半 (35%); 八五折 (85%), 9.9折 (99%), 五折 (50%). */
    private boolean tenths(String t, Candidate cd, Numeral num, boolean neg, int u) {
        BigDecimal v = num.value;
        BigDecimal pct;
        int end = u + 1;
        if (v.signum() <= 0 || num.upper != null || neg) {
            return false;
        }
        if (t.charAt(u) == '成') {
            if (num.digitString || v.compareTo(BigDecimal.TEN) > 0) {
                return false;
            }
            pct = v.multiply(BigDecimal.TEN);
            int r = skipSp(t, end);
            if (at(t, end) == '半') {
                pct = pct.add(BigDecimal.valueOf(5));
                end++;
            } else if (r < t.length() && num.value.scale() <= 0 && (NumChars.chineseDigit(t.charAt(r)) > 0
                    || isArabic(t.charAt(r))) && !NumeralScanner.startsNumeral(t, r + 1) && !isHan(at(t, r + 1))
                    && unitMatcher.match(t, r + 1) == null) {
                int d = isArabic(t.charAt(r)) ? NumChars.arabic(t.charAt(r)) : NumChars.chineseDigit(t.charAt(r));
                pct = pct.add(BigDecimal.valueOf(d));
                end = r + 1;
            }
        } else {
            if (num.digitString) {
                if (num.chineseChars != 2 || num.decimal) {
                    return false;
                }
                pct = v;
            } else if (num.decimal) {
                if (v.compareTo(BigDecimal.TEN) >= 0) {
                    return false;
                }
                pct = v.multiply(BigDecimal.TEN);
            } else if (v.compareTo(BigDecimal.TEN) < 0) {
                pct = v.multiply(BigDecimal.TEN);
            } else if (v.compareTo(BigDecimal.TEN) > 0 && v.compareTo(BigDecimal.valueOf(100)) < 0 && num.hasArabic) {
                pct = v;
            } else {
                return false;
            }
        }
        cd.rule = "tenths";
        cd.value = pct;
        cd.upper = null;
        cd.end = end;
        cd.skipTo = end;
        setPercent(cd);
        return true;
    }

    /**
     * 5%-8%, 20~100个, 两到三万元, 1万-5万元, 20与30之间: joins a second number after a connector
     * when both read in the same unit and the first is smaller.
     */
    private void range(String t, Candidate lo) {
        int n = t.length();
        if (lo.upper != null || lo.rule.startsWith("fraction") || lo.rule.equals("tenths") || lo.rule.equals("power")) {
            return;
        }
        int p = skipSp(t, lo.end);
        if (t.startsWith("(含)", p) || t.startsWith("（含）", p)) {
            p = skipSp(t, p + 3); // 1万(含)-5万元
        }
        if (p >= n) {
            return;
        }
        char c = t.charAt(p);
        boolean between = false;
        int q;
        if (isRangeDash(c)) {
            q = p + 1;
            if (q < n && isRangeDash(t.charAt(q))) {
                q++;
            }
        } else if (c == '至' || c == '到') {
            q = p + 1;
        } else if (c == '和' || c == '与' || c == '及') {
            q = p + 1;
            between = true;
        } else {
            return;
        }
        q = skipSp(t, q);
        if (q >= n || !(NumeralScanner.startsNumeral(t, q) || ((isMinus(t.charAt(q)) || isMinusWord(t.charAt(q)))
                && !isRangeDash(c)))) {
            return;
        }
        Candidate hi = number(t, q, false);
        if (hi == null || hi.veto != null || !hi.rule.equals("number") || hi.upper != null) {
            return;
        }
        if (between && "间".equals(hi.unitKey) && hi.numeral != null) {
            hi.unit = null; // 10000与20000间: 间 closes the range, it is not the counter 间
            hi.unitInfo = null;
            hi.unitKey = null;
            hi.type = Type.NUMBER;
            hi.end = hi.numeral.end;
            hi.value = hi.numeral.value;
        }
        int end = hi.end;
        if (between) {
            if (t.startsWith("之间", end)) {
                end += 2;
            } else if (at(t, end) == '间') {
                end += 1;
            } else {
                return;
            }
        }
        BigDecimal lower;
        boolean loUnit = lo.hasUnit();
        boolean hiUnit = hi.hasUnit();
        if (lo.unitInfo == null) {
            // a bare lower end shares the upper end's magnitude and unit: 两到三万 = 2万 to 3万
            lower = lo.value;
            Numeral hn = hi.numeral;
            if (hi.unitInfo != null && lower.abs().compareTo(hi.value.abs()) > 0) {
                lower = lower.divide(hi.unitInfo.scale().divide(baseScale(hi), MC), MC);
            } else if (hn != null && hn.leadPlace > 0 && lo.numeral != null && lo.numeral.value.scale() <= 0
                    && lo.numeral.value.compareTo(BigDecimal.valueOf(hn.leadDigit)) < 0 && lo.numeral.lone) {
                lower = lower.multiply(BigDecimal.valueOf(hn.leadPlace)); // 两~3百 = 200 to 300
            }
        } else if (hi.unitInfo == null) {
            return;
        } else if (lo.unit.equals(hi.unit)) {
            lower = lo.value;
        } else if (lo.unitInfo.base() == null || (hiUnit && loUnit && lo.unitInfo.base().equals(hi.unitInfo.base())
                && lo.type == hi.type)) {
            if (lo.unitInfo.base() == null && hi.unitInfo.base() == null) {
                lower = lo.value.multiply(lo.unitInfo.scale()).divide(hi.unitInfo.scale(), MC);
            } else if (lo.unitInfo.base() == null) {
                lower = lo.value.multiply(lo.unitInfo.scale()).divide(hi.unitInfo.scale().divide(baseScale(hi), MC), MC);
            } else {
                lower = lo.value.multiply(lo.unitInfo.scale()).divide(hi.unitInfo.scale(), MC);
            }
        } else {
            return;
        }
        if (lower.compareTo(hi.value) >= 0) {
            return;
        }
        if ((c == '到' || c == '至') && at(t, lo.start - 1) == '从') {
            lo.start--; // 从8500到3万港元
        }
        lo.rule = "range";
        lo.value = lower;
        lo.upper = hi.value;
        lo.unit = hi.unit;
        lo.unitInfo = hi.unitInfo;
        lo.unitKey = hi.unitKey;
        lo.type = hi.type;
        lo.end = end;
        lo.skipTo = Math.max(lo.skipTo, end);
        lo.afterPos = hi.afterPos >= 0 && !between ? hi.afterPos : -1;
        lo.high = hi;
        if (hi.inner != null) {
            lo.inner = hi.inner;
        }
    }

    /** The scale of a unit's base unit within its written unit, without the magnitude (万元 → 1). */
    private BigDecimal baseScale(Candidate c) {
        if (c.unitKey == null) {
            return BigDecimal.ONE;
        }
        return units.resolve(c.unitKey).map(UnitTable.Unit::scale).orElse(BigDecimal.ONE);
    }

    // ================================================================ qualifiers

    /**
     * 人民币50元, 港币两千九百六十元, 新台币177.1亿元, 人民幣3.14: a currency written before the number
     * gives (or replaces the 元 of) its unit, and the mention starts at the currency word.
     */
    private void currencyPrefix(String t, Candidate cd, int lastEnd) {
        if (!(cd.rule.equals("number") || cd.rule.equals("range")) || cd.numeral == null) {
            return;
        }
        boolean unitless = cd.unitInfo == null || cd.unitInfo.base() == null;
        boolean yuan = !unitless && "money".equals(cd.unitInfo.family()) && "元".equals(cd.unitInfo.base());
        if (!unitless && !yuan) {
            return;
        }
        int k = cd.start;
        while (k > lastEnd && isInlineSpace(t.charAt(k - 1))) {
            k--;
        }
        WordTable.Hit<String> w = currencies.longestEndingAt(t, k, lastEnd);
        if (w == null) {
            return;
        }
        String mag = "";
        if (unitless) {
            mag = cd.unit == null ? "" : cd.unit;
        } else {
            String spelled = units.spelling(cd.unitKey);
            mag = cd.unit.endsWith(spelled) ? cd.unit.substring(0, cd.unit.length() - spelled.length()) : "";
        }
        Optional<UnitTable.Unit> u = units.resolve(mag + w.word());
        if (u.isEmpty()) {
            return;
        }
        cd.unit = u.get().written();
        cd.unitInfo = u.get();
        cd.unitKey = w.word();
        cd.type = u.get().type();
        cd.start = w.start();
        cd.afterPos = -1;
    }

    /** Attaches the qualifier words before and after (约, 超过, 以上, 左右 …); never across {@code lastEnd}. */
    private void qualify(String t, Candidate cd, int lastEnd) {
        int k = cd.start;
        while (k > lastEnd && isInlineSpace(t.charAt(k - 1))) {
            k--;
        }
        WordTable.Hit<QuantityLexicon.QualifierWord> b = lex.before.longestEndingAt(t, k, lastEnd);
        if (b != null && b.value().qualifier() != null) {
            boolean ok = switch (b.value().guard()) {
                case BARE -> cd.numeral != null && !cd.numeral.hasDigit;
                default -> true;
            };
            if (ok && !(cd.type == Type.ORDINAL)) {
                cd.prefix = b.value().qualifier();
                cd.prefixStart = b.start();
            }
        }
        WordTable.Hit<QuantityLexicon.QualifierWord> a = lex.after.longestAt(t, skipSp(t, cd.end));
        if (a != null && cd.type != Type.ORDINAL) {
            boolean ok = switch (a.value().guard()) {
                case END -> wordBoundary(t, a.end()) || "的之地".indexOf(at(t, a.end())) >= 0;
                case MONEY -> cd.unitInfo != null && "money".equals(cd.unitInfo.family());
                case MAGNITUDE -> cd.numeral != null && cd.numeral.hasDigit && cd.unitInfo != null
                        && UnitTable.NUMBER_FAMILY.equals(cd.unitInfo.family());
                default -> true;
            };
            if (ok) {
                cd.suffix = a.value().qualifier();
                cd.suffixEnd = a.end();
            }
        }
    }

    // ================================================================ checks

    /** Rejects what is not an amount; sets {@code veto} and where the scan goes on. */
    private void check(String t, Candidate cd, int[] urls) {
        Numeral num = cd.numeral;
        int n = t.length();
        boolean unitless = cd.unitInfo == null || cd.unitInfo.base() == null;
        boolean plainNumber = cd.type == Type.NUMBER && (cd.rule.equals("number") || cd.rule.equals("range"));
        int coreStart = num == null ? cd.start : num.start;
        int coreEnd = num == null ? cd.end : num.end;
        if (num != null && num.hasArabic) {
            int d = datePattern(t, coreStart, unitless);
            if (d > 0) {
                reject(cd, "date", d);
                return;
            }
        }
        if (cd.afterPos >= 0 && cd.suffix == null && (unitless || cd.type == Type.NUMBER)) {
            WordTable.Hit<QuantityLexicon.Context> w = lex.afterWords.longestAt(t, cd.afterPos);
            if (w != null && !(cd.type == Type.PERCENT)) {
                reject(cd, "after-word:" + w.word(), Math.max(cd.skipTo, cd.afterPos));
                return;
            }
            if (isChinesePoint(at(t, cd.afterPos)) && cd.type == Type.NUMBER && num != null
                    && num.value.compareTo(BigDecimal.valueOf(24)) <= 0) {
                reject(cd, "clock", cd.afterPos + 1);
                return;
            }
        }
        int end = cd.suffixEnd >= 0 ? cd.suffixEnd : cd.end;
        if (lex.afterUnitWords.longestAt(t, end) != null && cd.type != Type.ORDINAL) {
            reject(cd, "after-unit-word", end);
            return;
        }
        if (cd.prefixStart < 0 && lex.perWords.longestEndingAt(t, cd.start, 0) != null && cd.type != Type.ORDINAL) {
            reject(cd, "per-word", end); // 每千人拥有…: the denominator of a rate
            return;
        }
        if (cd.prefixStart < 0 && lex.beforeWords.longestEndingAt(t, cd.start, 0) != null && cd.type != Type.ORDINAL
                && unitless) {
            reject(cd, "before-word", cd.skipTo);
            return;
        }
        if (num != null && num.decimal && plainNumber && unitless && clockWithPoint(t, num)) {
            reject(cd, "clock", cd.skipTo); // 9点20, 九点零九
            return;
        }
        if (num != null && inUrl(urls, coreStart)) {
            reject(cd, "url", cd.skipTo);
            return;
        }
        if (num != null && num.hasArabic && plainNumber) {
            char a = at(t, coreEnd);
            char b = at(t, coreStart - 1);
            if (num.arabicInteger && num.arabicDigits <= 2 && (((a == ':' || a == '：') && clockPart(t, coreEnd + 1, true))
                    || ((b == ':' || b == '：') && clockPart(t, coreStart - 2, false)))) {
                reject(cd, "clock", cd.skipTo); // 18:59, 09:36:46; not a ratio 14.6:44.9
                return;
            }
            if (((a == '·' || a == '•' || a == '.') && isArabic(at(t, coreEnd + 1)))
                    || ((b == '·' || b == '•') && isArabic(at(t, coreStart - 2)))) {
                reject(cd, "date", cd.skipTo);
                return;
            }
        }
        if (num != null && num.hasArabic && num.arabicInteger && cd.type != Type.ORDINAL && isLatin(at(t, cd.start - 1))
                && !isLatin(at(t, cd.start - 2))) {
            reject(cd, "code", cd.skipTo); // D887次, G1234次: one letter and digits name a train or a line
            return;
        }
        if (num != null && unitless && cd.type != Type.ORDINAL) {
            char b = at(t, cd.start - 1);
            int after = cd.afterPos >= 0 ? cd.afterPos : cd.end;
            if (isLatin(b) || (isMinus(b) && isLatin(at(t, cd.start - 2))) || isLatin(at(t, after))
                    || (cd.type == Type.PERCENT && isLatin(at(t, coreEnd)))) {
                reject(cd, "model", cd.skipTo);
                return;
            }
        }
        if (plainNumber && unitless && num != null && slogan(t, coreStart, cd.end, num)) {
            reject(cd, "slogan", cd.skipTo);
            return;
        }
        if (plainNumber && unitless && num != null && listMarker(t, coreStart, cd.end, num)) {
            reject(cd, "list-marker", cd.skipTo);
            return;
        }
        if (plainNumber && unitless && num != null && num.hasArabic) {
            if ((num.arabicInteger && (num.arabicDigits >= 8 || num.leadingZero)) || dashChain(t, coreStart, coreEnd)) {
                reject(cd, "code", cd.skipTo);
                return;
            }
            if (num.arabicInteger && num.arabicDigits == 4 && cd.unitInfo == null && !cd.qualified()
                    && num.value.compareTo(BigDecimal.valueOf(1900)) >= 0
                    && num.value.compareTo(BigDecimal.valueOf(2099)) <= 0 && cd.value.signum() > 0
                    && (cd.upper == null || cd.upper.compareTo(BigDecimal.valueOf(2099)) <= 0)) {
                reject(cd, "year", cd.skipTo);
                return;
            }
            if (cd.unitInfo == null && cd.upper == null && num.decimal && !num.hasChinese && coreEnd - coreStart == 3
                    && at(t, coreEnd - 1) == '0' && num.value.compareTo(BigDecimal.TEN) < 0 && !cd.qualified()) {
                reject(cd, "version", cd.skipTo);
                return;
            }
        }
        policy(t, cd, num);
    }

    /** One or two digits, not part of a decimal, at {@code p} (reading forward or backward). */
    private static boolean clockPart(String t, int p, boolean forward) {
        int k = p;
        int digits = 0;
        while (k >= 0 && k < t.length() && isArabic(t.charAt(k))) {
            digits++;
            k += forward ? 1 : -1;
        }
        char c = at(t, k);
        return digits >= 1 && digits <= 2 && !isDecimalPoint(c) && c != '．';
    }

    /** 9点20 (Arabic hour, 点, two-digit minute) and 九点零九 (hour, 点, 零 and a digit) are clock times. */
    private static boolean clockWithPoint(String t, Numeral num) {
        int p = -1;
        for (int k = num.start; k < num.end; k++) {
            if (isChinesePoint(t.charAt(k))) {
                p = k;
                break;
            }
        }
        if (p < 0 || num.value.compareTo(BigDecimal.valueOf(25)) >= 0) {
            return false;
        }
        String frac = t.substring(p + 1, num.end).strip();
        if (frac.length() != 2) {
            return false;
        }
        if (isArabic(frac.charAt(0)) && isArabic(frac.charAt(1)) && isArabic(t.charAt(p - 1))) {
            return NumChars.arabic(frac.charAt(0)) <= 5;
        }
        return (frac.charAt(0) == '零' || frac.charAt(0) == '〇') && NumChars.chineseDigit(frac.charAt(1)) > 0
                && num.value.compareTo(BigDecimal.ONE) >= 0;
    }

    /** The runs of URLs (http://…, www.…) in a text, as [start, end) pairs in text order; linear. */
    static int[] urls(String t) {
        List<int[]> runs = new ArrayList<>();
        int from = 0;
        int n = t.length();
        while (from < n) {
            int a = t.indexOf("://", from);
            int b = t.indexOf("www.", from);
            int k = a < 0 ? b : b < 0 ? a : Math.min(a, b);
            if (k < 0) {
                break;
            }
            int s = k;
            int limit = runs.isEmpty() ? 0 : runs.get(runs.size() - 1)[1];
            while (s > limit && urlChar(t.charAt(s - 1))) {
                s--;
            }
            int e = k + 3;
            while (e < n && urlChar(t.charAt(e))) {
                e++;
            }
            runs.add(new int[] {s, e});
            from = e;
        }
        int[] out = new int[runs.size() * 2];
        for (int r = 0; r < runs.size(); r++) {
            out[2 * r] = runs.get(r)[0];
            out[2 * r + 1] = runs.get(r)[1];
        }
        return out;
    }

    private static boolean urlChar(char c) {
        return c > ' ' && c <= '~';
    }

    /** True if {@code pos} lies in one of the URL runs. */
    private static boolean inUrl(int[] urls, int pos) {
        int lo = 0;
        int hi = urls.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (pos < urls[2 * mid]) {
                hi = mid - 1;
            } else if (pos >= urls[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static void reject(Candidate cd, String why, int skipTo) {
        cd.veto = why;
        cd.skipTo = Math.max(cd.skipTo, skipTo);
    }

    /**
     * Nothing around that could make a word with it: text edge, punctuation, space or a quote, but
     * not a line break (text pasted from PDFs breaks lines inside words).
     */
    private static boolean isolated(String t, int start, int end) {
        char b = at(t, start - 1);
        char a = at(t, end);
        return (start == 0 || (!isHan(b) && b != '\n' && b != '\r'))
                && (end >= t.length() || (!isHan(a) && a != '\n' && a != '\r'));
    }

    /** What a numeral needs to be read: digits, or a clear construction around a lone Chinese digit. */
    private void policy(String t, Candidate cd, Numeral num) {
        if (num == null || cd.rule.startsWith("fraction")) {
            return;
        }
        boolean unitless = cd.unitInfo == null || cd.unitInfo.base() == null;
        int end = cd.suffixEnd >= 0 ? cd.suffixEnd : cd.end;
        if ((num.bareMagnitude || (!num.hasDigit && num.magText != null && cd.inner == null && !wordBoundary(t, end)))
                && cd.prefix == null && cd.type != Type.ORDINAL) {
            reject(cd, "bare-magnitude", cd.end); // 亿元产值村, 千万元以上项目, 万元GDP
            return;
        }
        boolean financial = num.end - num.start == 1 && NumChars.isFinancialDigit(t.charAt(num.start));
        if (financial && cd.upper == null && cd.type != Type.ORDINAL && !isolated(t, cd.start, cd.end)
                && (unitless || units.isCounter(cd.unitKey))) {
            reject(cd, "lone-digit", cd.skipTo); // 收拾, 队伍, 大陆: 大写 digits are word characters
            return;
        }
        boolean single = num.lone || financial;
        if (single && cd.upper == null && cd.type != Type.ORDINAL && num.magText == null && !cd.compound) {
            boolean clear = cd.qualified() || cd.type == Type.PERCENT || cd.type == Type.PERCENTAGE_POINT
                    || cd.type == Type.MULTIPLE
                    || (!unitless && !units.isCounter(cd.unitKey) && !NumChars.isFinancialDigit(t.charAt(num.start)))
                    || isolated(t, cd.start, cd.end);
            if (cd.qualified() && !unitless && units.isCounter(cd.unitKey) && !isolated(t, cd.start, cd.end)) {
                clear = false; // 近两家 would be clear, 签约一批 is not: counters need more than a qualifier
            }
            if (!clear) {
                reject(cd, "lone-digit", cd.skipTo);
                return;
            }
        }
        if (unitless && cd.type == Type.NUMBER && num.hasChinese && !num.hasArabic && !cd.qualified()
                && !wordBoundary(t, cd.suffixEnd >= 0 ? cd.suffixEnd : cd.end)
                && !cd.rule.startsWith("fraction")) {
            reject(cd, "numeral-in-name", cd.skipTo);
        }
    }

    /** Length of a date written with digits (2020-05-26, 2019.9.6, 2019/04/19) at {@code p}, else 0. */
    private static int datePattern(String t, int p, boolean unitless) {
        int n = t.length();
        int a = p;
        while (a < n && isArabic(t.charAt(a))) {
            a++;
        }
        if (a - p != 4 && a - p != 2) {
            return 0;
        }
        char sep = at(t, a);
        if (sep != '-' && sep != '/' && sep != '.' && sep != '－' && sep != '／' && sep != '．') {
            return 0;
        }
        int b = a + 1;
        while (b < n && isArabic(t.charAt(b)) && b - a <= 3) {
            b++;
        }
        int monthDigits = b - a - 1;
        if (monthDigits < 1 || monthDigits > 2 || isArabic(at(t, b))) {
            return 0;
        }
        int month = Integer.parseInt(digits(t, a + 1, b));
        if (month < 1 || month > 12) {
            return 0;
        }
        if (at(t, b) == sep && isArabic(at(t, b + 1))) {
            int c = b + 1;
            while (c < n && isArabic(t.charAt(c)) && c - b <= 3) {
                c++;
            }
            if (c - b - 1 <= 2) {
                return c;
            }
            return 0;
        }
        if (a - p == 4 && unitless && (sep != '.' || monthDigits == 2 || isRangeDash(at(t, b)))) {
            int year = Integer.parseInt(digits(t, p, a));
            if (year >= 1900 && year <= 2100) {
                char s2 = at(t, b);
                if ((s2 == '-' || s2 == '/' || s2 == '.' || s2 == '－') && isArabic(at(t, b + 1))) {
                    int c = b + 1;
                    while (c < n && isArabic(t.charAt(c)) && c - b <= 3) {
                        c++;
                    }
                    if (c - b - 1 <= 2 && !isDecimalPoint(at(t, c))) {
                        return c; // 1994.01-19
                    }
                }
                return b;
            }
        }
        return 0;
    }

    /** “1253”, “3+6”: a number that is the whole content of quotation marks (three characters or more). */
    private static boolean slogan(String t, int start, int end, Numeral num) {
        int l = start - 1;
        int count = 0;
        while (l >= 0 && count < 12 && sloganChar(t.charAt(l))) {
            l--;
            count++;
        }
        if (l < 0 || !isOpenQuote(t.charAt(l))) {
            return false;
        }
        int r = end;
        count = 0;
        while (r < t.length() && count < 12 && sloganChar(t.charAt(r))) {
            r++;
            count++;
        }
        return r < t.length() && isCloseQuote(t.charAt(r)) && r - l - 1 >= 3;
    }

    private static boolean sloganChar(char c) {
        return isArabic(c) || NumChars.isChineseNumeral(c) || c == '+' || c == '＋' || c == '·' || c == '-'
                || isInlineSpace(c) || c == 'N' || c == 'X';
    }

    /** 一、 1、 (1) （一） at the start of a line or an enumeration. */
    private static boolean listMarker(String t, int start, int end, Numeral num) {
        if (num.decimal || num.arabicDigits > 2 || (num.hasChinese && num.chineseChars > 3)) {
            return false;
        }
        char a = at(t, end);
        char b = at(t, start - 1);
        if ((b == '(' || b == '（' || b == '【' || b == '[' || b == '［') && (a == ')' || a == '）' || a == '】' || a == ']'
                || a == '］')) {
            return true;
        }
        boolean lineStart = start == 0 || b == '\n' || b == '\r';
        if (!lineStart) {
            int k = start - 1;
            while (k >= 0 && isInlineSpace(t.charAt(k))) {
                k--;
            }
            lineStart = k < 0 || t.charAt(k) == '\n' || t.charAt(k) == '\r';
        }
        if (a == '、') {
            return lineStart || num.hasChinese;
        }
        if ((a == '.' || a == '．') && !isArabic(at(t, end + 1))) {
            return lineStart;
        }
        return (a == ')' || a == '）') && lineStart;
    }

    /** 400-123-4567: three or more digit groups joined by dashes. */
    private static boolean dashChain(String t, int start, int end) {
        int groups = 1;
        int p = start;
        for (int k = 0; k < 2; k++) {
            if (p >= 2 && isMinus(t.charAt(p - 1)) && isArabic(t.charAt(p - 2))) {
                p -= 2;
                while (p > 0 && isArabic(t.charAt(p - 1))) {
                    p--;
                }
                groups++;
            } else {
                break;
            }
        }
        p = end;
        for (int k = 0; k < 2; k++) {
            if (p + 1 < t.length() && isMinus(t.charAt(p)) && isArabic(t.charAt(p + 1))) {
                p += 1;
                while (p < t.length() && isArabic(t.charAt(p))) {
                    p++;
                }
                groups++;
            } else {
                break;
            }
        }
        return groups >= 3;
    }

    // ================================================================ bounds

    /** 大于10小于20, 1000以上、1500以下, 最多100最少20: two opposite bounds next to each other make a range. */
    private static void mergeBounds(String t, List<Candidate> out) {
        for (int k = 0; k + 1 < out.size(); k++) {
            Candidate a = out.get(k);
            Candidate b = out.get(k + 1);
            Qualifier qa = a.qualifier();
            Qualifier qb = b.qualifier();
            if (a.upper != null || b.upper != null || qa == qb || qa == Qualifier.EXACT || qb == Qualifier.EXACT
                    || qa == Qualifier.APPROX || qb == Qualifier.APPROX || a.type == Type.ORDINAL || b.type == Type.ORDINAL
                    || (a.type != b.type && a.unit != null && b.unit != null)) {
                continue;
            }
            int aEnd = a.suffixEnd >= 0 ? a.suffixEnd : a.end;
            int bStart = b.prefixStart >= 0 ? b.prefixStart : b.start;
            String between = t.substring(aEnd, bStart).strip();
            if (!(between.isEmpty() || between.equals("并") || between.equals("并且") || between.equals("且")
                    || between.equals("而") || between.equals("，") || between.equals(",") || between.equals("的同时")
                    || between.equals("同时"))) {
                continue;
            }
            if (a.unit != null && b.unit != null && !a.unit.equals(b.unit)) {
                continue;
            }
            Candidate lo = qa == Qualifier.MORE_THAN ? a : b;
            Candidate hi = qa == Qualifier.MORE_THAN ? b : a;
            if (lo.value.compareTo(hi.value) >= 0) {
                continue;
            }
            Candidate m = new Candidate("bounds", a.start);
            m.prefixStart = a.prefixStart >= 0 ? a.prefixStart : a.start;
            m.suffixEnd = b.suffixEnd >= 0 ? b.suffixEnd : b.end;
            m.end = b.end;
            m.numberStart = a.numberStart;
            m.value = lo.value;
            m.upper = hi.value;
            Candidate withUnit = a.unit != null ? a : b;
            m.unit = withUnit.unit;
            m.unitInfo = withUnit.unitInfo;
            m.unitKey = withUnit.unitKey;
            m.type = withUnit.type;
            m.numeral = a.numeral;
            out.set(k, m);
            out.remove(k + 1);
        }
    }
}
