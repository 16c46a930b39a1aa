package cn.sandiao.agreement;

import cn.sandiao.common.ChinaTime;
import static cn.sandiao.workflow.FormValues.choice;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.agreement.JudicialConfirmation.RejectedRoute;
import cn.sandiao.agreement.JudicialConfirmation.Ruling;
import cn.sandiao.common.InputValidator;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseReopening;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.dispute.Channel;
import cn.sandiao.dispute.DisputeCases;
import cn.sandiao.mediation.AgreementForm;
import cn.sandiao.mediation.Mediation;
import cn.sandiao.mediation.Mediations;
import cn.sandiao.mediation.MediationResult;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.DeadlineClocks;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import cn.sandiao.workflow.FormValues;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Judicial confirmation (司法确认) of a written people's-mediation agreement: the parties may apply to the court
 * jointly within 30 days of the agreement taking effect; the court accepts and rules within 15 days.
 */
@Component("judicialConfirmations")
public class JudicialConfirmations {

    public static final String PROCESS_KEY = "judicial_confirmation";
    /** Set by the system at start, so that a changed holiday schedule finds the confirmation's process. */
    static final String VAR_CONFIRMATION_ID = "confirmationId";
    static final String VAR_EXTENSION_REQUESTED = "extensionRequested";
    /** The ruling form's third choice: more time instead of a ruling. */
    static final String VAR_REQUEST_EXTENSION = "REQUEST_EXTENSION";

    record ExtensionDecision(@NotNull(message = "请选择是否批准延长") Boolean extensionApproved,
                             @Size(max = 1000, message = "审批说明不能超过1000字") String approvalNote) {

        @AssertTrue(message = "不批准延长的，须写明理由")
        boolean isRefusalExplained() {
            return !Boolean.FALSE.equals(extensionApproved) || (approvalNote != null && !approvalNote.isBlank());
        }
    }

    record RulingInput(@NotNull(message = "请选择裁定结果") Ruling ruling,
                       @Size(max = 1000, message = "理由不能超过1000字") String rulingReason,
                       RejectedRoute rejectedRoute) {

        @AssertTrue(message = "驳回申请时须写明理由，并告知当事人可选择的途径")
        boolean isRejectionExplained() {
            return ruling != Ruling.REJECTED
                    || (rulingReason != null && !rulingReason.isBlank() && rejectedRoute != null);
        }
    }

    private final Mediations mediations;
    private final DisputeCases cases;
    private final JudicialConfirmationRepository confirmations;
    private final BusinessCalendar calendar;
    private final CaseTimeline timeline;
    private final CurrentActor actor;
    private final InputValidator validator;
    private final DeadlineClocks clocks;
    private final CaseReopening reopening;
    private final AgreementInstances agreements;
    private final Clock clock;

    JudicialConfirmations(Mediations mediations, DisputeCases cases, JudicialConfirmationRepository confirmations,
                          BusinessCalendar calendar, CaseTimeline timeline, CurrentActor actor,
                          InputValidator validator, DeadlineClocks clocks, CaseReopening reopening,
                          AgreementInstances agreements, Clock clock) {
        this.agreements = agreements;
        this.reopening = reopening;
        this.clocks = clocks;
        this.mediations = mediations;
        this.cases = cases;
        this.confirmations = confirmations;
        this.calendar = calendar;
        this.timeline = timeline;
        this.actor = actor;
        this.validator = validator;
        this.clock = clock;
    }

    /** When a case closes with a written people's-mediation agreement, the parties' window opens. */
    public void offer(DelegateExecution execution) {
        Long caseId = cases.of(execution).getId();
        Mediation agreed = mediations.latestOf(caseId);
        if (agreed.getChannel() != Channel.PEOPLE || agreed.getResult() != MediationResult.SUCCESS
                || agreed.getAgreementForm() != AgreementForm.WRITTEN) {
            return;
        }
        DeadlineRule rule = DeadlineRule.JUDICIAL_CONFIRMATION_APPLICATION;
        LocalDate windowEndsOn = calendar.due(rule, calendar.today());
        JudicialConfirmation confirmation = confirmations.save(
                new JudicialConfirmation(caseId, agreed.getId(), windowEndsOn));
        agreements.start(execution, PROCESS_KEY, agreed, Variables.createVariables()
                        .putValue(VAR_CONFIRMATION_ID, confirmation.getId())
                        .putValue("applicationWindowEnd", DueDates.endOf(windowEndsOn))
                        .putValue("deadlineBasis", rule.describe() + "；申请期限至" + ChinaTime.date(windowEndsOn)));
        timeline.record(caseId, CaseEventType.CONFIRMATION, CurrentActor.SYSTEM, "可申请司法确认",
                "双方当事人可于" + ChinaTime.date(windowEndsOn) + "前共同向人民法院申请司法确认");
    }

    /** The court has received the parties' joint application and accepts it. */
    public void accept(DelegateTask task) {
        JudicialConfirmation confirmation = confirmationOf(task);
        LocalDate today = calendar.today();
        confirmation.accept(today, calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_RULING, today));
        showRulingDue(task, confirmation);
        timeline.record(confirmation.getCaseId(), CaseEventType.CONFIRMATION, actor.of(task), "法院受理司法确认申请",
                "审查期限至" + ChinaTime.date(confirmation.getRulingDueOn()));
    }

    /** The judge rules, or asks the court president for more time (法释〔2011〕5号 第五条). */
    public void rule(DelegateTask task) {
        boolean extensionRequested = VAR_REQUEST_EXTENSION.equals(task.getVariable("ruling"));
        task.setVariable(VAR_EXTENSION_REQUESTED, extensionRequested);
        if (extensionRequested) {
            JudicialConfirmation confirmation = confirmationOf(task);
            Integer days = FormValues.integer(task, DeadlineClocks.FIELD_DAYS);
            String reason = text(task, DeadlineClocks.FIELD_REASON);
            clocks.checkExtension(confirmation.rulingClock(), days, reason);
            timeline.record(confirmation.getCaseId(), CaseEventType.DEADLINE_CHANGED, actor.of(task),
                    "申请延长司法确认审查期限", "申请延长" + days + "日，报院长批准；理由：" + reason);
            return;
        }
        ruleNow(task);
    }

    /** The court president approves the extension (the ruling's due date moves) or refuses it. */
    public void decideExtension(DelegateTask task) {
        ExtensionDecision decision = validator.check(new ExtensionDecision(
                FormValues.flag(task, "extensionApproved"), text(task, "approvalNote")));
        JudicialConfirmation confirmation = confirmationOf(task);
        String president = actor.of(task);
        if (decision.extensionApproved()) {
            confirmation.moveRulingDue(clocks.extend(confirmation.rulingClock(),
                    FormValues.integer(task, DeadlineClocks.FIELD_DAYS), text(task, DeadlineClocks.FIELD_REASON),
                    president));
            showRulingDue(task, confirmation);
        }
        timeline.record(confirmation.getCaseId(), CaseEventType.DEADLINE_CHANGED, president,
                decision.extensionApproved() ? "院长批准延长审查期限" : "院长不批准延长审查期限",
                (decision.extensionApproved() ? "审查期限至" + ChinaTime.date(confirmation.getRulingDueOn())
                        : "按原期限" + ChinaTime.date(confirmation.getRulingDueOn()) + "裁定")
                        + (decision.approvalNote() == null ? "" : "；" + decision.approvalNote()));
        // the judge's ruling form opens empty again
        for (String asked : List.of("ruling", DeadlineClocks.FIELD_DAYS, DeadlineClocks.FIELD_REASON,
                "extensionApproved", "approvalNote")) {
            task.removeVariable(asked);
        }
    }

    private void showRulingDue(DelegateTask task, JudicialConfirmation confirmation) {
        task.setVariable("rulingDueDate", DueDates.endOf(confirmation.getRulingDueOn()));
        task.setVariable("deadlineBasis", clocks.describe(confirmation.rulingClock()));
    }

    private void ruleNow(DelegateTask task) {
        RulingInput input = validator.check(new RulingInput(choice(task, "ruling", Ruling.class),
                text(task, "rulingReason"), choice(task, "rejectedRoute", RejectedRoute.class)));
        JudicialConfirmation confirmation = confirmationOf(task);
        String judge = actor.of(task);
        confirmation.rule(input.ruling(), input.rulingReason(), input.rejectedRoute(), judge, clock.instant());
        String detail = input.ruling() == Ruling.CONFIRMED
                ? "调解协议经确认有效，一方拒绝履行的，对方可以向人民法院申请强制执行"
                : input.rulingReason() + "；当事人可" + input.rejectedRoute().label();
        timeline.record(confirmation.getCaseId(), CaseEventType.CONFIRMATION, judge, input.ruling().label(), detail);
        if (input.rejectedRoute() == RejectedRoute.MEDIATION && input.ruling() == Ruling.REJECTED) {
            AgreementInstances.endOthers(task, "司法确认申请被驳回，重新调解");
            reopening.reopen(confirmation.getCaseId(), "司法确认申请被驳回（" + input.rulingReason()
                    + "），当事人选择通过人民调解变更原协议或达成新协议", judge);
        }
    }

    /** Thirty days passed without a joint application: the agreement stays a contract, not an enforceable title. */
    public void windowClosed(DelegateExecution execution) {
        JudicialConfirmation confirmation = confirmationOf(execution);
        confirmation.closeWindow();
        timeline.record(confirmation.getCaseId(), CaseEventType.CONFIRMATION, CurrentActor.SYSTEM,
                "司法确认申请期限届满", "当事人未在期限内共同申请司法确认");
    }

    /**
     * The confirmation a step is about: the latest of the case its process is about (business key). A case
     * mediated again ends the processes of its earlier agreement (endOthers), so a running one is the latest's.
     */
    private JudicialConfirmation confirmationOf(VariableScope step) {
        return confirmations.findFirstByCaseIdOrderByIdDesc(cases.of(step).getId()).orElseThrow();
    }
}
