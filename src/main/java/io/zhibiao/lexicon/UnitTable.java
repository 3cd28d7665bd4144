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

    /**
     * A unit as written.
     *
     * @param written the unit as written, magnitude included (万人次)
     * @param base    the base unit (人次)
     * @param scale   base units per written unit (10000)
     * @param type    what a number with this unit is
     * @param family  money, count, area … (see units.tsv)
     */
    public record Unit(String written, String base, BigDecimal scale, QuantityMention.Type type, String family) {
    }

    private record Entry(Unit unit, boolean magnitudes) {
    }

    private final Map<String, Entry> units;
    private final Map<String, BigDecimal> magnitudes;

    private UnitTable(Map<String, Entry> units, Map<String, BigDecimal> magnitudes) {
        this.units = Collections.unmodifiableMap(units);
        this.magnitudes = Collections.unmodifiableMap(magnitudes);
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
            String family = r.require("family");
            String mag = r.get("magnitudes");
            if (!mag.isEmpty() && !mag.equals("yes") && !mag.equals("no")) {
                throw r.error("magnitudes must be yes or no, not '" + mag + "'");
            }
            units.put(written, new Entry(new Unit(written, base, scale, type, family), mag.equals("yes")));
        }
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
     * units; one with {@code magnitude} adds magnitudes.
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
     * Resolves a unit as written, with or without a magnitude (人次, 万人次, 亿元, ‰). Empty when
     * the unit is unknown.
     */
    public Optional<Unit> resolve(String written) {
        if (written == null || written.isEmpty()) {
            return Optional.empty();
        }
        Entry e = units.get(written);
        if (e != null) {
            return Optional.of(e.unit());
        }
        // longest magnitude prefix first (万亿 before 万)
        for (int len = Math.min(written.length() - 1, 3); len >= 1; len--) {
            BigDecimal mag = magnitudes.get(written.substring(0, len));
            if (mag == null) {
                continue;
            }
            Entry rest = units.get(written.substring(len));
            if (rest != null && rest.magnitudes()) {
                Unit u = rest.unit();
                return Optional.of(new Unit(written, u.base(), u.scale().multiply(mag), u.type(), u.family()));
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

    /** All units without magnitude, in file order. */
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
