package cn.sandiao.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production the application refuses to start while the Camunda admin has a default or empty password.
 * A process engine plugin, so that the check runs before the engine is built and creates its admin user.
 */
@Component
@Profile("prod")
class ProdSafetyCheck extends AbstractProcessEnginePlugin {

    private static final Set<String> DEFAULTS = Set.of("demo", "admin", "camunda", "password", "123456", "changeit");

    private final String adminId;
    private final String adminPassword;

    ProdSafetyCheck(@Value("${camunda.bpm.admin-user.id:}") String adminId,
                    @Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
        this.adminId = adminId;
        this.adminPassword = adminPassword;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        refuseDefaultAdminPassword();
    }

    void refuseDefaultAdminPassword() {
        if (adminPassword.isBlank() || adminPassword.equals(adminId) || DEFAULTS.contains(adminPassword.toLowerCase())) {
            throw new IllegalStateException("生产环境拒绝启动：管理员 " + adminId
                    + " 的密码为空或为默认密码，请通过 CAMUNDA_BPM_ADMINUSER_PASSWORD 设置强密码");
        }
    }
}
