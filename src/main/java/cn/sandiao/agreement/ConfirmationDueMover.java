package cn.sandiao.agreement;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.workflow.AsSystem;
import cn.sandiao.workflow.DueDateMover;
import cn.sandiao.workflow.DueDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Moves a judicial confirmation's application window end or ruling due date everywhere it is kept (the record is
 * moved by the caller; here the process variable, the task's due date and the window's timer) and says on the
 * case's timeline what moved and why.
 */
@Component
class ConfirmationDueMover {

    enum Due {
        APPLICATION_WINDOW("applicationWindowEnd", "司法确认申请期限"),
        RULING("rulingDueDate", "司法确认审查期限");

        private final String variable;
        private final String label;

        Due(String variable, String label) {
            this.variable = variable;
            this.label = label;
        }
    }

    private final RuntimeService runtimeService;
    private final DueDateMover mover;
    private final CaseTimeline timeline;
    private final AsSystem asSystem;

    ConfirmationDueMover(RuntimeService runtimeService, DueDateMover mover, CaseTimeline timeline, AsSystem asSystem) {
        this.runtimeService = runtimeService;
        this.mover = mover;
        this.timeline = timeline;
        this.asSystem = asSystem;
    }

    /** {@code cause} opens the summary (e.g. 节假日安排变更，), {@code reason} closes the detail. */
    void move(JudicialConfirmation confirmation, LocalDate before, LocalDate after, Due due, String actor,
              String cause, String reason) {
        Date oldDue = DueDates.endOf(before);
        Date newDue = DueDates.endOf(after);
        // the court's process: the user whose act moved the date (a mediator uploading the signed agreement) has no
        // Camunda permission on it, and needs none; the case's own rules allowed the act
        List<String> moved = asSystem.call(() -> {
            List<String> names = new ArrayList<>();
            for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                    .processDefinitionKey(JudicialConfirmations.PROCESS_KEY)
                    .variableValueEquals(JudicialConfirmations.VAR_CONFIRMATION_ID, confirmation.getId()).list()) {
                runtimeService.setVariable(instance.getId(), due.variable, newDue);
                names.addAll(mover.move(instance.getId(), oldDue, newDue));
            }
            return names;
        });
        timeline.record(confirmation.getCaseId(), CaseEventType.DEADLINE_CHANGED, actor,
                cause + due.label + "调整", due.label + "由" + ChinaTime.date(before) + "调整为" + ChinaTime.date(after)
                        + (moved.isEmpty() ? "" : "；任务" + String.join("、", moved) + "的到期日随之调整")
                        + "；原因：" + reason);
    }
}
