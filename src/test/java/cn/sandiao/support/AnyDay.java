package cn.sandiao.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;

/**
 * The moments a day-dependent test runs at: every day of one week across a month's end (Thursday 2026-11-26 to
 * Wednesday 2026-12-02, no holiday in it), early in the morning in China (still the day before in UTC) and late
 * in the evening. Use with {@code @MethodSource("cn.sandiao.support.AnyDay#everyDayOfAWeek")} and {@link TestClock}.
 */
public final class AnyDay {

    private AnyDay() {
    }

    public static Stream<LocalDateTime> everyDayOfAWeek() {
        return Stream.iterate(LocalDate.of(2026, 11, 26), day -> day.plusDays(1)).limit(7)
                .flatMap(day -> Stream.of(day.atTime(7, 30), day.atTime(23, 30)));
    }
}
