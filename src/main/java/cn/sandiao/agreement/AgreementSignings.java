package cn.sandiao.agreement;

import static cn.sandiao.workflow.FormValues.choice;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.InputValidator;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseReopening;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.dispute.Channel;
import cn.sandiao.dispute.DisputeCases;
import cn.sandiao.mediation.AgreementForm;
import cn.sandiao.mediation.Mediation;
import cn.sandiao.mediation.MediationResult;
import cn.sandiao.mediation.Mediations;
import cn.sandiao.organization.CommitteeDirectory;
import cn.sandiao.workflow.CurrentActor;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The signing of a written people's mediation agreement (协议书签署): once the outcome is recorded, the mediator has
 * a step to print the agreement, have every party sign it and the committee seal it, and take the signed copy in
 * (人民调解法 第二十九条: it takes effect then). A party who will not sign after all leaves no agreement in force:
 * the case is mediated again.
 */
@Component("agreementSignings")
public class AgreementSignings {

    public static final String PROCESS_KEY = "agreement_signing";
    public static final String TASK_SIGN = "Task_SignAgreement";
    static final String VAR_SIGNING = "signing";
    static final String VAR_REFUSAL_NOTE = "signingRefusalNote";

    /** What became of the agreement put before the parties. */
    public enum Signing {
        SIGNED, REFUSED
    }

    record SigningInput(@NotNull(message = "请选择签署情况") Signing signing,
                        @Size(max = 1000, message = "说明不能超过1000字") String refusalNote) {

        @AssertTrue(message = "当事人拒绝签署的，须写明情况")
        boolean isRefusalExplained() {
            return signing != Signing.REFUSED || (refusalNote != null && !refusalNote.isBlank());
        }
    }

    private final Mediations mediations;
    private final DisputeCases cases;
    private final CommitteeDirectory committees;
    private final AgreementInstances agreements;
    private final CaseTimeline timeline;
    private final CaseReopening reopening;
    private final CurrentActor actor;
    private final InputValidator validator;

    AgreementSignings(Mediations mediations, DisputeCases cases, CommitteeDirectory committees,
                      AgreementInstances agreements, CaseTimeline timeline, CaseReopening reopening,
                      CurrentActor actor, InputValidator validator) {
        this.mediations = mediations;
        this.cases = cases;
        this.committees = committees;
        this.agreements = agreements;
        this.timeline = timeline;
        this.reopening = reopening;
        this.actor = actor;
        this.validator = validator;
    }

    /** A case closed with a written people's mediation agreement: its mediator gets the signing step. */
    public void start(DelegateExecution execution) {
        Mediation agreed = mediations.latestOf(cases.of(execution).getId());
        if (!isWrittenPeoplesAgreement(agreed)) {
            return;
        }
        String mediatorGroup = committees.get(agreed.getCommitteeCode()).getGroupId();
        agreements.start(execution, PROCESS_KEY, agreed, Variables.createVariables()
                .putValue("mediatorId", agreed.getMediatorId())
                .putValue("mediatorGroup", mediatorGroup), mediatorGroup);
        timeline.record(agreed.getCaseId(), CaseEventType.AGREEMENT_SIGNING, CurrentActor.SYSTEM, "待签署调解协议书",
                "由调解员打印人民调解协议书，经各方当事人签名、盖章或按指印，调解员签名并加盖调解委员会印章后上传");
    }

    /** The mediator says how the signing went; a signed agreement must have its signed copy taken in first. */
    public void complete(DelegateTask task) {
        SigningInput input = validator.check(new SigningInput(choice(task, VAR_SIGNING, Signing.class),
                text(task, VAR_REFUSAL_NOTE)));
        Mediation agreed = mediations.latestOf(cases.of(task).getId());
        if (!isWrittenPeoplesAgreement(agreed)) {
            throw new InvalidInputException(VAR_SIGNING, "案件已重新调解，本协议书不再签署");
        }
        String who = actor.of(task);
        if (input.signing() == Signing.SIGNED) {
            if (agreed.getAgreementSignedOn() == null) {
                throw new InvalidInputException(VAR_SIGNING,
                        "尚未上传签署的人民调解协议书：请在本页上方“材料”处选择“签署的人民调解协议书”，填写签署日期后上传，再提交");
            }
            timeline.record(agreed.getCaseId(), CaseEventType.AGREEMENT_SIGNING, who, "调解协议书已签署",
                    "于" + ChinaTime.date(agreed.getAgreementSignedOn()) + "签署生效");
            return;
        }
        if (agreed.getAgreementSignedOn() != null) {
            throw new InvalidInputException(VAR_SIGNING, "已上传签署的协议书，协议已生效，不能再登记为拒绝签署");
        }
        timeline.record(agreed.getCaseId(), CaseEventType.AGREEMENT_SIGNING, who, "当事人拒绝签署调解协议书",
                input.refusalNote());
        AgreementInstances.endOthers(task, "当事人拒绝签署调解协议书，协议未生效");
        reopening.reopen(agreed.getCaseId(), "当事人拒绝签署调解协议书：" + input.refusalNote(), who);
    }

    private static boolean isWrittenPeoplesAgreement(Mediation mediation) {
        return mediation.getChannel() == Channel.PEOPLE && mediation.getResult() == MediationResult.SUCCESS
                && mediation.getAgreementForm() == AgreementForm.WRITTEN;
    }
}
