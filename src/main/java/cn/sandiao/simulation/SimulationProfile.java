package cn.sandiao.simulation;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The generator writes made-up cases and petitions, so it runs only with the {@code simulation} profile, and
 * never next to {@code prod}. Checked before anything starts (no migration, no engine, no server): with
 * {@code prod} and {@code simulation} together, or with {@code --generate.*} but without {@code simulation},
 * the application refuses to start and says why. Refusing, not warning: an operator who asked for data (often
 * with {@code --generate.exit=true}, from a script) would otherwise get a running server and no data.
 * Registered in {@code META-INF/spring.factories}; the generator's beans carry {@code @Profile(PROFILE)}.
 */
public class SimulationProfile implements EnvironmentPostProcessor, Ordered {

    public static final String NAME = "simulation";
    static final String PROD = "prod";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> active = Arrays.asList(environment.getActiveProfiles());
        if (active.contains(NAME) && active.contains(PROD)) {
            throw new IllegalStateException("拒绝启动：生产配置（prod）不能与模拟数据配置（simulation）同时启用——"
                    + "模拟数据生成器会向数据库写入虚构的案件和信访事项。生成模拟数据请使用演示或测试数据库，"
                    + "并去掉 prod 配置");
        }
        if (!active.contains(NAME) && generatorRequested(environment)) {
            throw new IllegalStateException("拒绝启动：--generate.* 参数只在模拟数据配置（simulation）下生效，"
                    + "请加 --spring.profiles.active=simulation（已有配置的追加在后面，如 postgres,simulation），"
                    + "或去掉 --generate.* 参数后作为普通服务启动");
        }
    }

    /** Any {@code generate.*} setting, from the command line, a system property or the environment. */
    private static boolean generatorRequested(ConfigurableEnvironment environment) {
        return Binder.get(environment).bind("generate", Bindable.mapOf(String.class, Object.class))
                .map(settings -> !settings.isEmpty()).orElse(false);
    }

    /** After the config data has set the active profiles (from files, arguments and the environment). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
