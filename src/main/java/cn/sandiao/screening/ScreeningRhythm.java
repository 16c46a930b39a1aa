package cn.sandiao.screening;

import java.time.LocalDate;

/** How often a committee is expected to hold a screening round: each calendar month, each quarter, or not at all. */
public enum ScreeningRhythm {
    MONTHLY(1, "每月"),
    QUARTERLY(3, "每季度"),
    NONE(0, "不要求");

    private final int months;
    private final String label;

    ScreeningRhythm(int months, String label) {
        this.months = months;
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The period (a month or a quarter) a day lies in. */
    Period periodOf(LocalDate day) {
        if (months == 0) {
            throw new IllegalStateException("不要求排查的调委会没有排查周期");
        }
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        LocalDate from = LocalDate.of(day.getYear(), firstMonth, 1);
        return new Period(from, from.plusMonths(months).minusDays(1), this);
    }

    /** A run of days a round is expected in: a calendar month or quarter. */
    record Period(LocalDate from, LocalDate to, ScreeningRhythm rhythm) {

        Period previous() {
            return rhythm.periodOf(from.minusDays(1));
        }

        /** 2026年11月, 2026年第四季度. */
        String label() {
            if (rhythm == QUARTERLY) {
                return from.getYear() + "年第" + "一二三四".charAt((from.getMonthValue() - 1) / 3) + "季度";
            }
            return from.getYear() + "年" + from.getMonthValue() + "月";
        }
    }
}
