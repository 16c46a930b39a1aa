package cn.sandiao.dispute;

import static cn.sandiao.dispute.DisputeCaseProcess.*;
import static cn.sandiao.workflow.FormValues.choice;
import static cn.sandiao.workflow.FormValues.flag;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.common.InputValidator;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.FormValues;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Stores the triage decision on the case when the intake clerk completes the triage task. */
@Component("triageRecorder")
public class TriageRecorder {

    private final DisputeCaseRepository cases;
    private final InputValidator validator;
    private final CaseTimeline timeline;
    private final CurrentActor actor;
    private final ResponsibleDepartments departments;
    private final Clock clock;

    TriageRecorder(DisputeCaseRepository cases, InputValidator validator, CaseTimeline timeline, CurrentActor actor,
                   ResponsibleDepartments departments, Clock clock) {
        this.cases = cases;
        this.validator = validator;
        this.timeline = timeline;
        this.actor = actor;
        this.departments = departments;
        this.clock = clock;
    }

    public void record(DelegateTask task) {
        TriageDecision decision = validator.check(new TriageDecision(
                flag(task, VAR_ACCEPTED),
                text(task, VAR_DECLINE_REASON),
                choice(task, VAR_DECLINE_ROUTE, DeclineRoute.class),
                choice(task, VAR_DISPUTE_TYPE, DisputeType.class),
                choice(task, VAR_RISK_LEVEL, RiskLevel.class),
                choice(task, VAR_CHANNEL, Channel.class),
                choice(task, VAR_MEDIATION_LEVEL, MediationLevel.class)));
        if (decision.accepted() && decision.channel() == Channel.ADMINISTRATIVE
                && departments.of(decision.disputeType()).isEmpty()) {
            throw new InvalidInputException(VAR_CHANNEL,
                    decision.disputeType().label() + "没有负有职责的行政调解部门，请选择人民调解");
        }
        DisputeCase disputeCase = cases.of(task);
        String who = actor.of(task);
        task.setVariable(VAR_ACCEPTED, decision.accepted()); // the gateway reads a boolean, the form sends text
        task.setVariable(DisputeCaseProcess.VAR_LEADER_IN_CHARGE,
                decision.accepted() && decision.riskLevel() == RiskLevel.MAJOR);
        if (decision.accepted()) {
            task.setVariable(DisputeCaseProcess.VAR_DISPUTE_TYPE_NAME, decision.disputeType().label());
            disputeCase.accept(decision.disputeType(), decision.riskLevel(), text(task, VAR_RISK_REASON),
                    decision.channel(), decision.mediatingLevel(), clock.instant());
            timeline.record(disputeCase.getId(), CaseEventType.TRIAGED, who, "受理并分流",
                    "类型：" + decision.disputeType().label() + "；风险等级：" + decision.riskLevel().label()
                            + "；渠道：" + decision.channel().label() + "；承办：" + decision.mediatingLevel().label());
        } else {
            disputeCase.decline(decision.declineReason(), decision.declineRoute(), clock.instant());
            timeline.record(disputeCase.getId(), CaseEventType.DECLINED, who, "不予受理",
                    decision.declineReason() + "（" + decision.declineRoute().label() + "）");
        }
    }
}
