package cn.sandiao.security;

import cn.sandiao.audit.AuditLog;
import cn.sandiao.workflow.FormFields;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;

/**
 * Puts {@link EngineWriteGuard} behind the authentication of engine-rest and of the webapps, so that it knows the
 * user. The webapps' filters are added by Camunda's own initializer, last among the filters and in the order the
 * initializers run: declared as an auto-configuration after Camunda's, this initializer runs after it and the
 * guard's mapping comes behind theirs ({@code TamperingTest} checks it through Tasklist's engine API).
 */
@AutoConfiguration(after = CamundaBpmWebappAutoConfiguration.class)
class EngineWriteGuardConfiguration {

    @Bean
    ServletContextInitializer engineWriteGuard(ObjectMapper json, FormFields formFields, AuditLog auditLog) {
        return servletContext -> servletContext.addFilter("engine-write-guard",
                        new EngineWriteGuard(json, formFields, auditLog))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true,
                        "/engine-rest/*", "/camunda/api/engine/*");
    }
}
