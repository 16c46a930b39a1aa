package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Production refuses to start with the Camunda admin's password empty or a default. */
class ProdSafetyCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "demo", "admin", "Admin", "123456", "sandiao-admin"})
    void shouldRefuseDefaultPasswords(String password) {
        assertThatThrownBy(() -> new ProdSafetyCheck("sandiao-admin", password).refuseDefaultAdminPassword())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("拒绝启动");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xq7!v2Lm#9pR"})
    void shouldAcceptARealPassword(String password) {
        assertThatCode(() -> new ProdSafetyCheck("sandiao-admin", password).refuseDefaultAdminPassword())
                .doesNotThrowAnyException();
    }
}
