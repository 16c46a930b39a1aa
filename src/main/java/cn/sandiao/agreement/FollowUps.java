package cn.sandiao.agreement;

import java.time.Clock;
import cn.sandiao.common.ChinaTime;
import static cn.sandiao.workflow.FormValues.choice;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.agreement.FollowUp.NextStep;
import cn.sandiao.agreement.FollowUp.Performance;
import cn.sandiao.common.InputValidator;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseReopening;
import cn.sandiao.dispute.Channel;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.dispute.DisputeCases;
import cn.sandiao.mediation.Mediation;
import cn.sandiao.mediation.Mediations;
import cn.sandiao.mediation.MediationResult;
import cn.sandiao.organization.CommitteeDirectory;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.DueDates;
import cn.sandiao.workflow.FormValues;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The follow-up visit (回访): when an agreement's performance deadline has passed, its mediator records whether
 * it was performed; an agreement not performed goes to re-mediation, to enforcement (only a judicially confirmed
 * one) or to litigation.
 */
@Component("followUps")
public class FollowUps {

    public static final String PROCESS_KEY = "agreement_follow_up";

    record Visit(@NotNull(message = "请选择协议履行情况") Performance performance, NextStep nextStep,
                 @Size(max = 2000, message = "回访记录不能超过2000字") String followUpNote) {

        @AssertTrue(message = "未履行的，须选择后续处理方式")
        boolean isNextStepChosen() {
            return performance != Performance.NONE || nextStep != null;
        }
    }

    private final Mediations mediations;
    private final DisputeCases cases;
    private final FollowUpRepository followUps;
    private final JudicialConfirmationRepository confirmations;
    private final CommitteeDirectory committees;
    private final AgreementInstances agreements;
    private final CaseTimeline timeline;
    private final CurrentActor actor;
    private final InputValidator validator;
    private final CaseReopening reopening;
    private final Clock clock;

    FollowUps(Mediations mediations, DisputeCases cases, FollowUpRepository followUps,
              JudicialConfirmationRepository confirmations, CommitteeDirectory committees,
              AgreementInstances agreements, CaseTimeline timeline, CurrentActor actor, InputValidator validator,
              CaseReopening reopening, Clock clock) {
        this.reopening = reopening;
        this.mediations = mediations;
        this.cases = cases;
        this.followUps = followUps;
        this.confirmations = confirmations;
        this.committees = committees;
        this.agreements = agreements;
        this.timeline = timeline;
        this.actor = actor;
        this.validator = validator;
        this.clock = clock;
    }

    /** When a case closes with an agreement that has a performance deadline, its follow-up is scheduled. */
    public void schedule(DelegateExecution execution) {
        Long caseId = cases.of(execution).getId();
        Mediation agreed = mediations.latestOf(caseId);
        if (agreed.getResult() != MediationResult.SUCCESS || agreed.getPerformanceDeadline() == null) {
            return;
        }
        FollowUp followUp = followUps.save(new FollowUp(caseId, agreed.getId(), agreed.getPerformanceDeadline()));
        String mediatorGroup = committees.get(agreed.getCommitteeCode()).getGroupId();
        agreements.start(execution, PROCESS_KEY, agreed,
                Variables.createVariables()
                        .putValue("performanceDue", DueDates.endOf(agreed.getPerformanceDeadline()))
                        .putValue("mediatorId", agreed.getMediatorId())
                        .putValue("mediatorGroup", mediatorGroup), mediatorGroup);
        timeline.record(caseId, CaseEventType.FOLLOW_UP, CurrentActor.SYSTEM, "已安排回访",
                "履行期限" + ChinaTime.date(agreed.getPerformanceDeadline()) + "届满后回访协议履行情况");
    }

    public void record(DelegateTask task) {
        Visit visit = validator.check(new Visit(choice(task, "performance", Performance.class),
                choice(task, "nextStep", NextStep.class), text(task, "followUpNote")));
        // the case's latest follow-up: a case mediated again ends its earlier follow-up's process (endOthers)
        FollowUp followUp = followUps.findFirstByCaseIdOrderByIdDesc(cases.of(task).getId()).orElseThrow();
        Mediation agreed = mediations.get(followUp.getMediationId());
        // a court's mediation ends in an enforceable 调解书; a people's or administrative one only once confirmed
        boolean enforceable = agreed.getChannel() == Channel.JUDICIAL || confirmed(agreed);
        if (visit.nextStep() == NextStep.ENFORCEMENT && visit.performance() == Performance.NONE && !enforceable) {
            throw new InvalidInputException("nextStep", "该调解协议未经司法确认，不能申请强制执行；可重新调解或引导起诉");
        }
        if (visit.nextStep() == NextStep.REMEDIATION && visit.performance() == Performance.NONE
                && !reopening.canMediateAgain(followUp.getCaseId())) {
            throw new InvalidInputException("nextStep", "人民法院调解书可以申请强制执行，不再重新调解");
        }
        String who = actor.of(task);
        followUp.record(visit.performance(), visit.nextStep(), visit.followUpNote(), who, clock.instant());
        timeline.record(followUp.getCaseId(), CaseEventType.FOLLOW_UP, who, "回访：" + visit.performance().label(),
                (followUp.getNextStep() == null ? "" : "后续处理：" + followUp.getNextStep().label() + "；")
                        + (visit.followUpNote() == null ? "" : visit.followUpNote()));
        if (followUp.getNextStep() == NextStep.REMEDIATION) {
            AgreementInstances.endOthers(task, "调解协议未履行，重新调解");
            reopening.reopen(followUp.getCaseId(), "回访发现调解协议未履行，当事人同意重新调解", who);
        }
    }

    private boolean confirmed(Mediation agreed) {
        return confirmations.findByMediationId(agreed.getId())
                .map(c -> c.getRuling() == JudicialConfirmation.Ruling.CONFIRMED).orElse(false);
    }
}
