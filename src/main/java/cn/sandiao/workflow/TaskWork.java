package cn.sandiao.workflow;

import cn.sandiao.common.ConflictException;
import cn.sandiao.common.NotFoundException;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's tasks outside Tasklist (apps, integrations), with the same rules: the engine call runs as the user,
 * so Camunda's task authorizations decide what is listed and what may be completed.
 */
@Service
public class TaskWork {

    static final String TAKEN = "该任务已由他人办理或已办结，请刷新待办列表";

    public record TaskView(String id, String name, String taskKey, String caseNo, String assignee, Instant due,
                           Instant created) {
    }

    private final TaskService taskService;
    private final CurrentActor actor;
    private final HistoryService historyService;
    private final AsSystem asSystem;
    private final FormService formService;
    private final FormFields formFields;

    TaskWork(TaskService taskService, CurrentActor actor, HistoryService historyService, AsSystem asSystem,
             FormService formService, FormFields formFields) {
        this.taskService = taskService;
        this.actor = actor;
        this.historyService = historyService;
        this.asSystem = asSystem;
        this.formService = formService;
        this.formFields = formFields;
    }

    /** Tasks assigned to the user and tasks its groups may take, by due date. */
    @Transactional(readOnly = true)
    public List<TaskView> mine() {
        return taskService.createTaskQuery()
                .or().taskAssignee(actor.id()).taskCandidateUser(actor.id()).endOr()
                .orderByDueDate().asc().list().stream().map(this::view).toList();
    }

    @Transactional
    public void claim(String taskId) {
        try {
            taskService.claim(findOpen(taskId).getId(), actor.id());
        } catch (OptimisticLockingException | org.camunda.bpm.engine.TaskAlreadyClaimedException e) {
            throw new ConflictException(TAKEN);
        }
    }

    /**
     * Completes with the form's values. Two people completing the same task: the engine's optimistic lock lets
     * exactly one through; the other gets a conflict and nothing of its attempt is kept. Only the form's own
     * fields are taken (FormFields).
     */
    @Transactional
    public void complete(String taskId, Map<String, Object> variables) {
        Set<String> stored = formFields.taskFieldsToStore(formService, taskService, findOpen(taskId),
                variables.keySet());
        Map<String, Object> values = new HashMap<>(variables);
        values.keySet().retainAll(stored);
        try {
            taskService.complete(taskId, values);
        } catch (OptimisticLockingException | NullValueException e) {
            throw new ConflictException(TAKEN);
        } catch (ProcessEngineException e) {
            // the other clerk's completion moved the case on while this one ran ("cannot signal execution … no
            // current activity"): the same answer as for a task already done; anything else stays an error
            if (wasCompleted(taskId)) {
                throw new ConflictException(TAKEN);
            }
            throw e;
        }
    }

    /** Finished tasks are history, which the clerk may not read: asked as the system. */
    private boolean wasCompleted(String taskId) {
        return asSystem.call(() -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0);
    }

    /** The task, or a conflict when another clerk's completion committed before this call could read it. */
    private Task findOpen(String taskId) {
        try {
            return find(taskId);
        } catch (NotFoundException e) {
            if (wasCompleted(taskId)) {
                throw new ConflictException(TAKEN);
            }
            throw e;
        }
    }

    private Task find(String taskId) {
        Task task;
        try {
            task = taskService.createTaskQuery().taskId(taskId).singleResult();
        } catch (AuthorizationException e) {
            task = null;
        }
        if (task == null) {
            throw new NotFoundException("任务不存在或不在您的待办中：" + taskId);
        }
        return task;
    }

    private TaskView view(Task task) {
        Object caseNo = taskService.getVariable(task.getId(), "caseNo");
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                caseNo == null ? null : caseNo.toString(), task.getAssignee(), instant(task.getDueDate()),
                instant(task.getCreateTime()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
