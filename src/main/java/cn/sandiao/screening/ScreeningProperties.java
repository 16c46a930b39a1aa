package cn.sandiao.screening;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often committees are expected to screen, and when a missed round is reminded ({@code sandiao.screening.*}).
 *
 * @param rhythm          the rhythm of every village and township committee (村（居）民、乡镇（街道）人民调解委员会):
 *                        {@code monthly} (default), {@code quarterly} or {@code none}
 * @param committees      a rhythm per committee code, for any people's mediation committee (the county centre, a
 *                        professional committee …), over the default; departments and the court never screen
 * @param expectedFrom    the first month (YYYY-MM) a round is expected; empty: the month after the one this version was
 *                        first started in (so an upgrade reminds nobody of the months before)
 * @param remindAfterDays days after a period's end before its reminder is made, for rounds recorded a little late
 *                        (default 3: a missed November is reminded on 4 December)
 */
@ConfigurationProperties("sandiao.screening")
public record ScreeningProperties(ScreeningRhythm rhythm, Map<String, ScreeningRhythm> committees, String expectedFrom,
                                  Integer remindAfterDays) {

    public ScreeningProperties {
        rhythm = rhythm == null ? ScreeningRhythm.MONTHLY : rhythm;
        committees = committees == null ? Map.of() : Map.copyOf(committees);
        expectedFrom = expectedFrom == null || expectedFrom.isBlank() ? null : expectedFrom.strip();
        remindAfterDays = remindAfterDays == null ? 3 : remindAfterDays;
        if (remindAfterDays < 0 || remindAfterDays > 27) {
            throw new IllegalArgumentException("sandiao.screening.remind-after-days 应在0至27之间：" + remindAfterDays);
        }
        if (expectedFrom != null) {
            try {
                YearMonth.parse(expectedFrom);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("sandiao.screening.expected-from 应为年月（YYYY-MM）：" + expectedFrom);
            }
        }
    }

    /** The month set by {@code expected-from}, if any. */
    YearMonth expectedFromMonth() {
        return expectedFrom == null ? null : YearMonth.parse(expectedFrom);
    }
}
