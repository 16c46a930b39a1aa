package cn.sandiao.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** China's time zone and the way a date is written for the people who read it (2026年10月8日), whatever the server's. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ChinaTime() {
    }

    /** China's day on {@code clock}, whatever the clock's own zone. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** e.g. 2026年10月8日. */
    public static String date(LocalDate day) {
        return day == null ? "" : CHINESE_DATE.format(day);
    }
}
