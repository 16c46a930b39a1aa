package cn.sandiao.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** China's time zone and the way a date is written for the people who read it (2026年10月8日), whatever the server's. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter CHINESE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private ChinaTime() {
    }

    /** China's day on {@code clock}, whatever the clock's own zone. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** e.g. 2026年10月8日 14:05, China's wall-clock time of {@code instant}. */
    public static String time(Instant instant) {
        return instant == null ? "" : CHINESE_TIME.format(instant.atZone(ZONE));
    }

    /** e.g. 2026-10-08T14:05:09+08:00: an instant as China's time with its offset, to the second, for the APIs. */
    public static String offsetTime(Instant instant) {
        return instant == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE).toOffsetDateTime());
    }

    /** e.g. 2026年10月8日. */
    public static String date(LocalDate day) {
        return day == null ? "" : CHINESE_DATE.format(day);
    }
}
