package cn.sandiao.simulation;

import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineRule;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Due dates by the business calendar, kept per rule and start day: a million cases start on a few thousand days.
 * One per generating thread (not thread-safe).
 */
final class SyntheticDueDates {

    private final BusinessCalendar calendar;
    private final Map<DeadlineRule, Map<LocalDate, LocalDate>> due = new EnumMap<>(DeadlineRule.class);

    SyntheticDueDates(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    LocalDate due(DeadlineRule rule, LocalDate start) {
        return due.computeIfAbsent(rule, r -> new HashMap<>()).computeIfAbsent(start, s -> calendar.due(rule, s));
    }
}
