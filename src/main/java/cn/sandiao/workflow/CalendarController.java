package cn.sandiao.workflow;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A year's holidays and adjusted working days as the business calendar counts them, with the notice they come
 * from; loading a year is for the Camunda administrators (access rule in SecurityConfig).
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    record Year(int year, boolean loaded, String message, Integer version, long versions,
                HolidayCalendarInput.Source source, List<HolidayCalendarInput.Holiday> holidays,
                List<HolidayCalendarInput.WorkingDay> adjustedWorkingDays, String loadedBy, Instant loadedAt) {
    }

    private final HolidayCalendars calendars;

    CalendarController(HolidayCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/{year}")
    Year get(@PathVariable int year) {
        return calendars.current(year).map(this::view).orElseGet(() -> new Year(year, false,
                year + "年的国务院节假日安排尚未载入：该年度的期限仅按周末计算，法定节假日和调休上班日不在其中",
                null, 0, null, List.of(), List.of(), null, null));
    }

    @PutMapping("/{year}")
    Year load(@PathVariable int year, @Valid @RequestBody HolidayCalendarInput input, Principal principal) {
        return view(calendars.load(year, input, principal.getName()));
    }

    private Year view(HolidayCalendar stored) {
        HolidayCalendarInput content = calendars.contentOf(stored);
        return new Year(stored.getYear(), true, null, stored.getVersion(), calendars.versions(stored.getYear()),
                content.source(), content.holidays(), content.workingDays(), stored.getLoadedBy(), stored.getLoadedAt());
    }
}
