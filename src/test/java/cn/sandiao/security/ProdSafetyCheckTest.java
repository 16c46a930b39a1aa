package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sandiao.SandiaoApplication;
import cn.sandiao.common.crypto.PersonalDataKeys;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production refuses to start with the Camunda admin's password empty or a default, or with a shipped key. */
class ProdSafetyCheckTest {

    /**
     * An application refused at start closes the engine it made, and with it the registration of the engine's
     * name in the JVM-wide container: under its own name it cannot take "default" from the suite's shared
     * application, whose webapps find their engine by that name.
     */
    private static final String OWN_ENGINE = "--camunda.bpm.process-engine-name=prod-check";

    /** The demo keys of application.yaml, as anyone holding the code can read them. */
    private static final String DEMO_KEY = "CZ3RfRZ30dcbzw2VdnLLYdhHMDCwfBwEFaqxRP2ZWZk=";
    private static final String DEMO_FINGERPRINT_KEY = "8MAJDNW5rFlMd0kmeVkej1r3haesBg+2Qw2FVSVskjY=";
    private static final String OWN_KEY = "q3Jx0bN1u8y6C2l4YpV7sWm9eKf5TgHdRz0aLcXiUoE=";
    private static final String OWN_FINGERPRINT_KEY = "Zt4mQ8nWc1vB6xK0pR3sY7uE2hJ5gL9aDfNiOoMyTqI=";
    private static final String OWN_PREVIOUS_KEY = "Hn3sV0yQe7Lk2Wc9Pa5Rt1Mz8Xb4Fd6Gj0Uo2Ii7Ey5=";

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "demo", "admin", "Admin", "123456", "sandiao-admin"})
    void shouldRefuseDefaultPasswords(String password) {
        assertThatThrownBy(() -> check(password, OWN_KEY, OWN_FINGERPRINT_KEY).refuseDefaultAdminPassword())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("拒绝启动");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xq7!v2Lm#9pR"})
    void shouldAcceptARealPassword(String password) {
        assertThatCode(() -> check(password, OWN_KEY, OWN_FINGERPRINT_KEY).refuseDefaultAdminPassword())
                .doesNotThrowAnyException();
    }

    /** The ldap profile creates no admin user (camunda.bpm.admin-user.id: "false"): no password to check. */
    @Test
    void shouldNotAskForAnAdminPasswordWhereNoAdminUserIsCreated() {
        assertThatCode(() -> new ProdSafetyCheck("false", "", new PersonalDataKeys(1, OWN_KEY, Map.of(),
                OWN_FINGERPRINT_KEY)).refuseDefaultAdminPassword()).doesNotThrowAnyException();
    }

    @Test
    void shouldFindTheDemoKeysAmongTheShippedValues() {
        Set<String> shipped = ProdSafetyCheck.shippedValues();
        assertThatThrownBy(() -> check("Xq7!v2Lm#9pR", DEMO_KEY, OWN_FINGERPRINT_KEY).refuseShippedKeys(shipped))
                .hasMessageContaining("sandiao.personal-data.key 使用了随程序发布的演示密钥")
                .hasMessageContaining("SANDIAO_PERSONALDATA_KEY")
                .hasMessageNotContaining("fingerprint-key");
        assertThatThrownBy(() -> check("Xq7!v2Lm#9pR", OWN_KEY, DEMO_FINGERPRINT_KEY).refuseShippedKeys(shipped))
                .hasMessageContaining("sandiao.personal-data.fingerprint-key 使用了随程序发布的演示密钥");
        assertThatThrownBy(() -> check("Xq7!v2Lm#9pR", OWN_KEY, OWN_KEY).refuseShippedKeys(shipped))
                .hasMessageContaining("加密密钥与指纹密钥不能相同");
        assertThatCode(() -> check("Xq7!v2Lm#9pR", OWN_KEY, OWN_FINGERPRINT_KEY).refuseShippedKeys(shipped))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldNotStartTheProdProfileWithTheDemoKeys() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SandiaoApplication.class)
                .web(WebApplicationType.NONE).profiles("prod")
                // as an operator sets them from outside: above the profile's own (empty) values
                .run("--spring.datasource.url=jdbc:h2:mem:prod-check;DB_CLOSE_DELAY=-1", OWN_ENGINE,
                        "--camunda.bpm.admin-user.password=Xq7!v2Lm#9pR",
                        "--sandiao.personal-data.key=" + DEMO_KEY,
                        "--sandiao.personal-data.fingerprint-key=" + DEMO_FINGERPRINT_KEY).close())
                .rootCause().hasMessageContaining("生产环境拒绝启动").hasMessageContaining("演示密钥");
    }

    @Test
    void shouldRefuseADemoKeyKeptAsAPreviousKey() {
        Set<String> shipped = ProdSafetyCheck.shippedValues();
        assertThatThrownBy(() -> check(OWN_KEY, Map.of(1, DEMO_KEY), OWN_FINGERPRINT_KEY).refuseShippedKeys(shipped))
                .hasMessageContaining("sandiao.personal-data.previous-keys.1 使用了随程序发布的演示密钥")
                .hasMessageContaining("SANDIAO_PERSONALDATA_PREVIOUSKEYS_1")
                .hasMessageNotContaining(DEMO_KEY);
        assertThatThrownBy(() -> check(OWN_KEY, Map.of(1, OWN_FINGERPRINT_KEY), OWN_FINGERPRINT_KEY)
                .refuseShippedKeys(shipped))
                .hasMessageContaining("加密密钥与指纹密钥不能相同");
        assertThatCode(() -> check(OWN_KEY, Map.of(1, OWN_PREVIOUS_KEY), OWN_FINGERPRINT_KEY).refuseShippedKeys(shipped))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldNotStartTheProdProfileWithTheDemoKeyAsAPreviousKey() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(SandiaoApplication.class)
                .web(WebApplicationType.NONE).profiles("prod")
                .run("--spring.datasource.url=jdbc:h2:mem:prod-check-previous;DB_CLOSE_DELAY=-1", OWN_ENGINE,
                        "--camunda.bpm.admin-user.password=Xq7!v2Lm#9pR",
                        "--sandiao.personal-data.key=" + OWN_KEY,
                        "--sandiao.personal-data.key-version=2",
                        "--sandiao.personal-data.previous-keys.1=" + DEMO_KEY,
                        "--sandiao.personal-data.fingerprint-key=" + OWN_FINGERPRINT_KEY).close())
                .rootCause().hasMessageContaining("生产环境拒绝启动")
                .hasMessageContaining("sandiao.personal-data.previous-keys.1 使用了随程序发布的演示密钥");
    }

    private static ProdSafetyCheck check(String password, String key, String fingerprintKey) {
        return new ProdSafetyCheck("sandiao-admin", password, new PersonalDataKeys(1, key, Map.of(), fingerprintKey));
    }

    private static ProdSafetyCheck check(String key, Map<Integer, String> previousKeys, String fingerprintKey) {
        return new ProdSafetyCheck("sandiao-admin", "Xq7!v2Lm#9pR",
                new PersonalDataKeys(2, key, previousKeys, fingerprintKey));
    }
}
