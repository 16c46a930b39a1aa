package cn.sandiao.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * In production the application refuses to start while the Camunda admin has a default or empty password, or
 * while a personal-data key is one shipped with the code (anyone holding the code could decrypt with it), and
 * says which. A process engine plugin, so that the check runs before the engine is built and creates its admin.
 */
@Component
@Profile("prod")
class ProdSafetyCheck extends AbstractProcessEnginePlugin {

    private static final Set<String> DEFAULTS = Set.of("demo", "admin", "camunda", "password", "123456", "changeit");
    private static final String KEY = "sandiao.personal-data.key";
    private static final String FINGERPRINT_KEY = "sandiao.personal-data.fingerprint-key";
    /** The settings that hold keys, with the environment variable that sets each. */
    private static final Map<String, String> KEYS = Map.of(
            KEY, "SANDIAO_PERSONALDATA_KEY",
            FINGERPRINT_KEY, "SANDIAO_PERSONALDATA_FINGERPRINTKEY");

    private final String adminId;
    private final String adminPassword;
    private final Map<String, String> keys = new LinkedHashMap<>();

    ProdSafetyCheck(@Value("${camunda.bpm.admin-user.id:}") String adminId,
                    @Value("${camunda.bpm.admin-user.password:}") String adminPassword,
                    @Value("${sandiao.personal-data.key:}") String key,
                    @Value("${sandiao.personal-data.fingerprint-key:}") String fingerprintKey) {
        this.adminId = adminId;
        this.adminPassword = adminPassword;
        keys.put(KEY, key);
        keys.put(FINGERPRINT_KEY, fingerprintKey);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        refuseDefaultAdminPassword();
        refuseShippedKeys(shippedValues());
    }

    void refuseDefaultAdminPassword() {
        if (adminPassword.isBlank() || adminPassword.equals(adminId) || DEFAULTS.contains(adminPassword.toLowerCase())) {
            throw new IllegalStateException("生产环境拒绝启动：管理员 " + adminId
                    + " 的密码为空或为默认密码，请通过 CAMUNDA_BPM_ADMINUSER_PASSWORD 设置强密码");
        }
    }

    /** {@code shipped}: every value written in the configuration files that come with the code. */
    void refuseShippedKeys(Set<String> shipped) {
        List<String> problems = new ArrayList<>();
        keys.forEach((setting, value) -> {
            if (value != null && shipped.contains(value.strip())) {
                problems.add(setting + " 使用了随程序发布的演示密钥，请通过 " + KEYS.get(setting) + " 设置本单位自己的密钥");
            }
        });
        if (keys.values().stream().distinct().count() < keys.size()) {
            problems.add("加密密钥与指纹密钥不能相同");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("生产环境拒绝启动：" + String.join("；", problems));
        }
    }

    /** The values of the application*.yaml files inside the application (not the ones set from outside). */
    static Set<String> shippedValues() {
        try {
            Set<String> values = new HashSet<>();
            for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:application*.yaml")) {
                YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
                yaml.setResources(file);
                Properties properties = yaml.getObject();
                if (properties != null) {
                    properties.values().stream().map(String::valueOf).map(String::strip)
                            .filter(v -> v.length() >= 16).forEach(values::add);
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
