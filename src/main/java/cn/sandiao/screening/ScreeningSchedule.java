package cn.sandiao.screening;

import cn.sandiao.common.ChinaTime;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day (01:30 in China by default, {@code sandiao.screening.remind-cron}; {@code -} turns it off): reminds the
 * committees that held no screening round in their last period. Each node runs it; a reminder is made once all the
 * same. A day the server was down is caught up the next day, as the check looks at the last period, not at today.
 */
@Component
@EnableConfigurationProperties(ScreeningProperties.class)
class ScreeningSchedule {

    private final ScreeningReminders reminders;
    private final Clock clock;

    ScreeningSchedule(ScreeningReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${sandiao.screening.remind-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void daily() {
        reminders.remind(ChinaTime.today(clock));
    }
}
