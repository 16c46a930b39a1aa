package cn.sandiao.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the yearly holiday files shipped under {@code classpath:calendar/<year>.yaml}. */
final class HolidayScheduleLoader {

    private HolidayScheduleLoader() {
    }

    static Map<Integer, HolidaySchedule> loadShipped() {
        Map<Integer, HolidaySchedule> byYear = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/*.yaml")) {
                try (InputStream in = resource.getInputStream()) {
                    HolidaySchedule schedule = parse(in);
                    byYear.put(schedule.year(), schedule);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("节假日安排文件无法读取", e);
        }
        return byYear;
    }

    @SuppressWarnings("unchecked")
    static HolidaySchedule parse(InputStream in) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        Map<String, Object> source = (Map<String, Object>) root.get("source");
        Map<LocalDate, String> holidays = new HashMap<>();
        for (Map<String, Object> holiday : (List<Map<String, Object>>) root.getOrDefault("holidays", List.of())) {
            String name = String.valueOf(holiday.get("name"));
            for (LocalDate d = date(holiday.get("from")); !d.isAfter(date(holiday.get("to"))); d = d.plusDays(1)) {
                holidays.put(d, name);
            }
        }
        Set<LocalDate> workingDays = new HashSet<>();
        for (Map<String, Object> day : (List<Map<String, Object>>) root.getOrDefault("adjustedWorkingDays", List.of())) {
            workingDays.add(date(day.get("date")));
        }
        return new HolidaySchedule(((Number) root.get("year")).intValue(), String.valueOf(source.get("title")),
                String.valueOf(source.getOrDefault("number", "")), date(source.get("published")),
                Map.copyOf(holidays), Set.copyOf(workingDays));
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value));
    }
}
