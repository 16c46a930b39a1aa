package cn.sandiao.security;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.common.crypto.PersonalDataReencryption;
import cn.sandiao.workflow.CurrentActor;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * After a key rotation, started once with {@code --sandiao.reencrypt-personal-data=true}: re-encrypts the stored
 * personal data under the current key, records it in the audit trail and stops the application (exit code 0, or 1
 * with the reason in the log). Here rather than in common.crypto because it writes the audit trail.
 */
@Component
class PersonalDataReencryptionRunner implements ApplicationRunner {

    static final String ENABLED = "sandiao.reencrypt-personal-data";
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataReencryptionRunner.class);

    private final boolean enabled;
    private final PersonalDataReencryption reencryption;
    private final AuditLog auditLog;
    private final ConfigurableApplicationContext context;

    PersonalDataReencryptionRunner(@Value("${" + ENABLED + ":false}") boolean enabled,
                                   PersonalDataReencryption reencryption, AuditLog auditLog,
                                   ConfigurableApplicationContext context) {
        this.enabled = enabled;
        this.reencryption = reencryption;
        this.auditLog = auditLog;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        int exitCode = 0;
        try {
            reencrypt();
        } catch (RuntimeException e) {
            LOG.error("[个人信息重新加密] 失败，已提交的批次保留；排除原因后再次运行即从未完成处继续：{}", e.getMessage(), e);
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    PersonalDataReencryption.Result reencrypt() {
        LOG.info("[个人信息重新加密] 开始");
        PersonalDataReencryption.Result result = reencryption.run();
        String counts = result.byColumn().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().summary())
                .collect(Collectors.joining("；"));
        String detail = "个人信息已全部以第 " + result.keyVersion() + " 版密钥加密，指纹已按当前指纹密钥重算：" + counts;
        auditLog.record(CurrentActor.SYSTEM, AuditAction.PERSONAL_DATA_REENCRYPTED, null, detail);
        LOG.info("[个人信息重新加密] 完成。{}", detail);
        return result;
    }
}
