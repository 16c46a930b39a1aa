package cn.sandiao.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Versioned keys: values of an earlier key stay readable during a rotation, new ones use the current key. */
class PersonalDataCipherTest {

    private static final String KEY_1 = "q3Jx0bN1u8y6C2l4YpV7sWm9eKf5TgHdRz0aLcXiUoE=";
    private static final String KEY_2 = "Hn3sV0yQe7Lk2Wc9Pa5Rt1Mz8Xb4Fd6Gj0Uo2Ii7Ey5=";
    private static final String FINGERPRINT_KEY = "Zt4mQ8nWc1vB6xK0pR3sY7uE2hJ5gL9aDfNiOoMyTqI=";
    private static final String ID = "11010519491231002X";

    private final PersonalDataCipher version1 = new PersonalDataCipher(keys(1, KEY_1, Map.of()));
    private final PersonalDataCipher version2 = new PersonalDataCipher(keys(2, KEY_2, Map.of(1, KEY_1)));

    @Test
    void shouldReadVersion1ValuesAfterSwitchingToVersion2AndWriteVersion2() {
        String old = version1.encrypt(ID);
        assertThat(old).startsWith("v1:");

        assertThat(version2.decrypt(old)).isEqualTo(ID);
        String fresh = version2.encrypt(ID);
        assertThat(fresh).startsWith("v2:").doesNotContain(ID);
        assertThat(version2.decrypt(fresh)).isEqualTo(ID);
        assertThat(version2.isCurrent(fresh)).isTrue();
        assertThat(version2.isCurrent(old)).isFalse();
        assertThat(version2.keyVersion()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAVersionWithoutAKeyNamingTheSettingButNoKey() {
        String fresh = version2.encrypt(ID);

        assertThatThrownBy(() -> version1.decrypt(fresh))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("第 2 版密钥")
                .hasMessageContaining("sandiao.personal-data.previous-keys.2")
                .hasMessageContaining("SANDIAO_PERSONALDATA_PREVIOUSKEYS_2")
                .hasMessageNotContaining(KEY_1).hasMessageNotContaining(KEY_2);
    }

    @Test
    void shouldRefuseATamperedValue() {
        String stored = version2.encrypt(ID);
        byte[] data = Base64.getDecoder().decode(stored.substring(3));
        data[data.length - 1] ^= 1;
        String tampered = "v2:" + Base64.getEncoder().encodeToString(data);

        assertThatThrownBy(() -> version2.decrypt(tampered))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("个人信息解密失败").hasMessageContaining("数据已损坏");
        // the same bytes under the other key's label do not open either
        assertThatThrownBy(() -> version2.decrypt("v1:" + stored.substring(3)))
                .hasMessageContaining("第 1 版密钥不匹配或数据已损坏");
    }

    @Test
    void shouldReturnValuesWithoutAVersionPrefixAsTheyAre() {
        assertThat(version2.decrypt("13800138000")).isEqualTo("13800138000");
        assertThat(version2.decrypt(null)).isNull();
        assertThat(version2.encrypt(null)).isNull();
    }

    @Test
    void shouldRefuseKeysThatContradictEachOther() {
        assertThatThrownBy(() -> new PersonalDataCipher(keys(2, KEY_2, Map.of(2, KEY_1))))
                .hasMessageContaining("sandiao.personal-data.previous-keys.2")
                .hasMessageContaining("版本号相同").hasMessageNotContaining(KEY_1);
        assertThatThrownBy(() -> new PersonalDataCipher(keys(2, KEY_1, Map.of(1, KEY_1))))
                .hasMessageContaining("sandiao.personal-data.previous-keys.1 与当前密钥 sandiao.personal-data.key 相同");
        assertThatThrownBy(() -> new PersonalDataCipher(keys(2, KEY_2, Map.of(1, "c2hvcnQ="))))
                .hasMessageContaining("sandiao.personal-data.previous-keys.1 须为32字节");
        assertThatThrownBy(() -> new PersonalDataCipher(keys(0, KEY_2, Map.of())))
                .hasMessageContaining("sandiao.personal-data.key-version 须为正整数");
        // the same key listed again under its own version is harmless
        assertThat(new PersonalDataCipher(keys(2, KEY_2, Map.of(2, KEY_2, 1, KEY_1))).decrypt(version1.encrypt(ID)))
                .isEqualTo(ID);
    }

    @Test
    void shouldBindTheSettingsFromTheEnvironmentWithVersion1ByDefault() {
        PersonalDataKeys unversioned = PersonalDataKeys.from(environment(Map.of(
                "SANDIAO_PERSONALDATA_KEY", KEY_1,
                "SANDIAO_PERSONALDATA_FINGERPRINTKEY", FINGERPRINT_KEY)));
        assertThat(unversioned.keyVersion()).isEqualTo(1);
        assertThat(unversioned.previousKeys()).isEmpty();

        StandardEnvironment rotation = environment(Map.of(
                "SANDIAO_PERSONALDATA_KEY", KEY_2,
                "SANDIAO_PERSONALDATA_KEYVERSION", "2",
                "SANDIAO_PERSONALDATA_PREVIOUSKEYS_1", KEY_1,
                "SANDIAO_PERSONALDATA_FINGERPRINTKEY", FINGERPRINT_KEY));
        PersonalDataKeys rotated = PersonalDataKeys.from(rotation);
        assertThat(rotated.keyVersion()).isEqualTo(2);
        assertThat(rotated.key()).isEqualTo(KEY_2);
        assertThat(rotated.previousKeys()).containsExactly(Map.entry(1, KEY_1));
        assertThat(rotated.toString()).doesNotContain(KEY_1, KEY_2, FINGERPRINT_KEY);
        assertThat(new PersonalDataCipher(rotation).decrypt(version1.encrypt(ID))).isEqualTo(ID);
    }

    /** Only these variables, as the operating system passes them (the real ones left out). */
    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        variables));
        return environment;
    }

    private static PersonalDataKeys keys(int version, String key, Map<Integer, String> previous) {
        return new PersonalDataKeys(version, key, previous, FINGERPRINT_KEY);
    }
}
