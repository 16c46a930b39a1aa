package cn.sandiao.workflow;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.Date;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Lets the offices responsible for a case see its process instance and its history in Cockpit and
 * {@code /engine-rest} (Camunda authorizations per instance; historic instance permissions are enabled).
 * Granted as the system: the clerk who registers a case may not hand out permissions herself. A history grant carries
 * the case's root instance and its history's removal time, as the engine's own grants do, so that history cleanup
 * removes it with the history it guards.
 */
@Component("instanceAccess")
public class InstanceAccess {

    private final ProcessEngineConfigurationImpl configuration;

    InstanceAccess(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    /**
     * Runs a process start and the grants that follow it as one engine command: the grants go to the database in the
     * start's flush, and {@link #grantRead} finds the new instance in the command's cache instead of selecting it.
     */
    public void inOneCommand(Runnable startAndGrants) {
        configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            startAndGrants.run();
            return null;
        });
    }

    public void grantRead(String processInstanceId, Collection<String> groups) {
        configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            commandContext.disableAuthorizationCheck();
            Instance instance = Instance.of(commandContext, processInstanceId);
            AuthorizationManager authorizations = commandContext.getAuthorizationManager();
            for (String group : groups) {
                if (instance.running()) { // the engine removes an instance's grants when it ends
                    authorizations.insert(readGrant(group, Resources.PROCESS_INSTANCE, processInstanceId));
                }
                AuthorizationEntity historyGrant = readGrant(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId);
                instance.stamp(historyGrant);
                authorizations.insert(historyGrant);
            }
            commandContext.enableAuthorizationCheck();
            return null;
        });
    }

    private static AuthorizationEntity readGrant(String group, Resources resource, String processInstanceId) {
        AuthorizationEntity authorization = new AuthorizationEntity(AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(processInstanceId);
        authorization.addPermission(Permissions.READ);
        return authorization;
    }

    /**
     * The instance a grant is about: whether it still runs (a petition refused at registration has already ended), its
     * case's root instance and its history's removal time (set when the history is written: strategy {@code start},
     * application.yaml). Read as the engine reads it for its own grants, from the command's cache first: an instance
     * started in the same command has not reached the database yet.
     */
    private record Instance(boolean running, String rootProcessInstanceId, Date removalTime) {

        static Instance of(CommandContext commandContext, String processInstanceId) {
            // not from the history event's end time: for an instance that ended in the command that started it (a
            // refused petition) the event read here is the start's, without one
            boolean running = commandContext.getExecutionManager().findExecutionById(processInstanceId) != null;
            HistoricProcessInstanceEventEntity history = commandContext.getDbEntityManager()
                    .selectById(HistoricProcessInstanceEventEntity.class, processInstanceId);
            return new Instance(running, history.getRootProcessInstanceId(), history.getRemovalTime());
        }

        void stamp(AuthorizationEntity historyGrant) {
            historyGrant.setRootProcessInstanceId(rootProcessInstanceId);
            historyGrant.setRemovalTime(removalTime);
        }
    }
}
