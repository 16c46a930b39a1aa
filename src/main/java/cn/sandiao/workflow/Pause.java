package cn.sandiao.workflow;

import java.time.LocalDate;

/** Days on which a clock stood still, first and last day included (e.g. 鉴定 of a medical dispute). */
public record Pause(LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
