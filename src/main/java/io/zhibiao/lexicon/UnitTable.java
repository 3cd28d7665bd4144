package io.zhibiao.lexicon;

import io.zhibiao.QuantityMention;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Units and magnitudes, from {@code zhibiao/quantity/units.tsv} and {@code magnitudes.tsv} (see
 * their headers). Resolves a unit as written, magnitude included (万人次), to its base unit and
 * scale. Immutable and thread-safe.
 */
public final class UnitTable {
    public static final String UNITS_RESOURCE = "zhibiao/quantity/units.tsv";
    public static final String MAGNITUDES_RESOURCE = "zhibiao/quantity/magnitudes.tsv";

    /** The family of a bare magnitude written as a unit (11.92亿: unit 亿, no base unit). */
    public static final String NUMBER_FAMILY = "number";

    /**
     * A unit as written.
     *
     * @param written the unit as written, magnitude included (万人次), in the table's spelling
     *                (亿元人民币 → 亿元)
     * @param base    the base unit (人次); {@code null} for a bare magnitude (亿)
     * @param scale   base units per written unit (10000)
     * @param type    what a number with this unit is
     * @param family  money, count, area … (see units.tsv); {@value #NUMBER_FAMILY} for a bare
     *                magnitude
     */
    public record Unit(String written, String base, BigDecimal scale, QuantityMention.Type type, String family) {
    }

    /** A table line: the unit, whether it takes magnitudes, its spelling and whether it is a counter. */
    private record Entry(Unit unit, boolean magnitudes, String spelling, boolean counter, boolean namesAfterTen) {
    }

    private final Map<String, Entry> units;
    private final Map<String, BigDecimal> magnitudes;
    private final int maxUnitLength;
    private final int maxMagnitudeLength;

    private UnitTable(Map<String, Entry> units, Map<String, BigDecimal> magnitudes) {
        this.units = Collections.unmodifiableMap(units);
        this.magnitudes = Collections.unmodifiableMap(magnitudes);
        this.maxUnitLength = units.keySet().stream().mapToInt(String::length).max().orElse(0);
        this.maxMagnitudeLength = magnitudes.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private static final class Holder {
        static final UnitTable DEFAULTS = load(TsvReader.readResource(UNITS_RESOURCE),
                TsvReader.readResource(MAGNITUDES_RESOURCE));
    }

    /** The shipped table. */
    public static UnitTable defaults() {
        return Holder.DEFAULTS;
    }

    static UnitTable load(List<TsvReader.Row> unitRows, List<TsvReader.Row> magnitudeRows) {
        Map<String, Entry> units = new LinkedHashMap<>();
        Map<String, BigDecimal> mags = new LinkedHashMap<>();
        addUnits(units, unitRows);
        addMagnitudes(mags, magnitudeRows);
        return new UnitTable(units, mags);
    }

    private static void addUnits(Map<String, Entry> units, List<TsvReader.Row> rows) {
        for (TsvReader.Row r : rows) {
            String written = r.require("unit");
            String base = r.require("base");
            BigDecimal scale = decimal(r, "scale");
            QuantityMention.Type type;
            try {
                type = QuantityMention.Type.valueOf(r.require("type").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown type '" + r.get("type") + "'");
            }
            if (type == QuantityMention.Type.NUMBER || type == QuantityMention.Type.ORDINAL) {
                throw r.error("a unit's type must be AMOUNT, PERCENT, PERCENTAGE_POINT or MULTIPLE, not " + type);
            }
            String family = r.require("family");
            boolean mag = yesNo(r, "magnitudes");
            String spelling = r.has("spelling") ? r.get("spelling") : "";
            if (spelling.isEmpty()) {
                spelling = written;
            }
            boolean counter = r.has("counter") && yesNo(r, "counter");
            boolean namesAfterTen = r.has("names-after-ten") && !r.get("names-after-ten").isEmpty() && yesNo(r, "names-after-ten");
            units.put(written, new Entry(new Unit(spelling, base, scale, type, family), mag, spelling, counter, namesAfterTen));
        }
    }

    private static boolean yesNo(TsvReader.Row r, String column) {
        String v = r.get(column);
        if (!v.isEmpty() && !v.equals("yes") && !v.equals("no")) {
            throw r.error(column + " must be yes or no, not '" + v + "'");
        }
        return v.equals("yes");
    }

    private static void addMagnitudes(Map<String, BigDecimal> mags, List<TsvReader.Row> rows) {
        for (TsvReader.Row r : rows) {
            mags.put(r.require("magnitude"), decimal(r, "scale"));
        }
    }

    private static BigDecimal decimal(TsvReader.Row r, String column) {
        String v = r.require(column);
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.signum() <= 0) {
                throw r.error(column + " must be positive: " + v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw r.error(column + " is not a number: '" + v + "'");
        }
    }

    /**
     * This table plus the entries of a user file. A file whose column header has {@code unit} adds
     * units; one with {@code magnitude} adds magnitudes. Entries of the file override the table's.
     */
    public UnitTable withFile(Path file) {
        List<TsvReader.Row> rows = TsvReader.readFile(file);
        Map<String, Entry> u = new LinkedHashMap<>(units);
        Map<String, BigDecimal> m = new LinkedHashMap<>(magnitudes);
        if (!rows.isEmpty() && rows.get(0).has("magnitude")) {
            addMagnitudes(m, rows);
        } else {
            addUnits(u, rows);
        }
        return new UnitTable(u, m);
    }

    /**
     * Resolves a unit as written, with or without a magnitude (人次, 万人次, 亿元, 亿元人民币, ‰), or a
     * bare magnitude (亿: family {@value #NUMBER_FAMILY}, no base). The unit comes back in the
     * table's spelling (亿元人民币 → 亿元). Empty when the unit is unknown.
     */
    public Optional<Unit> resolve(String written) {
        if (written == null || written.isEmpty()) {
            return Optional.empty();
        }
        Entry e = units.get(written);
        if (e != null) {
            return Optional.of(e.unit());
        }
        BigDecimal bare = magnitudes.get(written);
        if (bare != null) {
            return Optional.of(new Unit(written, null, bare, QuantityMention.Type.NUMBER, NUMBER_FAMILY));
        }
        // longest magnitude prefix first (万亿 before 万)
        for (int len = Math.min(written.length() - 1, maxMagnitudeLength); len >= 1; len--) {
            String magText = written.substring(0, len);
            BigDecimal mag = magnitudes.get(magText);
            if (mag == null) {
                continue;
            }
            Entry rest = units.get(written.substring(len));
            if (rest != null && rest.magnitudes()) {
                Unit u = rest.unit();
                return Optional.of(new Unit(magText + rest.spelling(), u.base(), u.scale().multiply(mag), u.type(),
                        u.family()));
            }
        }
        return Optional.empty();
    }

    /** True if {@code written} is a unit without magnitude in this table. */
    public boolean isUnit(String written) {
        return units.containsKey(written);
    }

    /** True if a magnitude may be written before this unit. */
    public boolean takesMagnitude(String unit) {
        Entry e = units.get(unit);
        return e != null && e.magnitudes();
    }

    /**
     * True if this unit (without magnitude) is a counter: a measure word such as 个, 家, 项, 天 that
     * also follows 一/两/三 in phrases that state no amount (一个鲜明的信号, 一家知名企业). The number
     * layer does not read a lone Chinese digit before a counter.
     */
    public boolean isCounter(String unit) {
        Entry e = units.get(unit);
        return e != null && e.counter();
    }

    /** True if 十 alone before this counter names a programme (十件实事, 十项重点工程: units.tsv names-after-ten). */
    public boolean namesAfterTen(String unit) {
        Entry e = units.get(unit);
        return e != null && e.namesAfterTen();
    }

    /** The table's spelling of a unit without magnitude (元人民币 → 元; 個 → 个), or the unit itself. */
    public String spelling(String unit) {
        Entry e = units.get(unit);
        return e == null ? unit : e.spelling();
    }

    /** The length of the longest unit without magnitude. */
    public int maxUnitLength() {
        return maxUnitLength;
    }

    /** All units without magnitude, in file order, keyed by the unit as written. */
    public Map<String, Unit> units() {
        Map<String, Unit> m = new LinkedHashMap<>();
        units.forEach((k, v) -> m.put(k, v.unit()));
        return m;
    }

    /** All magnitudes and their scales. */
    public Map<String, BigDecimal> magnitudes() {
        return magnitudes;
    }
}
