package cn.sandiao.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.sandiao.agreement.AgreementSignings;
import cn.sandiao.agreement.SignedAgreements;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.dispute.CaseStatus;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.support.ProcessTest;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code agreement_signing} (协议书签署 after a written people's mediation agreement) through the real
 * engine and database. Only {@code agreement_signing} is measured.
 */
@ProcessTest(AgreementSignings.PROCESS_KEY)
class AgreementSigningProcessTest extends DisputeSteps {

    @Autowired Mediations mediations;
    @Autowired MediationRepository mediationRows;
    @Autowired SignedAgreements signedAgreements;

    @Test
    void shouldGiveTheMediatorTheSigningStepAndAcceptItOnlyOnceTheSignedCopyIsIn() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance signing = runningFor(dispute, AgreementSignings.PROCESS_KEY);
        Task sign = task(signing);
        assertThat(sign).hasDefinitionKey(AgreementSignings.TASK_SIGN).isAssignedTo("mediator")
                .hasCandidateGroupAssociated("mediator-dongcun");
        assertThat(sign.getDueDate()).isNull(); // the law sets no time for signing
        assertThat(runtimeService.getVariable(signing.getId(), "agreementContent")).isEqualTo("李四十日内拆除越界围墙");

        assertThatThrownBy(() -> taskService.complete(sign.getId(), Map.of("signing", "SIGNED")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("尚未上传签署的人民调解协议书");
        assertThat(signing).isWaitingAt(AgreementSignings.TASK_SIGN);

        Mediation agreed = mediations.latestOf(caseOf(dispute).getId());
        LocalDate today = calendar.today();
        signedAgreements.tookEffect(agreed.getId(), today, "mediator");
        complete(sign, withVariables("signing", "SIGNED"));

        assertThat(signing).isEnded().hasPassed("EndEvent_AgreementInForce");
        assertThat(mediations.get(agreed.getId()).getAgreementSignedOn()).isEqualTo(today);
        assertThat(disputeService.timeline(caseOf(dispute).getId()))
                .anySatisfy(e -> assertThat(e.summary()).isEqualTo("调解协议书已签署"));
        assertThat(caseOf(dispute).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void shouldMediateAgainWhenAPartyWillNotSign() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance signing = runningFor(dispute, AgreementSignings.PROCESS_KEY);
        Task sign = task(signing);

        assertThatThrownBy(() -> taskService.complete(sign.getId(), Map.of("signing", "REFUSED")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("须写明情况");

        complete(sign, withVariables("signing", "REFUSED", "signingRefusalNote", "李四反悔，不同意拆除围墙"));

        assertThat(signing).isEnded().hasPassed("EndEvent_SigningRefused");
        assertThat(confirmationOf(dispute)).isNull(); // no agreement in force: no window to apply for confirmation
        assertThat(followUpOf(dispute)).isNull();
        assertThat(runningFor(dispute, DisputeCaseProcess.KEY)).isWaitingAt(DisputeCaseProcess.CALL_PEOPLE_MEDIATION);
        assertThat(caseOf(dispute).getStatus()).isEqualTo(CaseStatus.MEDIATING);
        assertThat(mediationRows.findByCaseIdOrderByStartedAtAsc(caseOf(dispute).getId())).hasSize(2);
        assertThat(disputeService.timeline(caseOf(dispute).getId()))
                .anySatisfy(e -> assertThat(e.detail()).contains("李四反悔"));
    }

    @Test
    void shouldRefuseARefusalOnceTheSignedCopyIsInAndStartNoSigningForAnOralAgreement() {
        ProcessInstance dispute = agreedInWriting();
        Task sign = task(runningFor(dispute, AgreementSignings.PROCESS_KEY));
        signedAgreements.tookEffect(mediations.latestOf(caseOf(dispute).getId()).getId(), calendar.today(), "mediator");
        assertThatThrownBy(() -> taskService.complete(sign.getId(),
                Map.of("signing", "REFUSED", "signingRefusalNote", "误点")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("协议已生效");

        ProcessInstance oral = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(oral, "VILLAGE");
        ProcessInstance mediation = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance(oral);
        complete(task(mediation), withVariables("partiesConsent", "true"));
        recordSession(mediation, "false");
        complete(task(mediation), withVariables("mediationResult", "SUCCESS", "agreementForm", "ORAL",
                "agreementContent", "双方当场和解"));
        assertThat(runningFor(oral, AgreementSignings.PROCESS_KEY)).isNull();
    }
}
