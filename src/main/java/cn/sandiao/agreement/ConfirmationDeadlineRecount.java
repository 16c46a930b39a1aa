package cn.sandiao.agreement;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.mediation.Mediations;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineClocks;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDateMover;
import cn.sandiao.workflow.DueDates;
import cn.sandiao.workflow.HolidayCalendarChanged;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new holiday schedule may move the end of an open application window (30 days from the agreement) or the
 * last day of a court's review (15 days, with an approved extension): the task, the window's timer and the
 * record move with it, and the timeline says why.
 */
@Component
class ConfirmationDeadlineRecount {

    private final JudicialConfirmationRepository confirmations;
    private final Mediations mediations;
    private final BusinessCalendar calendar;
    private final DeadlineClocks clocks;
    private final RuntimeService runtimeService;
    private final DueDateMover mover;
    private final CaseTimeline timeline;

    ConfirmationDeadlineRecount(JudicialConfirmationRepository confirmations, Mediations mediations,
                                BusinessCalendar calendar, DeadlineClocks clocks, RuntimeService runtimeService,
                                DueDateMover mover, CaseTimeline timeline) {
        this.confirmations = confirmations;
        this.mediations = mediations;
        this.calendar = calendar;
        this.clocks = clocks;
        this.runtimeService = runtimeService;
        this.mover = mover;
        this.timeline = timeline;
    }

    @EventListener
    public void recount(HolidayCalendarChanged change) {
        for (JudicialConfirmation confirmation : confirmations.findByStatusIn(
                List.of(JudicialConfirmation.Status.WINDOW_OPEN, JudicialConfirmation.Status.ACCEPTED))) {
            if (confirmation.getStatus() == JudicialConfirmation.Status.WINDOW_OPEN) {
                LocalDate agreed = mediations.get(confirmation.getMediationId()).getEndedAt()
                        .atZone(ChinaTime.ZONE).toLocalDate();
                LocalDate before = confirmation.getWindowEndsOn();
                LocalDate after = calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_APPLICATION, agreed);
                if (!after.equals(before)) {
                    confirmation.moveWindowEnd(after);
                    move(confirmation, before, after, "applicationWindowEnd", "司法确认申请期限", change);
                }
            } else {
                LocalDate before = confirmation.getRulingDueOn();
                LocalDate after = clocks.due(confirmation.rulingClock());
                if (!after.equals(before)) {
                    confirmation.moveRulingDue(after);
                    move(confirmation, before, after, "rulingDueDate", "司法确认审查期限", change);
                }
            }
        }
    }

    private void move(JudicialConfirmation confirmation, LocalDate before, LocalDate after, String variable,
                      String what, HolidayCalendarChanged change) {
        Date oldDue = DueDates.endOf(before);
        Date due = DueDates.endOf(after);
        List<String> moved = new ArrayList<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(JudicialConfirmations.PROCESS_KEY)
                .variableValueEquals(JudicialConfirmations.VAR_CONFIRMATION_ID, confirmation.getId()).list()) {
            runtimeService.setVariable(instance.getId(), variable, due);
            moved.addAll(mover.move(instance.getId(), oldDue, due));
        }
        timeline.record(confirmation.getCaseId(), CaseEventType.DEADLINE_CHANGED, change.loadedBy(),
                "节假日安排变更，" + what + "调整", what + "由" + ChinaTime.date(before) + "调整为" + ChinaTime.date(after)
                        + (moved.isEmpty() ? "" : "；任务" + String.join("、", moved) + "的到期日随之调整")
                        + "；原因：" + change.year() + "年节假日安排第" + change.version() + "版载入");
    }
}
