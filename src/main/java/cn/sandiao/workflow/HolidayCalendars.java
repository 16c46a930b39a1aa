package cn.sandiao.workflow;

import cn.sandiao.common.FieldProblem;
import cn.sandiao.common.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly holiday schedules in the database, the one place the business calendar learns them from: the
 * notices shipped with the product are stored on first start, an administrator loads a new year's (or a
 * corrected) notice without a redeploy, every version is kept, and each node picks up another node's load
 * within a minute.
 */
@Component
public class HolidayCalendars {

    static final String SHIPPED_BY = "system";
    private static final Logger LOG = LoggerFactory.getLogger(HolidayCalendars.class);

    private final HolidayCalendarRepository calendars;
    private final BusinessCalendar calendar;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile long lastSeenId = -1;

    HolidayCalendars(HolidayCalendarRepository calendars, BusinessCalendar calendar, ObjectMapper json,
                     ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.calendars = calendars;
        this.calendar = calendar;
        this.json = json;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void storeShippedAndUse() {
        HolidayScheduleLoader.loadShipped().forEach((year, input) -> {
            try {
                transactions.executeWithoutResult(status -> {
                    if (calendars.countByYear(year) == 0) {
                        calendars.save(new HolidayCalendar(year, 1, input.source(), write(input), SHIPPED_BY,
                                clock.instant()));
                    }
                });
            } catch (DataIntegrityViolationException anotherNodeStoredIt) {
                LOG.info("{}年节假日安排已由另一节点存入", year);
            }
        });
        refresh();
    }

    /** Another node may have loaded a year: look for it now and then (cheap: one max(id)). */
    @Scheduled(fixedDelayString = "${sandiao.calendar.refresh-ms:60000}", initialDelayString = "${sandiao.calendar.refresh-ms:60000}")
    public void refreshIfChanged() {
        if (calendars.lastId() != lastSeenId) {
            refresh();
        }
    }

    public Optional<HolidayCalendar> current(int year) {
        return calendars.findFirstByYearOrderByVersionDesc(year);
    }

    public long versions(int year) {
        return calendars.countByYear(year);
    }

    public HolidayCalendarInput contentOf(HolidayCalendar stored) {
        try {
            HolidayCalendarInput days = json.readValue(stored.getContent(), HolidayCalendarInput.class);
            return new HolidayCalendarInput(new HolidayCalendarInput.Source(stored.getSourceTitle(),
                    stored.getSourceNumber(), stored.getSourcePublished(), stored.getSourceUrl()),
                    days.holidays(), days.workingDays());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("节假日安排无法读取：" + stored.getYear() + "年第" + stored.getVersion() + "版", e);
        }
    }

    /** Stores {@code input} as the newest version of {@code year}, counts with it and moves what it changes. */
    @Transactional
    public HolidayCalendar load(int year, HolidayCalendarInput input, String by) {
        check(year, input);
        int version = current(year).map(HolidayCalendar::getVersion).orElse(0) + 1;
        HolidayCalendar stored = calendars.save(new HolidayCalendar(year, version, input.source(), write(input), by,
                clock.instant()));
        calendars.flush();
        refresh();
        events.publishEvent(new HolidayCalendarChanged(year, version, by));
        return stored;
    }

    private void refresh() {
        long lastId = calendars.lastId();
        Map<Integer, HolidaySchedule> schedules = new HashMap<>();
        for (HolidayCalendar stored : calendars.findCurrent()) {
            schedules.put(stored.getYear(), HolidaySchedule.of(stored.getYear(), contentOf(stored)));
        }
        calendar.use(schedules);
        lastSeenId = lastId;
    }

    /** Dates in the year (元旦 may begin in the last week of December before it), no day both off and on. */
    private static void check(int year, HolidayCalendarInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add(new FieldProblem("year", "年份须在2000至2100之间"));
        }
        LocalDate first = LocalDate.of(year - 1, 12, 25);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<LocalDate, String> off = new HashMap<>();
        for (int i = 0; i < input.holidays().size(); i++) {
            HolidayCalendarInput.Holiday holiday = input.holidays().get(i);
            String field = "holidays[" + i + "]";
            if (holiday.from().isAfter(holiday.to())) {
                problems.add(new FieldProblem(field + ".to", "放假结束日期不能早于开始日期"));
                continue;
            }
            if (holiday.from().isBefore(first) || holiday.to().isAfter(last)) {
                problems.add(new FieldProblem(field, holiday.name() + "的日期不在" + year + "年内"));
                continue;
            }
            for (LocalDate day = holiday.from(); !day.isAfter(holiday.to()); day = day.plusDays(1)) {
                String other = off.put(day, holiday.name());
                if (other != null) {
                    problems.add(new FieldProblem(field, holiday.name() + "与" + other + "的日期重叠：" + day));
                    break;
                }
            }
        }
        for (int i = 0; i < input.workingDays().size(); i++) {
            HolidayCalendarInput.WorkingDay day = input.workingDays().get(i);
            String field = "adjustedWorkingDays[" + i + "].date";
            if (day.date().isBefore(first) || day.date().isAfter(last)) {
                problems.add(new FieldProblem(field, "调休上班日" + day.date() + "不在" + year + "年内"));
            } else if (off.containsKey(day.date())) {
                problems.add(new FieldProblem(field, day.date() + "不能既是" + off.get(day.date()) + "假期又是调休上班日"));
            }
        }
        if (input.source().published().getYear() > year) {
            problems.add(new FieldProblem("source.published", "通知发布日期不能晚于所安排的年度"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private String write(HolidayCalendarInput input) {
        try {
            return json.writeValueAsString(Map.of("holidays", input.holidays(), "adjustedWorkingDays", input.workingDays()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
