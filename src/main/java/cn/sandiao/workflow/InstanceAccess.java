package cn.sandiao.workflow;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * Lets the offices responsible for a case see its process instance and its history in Cockpit and
 * {@code /engine-rest} (Camunda authorizations per instance; historic instance permissions are enabled).
 * Granted as the system: the clerk who registers a case may not hand out permissions herself.
 */
@Component("instanceAccess")
public class InstanceAccess {

    private final ProcessEngineConfigurationImpl configuration;

    InstanceAccess(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    public void grantRead(String processInstanceId, Collection<String> groups) {
        configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            commandContext.disableAuthorizationCheck();
            for (String group : groups) {
                for (Resources resource : List.of(Resources.PROCESS_INSTANCE, Resources.HISTORIC_PROCESS_INSTANCE)) {
                    AuthorizationEntity authorization = new AuthorizationEntity(AUTH_TYPE_GRANT);
                    authorization.setGroupId(group);
                    authorization.setResource(resource);
                    authorization.setResourceId(processInstanceId);
                    authorization.addPermission(Permissions.READ);
                    commandContext.getAuthorizationManager().insert(authorization);
                }
            }
            commandContext.enableAuthorizationCheck();
            return null;
        });
    }
}
