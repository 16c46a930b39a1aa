package cn.sandiao.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.sandiao.agreement.JudicialConfirmations;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.dispute.CaseResult;
import cn.sandiao.dispute.CaseStatus;
import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.support.ProcessTest;
import cn.sandiao.workflow.DeadlineAdjustmentRepository;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code judicial_confirmation} (司法确认 of a written people's-mediation agreement) through the real engine
 * and database: confirmation, rejection and the parties' route after it, the 30-day application window and the
 * president-approved extension of the review. Only {@code judicial_confirmation} is measured.
 */
@ProcessTest(JudicialConfirmations.PROCESS_KEY)
class JudicialConfirmationProcessTest extends DisputeSteps {

    @Autowired cn.sandiao.agreement.JudicialConfirmationRepository confirmations;
    @Autowired DeadlineAdjustmentRepository adjustments;

    @Test
    void shouldLetTheCourtAcceptAndConfirmAWrittenAgreementWithinItsLimits() {
        ProcessInstance dispute = agreedInWriting();
        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_SUCCEEDED);

        ProcessInstance confirmation = confirmationOf(dispute);
        // the case's supervisors follow it in Cockpit like the case itself
        assertThat(processEngine.getAuthorizationService().createAuthorizationQuery()
                .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE)
                .resourceId(confirmation.getId()).groupIdIn("supervisor-990101").count()).isEqualTo(1);
        Task application = task(confirmation);
        assertThat(application).hasCandidateGroup("court");
        assertThat(application.getDueDate()).isEqualTo(DueDates.endOf(
                calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_APPLICATION, calendar.today())));
        complete(application);
        Task ruling = task(confirmation);
        assertThat(ruling.getDueDate()).isEqualTo(DueDates.endOf(
                calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_RULING, calendar.today())));
        complete(ruling, withVariables("ruling", "CONFIRMED"));

        assertThat(confirmation).isEnded().hasPassed("EndEvent_Ruled");
        cn.sandiao.agreement.JudicialConfirmation stored = confirmations.findFirstByCaseIdOrderByIdDesc(caseOf(dispute).getId()).orElseThrow();
        assertThat(stored.getStatus()).hasToString("RULED");
        assertThat(stored.getRuling()).hasToString("CONFIRMED");
        assertThat(stored.getAcceptedOn()).isEqualTo(calendar.today());
        assertThat(disputeService.timeline(caseOf(dispute).getId()))
                .anySatisfy(e -> assertThat(e.summary()).isEqualTo("裁定确认调解协议有效"));
    }

    @Test
    void shouldRecordARejectionWithItsReasonAndTheRouteThePartiesAreTold() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance confirmation = confirmationOf(dispute);
        complete(task(confirmation));
        Task ruling = task(confirmation);

        assertThatThrownBy(() -> taskService.complete(ruling.getId(), Map.of("ruling", "REJECTED")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("驳回申请时须写明理由");
        complete(ruling, withVariables("ruling", "REJECTED", "rulingReason", "协议内容涉及第三人利益",
                "rejectedRoute", "MEDIATION"));

        cn.sandiao.agreement.JudicialConfirmation stored = confirmations.findFirstByCaseIdOrderByIdDesc(caseOf(dispute).getId()).orElseThrow();
        assertThat(stored.getRuling()).hasToString("REJECTED");
        assertThat(stored.getRejectedRoute()).hasToString("MEDIATION");
        assertThat(stored.getRulingReason()).isEqualTo("协议内容涉及第三人利益");

        // the parties chose to mediate again: the same case goes back to its committee, the old follow-up ends
        DisputeCase reopened = caseOf(dispute);
        assertThat(reopened.getStatus()).isEqualTo(CaseStatus.MEDIATING);
        assertThat(reopened.getResult()).isNull();
        assertThat(followUpOf(dispute)).isNull();
        ProcessInstance again = runningFor(dispute, DisputeCaseProcess.KEY);
        assertThat(again).isWaitingAt(DisputeCaseProcess.CALL_PEOPLE_MEDIATION)
                .hasPassed("StartEvent_RemediationRequested");
        assertThat(reopened.getProcessInstanceId()).isEqualTo(again.getId());
        assertThat(task(calledProcessInstance(again))).isAssignedTo("mediator");
        assertThat(disputeService.timeline(reopened.getId())).extracting(e -> e.summary())
                .containsSubsequence("结案：调解成功", "裁定驳回申请", "重新调解", "由东村人民调解委员会受理人民调解");

        agreeInWriting(again);
        assertThat(again).isEnded().hasPassed(DisputeCaseProcess.END_SUCCEEDED);
        assertThat(caseOf(dispute).getResult()).isEqualTo(CaseResult.SUCCEEDED);
        assertThat(confirmations.findFirstByCaseIdOrderByIdDesc(reopened.getId()).orElseThrow().getStatus())
                .hasToString("WINDOW_OPEN");
    }

    @Test
    void shouldCloseTheApplicationWindowAfterThirtyDaysWithoutAnApplication() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance confirmation = confirmationOf(dispute);

        execute(timer(confirmation, "BoundaryEvent_ApplicationWindowClosed"));

        assertThat(confirmation).isEnded().hasPassed("EndEvent_WindowClosed");
        assertThat(confirmations.findFirstByCaseIdOrderByIdDesc(caseOf(dispute).getId()).orElseThrow().getStatus())
                .hasToString("WINDOW_CLOSED");
    }

    @Test
    void shouldExtendTheCourtsReviewOnlyWithThePresidentsApprovalAndByTenDaysAtMost() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance confirmation = confirmationOf(dispute);
        complete(task(confirmation));
        LocalDate today = calendar.today();
        assertThat(task(confirmation).getDueDate())
                .isEqualTo(DueDates.endOf(calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_RULING, today)));

        asJudge(() -> taskService.complete(task(confirmation).getId(), Map.of("ruling", "REQUEST_EXTENSION",
                "extensionDays", 8, "clockChangeReason", "需核实被申请人的履行能力")));
        Task approval = task(confirmation);
        assertThat(approval).hasDefinitionKey("Task_ApproveExtension").hasCandidateGroup("court-president");
        assertThatThrownBy(() -> asPresident(() -> taskService.complete(approval.getId(),
                Map.of("extensionApproved", false))))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("须写明理由");
        asPresident(() -> taskService.complete(approval.getId(), Map.of("extensionApproved", true)));

        LocalDate extended = calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_RULING, today, List.of(), 8);
        Task ruling = task(confirmation);
        assertThat(ruling).hasDefinitionKey("Task_RuleOnConfirmation");
        assertThat(ruling.getDueDate()).isEqualTo(DueDates.endOf(extended));
        Long caseId = caseOf(dispute).getId();
        assertThat(confirmations.findFirstByCaseIdOrderByIdDesc(caseId).orElseThrow().getRulingDueOn()).isEqualTo(extended);
        assertThat(adjustments.findByCaseIdOrderByIdAsc(caseId)).singleElement().satisfies(extension -> {
            assertThat(extension.getExtensionDays()).isEqualTo(8);
            assertThat(extension.getApprovedBy()).isEqualTo("院长批准");
            assertThat(extension.getRecordedBy()).isEqualTo("president");
            assertThat(extension.getReason()).isEqualTo("需核实被申请人的履行能力");
        });

        // ten days at most in all; a refused request leaves the limit as it was
        assertThatThrownBy(() -> asJudge(() -> taskService.complete(ruling.getId(), Map.of("ruling", "REQUEST_EXTENSION",
                "extensionDays", 3, "clockChangeReason", "仍需核实"))))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("最多可延长10日，已延长8日");
        asJudge(() -> taskService.complete(ruling.getId(), Map.of("ruling", "REQUEST_EXTENSION",
                "extensionDays", 2, "clockChangeReason", "仍需核实")));
        asPresident(() -> taskService.complete(task(confirmation).getId(),
                Map.of("extensionApproved", false, "approvalNote", "事实已清楚，应按期裁定")));
        assertThat(task(confirmation).getDueDate()).isEqualTo(DueDates.endOf(extended));
        asJudge(() -> taskService.complete(task(confirmation).getId(), Map.of("ruling", "CONFIRMED")));

        assertThat(confirmation).isEnded().hasPassed("EndEvent_Ruled");
        assertThat(disputeService.timeline(caseId)).extracting(e -> e.summary())
                .contains("申请延长司法确认审查期限", "院长批准延长审查期限", "院长不批准延长审查期限", "裁定确认调解协议有效");
    }

    private void asJudge(Runnable action) {
        as("court", List.of("court"), action);
    }

    private void asPresident(Runnable action) {
        as("president", List.of("court-president"), action);
    }
}
