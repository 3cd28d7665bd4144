package io.zhibiao.extract.period;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import io.zhibiao.lexicon.TsvReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The holiday rows of {@code named_periods.tsv} against a calendar computed here, not copied from
 * the table: each row holds its holiday's day (lunar 1/1 for 春节, 5/5 for 端午, 8/15 for 中秋 from
 * ICU4J's Chinese calendar; the 清明 solar term; 1 January, 1 May, 1 October), lasts 1–9 days, rows
 * of one name never overlap and every year from the first to {@link #LAST} is there. A 中秋 inside
 * the 国庆 block (2009, 2012, 2017, 2020, 2023, 2025) is that block: one 中秋节、国庆节 block in the notice.
 */
class NamedPeriodsHolidayTest {
    static final int LAST = 2026;
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    record Block(int year, LocalDate start, LocalDate end) {
        boolean holds(LocalDate d) {
            return !d.isBefore(start) && !d.isAfter(end);
        }
    }

    /** The holiday rows by name, by year (fixed rows, the five-year plans, left out). */
    static Map<String, TreeMap<Integer, Block>> holidays() {
        Map<String, TreeMap<Integer, Block>> out = new LinkedHashMap<>();
        for (TsvReader.Row r : TsvReader.readResource(NamedPeriods.NAMED)) {
            if (r.get("year").isEmpty()) {
                continue;
            }
            int year = Integer.parseInt(r.get("year"));
            Block b = new Block(year, LocalDate.parse(r.get("start")), LocalDate.parse(r.get("end")));
            Block before = out.computeIfAbsent(r.get("name"), k -> new TreeMap<>()).put(year, b);
            assertThat(before).as(r.get("name") + " " + year + " twice").isNull();
        }
        return out;
    }

    /** The Gregorian day of lunar {@code month}/{@code day} (not a leap month) in Gregorian {@code year}. */
    static LocalDate lunar(int year, int month, int day) {
        ChineseCalendar cc = new ChineseCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            cc.setTimeInMillis(d.atTime(12, 0).atZone(BEIJING).toInstant().toEpochMilli());
            if (cc.get(ChineseCalendar.MONTH) + 1 == month && cc.get(ChineseCalendar.DAY_OF_MONTH) == day
                    && cc.get(ChineseCalendar.IS_LEAP_MONTH) == 0) {
                return d;
            }
        }
        throw new AssertionError("no lunar " + month + "/" + day + " in " + year);
    }

    /**
     * The day of the 清明 solar term, 2000–2099: the usual formula [Y·0.2422 + 4.81] − [Y/4], Y the
     * year's last two digits (寿星通用公式), April 4 or 5.
     */
    static LocalDate qingming(int year) {
        int y = year % 100;
        return LocalDate.of(year, 4, (int) Math.floor(y * 0.2422 + 4.81) - y / 4);
    }

    /** The day each holiday of the table must hold, per year. */
    static final Map<String, IntFunction<LocalDate>> DAY = Map.of(
            "春节", y -> lunar(y, 1, 1),
            "端午", y -> lunar(y, 5, 5),
            "中秋", y -> lunar(y, 8, 15),
            "清明", NamedPeriodsHolidayTest::qingming,
            "元旦", y -> LocalDate.of(y, 1, 1),
            "五一", y -> LocalDate.of(y, 5, 1),
            "国庆", y -> LocalDate.of(y, 10, 1));

    @Test
    void theCalendarIsRight() {
        // the few days known by heart, so that a wrong calendar cannot pass the table
        assertThat(lunar(2023, 1, 1)).isEqualTo(LocalDate.of(2023, 1, 22));
        assertThat(lunar(2023, 5, 5)).isEqualTo(LocalDate.of(2023, 6, 22));
        assertThat(lunar(2023, 8, 15)).isEqualTo(LocalDate.of(2023, 9, 29));
        assertThat(lunar(2020, 8, 15)).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(qingming(2023)).isEqualTo(LocalDate.of(2023, 4, 5));
        assertThat(qingming(2024)).isEqualTo(LocalDate.of(2024, 4, 4));
    }

    @Test
    void everyHolidayRowHoldsItsDay() {
        Map<String, TreeMap<Integer, Block>> all = holidays();
        assertThat(all.keySet()).containsExactlyInAnyOrder("春节", "国庆", "五一", "元旦", "清明", "端午", "中秋");
        List<String> wrong = new ArrayList<>();
        for (var e : all.entrySet()) {
            IntFunction<LocalDate> day = DAY.get(e.getKey());
            assertThat(day).as("a calendar day for " + e.getKey()).isNotNull();
            for (Block b : e.getValue().values()) {
                LocalDate d = day.apply(b.year());
                if (!b.holds(d)) {
                    wrong.add(e.getKey() + " " + b + " does not hold " + d);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void blocksAreOneToNineDaysAndNeverOverlap() {
        List<String> wrong = new ArrayList<>();
        for (var e : holidays().entrySet()) {
            Block prev = null;
            for (Block b : e.getValue().values()) {
                long days = ChronoUnit.DAYS.between(b.start(), b.end()) + 1;
                if (days < 1 || days > 9) {
                    wrong.add(e.getKey() + " " + b + ": " + days + " days");
                }
                if (b.end().getYear() != b.year() || b.start().getYear() < b.year() - 1) {
                    wrong.add(e.getKey() + " " + b + ": not of its year"); // 元旦 may start the December before
                }
                if (prev != null && !prev.end().isBefore(b.start())) {
                    wrong.add(e.getKey() + " " + prev + " overlaps " + b);
                }
                prev = b;
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyYearFromTheFirstIsThere() {
        Map<String, Integer> first = Map.of("春节", 2006, "国庆", 2006, "五一", 2006, "元旦", 2006,
                "清明", 2008, "端午", 2008, "中秋", 2008); // 清明, 端午, 中秋: public holidays from 2008
        for (var e : holidays().entrySet()) {
            List<Integer> years = new ArrayList<>(e.getValue().keySet());
            List<Integer> expected = new ArrayList<>();
            for (int y = first.get(e.getKey()); y <= LAST; y++) {
                expected.add(y);
            }
            assertThat(years).as(e.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void midAutumnInTheNationalDayBlockIsThatBlock() {
        Map<String, TreeMap<Integer, Block>> all = holidays();
        List<Integer> joined = new ArrayList<>();
        for (Block zq : all.get("中秋").values()) {
            Block gq = all.get("国庆").get(zq.year());
            if (gq.holds(lunar(zq.year(), 8, 15))) {
                joined.add(zq.year());
                assertThat(zq).as("中秋 " + zq.year()).isEqualTo(gq);
            } else {
                assertThat(zq.end()).as("中秋 " + zq.year() + " before 国庆").isBefore(gq.start());
            }
        }
        assertThat(joined).containsExactly(2009, 2012, 2017, 2020, 2023, 2025);
    }

    @Test
    void aTextNamingTwoHolidaysTakesBoth() {
        NamedPeriods np = NamedPeriods.defaults();
        NamedPeriods.Row both = np.find("中秋国庆8天假期", 2023);
        assertThat(both.start()).isEqualTo(LocalDate.of(2023, 9, 29));
        assertThat(both.end()).isEqualTo(LocalDate.of(2023, 10, 6));
        NamedPeriods.Row apart = np.find("中秋国庆假期", 2024); // 中秋 9/15-17, 国庆 10/1-7
        assertThat(apart.start()).isEqualTo(LocalDate.of(2024, 9, 15));
        assertThat(apart.end()).isEqualTo(LocalDate.of(2024, 10, 7));
        NamedPeriods.Row one = np.find("端午节假期", 2023);
        assertThat(one.start()).isEqualTo(LocalDate.of(2023, 6, 22));
        assertThat(one.end()).isEqualTo(LocalDate.of(2023, 6, 24));
        assertThat(np.find("十四五期间", 2023).start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(np.find("端午节假期", 2007)).isNull(); // not yet a public holiday
    }
}
