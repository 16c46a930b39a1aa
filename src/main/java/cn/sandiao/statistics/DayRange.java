package cn.sandiao.statistics;

import cn.sandiao.common.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A run of days (China dates, both included), named as a report names it: 2026年3月15日至4月20日. */
record DayRange(LocalDate from, LocalDate to) {

    /** At most a year and a day: a longer span is a run of months, which the counters answer at once. */
    static final int MAX_DAYS = 366;

    /** From the query's dates; the end before the start, or longer than {@link #MAX_DAYS}: 400. */
    static DayRange of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException("to", "按日期查询一次最多 " + MAX_DAYS + " 天；更长的期间请按月份查询");
        }
        return new DayRange(from, to);
    }

    String label() {
        String start = from.getYear() + "年" + from.getMonthValue() + "月" + from.getDayOfMonth() + "日";
        if (from.equals(to)) {
            return start;
        }
        String end = (to.getYear() == from.getYear() ? "" : to.getYear() + "年") + to.getMonthValue() + "月"
                + to.getDayOfMonth() + "日";
        return start + "至" + end;
    }
}
