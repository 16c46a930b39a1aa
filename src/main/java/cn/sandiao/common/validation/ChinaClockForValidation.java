package cn.sandiao.common.validation;

import cn.sandiao.common.ChinaTime;
import java.time.Clock;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** @PastOrPresent and its kind judge "today" in China, whatever the server's own time zone. */
@Configuration
class ChinaClockForValidation {

    @Bean
    ValidationConfigurationCustomizer chinaClock() {
        return configuration -> configuration.clockProvider(() -> Clock.system(ChinaTime.ZONE));
    }
}
