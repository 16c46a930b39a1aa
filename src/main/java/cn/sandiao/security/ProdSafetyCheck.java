package cn.sandiao.security;

import cn.sandiao.common.crypto.PersonalDataKeys;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * In production the application refuses to start while the Camunda admin has a default or empty password, or
 * while a personal-data key (current, previous or fingerprint key) is one shipped with the code (anyone holding the
 * code could decrypt with it), and says which. A process engine plugin, so that the check runs before the engine
 * is built and creates its admin.
 */
@Component
@Profile("prod")
class ProdSafetyCheck extends AbstractProcessEnginePlugin {

    private static final Set<String> DEFAULTS = Set.of("demo", "admin", "camunda", "password", "123456", "changeit");

    private final String adminId;
    private final String adminPassword;
    /** Every key setting with its value: the current key, the fingerprint key and each previous key. */
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final String fingerprintKey;

    @Autowired
    ProdSafetyCheck(@Value("${camunda.bpm.admin-user.id:}") String adminId,
                    @Value("${camunda.bpm.admin-user.password:}") String adminPassword,
                    Environment environment) {
        this(adminId, adminPassword, PersonalDataKeys.from(environment));
    }

    ProdSafetyCheck(String adminId, String adminPassword, PersonalDataKeys personalDataKeys) {
        this.adminId = adminId;
        this.adminPassword = adminPassword;
        keys.put(PersonalDataKeys.KEY, personalDataKeys.key());
        keys.put(PersonalDataKeys.FINGERPRINT_KEY, personalDataKeys.fingerprintKey());
        personalDataKeys.previousKeys().forEach((version, key) ->
                keys.put(PersonalDataKeys.previousKeySetting(version), key));
        this.fingerprintKey = personalDataKeys.fingerprintKey();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        refuseDefaultAdminPassword();
        refuseShippedKeys(shippedValues());
    }

    void refuseDefaultAdminPassword() {
        if ("false".equalsIgnoreCase(adminId.strip())) {
            return; // no admin user is created: the ldap profile's administrators are the directory's (docs/ldap.md)
        }
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
                problems.add(setting + " 使用了随程序发布的演示密钥，请通过 " + PersonalDataKeys.variableOf(setting)
                        + " 设置本单位自己的密钥");
            }
        });
        if (fingerprintKeyIsAnEncryptionKey()) {
            problems.add("加密密钥与指纹密钥不能相同");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("生产环境拒绝启动：" + String.join("；", problems));
        }
    }

    /** Previous keys included (the cipher itself refuses a previous key equal to the current one). */
    private boolean fingerprintKeyIsAnEncryptionKey() {
        String fingerprint = String.valueOf(fingerprintKey).strip();
        return keys.entrySet().stream().filter(e -> !e.getKey().equals(PersonalDataKeys.FINGERPRINT_KEY))
                .anyMatch(e -> fingerprint.equals(String.valueOf(e.getValue()).strip()));
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
