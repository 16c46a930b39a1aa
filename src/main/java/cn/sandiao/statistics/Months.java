package cn.sandiao.statistics;

import cn.sandiao.common.ChinaTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A month as the counters key it (yyyymm, in China's time). */
final class Months {

    private Months() {
    }

    static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    static int key(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    /** The keys of the months {@code from} to {@code to}, both included (202611, 202612, 202701 …). */
    static java.util.List<Integer> keysBetween(int from, int to) {
        java.util.List<Integer> keys = new java.util.ArrayList<>();
        for (YearMonth month = of(from); key(month) <= to; month = month.plusMonths(1)) {
            keys.add(key(month));
        }
        return keys;
    }

    static YearMonth of(int key) {
        return YearMonth.of(key / 100, key % 100);
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(ChinaTime.ZONE).toLocalDate();
    }
}
