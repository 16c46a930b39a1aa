package cn.sandiao.workflow;

import cn.sandiao.common.ChinaTime;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The one calendar every deadline is counted on (民法典 第二百零一条至第二百零三条): the starting day is not
 * counted; a limit in working days ends on the Nth working day after the start; a limit in days or months
 * whose last day is a rest day moves to the next working day. An adjusted working day (调休上班) is a
 * working day. A year whose State Council notice is not loaded counts weekends only, and says so.
 */
@Component
public class BusinessCalendar {

    public static final ZoneId ZONE = ChinaTime.ZONE;

    private final Map<Integer, HolidaySchedule> schedules;

    public BusinessCalendar() {
        this(HolidayScheduleLoader.loadShipped());
    }

    BusinessCalendar(Map<Integer, HolidaySchedule> schedules) {
        this.schedules = Map.copyOf(schedules);
    }

    public LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public boolean isWorkingDay(LocalDate day) {
        HolidaySchedule schedule = schedules.get(day.getYear());
        if (schedule != null) {
            if (schedule.adjustedWorkingDays().contains(day)) {
                return true;
            }
            if (schedule.holidays().containsKey(day)) {
                return false;
            }
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether the holidays of {@code year} are loaded; when not, counting used weekends only. */
    public boolean isComplete(int year) {
        return schedules.containsKey(year);
    }

    /** The last day of a limit of {@code rule} starting on {@code start} (the start day itself not counted). */
    public LocalDate due(DeadlineRule rule, LocalDate start) {
        return due(rule, start, List.of(), 0);
    }

    /**
     * The last day of a limit whose clock stood still during {@code pauses} (their days are not counted) and
     * was extended by {@code extensionDays}; both only where the rule allows them, which the caller checks.
     */
    public LocalDate due(DeadlineRule rule, LocalDate start, List<Pause> pauses, int extensionDays) {
        Predicate<LocalDate> running = day -> pauses.stream().noneMatch(p -> p.covers(day));
        return switch (rule.unit()) {
            case WORKING_DAYS -> countForward(start, rule.limit() + extensionDays, running.and(this::isWorkingDay));
            case CALENDAR_DAYS -> nextWorkingDayFrom(countForward(start, rule.limit() + extensionDays, running));
            // plusMonths keeps the corresponding day, or the month's last day where it has none (Jan 31 → Feb 28)
            case MONTHS -> {
                LocalDate end = start.plusMonths(rule.limit());
                long paused = start.plusDays(1).datesUntil(end.plusDays(1)).filter(running.negate()).count();
                yield nextWorkingDayFrom(countForward(end, (int) paused + extensionDays, running));
            }
        };
    }

    LocalDate addWorkingDays(LocalDate start, int days) {
        return countForward(start, days, this::isWorkingDay);
    }

    /** The day on which the {@code days}-th day after {@code start} that {@code counts} falls. */
    private static LocalDate countForward(LocalDate start, int days, Predicate<LocalDate> counts) {
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (counts.test(day)) {
                counted++;
            }
        }
        return day;
    }

    private LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }
}
