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

    /**
     * The row whose name {@code written} contains, for {@code year} (fixed rows for any year), or null.
     * A text naming several holidays of the year (元旦春节期间, 中秋国庆假期) gets the days from the
     * first one's start to the last one's end (one block when they were one: 中秋国庆 2023); a name
     * inside a longer one found first (国庆 in a row named 国庆节) is not another holiday.
     */
    Row find(String written, Integer year) {
        List<Row> found = new ArrayList<>();
        for (Row r : rows) {
            if (!written.contains(r.name()) || (r.year() != null && !r.year().equals(year))) {
                continue;
            }
            if (r.year() == null && found.isEmpty()) {
                return r;
            }
            if (r.year() != null && found.stream().noneMatch(f -> f.name().contains(r.name()))) {
                found.add(r);
            }
        }
        if (found.size() <= 1) {
            return found.isEmpty() ? null : found.get(0);
        }
        LocalDate start = found.get(0).start();
        LocalDate end = found.get(0).end();
        StringBuilder names = new StringBuilder();
        for (Row r : found) {
            start = r.start().isBefore(start) ? r.start() : start;
            end = r.end().isAfter(end) ? r.end() : end;
            names.append(names.length() == 0 ? "" : "+").append(r.name());
        }
        return new Row(names.toString(), year, start, end);
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
     * The row of the one year whose row for a holiday named in {@code before} has exactly these dates
     * (春节 2月11日至17日 → 2021's; 元旦 12月31日至1月2日 would start the year before its row's), or
     * null when none or several years do.
     */
    Row datedBy(String before, int m1, int d1, int m2, int d2) {
        Row found = null;
        for (Row r : rows) {
            if (r.year() == null || !before.contains(r.name())) {
                continue;
            }
            if (r.start().getMonthValue() == m1 && r.start().getDayOfMonth() == d1
                    && r.end().getMonthValue() == m2 && r.end().getDayOfMonth() == d2) {
                if (found != null && !found.year().equals(r.year())) {
                    return null;
                }
                found = r;
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
