package cn.sandiao.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts {@link TestClock} in place of the application's clock, and lets a test count the SQL it causes. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    static SqlRecorder sqlRecorder() {
        return new SqlRecorder();
    }
}
