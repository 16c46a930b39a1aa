package cn.sandiao.workflow;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One year's public holidays and adjusted working days (调休上班) as published by the State Council
 * General Office, with the notice they come from. A notice may include the last days of the year before
 * (元旦 holidays that begin on 31 December).
 */
public record HolidaySchedule(int year, String sourceTitle, String sourceNumber, LocalDate published,
                              Map<LocalDate, String> holidays, Set<LocalDate> adjustedWorkingDays) {

    static HolidaySchedule of(int year, HolidayCalendarInput input) {
        Map<LocalDate, String> holidays = new HashMap<>();
        for (HolidayCalendarInput.Holiday holiday : input.holidays()) {
            holiday.from().datesUntil(holiday.to().plusDays(1)).forEach(day -> holidays.put(day, holiday.name()));
        }
        Set<LocalDate> workingDays = new HashSet<>();
        input.workingDays().forEach(day -> workingDays.add(day.date()));
        return new HolidaySchedule(year, input.source().title(), input.source().number(), input.source().published(),
                Map.copyOf(holidays), Set.copyOf(workingDays));
    }
}
