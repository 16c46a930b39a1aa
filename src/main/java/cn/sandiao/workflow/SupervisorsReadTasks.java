package cn.sandiao.workflow;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * The supervisors of a case's offices may read every task of it (not work it), so that their 已逾期 filter shows
 * all overdue work of their organisation: each new task of a process that knows its {@code supervisorGroups}
 * grants them READ. Camunda deletes a task's authorizations with the task.
 */
@Component
class SupervisorsReadTasks extends AbstractProcessEnginePlugin {

    static final String VAR_SUPERVISOR_GROUPS = "supervisorGroups";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                task.addTaskListener(TaskListener.EVENTNAME_CREATE, SupervisorsReadTasks::grant);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private static void grant(DelegateTask task) {
        Object groups = task.getVariable(VAR_SUPERVISOR_GROUPS);
        if (!(groups instanceof String list) || list.isBlank()) {
            return;
        }
        Set<String> candidates = task.getCandidates().stream().map(IdentityLink::getGroupId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        for (String group : list.split(",")) {
            if (candidates.contains(group)) {
                continue; // the engine grants its candidate groups already
            }
            AuthorizationEntity authorization = new AuthorizationEntity(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(Resources.TASK);
            authorization.setResourceId(task.getId());
            authorization.addPermission(Permissions.READ);
            Context.getCommandContext().getAuthorizationManager().insert(authorization);
        }
    }
}
