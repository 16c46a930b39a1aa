package cn.sandiao.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.sandiao.agreement.FollowUps;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.dispute.CaseResult;
import cn.sandiao.dispute.CaseStatus;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.support.ProcessTest;
import cn.sandiao.workflow.DueDates;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code agreement_follow_up} (回访 of an agreement once its performance deadline passed) through the real
 * engine and database. Only {@code agreement_follow_up} is measured.
 */
@ProcessTest(FollowUps.PROCESS_KEY)
class FollowUpProcessTest extends DisputeSteps {

    @Autowired MediationRepository mediations;
    @Autowired cn.sandiao.agreement.FollowUpRepository followUps;

    @Test
    void shouldFollowUpAnAgreementWhenItsPerformanceDeadlinePasses() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance followUp = followUpOf(dispute);
        assertThat(followUp).isWaitingAt("TimerEvent_PerformanceDue");
        org.camunda.bpm.engine.runtime.Job due = timer(followUp, "TimerEvent_PerformanceDue");
        assertThat(due.getDuedate()).isEqualTo(DueDates.endOf(calendar.today().plusDays(10)));

        execute(due);
        Task visit = task(followUp);
        assertThat(visit).isAssignedTo("mediator").hasCandidateGroupAssociated("mediator-dongcun");
        complete(visit, withVariables("performance", "FULL", "followUpNote", "电话回访，越界围墙已拆除"));

        assertThat(followUp).isEnded().hasPassed("EndEvent_FollowedUp");
        cn.sandiao.agreement.FollowUp stored = followUps.findFirstByCaseIdOrderByIdDesc(caseOf(dispute).getId()).orElseThrow();
        assertThat(stored.getPerformance()).hasToString("FULL");
        assertThat(stored.getNextStep()).isNull();
        assertThat(disputeService.timeline(caseOf(dispute).getId()))
                .anySatisfy(e -> assertThat(e.summary()).isEqualTo("回访：已全部履行"));
    }

    @Test
    void shouldMediateAgainWhenAFollowUpFindsTheAgreementNotPerformedAndThePartiesAgree() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance followUp = followUpDue(dispute);

        complete(task(followUp), withVariables("performance", "NONE", "nextStep", "REMEDIATION",
                "followUpNote", "李四未拆除围墙，双方同意再次调解"));

        assertThat(followUp).isEnded().hasPassed("EndEvent_FollowedUp");
        assertThat(confirmationOf(dispute)).isNull(); // the window for the unperformed agreement is moot
        ProcessInstance again = runningFor(dispute, DisputeCaseProcess.KEY);
        assertThat(again).isWaitingAt(DisputeCaseProcess.CALL_PEOPLE_MEDIATION);
        assertThat(caseOf(dispute).getStatus()).isEqualTo(CaseStatus.MEDIATING);
        assertThat(mediations.findByCaseIdOrderByStartedAtAsc(caseOf(dispute).getId())).hasSize(2);
    }

    @Test
    void shouldOnlyRecordGuidanceToLitigationWhenAnAgreementWasNotPerformed() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance followUp = followUpDue(dispute);

        complete(task(followUp), withVariables("performance", "NONE", "nextStep", "LITIGATION"));

        assertThat(runningFor(dispute, DisputeCaseProcess.KEY)).isNull();
        assertThat(caseOf(dispute).getResult()).isEqualTo(CaseResult.SUCCEEDED);
        assertThat(disputeService.timeline(caseOf(dispute).getId()))
                .anySatisfy(e -> assertThat(e.detail()).contains("引导向人民法院起诉"));
    }

    @Test
    void shouldAllowEnforcementOfAnUnperformedAgreementOnlyOnceACourtConfirmedIt() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance followUp = followUpDue(dispute);
        Task visit = task(followUp);

        assertThatThrownBy(() -> taskService.complete(visit.getId(),
                Map.of("performance", "NONE", "nextStep", "ENFORCEMENT")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("未经司法确认");

        ProcessInstance confirmation = confirmationOf(dispute);
        complete(task(confirmation));
        complete(task(confirmation), withVariables("ruling", "CONFIRMED"));
        complete(visit, withVariables("performance", "NONE", "nextStep", "ENFORCEMENT"));

        assertThat(followUps.findFirstByCaseIdOrderByIdDesc(caseOf(dispute).getId()).orElseThrow().getNextStep())
                .hasToString("ENFORCEMENT");
    }

    /** The follow-up of the case's agreement, its performance deadline passed. */
    private ProcessInstance followUpDue(ProcessInstance dispute) {
        ProcessInstance followUp = followUpOf(dispute);
        execute(timer(followUp, "TimerEvent_PerformanceDue"));
        return followUp;
    }
}
