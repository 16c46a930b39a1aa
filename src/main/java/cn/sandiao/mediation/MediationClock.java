package cn.sandiao.mediation;

import static cn.sandiao.mediation.MediationProcess.*;

import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.workflow.DeadlineClocks;
import cn.sandiao.workflow.DueDates;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * A mediation's clock as the mediator changes it with a session: a 鉴定 pauses it (the reminder and the 督办
 * timers wait), its end or the parties' consent to an extension moves the last day, the open tasks and the
 * timers with it.
 */
@Component
class MediationClock {

    private final DeadlineClocks clocks;
    private final CaseTimeline timeline;
    private final DueDates dueDates;

    MediationClock(DeadlineClocks clocks, CaseTimeline timeline,
                   DueDates dueDates) {
        this.clocks = clocks;
        this.timeline = timeline;
        this.dueDates = dueDates;
    }

    void change(DelegateTask task, Mediation mediation, ClockChange change, LocalDate date, Integer days,
                String reason, String who) {
        switch (change) {
            case PAUSE -> {
                clocks.pause(mediation.clock(), date, reason, who);
                timers(task).forEach(job -> management(task).suspendJobById(job.getId()));
                task.setVariable(VAR_MEDIATION_DUE, null);
            }
            case RESUME -> move(task, mediation, clocks.resume(mediation.clock(), date));
            case EXTEND -> move(task, mediation, clocks.extend(mediation.clock(), days, reason, who));
        }
        task.setVariable(VAR_DEADLINE_BASIS, clocks.describe(mediation.clock()));
        timeline.record(mediation.getCaseId(), CaseEventType.DEADLINE_CHANGED, who, change.label(),
                clocks.describe(mediation.clock()));
    }

    private void move(DelegateTask task, Mediation mediation, LocalDate dueOn) {
        mediation.moveDue(dueOn);
        Date due = DueDates.endOf(dueOn);
        task.setVariable(VAR_MEDIATION_DUE, due);
        Date remindAt = dueDates.reminderFor(dueOn);
        task.setVariable(VAR_REMINDER_AT, remindAt);
        // one update of each timer: the public suspend/activate is a bulk statement that would clash with the
        // due date update of the same job in this transaction
        Map<String, Date> firesAt = Map.of(START_REMINDER, remindAt, START_OVERDUE, due);
        firesAt.forEach((timer, at) -> timerOf(task, timer).forEach(job -> {
            JobEntity entity = (JobEntity) job;
            entity.setDuedate(at);
            entity.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
        }));
        // the reminder task, if it was already raised, now points at the new last day
        task.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(task.getProcessInstanceId()).taskDefinitionKey(TASK_REMIND_SUPERVISOR).list()
                .forEach(reminder -> {
                    reminder.setDueDate(due);
                    task.getProcessEngineServices().getTaskService().saveTask(reminder);
                });
    }

    /** The reminder and 督办 timers of this mediation that have not fired yet. */
    private static List<Job> timers(DelegateTask task) {
        return Stream.concat(timerOf(task, START_REMINDER).stream(),
                timerOf(task, START_OVERDUE).stream()).toList();
    }

    private static List<Job> timerOf(DelegateTask task, String activityId) {
        return management(task).createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId(activityId).timers().list();
    }

    private static ManagementService management(DelegateTask task) {
        return task.getProcessEngineServices().getManagementService();
    }
}
