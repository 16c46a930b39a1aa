package cn.sandiao.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sandiao.SandiaoApplication;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/**
 * The generator runs only with the {@code simulation} profile and never next to {@code prod}: the real start-up
 * refuses both mistakes before it touches a database (the check is registered, not only written).
 */
class SimulationProfileTest {

    @Test
    void shouldRefuseToStartWithProdAndSimulationTogether() {
        assertThatThrownBy(() -> start("--spring.profiles.active=prod,simulation"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("生产配置（prod）不能与模拟数据配置（simulation）同时启用");
    }

    @Test
    void shouldRefuseGeneratorArgumentsWithoutTheSimulationProfile() {
        assertThatThrownBy(() -> start("--generate.cases=10", "--generate.exit=true"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--generate.* 参数只在模拟数据配置（simulation）下生效")
                .hasMessageContaining("--spring.profiles.active=simulation");
    }

    @Test
    void shouldRefuseGeneratorSettingsFromTheEnvironmentToo() {
        MockEnvironment environment = new MockEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of("GENERATE_CASES", "10")));
        environment.setActiveProfiles("postgres");

        assertThatThrownBy(() -> new SimulationProfile().postProcessEnvironment(environment, null))
                .hasMessageContaining("simulation");
    }

    @Test
    void shouldLetTheGeneratorRunWithTheSimulationProfileBesideOthers() {
        MockEnvironment environment = new MockEnvironment().withProperty("generate.cases", "10");
        environment.setActiveProfiles("postgres", SimulationProfile.NAME);

        assertThatCode(() -> new SimulationProfile().postProcessEnvironment(environment, null)).doesNotThrowAnyException();
    }

    @Test
    void shouldStartAsUsualWithoutGeneratorSettings() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod", "postgres");

        assertThatCode(() -> new SimulationProfile().postProcessEnvironment(environment, null)).doesNotThrowAnyException();
        assertThat(environment.getActiveProfiles()).containsExactly("prod", "postgres");
    }

    /** A start that gets past the check would build the whole application; it is closed again at once. */
    private static void start(String... args) {
        new SpringApplicationBuilder(SandiaoApplication.class).web(WebApplicationType.NONE)
                .properties("server.port=0", "camunda.bpm.job-execution.enabled=false").run(args).close();
    }
}
