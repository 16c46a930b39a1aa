package cn.sandiao.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.support.IntegrationTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Without the {@code simulation} profile (as in production) none of the generator's beans exists. */
@IntegrationTest
class SimulationOffByDefaultTest {

    @Autowired ApplicationContext context;

    @Test
    void shouldHaveNoBeanOfTheGeneratorWithoutTheSimulationProfile() {
        assertThat(Arrays.stream(context.getBeanDefinitionNames())
                .map(context::getType)
                .filter(type -> type != null && type.getPackageName().equals(SimulationProfile.class.getPackageName())))
                .isEmpty();
        assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain(SimulationProfile.NAME);
    }
}
