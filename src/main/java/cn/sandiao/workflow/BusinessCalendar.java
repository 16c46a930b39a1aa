package cn.sandiao.workflow;

import cn.sandiao.common.ChinaTime;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
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

    /** Replaced whole when a year's schedule is loaded, so a counting never sees half of a change. */
    private volatile Days days;

    private record Days(Map<LocalDate, String> holidays, Set<LocalDate> adjustedWorkingDays, Set<Integer> years) {
    }

    private final Clock clock;

    @Autowired
    public BusinessCalendar(Clock clock) {
        this(HolidayScheduleLoader.shippedSchedules(), clock);
    }

    BusinessCalendar(Map<Integer, HolidaySchedule> schedules, Clock clock) {
        this.clock = clock;
        use(schedules);
    }

    /** From now on count with these years' schedules (the current version of each loaded year). */
    void use(Map<Integer, HolidaySchedule> schedules) {
        Map<LocalDate, String> holidays = new HashMap<>();
        Set<LocalDate> workingDays = new HashSet<>();
        // a later year's notice may name the last days of December before it: both years' days are kept
        schedules.values().stream().sorted(Comparator.comparingInt(HolidaySchedule::year)).forEach(schedule -> {
            holidays.putAll(schedule.holidays());
            workingDays.addAll(schedule.adjustedWorkingDays());
        });
        this.days = new Days(Map.copyOf(holidays), Set.copyOf(workingDays), Set.copyOf(schedules.keySet()));
    }

    /** China's day now, on the application's clock. */
    public LocalDate today() {
        return ChinaTime.today(clock);
    }

    public boolean isWorkingDay(LocalDate day) {
        Days known = days;
        if (known.adjustedWorkingDays().contains(day)) {
            return true;
        }
        if (known.holidays().containsKey(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether the holidays of {@code year} are loaded; when not, counting used weekends only. */
    public boolean isComplete(int year) {
        return days.years().contains(year);
    }

    /** The last day of a limit of {@code rule} starting on {@code start} (the start day itself not counted). */
    public LocalDate due(DeadlineRule rule, LocalDate start) {
        return count(rule, start, List.of(), 0).due();
    }

    public LocalDate due(DeadlineRule rule, LocalDate start, List<Pause> pauses, int extensionDays) {
        return count(rule, start, pauses, extensionDays).due();
    }

    /**
     * Counts a limit whose clock stood still during {@code pauses} (their days are not counted) and was extended
     * by {@code extensionDays} (both only where the rule allows them, which the caller checks), and says in
     * Chinese how: every due date comes from here, so an explanation and a task's due date never disagree.
     */
    public Counting count(DeadlineRule rule, LocalDate start, List<Pause> pauses, int extensionDays) {
        List<String> steps = new ArrayList<>();
        Predicate<LocalDate> running = day -> pauses.stream().noneMatch(p -> p.covers(day));
        int days = rule.limit() + (rule.unit() == DeadlineUnit.MONTHS ? 0 : extensionDays);
        steps.add("起算日" + ChinaTime.date(start) + "不计入，自次日起计算");
        for (Pause pause : pauses) {
            steps.add(ChinaTime.date(pause.from()) + "至" + ChinaTime.date(pause.to()) + "暂停计时，共" + pause.days()
                    + "日不计入期限");
        }
        if (extensionDays > 0) {
            steps.add("经批准延长" + extensionDays + rule.unitOfExtension());
        }
        LocalDate due = switch (rule.unit()) {
            case WORKING_DAYS -> {
                LocalDate last = countForward(start, days, running.and(this::isWorkingDay));
                steps.add("按工作日计算，周末和法定节假日不计入（调休上班日计入），第" + days + "个工作日为" + ChinaTime.date(last));
                steps.addAll(daysSkippedAndCounted(start, last, running));
                yield last;
            }
            case CALENDAR_DAYS -> {
                LocalDate last = countForward(start, days, running);
                steps.add(days + "日届满日为" + ChinaTime.date(last));
                yield rolled(last, steps);
            }
            // plusMonths keeps the corresponding day, or the month's last day where it has none (Jan 31 → Feb 28)
            case MONTHS -> {
                LocalDate end = start.plusMonths(rule.limit());
                steps.add(rule.limit() + "个月届满日为" + ChinaTime.date(end) + "（期间最后一月的对应日，没有对应日的为月末日）");
                long paused = start.plusDays(1).datesUntil(end.plusDays(1)).filter(running.negate()).count();
                LocalDate last = countForward(end, (int) paused + extensionDays, running);
                if (!last.equals(end)) {
                    steps.add("加上暂停和延长的日数，届满日为" + ChinaTime.date(last));
                }
                yield rolled(last, steps);
            }
        };
        boolean complete = start.getYear() == due.getYear()
                ? isComplete(due.getYear())
                : start.plusDays(1).datesUntil(due.plusDays(1)).map(LocalDate::getYear).distinct().allMatch(this::isComplete);
        if (!complete) {
            steps.add("注意：期间所涉年度的国务院节假日安排未载入，该年度仅按周末计算");
        }
        steps.add("期限最后一日为" + ChinaTime.date(due));
        return new Counting(due, List.copyOf(steps), complete);
    }

    /** The result of counting a limit, with each step in Chinese and whether every year's holidays were known. */
    public record Counting(LocalDate due, List<String> steps, boolean calendarComplete) {
    }

    /**
     * Between the day after {@code start} and {@code last}: each holiday skipped (a run of days of one holiday in one
     * line), each adjusted working day (调休上班) counted, and how many weekend days were left out.
     */
    private List<String> daysSkippedAndCounted(LocalDate start, LocalDate last, Predicate<LocalDate> running) {
        Days known = days;
        List<String> lines = new ArrayList<>();
        LocalDate runFrom = null;
        LocalDate runTo = null;
        String runName = null;
        int weekendDays = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(last.plusDays(1)); day = day.plusDays(1)) {
            String holiday = day.isAfter(last) || known.adjustedWorkingDays().contains(day) ? null : known.holidays().get(day);
            if (runName != null && !runName.equals(holiday)) {
                lines.add(runName + "假期" + span(runFrom, runTo) + "为法定节假日，不计入（共" + (runTo.toEpochDay() - runFrom.toEpochDay() + 1) + "日）");
                runName = null;
            }
            if (day.isAfter(last)) {
                break;
            }
            if (holiday != null) {
                if (runName == null) {
                    runName = holiday;
                    runFrom = day;
                }
                runTo = day;
            } else if (known.adjustedWorkingDays().contains(day)) {
                lines.add(ChinaTime.date(day) + "（" + weekday(day) + "）为调休上班日，计入工作日" + (running.test(day) ? "" : "（但在暂停期间，不计入）"));
            } else if (!isWorkingDay(day)) {
                weekendDays++;
            }
        }
        if (weekendDays > 0) {
            lines.add("其间周末" + weekendDays + "日不计入");
        }
        return lines;
    }

    private static String span(LocalDate from, LocalDate to) {
        return from.equals(to) ? ChinaTime.date(from) : ChinaTime.date(from) + "至" + ChinaTime.date(to);
    }

    private static String weekday(LocalDate day) {
        return "星期" + "一二三四五六日".charAt(day.getDayOfWeek().getValue() - 1);
    }

    /** A last day that is a rest day moves to the next working day; an adjusted working day stays. */
    private LocalDate rolled(LocalDate last, List<String> steps) {
        if (isWorkingDay(last)) {
            if (isAdjustedWorkingDay(last)) {
                steps.add(ChinaTime.date(last) + "为调休上班日，是工作日，不顺延");
            }
            return last;
        }
        LocalDate next = last;
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        steps.add("届满日" + ChinaTime.date(last) + "为" + restDayName(last) + "，顺延至其后第一个工作日" + ChinaTime.date(next));
        return next;
    }

    private boolean isAdjustedWorkingDay(LocalDate day) {
        return days.adjustedWorkingDays().contains(day);
    }

    /** 国庆节假期, 星期六…: why a day is not a working day. */
    private String restDayName(LocalDate day) {
        String holiday = days.holidays().get(day);
        if (holiday != null) {
            return holiday + "假期";
        }
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? "星期六" : "星期日";
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
}
