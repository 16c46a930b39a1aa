package cn.sandiao.mediation;

import cn.sandiao.common.ChinaTime;
import static cn.sandiao.mediation.MediationProcess.*;
import static cn.sandiao.workflow.FormValues.choice;
import static cn.sandiao.workflow.FormValues.date;
import static cn.sandiao.workflow.FormValues.decimal;
import static cn.sandiao.workflow.FormValues.flag;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.common.InputValidator;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.dispute.DisputeCases;
import cn.sandiao.dispute.EscalationChoice;
import cn.sandiao.prevention.PreventionKind;
import cn.sandiao.prevention.Preventions;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.DeadlineClocks;
import cn.sandiao.workflow.FormValues;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Stores what the mediator records on the preparation, session and outcome tasks. */
@Component("mediationRecorder")
public class MediationRecorder {

    private final MediationRepository mediations;
    private final DisputeCases cases;
    private final MediationSessionRepository sessions;
    private final InputValidator validator;
    private final CaseTimeline timeline;
    private final CurrentActor actor;
    private final BusinessCalendar calendar;
    private final MediationClock mediationClock;
    private final Preventions preventions;
    private final Clock clock;

    MediationRecorder(MediationRepository mediations, DisputeCases cases, MediationSessionRepository sessions, InputValidator validator,
                      CaseTimeline timeline, CurrentActor actor, BusinessCalendar calendar, MediationClock mediationClock,
                      Preventions preventions, Clock clock) {
        this.preventions = preventions;
        this.mediationClock = mediationClock;
        this.mediations = mediations;
        this.cases = cases;
        this.sessions = sessions;
        this.validator = validator;
        this.timeline = timeline;
        this.actor = actor;
        this.calendar = calendar;
        this.clock = clock;
    }

    public void preparation(DelegateTask task) {
        MediationInputs.Consent consent = validator.check(new MediationInputs.Consent(
                flag(task, VAR_PARTIES_CONSENT), text(task, VAR_REFUSAL_REASON)));
        task.setVariable(VAR_PARTIES_CONSENT, consent.partiesConsent()); // the gateway reads a boolean
        Mediation mediation = mediation(task);
        mediation.consent(consent.partiesConsent(), consent.refusalReason(), clock.instant());
        if (!consent.partiesConsent()) {
            task.setVariable(VAR_MEDIATION_RESULT, MediationResult.REFUSED.name());
        }
        timeline.record(mediation.getCaseId(), CaseEventType.CONSENT_RECORDED, actor.of(task),
                consent.partiesConsent() ? "当事人同意调解" : "当事人拒绝调解",
                consent.partiesConsent() ? null : "理由：" + consent.refusalReason());
    }

    public void session(DelegateTask task) {
        MediationInputs.Session input = validator.check(new MediationInputs.Session(
                date(task, "sessionDate"), text(task, "sessionPlace"), text(task, "participants"),
                text(task, "sessionSummary"), flag(task, VAR_ANOTHER_SESSION),
                choice(task, VAR_CLOCK_CHANGE, ClockChange.class)));
        Mediation mediation = mediation(task);
        if (input.sessionDate().isBefore(mediation.getAcceptedOn())) {
            throw new InvalidInputException("sessionDate", "调解日期不能早于受理日期" + ChinaTime.date(mediation.getAcceptedOn()));
        }
        task.setVariable(VAR_ANOTHER_SESSION, input.anotherSession());
        String who = actor.of(task);
        sessions.save(new MediationSession(mediation.getId(), input.sessionDate(), input.sessionPlace(),
                input.participants(), input.sessionSummary(), who, clock.instant()));
        timeline.record(mediation.getCaseId(), CaseEventType.SESSION_HELD, who,
                ChinaTime.date(input.sessionDate()) + "于" + input.sessionPlace() + "调解",
                "参加人员：" + input.participants() + "；经过：" + input.sessionSummary());
        if (input.clockChange() != null) {
            mediationClock.change(task, mediation, input.clockChange(), date(task, DeadlineClocks.FIELD_DATE),
                    FormValues.integer(task, DeadlineClocks.FIELD_DAYS), text(task, DeadlineClocks.FIELD_REASON), who);
        }
        // the next session starts from an empty record; participants usually stay the same
        for (String onePerSession : List.of("sessionDate", "sessionSummary", VAR_CLOCK_CHANGE,
                DeadlineClocks.FIELD_DATE, DeadlineClocks.FIELD_DAYS, DeadlineClocks.FIELD_REASON)) {
            task.removeVariable(onePerSession);
        }
    }

    public void outcome(DelegateTask task) {
        MediationInputs.Outcome input = validator.check(new MediationInputs.Outcome(
                choice(task, VAR_MEDIATION_RESULT, MediationResult.class),
                choice(task, "agreementForm", AgreementForm.class), text(task, "agreementContent"),
                decimal(task, "agreementAmount"), date(task, "performanceDeadline"), text(task, VAR_FAILURE_REASON),
                choice(task, VAR_ESCALATE_TO, EscalationChoice.class)));
        if (input.performanceDeadline() != null && input.performanceDeadline().isBefore(calendar.today())) {
            throw new InvalidInputException("performanceDeadline", "履行期限不能早于今天");
        }
        Mediation mediation = mediation(task);
        if (input.mediationResult() == MediationResult.SUCCESS) {
            mediation.succeed(input.agreementForm(), input.agreementContent(), input.agreementAmount(),
                    input.performanceDeadline(), clock.instant());
        } else {
            mediation.fail(input.mediationResult(), input.failureReason(), input.escalateTo(), clock.instant());
        }
        String detail = input.mediationResult() == MediationResult.SUCCESS
                ? input.agreementForm().label() + "：" + input.agreementContent()
                : "原因：" + input.failureReason()
                        + (input.escalateTo() == null ? "" : "；当事人选择：" + input.escalateTo().label());
        timeline.record(mediation.getCaseId(), CaseEventType.OUTCOME_RECORDED, actor.of(task),
                input.mediationResult().label(), detail);
        recordPreventedHarm(task, mediation.getCaseId());
    }

    /** 防止民转刑 and the like, when the mediator ticks it on the outcome form; the fields leave the process after. */
    private void recordPreventedHarm(DelegateTask task, Long caseId) {
        if (Boolean.TRUE.equals(flag(task, Preventions.FIELD_PREVENTED))) {
            preventions.recordOnOutcome(caseId, new Preventions.OnOutcome(
                    choice(task, Preventions.FIELD_KIND, PreventionKind.class),
                    FormValues.integer(task, Preventions.FIELD_PEOPLE), text(task, Preventions.FIELD_NOTE)));
        }
        Preventions.OUTCOME_FIELDS.forEach(task::removeVariable);
    }

    /** The court's pre-litigation mediation: a failure leads to litigation, the parties have no channel to choose. */
    public void courtOutcome(DelegateTask task) {
        boolean extending = ClockChange.EXTEND.name().equals(task.getVariable("courtStep"));
        task.setVariable(JudicialMediationProcess.VAR_MEDIATION_EXTENDED, extending);
        if (extending) {
            // 特邀调解规定 第二十七条: the parties may agree to a longer court-entrusted mediation
            mediationClock.change(task, mediation(task), ClockChange.EXTEND, null,
                    FormValues.integer(task, DeadlineClocks.FIELD_DAYS), text(task, DeadlineClocks.FIELD_REASON),
                    actor.of(task));
            for (String asked : List.of("courtStep", DeadlineClocks.FIELD_DAYS, DeadlineClocks.FIELD_REASON)) {
                task.removeVariable(asked);
            }
            return;
        }
        task.setVariable(VAR_ESCALATE_TO, EscalationChoice.NONE.name());
        outcome(task);
    }

    /** The mediation under way for the task's case (by its process's business key, never a variable). */
    private Mediation mediation(DelegateTask task) {
        Long caseId = cases.of(task).getId();
        return mediations.findFirstByCaseIdAndEndedAtIsNullOrderByIdDesc(caseId)
                .orElseThrow(() -> new IllegalStateException("该案件没有进行中的调解：" + caseId));
    }
}
