package io.zhibiao.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zhibiao.Qualifier;
import io.zhibiao.QuantityMention;
import io.zhibiao.Span;
import io.zhibiao.Zhibiao;
import io.zhibiao.lexicon.UnitTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The peer test suites of {@code src/test/resources/peer-specs/} (Recognizers-Text, Duckling,
 * cn2an, JioNLP; see the README there), each case turned into a judgement on what the public
 * quantities path ({@link Zhibiao#quantities}) finds in its input. A judge returns {@code null}
 * when the case passes, else what went wrong.
 *
 * <p>How each peer's expectation is read (the peers' own semantics, translated, never loosened to
 * pass a case):
 * <ul>
 * <li>a value compares with a mention's value read the peer's way: the number with its magnitude
 * multiplied out (617.4亿元 → 61740000000; our unit keeps the magnitude), or in base units, or —
 * for a percent read from a fraction or 成 — as a ratio (六分之一 → 0.1666…); within 1e-9
 * relative;</li>
 * <li>Recognizers-Text lists spans (end inclusive): each expected span must overlap one mention of
 * the model's kind with that value, and no other mention of that kind may be found; its
 * 个百分点 cases say "N%" and compare with our PERCENTAGE_POINT N (RT has no such type);</li>
 * <li>Duckling, cn2an and JioNLP's parser check whole strings: exactly one mention over the whole
 * input (surrounding spaces aside);</li>
 * <li>cn2an's transform pairs must read the same quantities on both sides;</li>
 * <li>JioNLP's time expressions must not overlap a mention that is not a duration.</li>
 * </ul>
 */
final class PeerSpecs {
    private PeerSpecs() {
    }

    static final String ROOT = "peer-specs/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UnitTable UNITS = UnitTable.defaults();

    /** One peer case. */
    record PeerCase(String peer, String file, String input, Judge judge) {
        String key() {
            return peer + "\t" + file + "\t" + input;
        }
    }

    /** Judges what was found in a case's input: null when it passes, else why not. */
    interface Judge {
        String judge(List<QuantityMention> found);
    }

    /** Every case of every file, in file order. */
    static List<PeerCase> all() {
        List<PeerCase> out = new ArrayList<>();
        for (String m : List.of("NumberModel", "PercentModel", "OrdinalModel", "NumberRangeModel",
                "NumberRangeModelExperimentalMode")) {
            rt(out, "Number/" + m + ".json", m);
        }
        for (String m : List.of("CurrencyModel", "DimensionModel", "AgeModel", "TemperatureModel")) {
            rt(out, "NumberWithUnit/" + m + ".json", m);
        }
        duckling(out);
        cn2an(out);
        jionlp(out);
        return out;
    }

    static JsonNode read(String path) {
        try (InputStream in = PeerSpecs.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + ROOT + path);
            }
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ readings

    static boolean close(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b;
        }
        BigDecimal diff = a.subtract(b).abs();
        return diff.compareTo(b.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1e-9"))) <= 0;
    }

    /** The scale of the magnitude a unit starts with (万元 → 10000, 亿 → 1e8, 元 → 1). */
    static BigDecimal magnitudeOf(String unit) {
        if (unit == null) {
            return BigDecimal.ONE;
        }
        for (int len = Math.min(3, unit.length()); len >= 1; len--) {
            BigDecimal m = UNITS.magnitudes().get(unit.substring(0, len));
            if (m != null && (len == unit.length() || UNITS.resolve(unit.substring(len)).isPresent())) {
                return m;
            }
        }
        return BigDecimal.ONE;
    }

    /** The value with its magnitude multiplied out (617.4亿元 → 61740000000). */
    static BigDecimal full(QuantityMention m) {
        return m.quantity().value().multiply(magnitudeOf(m.quantity().unit()));
    }

    static BigDecimal fullUpper(QuantityMention m) {
        return m.quantity().upper() == null ? null : m.quantity().upper().multiply(magnitudeOf(m.quantity().unit()));
    }

    /** The value in base units (斤 → 公斤, 亿元 → 元), or the value when there is no unit. */
    static BigDecimal base(QuantityMention m) {
        return m.quantity().baseValue() != null ? m.quantity().baseValue() : full(m);
    }

    static BigDecimal baseUpper(QuantityMention m) {
        BigDecimal u = m.quantity().upper();
        if (u == null) {
            return null;
        }
        if (m.quantity().baseValue() == null || m.quantity().value().signum() == 0) {
            return fullUpper(m);
        }
        return u.multiply(UNITS.resolve(m.quantity().unit()).map(UnitTable.Unit::scale).orElse(BigDecimal.ONE));
    }

    /** A number as a peer may state it: magnitude out, in base units, or a percent as a ratio. */
    static boolean reads(QuantityMention m, BigDecimal v) {
        if (close(full(m), v) || close(base(m), v)) {
            return true;
        }
        return m.type() == QuantityMention.Type.PERCENT && close(base(m).movePointLeft(2), v);
    }

    static boolean readsUpper(QuantityMention m, BigDecimal v) {
        BigDecimal f = fullUpper(m);
        BigDecimal b = baseUpper(m);
        if (f == null) {
            return false;
        }
        return close(f, v) || close(b, v)
                || (m.type() == QuantityMention.Type.PERCENT && close(b.movePointLeft(2), v));
    }

    static boolean overlaps(Span s, int start, int endExclusive) {
        return s.start() < endExclusive && start < s.end();
    }

    static String family(QuantityMention m) {
        String u = m.quantity().unit();
        if (u == null) {
            return null;
        }
        return UNITS.resolve(u).map(UnitTable.Unit::family).orElse(null);
    }

    static String describe(List<QuantityMention> found) {
        StringBuilder sb = new StringBuilder("[");
        for (QuantityMention m : found) {
            sb.append(" '").append(m.text()).append("'@").append(m.span().start()).append('-').append(m.span().end())
                    .append(' ').append(m.quantity().value().toPlainString())
                    .append(m.quantity().upper() == null ? "" : "~" + m.quantity().upper().toPlainString()).append(' ')
                    .append(m.quantity().unit()).append(' ').append(m.type()).append(' ').append(m.qualifier())
                    .append(';');
        }
        return sb.append(" ]").toString();
    }

    /** Exactly one mention over the whole input (spaces around it aside), else null. */
    static QuantityMention whole(String input, List<QuantityMention> found) {
        int s = 0;
        int e = input.length();
        while (s < e && Character.isWhitespace(input.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(input.charAt(e - 1))) {
            e--;
        }
        if (found.size() != 1) {
            return null;
        }
        QuantityMention m = found.get(0);
        return m.span().start() == s && m.span().end() == e ? m : null;
    }

    // ------------------------------------------------------------------ Recognizers-Text

    private static final Map<String, String> RT_CURRENCY = Map.of("CNY", "元", "USD", "美元", "EUR", "欧元", "HKD",
            "港元", "JPY", "日元", "TWD", "新台币", "CHF", "瑞士法郎", "NGN", "奈拉");

    /** RT dimension units: our base unit and how many base units one is. */
    private static final Map<String, Object[]> RT_DIMENSION = new HashMap<>();

    static {
        Object[][] d = {{"Mu", "亩", "1"}, {"Kilogram", "公斤", "1"}, {"Centimeter", "米", "0.01"}, {"Ton", "公斤", "1000"},
            {"Meter", "米", "1"}, {"Jin", "公斤", "0.5"}, {"Kilometer", "公里", "1"}, {"Gram", "公斤", "0.001"},
            {"Microgram", "公斤", "0.000000001"}, {"Liang", "公斤", "0.05"}, {"Kilowatt", "千瓦", "1"},
            {"Megabyte", "字节", "1000000"}, {"Kilobyte", "字节", "1000"}, {"Kilobit", "比特", "1000"},
            {"Bit", "比特", "1"}, {"Hertz", "赫兹", "1"}, {"Megahertz", "赫兹", "1000000"}, {"Kilocalorie", "千卡", "1"}};
        for (Object[] r : d) {
            RT_DIMENSION.put((String) r[0], new Object[] {r[1], new BigDecimal((String) r[2])});
        }
    }

    private static final Map<String, String> RT_AGE = Map.of("Year", "岁", "Month", "个月", "Week", "周", "Day", "天");

    private static final Set<String> PHYSICAL = Set.of("area", "length", "weight", "volume", "data", "frequency",
            "power", "energy", "voltage");

    private static void rt(List<PeerCase> out, String path, String model) {
        JsonNode cases = read("recognizers-text/" + path);
        for (JsonNode c : cases) {
            String input = c.get("Input").asText();
            List<JsonNode> results = new ArrayList<>();
            c.get("Results").forEach(results::add);
            out.add(new PeerCase("recognizers-text", path, input, found -> rtJudge(model, input, results, found)));
        }
    }

    private static String rtJudge(String model, String input, List<JsonNode> results, List<QuantityMention> all) {
        Predicate<QuantityMention> kind = switch (model) {
            case "PercentModel" -> m -> m.type() == QuantityMention.Type.PERCENT
                    || m.type() == QuantityMention.Type.PERCENTAGE_POINT;
            case "OrdinalModel" -> m -> m.type() == QuantityMention.Type.ORDINAL;
            case "NumberRangeModel", "NumberRangeModelExperimentalMode" -> m -> m.quantity().upper() != null
                    || m.qualifier() == Qualifier.MORE_THAN || m.qualifier() == Qualifier.LESS_THAN;
            case "CurrencyModel" -> m -> "money".equals(family(m));
            case "DimensionModel" -> m -> PHYSICAL.contains(family(m));
            case "AgeModel" -> m -> "age".equals(family(m)) || "duration".equals(family(m));
            case "TemperatureModel" -> m -> "temperature".equals(family(m)) || "degree".equals(family(m));
            default -> m -> true;
        };
        List<QuantityMention> found = all.stream().filter(kind).toList();
        boolean[] used = new boolean[found.size()];
        for (JsonNode r : results) {
            int start = r.get("Start").asInt();
            int end = r.get("End").asInt() + 1;
            JsonNode res = r.get("Resolution");
            boolean ok = false;
            for (int k = 0; k < found.size() && !ok; k++) {
                QuantityMention m = found.get(k);
                if (used[k] || !overlaps(m.span(), start, end)) {
                    continue;
                }
                if (rtMatches(model, res, m)) {
                    used[k] = true;
                    ok = true;
                }
            }
            if (!ok && model.startsWith("NumberRange")) {
                // a closed interval [a,a] is a plain number, which the range model does not select
                String v = res.get("value").asText();
                BigDecimal[] iv = interval(v);
                if (iv[0] != null && iv[1] != null && iv[0].compareTo(iv[1]) == 0) {
                    for (QuantityMention m : all) {
                        if (overlaps(m.span(), start, end) && m.quantity().upper() == null && reads(m, iv[0])
                                && m.qualifier() == Qualifier.EXACT) {
                            ok = true;
                        }
                    }
                }
            }
            if (!ok) {
                return "no mention for '" + r.get("Text").asText() + "' " + res + " in " + describe(all);
            }
        }
        for (int k = 0; k < found.size(); k++) {
            if (!used[k]) {
                return "unexpected " + describe(List.of(found.get(k))) + " (expected " + results.size() + ")";
            }
        }
        return null;
    }

    private static BigDecimal dec(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        String s = n.asText().trim();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        return new BigDecimal(s);
    }

    /** "(20,35]" → {20, 35}; "(500,)" → {500, null}; "(,100]" → {null, 100}. */
    static BigDecimal[] interval(String v) {
        String s = v.trim();
        String inner = s.substring(1, s.length() - 1);
        int comma = inner.indexOf(',');
        String a = inner.substring(0, comma).trim();
        String b = inner.substring(comma + 1).trim();
        return new BigDecimal[] {a.isEmpty() ? null : new BigDecimal(a), b.isEmpty() ? null : new BigDecimal(b)};
    }

    private static boolean rtMatches(String model, JsonNode res, QuantityMention m) {
        switch (model) {
            case "PercentModel": {
                BigDecimal v = dec(res.get("value"));
                BigDecimal got = m.type() == QuantityMention.Type.PERCENTAGE_POINT ? full(m) : base(m);
                return close(got, v);
            }
            case "OrdinalModel":
                return close(m.quantity().value(), dec(res.get("value")));
            case "NumberRangeModel":
            case "NumberRangeModelExperimentalMode": {
                BigDecimal[] iv = interval(res.get("value").asText());
                if (iv[0] != null && iv[1] != null) {
                    if (iv[0].compareTo(iv[1]) == 0) {
                        return m.quantity().upper() == null && reads(m, iv[0]);
                    }
                    return m.quantity().upper() != null && reads(m, iv[0]) && readsUpper(m, iv[1]);
                }
                if (iv[0] != null) {
                    return m.quantity().upper() == null && m.qualifier() == Qualifier.MORE_THAN && reads(m, iv[0]);
                }
                return m.quantity().upper() == null && m.qualifier() == Qualifier.LESS_THAN && reads(m, iv[1]);
            }
            case "CurrencyModel": {
                BigDecimal v = dec(res.get("value"));
                if (v == null || !close(base(m), v)) {
                    return false;
                }
                String iso = res.has("isoCurrency") ? res.get("isoCurrency").asText() : null;
                String unit = res.get("unit").asText();
                String want = iso != null ? RT_CURRENCY.get(iso) : unit.equals("Dollar") ? "美元" : null;
                return want == null || want.equals(m.quantity().baseUnit());
            }
            case "DimensionModel": {
                Object[] u = RT_DIMENSION.get(res.get("unit").asText());
                BigDecimal v = dec(res.get("value"));
                if (u == null || v == null) {
                    return false;
                }
                return u[0].equals(m.quantity().baseUnit()) && close(base(m), v.multiply((BigDecimal) u[1]));
            }
            case "AgeModel": {
                String want = RT_AGE.get(res.get("unit").asText());
                return want != null && want.equals(m.quantity().baseUnit()) && close(full(m), dec(res.get("value")));
            }
            case "TemperatureModel": {
                BigDecimal v = dec(res.get("value"));
                return v != null && close(m.quantity().value(), v);
            }
            default:
                return reads(m, dec(res.get("value")));
        }
    }

    // ------------------------------------------------------------------ Duckling

    private static void duckling(List<PeerCase> out) {
        for (String f : List.of("ZH-Numeral.json", "ZH-AmountOfMoney.json", "ZH-Ordinal.json", "ZH-Quantity.json")) {
            JsonNode root = read("duckling/" + f);
            String dim = root.get("dimension").asText();
            for (JsonNode c : root.get("cases")) {
                String input = c.get("input").asText();
                JsonNode x = c.get("expected");
                out.add(new PeerCase("duckling", f, input, found -> ducklingJudge(dim, input, x, found)));
            }
        }
    }

    private static String ducklingJudge(String dim, String input, JsonNode x, List<QuantityMention> found) {
        QuantityMention m = whole(input, found);
        if (m == null) {
            return "not one mention over the whole input: " + describe(found);
        }
        switch (dim) {
            case "Numeral":
                return reads(m, dec(x.get("value"))) ? null : "value " + x.get("value") + ": " + describe(found);
            case "Ordinal":
                return m.type() == QuantityMention.Type.ORDINAL && close(m.quantity().value(), dec(x.get("value")))
                        ? null : "ordinal " + x.get("value") + ": " + describe(found);
            case "Quantity": {
                boolean ok = "weight".equals(family(m))
                        && close(base(m).multiply(BigDecimal.valueOf(1000)), dec(x.get("value")));
                return ok ? null : "grams " + x.get("value") + ": " + describe(found);
            }
            default: {
                if (!"money".equals(family(m))) {
                    return "not money: " + describe(found);
                }
                String cur = x.get("currency").asText();
                BigDecimal factor = cur.equals("Cent") ? BigDecimal.valueOf(100) : BigDecimal.ONE;
                String bu = m.quantity().baseUnit();
                boolean unitOk = switch (cur) {
                    case "CNY" -> bu.equals("元");
                    case "HKD" -> bu.equals("港元");
                    default -> bu.equals("元") || bu.equals("美元") || bu.equals("港元");
                };
                if (!unitOk) {
                    return "currency " + cur + ": " + describe(found);
                }
                String kind = x.get("kind").asText();
                BigDecimal b = base(m).multiply(factor);
                boolean ok = switch (kind) {
                    case "value" -> m.quantity().upper() == null && m.qualifier() == Qualifier.EXACT
                            && close(b, dec(x.get("value")));
                    case "min" -> m.qualifier() == Qualifier.MORE_THAN && close(b, dec(x.get("value")));
                    case "max" -> m.qualifier() == Qualifier.LESS_THAN && close(b, dec(x.get("value")));
                    default -> m.quantity().upper() != null && close(b, dec(x.get("from")))
                            && close(baseUpper(m).multiply(factor), dec(x.get("to")));
                };
                return ok ? null : kind + " " + x + ": " + describe(found);
            }
        }
    }

    // ------------------------------------------------------------------ cn2an

    private static void cn2an(List<PeerCase> out) {
        JsonNode root = read("cn2an/cn2an_test-cases.json");
        for (String mode : List.of("strict", "normal", "smart", "direct")) {
            for (JsonNode c : root.get(mode)) {
                String input = c.get(0).asText();
                JsonNode x = c.get(1);
                String file = "cn2an_test-cases.json#" + mode;
                out.add(new PeerCase("cn2an", file, input, found -> {
                    QuantityMention m = whole(input, found);
                    if (m == null) {
                        return "not one mention over the whole input: " + describe(found);
                    }
                    BigDecimal v = x.isTextual() ? new BigDecimal(x.asText()) : x.decimalValue();
                    return reads(m, v) ? null : "value " + x + ": " + describe(found);
                }));
            }
        }
        JsonNode tr = read("cn2an/transform_test-cases.json");
        for (Iterator<Map.Entry<String, JsonNode>> it = tr.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> g = it.next();
            if (!g.getValue().isObject() || !g.getValue().has("cases")) {
                continue;
            }
            for (JsonNode c : g.getValue().get("cases")) {
                String a = c.get(0).asText();
                String b = c.get(1).asText();
                String file = "transform_test-cases.json#" + g.getKey();
                out.add(new PeerCase("cn2an", file, a, found -> {
                    String sa = signature(found);
                    List<QuantityMention> other = Zhibiao.quantities(b);
                    String sb = signature(other);
                    return sa.equals(sb) ? null : "'" + a + "' reads " + sa + " but '" + b + "' reads " + sb;
                }));
            }
        }
    }

    /** What a text states, independent of how it writes it: type, qualifier, base values. */
    static String signature(List<QuantityMention> found) {
        List<String> s = new ArrayList<>();
        for (QuantityMention m : found) {
            BigDecimal b = base(m).stripTrailingZeros();
            BigDecimal u = baseUpper(m) == null ? null : baseUpper(m).stripTrailingZeros();
            s.add(m.type() + " " + m.qualifier() + " " + b.toPlainString() + (u == null ? "" : "~" + u.toPlainString())
                    + " " + m.quantity().baseUnit());
        }
        return s.toString();
    }

    // ------------------------------------------------------------------ JioNLP

    private static final Map<String, String> JIO_CURRENCY = Map.of("元", "元", "港元", "港元", "美元", "美元", "日元", "日元",
            "欧元", "欧元", "新台币", "新台币", "泰铢", "泰铢", "卢布", "卢布", "韩元", "韩元", "澳元", "澳元");

    private static void jionlp(List<PeerCase> out) {
        JsonNode parser = read("jionlp/money_parser-cases.json");
        for (JsonNode c : parser.get("cases")) {
            String input = c.get(0).asText();
            JsonNode x = c.get(1);
            out.add(new PeerCase("jionlp", "money_parser-cases.json", input, found -> moneyParser(input, x, found)));
        }
        JsonNode extractor = read("jionlp/money_extractor-cases.json");
        for (JsonNode c : extractor.get("cases")) {
            String input = c.get(0).asText();
            JsonNode x = c.get(1);
            out.add(new PeerCase("jionlp", "money_extractor-cases.json", input, found -> moneyExtractor(x, found)));
        }
        JsonNode te = read("jionlp/time_extractor-cases.json");
        for (JsonNode g : te.get("groups")) {
            for (JsonNode c : g.get("cases")) {
                String input = c.get(0).asText();
                JsonNode x = c.get(1);
                if (x.isEmpty()) {
                    continue; // no time expression in the sentence: nothing this suite says about numbers
                }
                out.add(new PeerCase("jionlp", "time_extractor-cases.json", input, found -> timeExtractor(x, found)));
            }
        }
        JsonNode tp = read("jionlp/time_parser-cases.json");
        for (JsonNode g : tp.get("groups")) {
            for (JsonNode c : g.get("cases")) {
                String input = c.get(0).asText();
                out.add(new PeerCase("jionlp", "time_parser-cases.json", input, found -> {
                    for (QuantityMention m : found) {
                        if (!"duration".equals(family(m))) {
                            return "a time expression read as a quantity: " + describe(found);
                        }
                    }
                    return null;
                }));
            }
        }
    }

    private static String moneyParser(String input, JsonNode x, List<QuantityMention> found) {
        QuantityMention m = whole(input, found);
        if (m == null) {
            return "not one mention over the whole input: " + describe(found);
        }
        String fam = family(m);
        if (!(fam == null || "money".equals(fam) || UnitTable.NUMBER_FAMILY.equals(fam))) {
            return "not money: " + describe(found);
        }
        String want = JIO_CURRENCY.get(x.get("case").asText());
        String bu = m.quantity().baseUnit() == null ? "元" : m.quantity().baseUnit();
        if (want == null || !want.equals(bu)) {
            return "currency " + x.get("case") + ": " + describe(found);
        }
        JsonNode num = x.get("num");
        if (num.isArray()) {
            if (m.quantity().upper() == null) {
                return "range " + num + ": " + describe(found);
            }
            return close(base(m), new BigDecimal(num.get(0).asText()))
                    && close(baseUpper(m), new BigDecimal(num.get(1).asText())) ? null : "range " + num + ": "
                    + describe(found);
        }
        if (m.quantity().upper() != null || !close(base(m), new BigDecimal(num.asText()))) {
            return "value " + num + ": " + describe(found);
        }
        Qualifier q = switch (x.get("definition").asText()) {
            case "blur" -> Qualifier.APPROX;
            case "blur-" -> Qualifier.LESS_THAN;
            case "blur+" -> Qualifier.MORE_THAN;
            default -> Qualifier.EXACT;
        };
        return m.qualifier() == q ? null : "qualifier " + x.get("definition") + ": " + describe(found);
    }

    private static String moneyExtractor(JsonNode x, List<QuantityMention> all) {
        List<QuantityMention> found = all.stream().filter(m -> "money".equals(family(m))).toList();
        boolean[] used = new boolean[found.size()];
        for (JsonNode e : x) {
            int s = e.get("offset").get(0).asInt();
            int en = e.get("offset").get(1).asInt();
            boolean ok = false;
            for (int k = 0; k < found.size() && !ok; k++) {
                if (!used[k] && overlaps(found.get(k).span(), s, en)) {
                    used[k] = true;
                    ok = true;
                }
            }
            if (!ok) {
                return "no money mention for '" + e.get("text").asText() + "': " + describe(all);
            }
        }
        for (int k = 0; k < found.size(); k++) {
            if (!used[k]) {
                return "unexpected money " + describe(List.of(found.get(k)));
            }
        }
        return null;
    }

    private static String timeExtractor(JsonNode x, List<QuantityMention> found) {
        for (JsonNode e : x) {
            int s = e.get("offset").get(0).asInt();
            int en = e.get("offset").get(1).asInt();
            for (QuantityMention m : found) {
                if (overlaps(m.span(), s, en) && !"duration".equals(family(m))) {
                    return "time '" + e.get("text").asText() + "' read as " + describe(List.of(m));
                }
            }
        }
        return null;
    }
}
