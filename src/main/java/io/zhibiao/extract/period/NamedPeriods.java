package io.zhibiao.extract.period;

import io.zhibiao.lexicon.TsvReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Holidays and five-year plans by name, with their dates ({@code zhibiao/extract/period/named_periods.tsv}),
 * and the words of stock metrics ({@code stocks.tsv}). Immutable, thread-safe.
 */
final class NamedPeriods {
    static final String NAMED = "zhibiao/extract/period/named_periods.tsv";
    static final String STOCKS = "zhibiao/extract/period/stocks.tsv";

    record Row(String name, Integer year, LocalDate start, LocalDate end) {
    }

    private final List<Row> rows;      // longest names first
    private final List<String> stocks;
    private final java.util.Set<String> countUnits = new java.util.HashSet<>();
    private final List<String> flowWords = new ArrayList<>();

    private NamedPeriods(List<TsvReader.Row> named, List<TsvReader.Row> stockRows) {
        List<Row> out = new ArrayList<>();
        for (TsvReader.Row r : named) {
            String y = r.get("year");
            try {
                out.add(new Row(r.require("name"), y.isEmpty() ? null : Integer.valueOf(y),
                        LocalDate.parse(r.require("start")), LocalDate.parse(r.require("end"))));
            } catch (NumberFormatException | DateTimeParseException e) {
                throw r.error("bad year or date: " + e.getMessage());
            }
        }
        out.sort(Comparator.comparingInt((Row r) -> r.name().length()).reversed());
        this.rows = List.copyOf(out);
        List<String> s = new ArrayList<>();
        for (TsvReader.Row r : stockRows) {
            switch (r.require("type")) {
                case "STOCK" -> s.add(r.require("word"));
                case "COUNT_UNIT" -> countUnits.add(r.require("word"));
                case "FLOW" -> flowWords.add(r.require("word"));
                default -> throw r.error("unknown type '" + r.get("type") + "' (STOCK, COUNT_UNIT, FLOW)");
            }
        }
        this.stocks = List.copyOf(s);
    }

    static NamedPeriods defaults() {
        return Holder.DEFAULTS;
    }

    private static final class Holder {
        static final NamedPeriods DEFAULTS = new NamedPeriods(TsvReader.readResource(NAMED),
                TsvReader.readResource(STOCKS));
    }

    /** The row whose name {@code written} contains, for {@code year} (fixed rows for any year), or null. */
    Row find(String written, Integer year) {
        for (Row r : rows) {
            if (written.contains(r.name()) && (r.year() == null || r.year().equals(year))) {
                return r;
            }
        }
        return null;
    }

    /** Whether {@code written} names a holiday of the table (for any year). */
    boolean namesHoliday(String written) {
        for (Row r : rows) {
            if (r.year() != null && written.contains(r.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one year whose row for a holiday named in {@code before} has exactly these dates
     * (春节 2月11日至17日 → 2021), or null when none or several do.
     */
    Integer yearOf(String before, int m1, int d1, int m2, int d2) {
        Integer found = null;
        for (Row r : rows) {
            if (r.year() == null || !before.contains(r.name())) {
                continue;
            }
            if (r.start().getMonthValue() == m1 && r.start().getDayOfMonth() == d1
                    && r.end().getMonthValue() == m2 && r.end().getDayOfMonth() == d2) {
                if (found != null && !found.equals(r.year())) {
                    return null;
                }
                found = r.year();
            }
        }
        return found;
    }

    /** Whether {@code unit} is a base unit of counts (家, 户, 个). */
    boolean isCountUnit(String unit) {
        return unit != null && countUnits.contains(unit);
    }

    /** Whether {@code text} has a word that makes a count a flow (新增, 引进, 完成). */
    boolean hasFlowWord(String text) {
        for (String w : flowWords) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a metric is a stock (measured at a moment): it contains a stock word. */
    boolean isStock(String metric) {
        for (String w : stocks) {
            if (metric.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
