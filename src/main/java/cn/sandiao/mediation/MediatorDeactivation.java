package cn.sandiao.mediation;

import cn.sandiao.common.InvalidInputException;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.organization.MediatorRoster;
import cn.sandiao.workflow.AsSystem;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mediator leaves: the open work they hold is listed, and on deactivation handed to a named colleague of the same
 * committee or back to the committee's queue, in the same transaction as the roster change; each case's timeline
 * says so, and the person leaves the committee's Camunda group.
 */
@Service
public class MediatorDeactivation {

    private final MediatorRoster roster;
    private final MediationRepository mediations;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final CaseTimeline timeline;
    private final AsSystem asSystem;

    MediatorDeactivation(MediatorRoster roster, MediationRepository mediations, TaskService taskService,
                         RuntimeService runtimeService, CaseTimeline timeline, AsSystem asSystem) {
        this.roster = roster;
        this.mediations = mediations;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.timeline = timeline;
        this.asSystem = asSystem;
    }

    /** A task the mediator holds: its case, its name and when it is due. */
    public record OpenWork(Long caseId, String caseNo, String taskName, Date due) {
    }

    public record Outcome(String mediator, String handedTo, List<OpenWork> moved) {
    }

    @Transactional(readOnly = true)
    public List<OpenWork> openWorkOf(String userId) {
        roster.activeMediator(userId);
        return asSystem.call(() -> tasksOf(userId).stream().map(this::work).toList());
    }

    /** {@code colleague}: an active mediator of the same committee, or null to put the work back in its queue. */
    @Transactional
    public Outcome deactivate(String userId, String colleague, String actor) {
        MediatorRoster.Entry leaving = roster.activeMediator(userId);
        MediatorRoster.Entry taking = null;
        if (colleague != null && !colleague.isBlank()) {
            taking = roster.findActive(colleague.strip())
                    .filter(c -> c.committeeCode().equals(leaving.committeeCode()) && !c.userId().equals(userId))
                    .orElseThrow(() -> new InvalidInputException("reassignTo", "接手的人须为同一调解组织的在职调解员"));
        }
        roster.deactivate(userId, actor);
        String to = taking == null ? null : taking.userId();
        String handedTo = taking == null ? "退回" + leaving.groupId() + "待领取" : "改由" + taking.name() + "承办";
        List<OpenWork> moved = asSystem.call(() -> {
            List<OpenWork> works = new ArrayList<>();
            for (Task task : tasksOf(userId)) {
                OpenWork work = work(task);
                taskService.setAssignee(task.getId(), to);
                works.add(work);
                if (work.caseId() != null) {
                    mediations.findFirstByCaseIdAndEndedAtIsNullOrderByIdDesc(work.caseId())
                            .filter(m -> userId.equals(m.getMediatorId()))
                            .ifPresent(m -> m.handOverTo(to));
                    timeline.record(work.caseId(), CaseEventType.MEDIATOR_ASSIGNED, actor,
                            "调解员" + leaving.name() + "停用，" + handedTo, "任务：" + work.taskName());
                }
            }
            // its account leaves its groups with the roster (StaffAccounts listens for MediatorLeft)
            return works;
        });
        return new Outcome(leaving.name(), to, moved);
    }

    private List<Task> tasksOf(String userId) {
        return taskService.createTaskQuery().taskAssignee(userId).orderByDueDate().asc().list();
    }

    private OpenWork work(Task task) {
        Object caseId = runtimeService.getVariable(task.getProcessInstanceId(), DisputeCaseProcess.VAR_CASE_ID);
        Object caseNo = runtimeService.getVariable(task.getProcessInstanceId(), DisputeCaseProcess.VAR_CASE_NO);
        return new OpenWork(caseId instanceof Long id ? id : null, caseNo == null ? null : caseNo.toString(),
                task.getName(), task.getDueDate());
    }
}
