package cn.sandiao.simulation;

import cn.sandiao.support.IntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application with the {@code simulation} profile added to whatever profiles are active (CI's
 * {@code postgres} stays): one application context of its own, shared by the generator's tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = "spring.profiles.include=" + SimulationProfile.NAME)
@interface SimulationTest {
}
