package cn.sandiao.common.validation;

import java.time.Clock;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** @PastOrPresent, an ID number's birth date and their kind judge "today" on the application's clock (China's). */
@Configuration
class ChinaClockForValidation {

    @Bean
    ValidationConfigurationCustomizer chinaClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
