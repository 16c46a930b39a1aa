package cn.sandiao.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the yearly holiday files shipped under {@code classpath:calendar/<year>.yaml}. */
final class HolidayScheduleLoader {

    private HolidayScheduleLoader() {
    }

    /** The shipped notices, year by year, as an administrator would load them. */
    static Map<Integer, HolidayCalendarInput> loadShipped() {
        Map<Integer, HolidayCalendarInput> byYear = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.yaml")) {
                try (InputStream in = resource.getInputStream()) {
                    parse(in, byYear);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("节假日安排文件无法读取", e);
        }
        return byYear;
    }

    static Map<Integer, HolidaySchedule> shippedSchedules() {
        Map<Integer, HolidaySchedule> schedules = new HashMap<>();
        loadShipped().forEach((year, input) -> schedules.put(year, HolidaySchedule.of(year, input)));
        return schedules;
    }

    @SuppressWarnings("unchecked")
    private static void parse(InputStream in, Map<Integer, HolidayCalendarInput> byYear) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        Map<String, Object> source = (Map<String, Object>) root.get("source");
        List<HolidayCalendarInput.Holiday> holidays = new ArrayList<>();
        for (Map<String, Object> holiday : (List<Map<String, Object>>) root.getOrDefault("holidays", List.of())) {
            holidays.add(new HolidayCalendarInput.Holiday(String.valueOf(holiday.get("name")),
                    date(holiday.get("from")), date(holiday.get("to"))));
        }
        List<HolidayCalendarInput.WorkingDay> workingDays = new ArrayList<>();
        for (Map<String, Object> day : (List<Map<String, Object>>) root.getOrDefault("adjustedWorkingDays", List.of())) {
            workingDays.add(new HolidayCalendarInput.WorkingDay(date(day.get("date")), String.valueOf(day.get("name"))));
        }
        byYear.put(((Number) root.get("year")).intValue(), new HolidayCalendarInput(
                new HolidayCalendarInput.Source(String.valueOf(source.get("title")),
                        String.valueOf(source.getOrDefault("number", "")), date(source.get("published")),
                        source.get("url") == null ? null : String.valueOf(source.get("url"))),
                holidays, workingDays));
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }
}
