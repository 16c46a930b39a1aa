package cn.sandiao.mediation;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import cn.sandiao.workflow.HolidayCalendarChanged;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The supervisors' 督办 tasks (one working day) and the leader's weekly rounds count from the day the task was
 * raised: a new holiday schedule can move them too.
 */
@Component
class SupervisionDeadlineRecount {

    private static final Map<String, DeadlineRule> RULES = Map.of(
            MediationProcess.TASK_SUPERVISE_OVERDUE, DeadlineRule.SUPERVISOR_RESPONSE,
            DisputeCaseProcess.TASK_LEADER_INSTRUCTION, DeadlineRule.LEADER_SUPERVISION);

    private final TaskService taskService;
    private final BusinessCalendar calendar;
    private final CaseTimeline timeline;

    SupervisionDeadlineRecount(TaskService taskService, BusinessCalendar calendar, CaseTimeline timeline) {
        this.taskService = taskService;
        this.calendar = calendar;
        this.timeline = timeline;
    }

    @EventListener
    public void recount(HolidayCalendarChanged change) {
        RULES.forEach((taskKey, rule) -> {
            for (Task task : taskService.createTaskQuery().taskDefinitionKey(taskKey).list()) {
                if (task.getDueDate() == null) {
                    continue;
                }
                LocalDate before = task.getDueDate().toInstant().atZone(ChinaTime.ZONE).toLocalDate();
                LocalDate after = calendar.due(rule, task.getCreateTime().toInstant().atZone(ChinaTime.ZONE).toLocalDate());
                if (after.equals(before)) {
                    continue;
                }
                task.setDueDate(DueDates.endOf(after));
                taskService.saveTask(task);
                Long caseId = ((Number) taskService.getVariable(task.getId(), DisputeCaseProcess.VAR_CASE_ID)).longValue();
                timeline.record(caseId, CaseEventType.DEADLINE_CHANGED, change.loadedBy(),
                        "节假日安排变更，" + task.getName() + "期限调整", "任务" + task.getName() + "的到期日由" + ChinaTime.date(before) + "调整为" + ChinaTime.date(after)
                                + "；原因：" + change.year() + "年节假日安排第" + change.version() + "版载入");
            }
        });
    }
}
