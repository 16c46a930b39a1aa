package cn.sandiao.statistics;

import cn.sandiao.common.InvalidInputException;
import java.time.YearMonth;

/** A run of whole months, named as a report names it: 2026年第一季度, 2026年上半年, 2026年, 2026年1月至5月. */
record Period(YearMonth from, YearMonth to) {

    private static final String[] QUARTERS = {"第一季度", "第二季度", "第三季度", "第四季度"};

    /** From the query's months; the end before the start, or more than the report allows: 400. */
    static Period of(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "结束月份不能早于开始月份");
        }
        if (from.plusMonths(ReportScope.MAX_TREND_MONTHS - 1).isBefore(to)) {
            throw new InvalidInputException("to", "一次最多查询 " + ReportScope.MAX_TREND_MONTHS + " 个月");
        }
        return new Period(from, to);
    }

    String label() {
        int months = (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue() + 1;
        if (from.getYear() == to.getYear()) {
            int first = from.getMonthValue();
            String year = from.getYear() + "年";
            if (months == 12) {
                return year;
            }
            if (months == 6 && (first == 1 || first == 7)) {
                return year + (first == 1 ? "上半年" : "下半年");
            }
            if (months == 3 && first % 3 == 1) {
                return year + QUARTERS[first / 3];
            }
            if (months == 1) {
                return year + first + "月";
            }
            return year + first + "月至" + to.getMonthValue() + "月";
        }
        return from.getYear() + "年" + from.getMonthValue() + "月至" + to.getYear() + "年" + to.getMonthValue() + "月";
    }
}
