package cn.sandiao.common;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every class of ours reads the time from, in China's zone so that {@code LocalDate.now(clock)}
 * is China's day whatever the server's own zone. Tests move it (and the engine's clock with it) to any day.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(ChinaTime.ZONE);
    }
}
