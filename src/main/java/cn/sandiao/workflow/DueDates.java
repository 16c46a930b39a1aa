package cn.sandiao.workflow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns limits into the dates Camunda needs for due dates and timers. Used from BPMN expressions
 * such as {@code camunda:dueDate="${dueDates.fromToday('SUPERVISOR_RESPONSE')}"}.
 */
@Component("dueDates")
public class DueDates {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final BusinessCalendar calendar;
    private final int reminderDaysBefore;

    DueDates(BusinessCalendar calendar,
             @Value("${sandiao.deadlines.reminder-days-before:5}") int reminderDaysBefore) {
        this.calendar = calendar;
        this.reminderDaysBefore = reminderDaysBefore;
    }

    /** When the reminder of a limit ending on {@code due} goes out: the morning some days before. */
    public Date reminderFor(LocalDate due) {
        return morningOf(due.minusDays(reminderDaysBefore));
    }

    /** The end of the last day of the limit of {@code ruleCode} counted from today. */
    public Date fromToday(String ruleCode) {
        return endOf(calendar.due(DeadlineRule.valueOf(ruleCode), calendar.today()));
    }

    /** The morning of the last day of the limit from today: when the next round of recurring work begins. */
    public Date nextRoundOf(String ruleCode) {
        return morningOf(calendar.due(DeadlineRule.valueOf(ruleCode), calendar.today()));
    }

    /**
     * The first moment after the {@code days}-th day from today (China): Tasklist's 三日内到期 lists what is due
     * before it, so a task due on Monday is in Friday's list whatever the hour (a filter counts calendar days).
     */
    public Date afterDaysFromToday(int days) {
        return Date.from(calendar.today().plusDays(days + 1L).atStartOfDay(BusinessCalendar.ZONE).toInstant());
    }

    /** The last moment of {@code day} in China's time zone: a task is overdue from the next day on. */
    public static Date endOf(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(BusinessCalendar.ZONE).toInstant());
    }

    /** Morning of {@code day}, when reminders go out. */
    public static Date morningOf(LocalDate day) {
        return Date.from(day.atTime(9, 0).atZone(BusinessCalendar.ZONE).toInstant());
    }
}
