package cn.sandiao.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real port with the real engine and database. Integration tests share this one
 * configuration, so they share one application context (started once per test run). Time comes from
 * {@link TestClock}, which a test may move to any day and which is back at real time after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureObservability // metrics export as in production (Spring Boot tests turn it off by default)
@Import(TestClockConfiguration.class)
@ExtendWith(ClockReset.class)
public @interface IntegrationTest {
}
