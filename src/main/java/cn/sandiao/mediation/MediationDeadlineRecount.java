package cn.sandiao.mediation;

import static cn.sandiao.mediation.MediationProcess.*;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.workflow.DeadlineClocks;
import cn.sandiao.workflow.DueDateMover;
import cn.sandiao.workflow.DueDates;
import cn.sandiao.workflow.HolidayCalendarChanged;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new or corrected holiday schedule can move the last day of a running mediation: each one is counted again
 * and, where its last day moves, its tasks, reminder and 督办 timers move with it and the timeline says why.
 */
@Component
class MediationDeadlineRecount {

    private final MediationRepository mediations;
    private final DeadlineClocks clocks;
    private final CaseTimeline timeline;
    private final RuntimeService runtimeService;
    private final DueDateMover mover;
    private final ManagementService managementService;
    private final DueDates dueDates;

    MediationDeadlineRecount(MediationRepository mediations, DeadlineClocks clocks, CaseTimeline timeline,
                             RuntimeService runtimeService, DueDateMover mover, ManagementService managementService,
                             DueDates dueDates) {
        this.mediations = mediations;
        this.clocks = clocks;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
        this.mover = mover;
        this.managementService = managementService;
        this.dueDates = dueDates;
    }

    @EventListener
    public void recount(HolidayCalendarChanged change) {
        for (Mediation mediation : mediations.findByEndedAtIsNull()) {
            LocalDate before = mediation.getDueOn();
            if (before == null || clocks.isPaused(mediation.clock())) {
                continue; // a paused clock is counted when it resumes
            }
            LocalDate after = clocks.due(mediation.clock());
            if (!after.equals(before)) {
                move(mediation, before, after, change);
            }
        }
    }

    private void move(Mediation mediation, LocalDate before, LocalDate after, HolidayCalendarChanged change) {
        mediation.moveDue(after);
        Date oldDue = DueDates.endOf(before);
        Date due = DueDates.endOf(after);
        Date remindAt = dueDates.reminderFor(after);
        List<String> moved = new ArrayList<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                .variableValueEquals(VAR_MEDIATION_ID, mediation.getId()).active().list()) {
            runtimeService.setVariables(instance.getId(), Map.of(VAR_MEDIATION_DUE, due, VAR_REMINDER_AT, remindAt,
                    VAR_DEADLINE_BASIS, clocks.describe(mediation.clock())));
            moved.addAll(mover.move(instance.getId(), oldDue, due)); // the tasks and the 督办 timer
            managementService.createJobQuery().processInstanceId(instance.getId()).activityId(START_REMINDER).timers()
                    .list().forEach(job -> managementService.setJobDuedate(job.getId(), remindAt));
        }
        timeline.record(mediation.getCaseId(), CaseEventType.DEADLINE_CHANGED, change.loadedBy(),
                "节假日安排变更，调解期限调整",
                "调解期限由" + ChinaTime.date(before) + "调整为" + ChinaTime.date(after)
                        + (moved.isEmpty() ? "" : "；任务" + String.join("、", moved) + "的到期日随之调整")
                        + "；原因：" + change.year() + "年节假日安排第" + change.version() + "版载入");
    }
}
