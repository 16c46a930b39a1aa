package cn.sandiao.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one calendar every deadline is counted on (民法典 第二百零一条至第二百零三条): the starting day is not
 * counted; a limit in working days ends on the Nth working day after the start; a limit in days or months
 * whose last day is a rest day moves to the next working day. An adjusted working day (调休上班) is a
 * working day. A year whose State Council notice is not loaded counts weekends only, and says so.
 */
@Component
public class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

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
        return switch (rule.unit()) {
            case WORKING_DAYS -> addWorkingDays(start, rule.limit());
            case CALENDAR_DAYS -> nextWorkingDayFrom(start.plusDays(rule.limit()));
            // plusMonths keeps the corresponding day, or the month's last day where it has none (Jan 31 → Feb 28)
            case MONTHS -> nextWorkingDayFrom(start.plusMonths(rule.limit()));
        };
    }

    LocalDate addWorkingDays(LocalDate start, int days) {
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
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
