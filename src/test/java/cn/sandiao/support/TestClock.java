package cn.sandiao.support;

import cn.sandiao.common.ChinaTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock in integration tests: real time until a test moves it to a moment in China, from
 * which it runs on as usual. The engine's own clock (timers, {@code now()} in Tasklist filters) moves with it,
 * so our due dates and the engine's idea of "now" never disagree. Reset after every test ({@link ClockReset}).
 */
public final class TestClock extends Clock {

    private final Clock system = Clock.system(ChinaTime.ZONE);
    /**
     * Shared by every test context of the JVM, like the engine's clock: engine-rest finds its engine by name, so a
     * request may be served by another cached context's engine and its beans.
     */
    private static volatile Duration offset = Duration.ZERO;

    /** From now on the time runs from {@code chinaTime}, a wall-clock time in China. */
    public void setTo(LocalDateTime chinaTime) {
        offset = Duration.between(system.instant(), chinaTime.atZone(ChinaTime.ZONE).toInstant());
        ClockUtil.offset(offset.toMillis());
    }

    /** Back to real time, the engine's clock too. */
    public void reset() {
        offset = Duration.ZERO;
        ClockUtil.reset();
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ChinaTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
