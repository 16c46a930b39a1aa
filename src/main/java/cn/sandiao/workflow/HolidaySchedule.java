package cn.sandiao.workflow;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * One year's public holidays and adjusted working days (调休上班) as published by the State Council
 * General Office, with the notice they come from.
 */
public record HolidaySchedule(int year, String sourceTitle, String sourceNumber, LocalDate published,
                              Map<LocalDate, String> holidays, Set<LocalDate> adjustedWorkingDays) {
}
