package cn.sandiao.petition;

import static cn.sandiao.workflow.FormValues.choice;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.common.ConflictException;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.CurrentActor;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The petitioner's evaluation of the reply: recorded through the API or the evaluation task in Tasklist, both
 * completing the same task; when the configured period passes without one, "not evaluated" is recorded.
 */
@Component("petitionEvaluations")
public class PetitionEvaluations {

    private final PetitionRepository petitions;
    private final PetitionService service;
    private final PetitionTimeline timeline;
    private final TaskService taskService;
    private final BusinessCalendar calendar;
    private final CurrentActor actor;

    PetitionEvaluations(PetitionRepository petitions, PetitionService service, PetitionTimeline timeline,
                        TaskService taskService, BusinessCalendar calendar, CurrentActor actor) {
        this.petitions = petitions;
        this.service = service;
        this.timeline = timeline;
        this.taskService = taskService;
        this.calendar = calendar;
        this.actor = actor;
    }

    @Transactional
    public PetitionViews.Detail evaluate(Long petitionId, EvaluationRequest request) {
        Petition petition = service.find(petitionId);
        Task task = taskService.createTaskQuery().processInstanceId(petition.getProcessInstanceId())
                .taskDefinitionKey(PetitionProcess.TASK_EVALUATION).singleResult();
        if (task == null) {
            throw new ConflictException(petition.getEvaluation() != null
                    ? "该信访事项已记录评价：" + petition.getEvaluation().label()
                    : "该信访事项尚未书面答复，不能评价");
        }
        if (request.evaluation() == PetitionEvaluation.NOT_EVALUATED) {
            throw new InvalidInputException("evaluation", "请选择满意、基本满意或不满意；未评价由系统在评价期满后记录");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(PetitionProcess.VAR_EVALUATION, request.evaluation().name());
        variables.put(PetitionProcess.VAR_EVALUATION_COMMENT, request.comment());
        taskService.complete(task.getId(), variables);
        return service.detail(petitionId);
    }

    public void fromTask(DelegateTask task) {
        PetitionEvaluation evaluation = choice(task, PetitionProcess.VAR_EVALUATION, PetitionEvaluation.class);
        if (evaluation == null || evaluation == PetitionEvaluation.NOT_EVALUATED) {
            throw new InvalidInputException(PetitionProcess.VAR_EVALUATION, "请选择满意、基本满意或不满意");
        }
        String comment = text(task, PetitionProcess.VAR_EVALUATION_COMMENT);
        if (comment != null && comment.length() > 1000) {
            throw new InvalidInputException(PetitionProcess.VAR_EVALUATION_COMMENT, "评价意见不能超过1000字");
        }
        record(petitions.of(task).getId(), evaluation, comment, actor.of(task));
    }

    public void notEvaluated(DelegateExecution execution) {
        record(petitions.of(execution).getId(), PetitionEvaluation.NOT_EVALUATED, null, actor.id());
    }

    private void record(Long petitionId, PetitionEvaluation evaluation, String comment, String by) {
        Petition petition = petitions.findById(petitionId).orElseThrow();
        petition.evaluate(evaluation, calendar.today(), comment);
        timeline.record(petitionId, by, PetitionEventType.EVALUATED, "信访人评价：" + evaluation.label(),
                evaluation == PetitionEvaluation.NOT_EVALUATED ? "评价期内信访人未作评价" : comment);
    }
}
