package cn.sandiao.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.sandiao.common.InvalidInputException;
import cn.sandiao.dispute.CaseHandoff;
import cn.sandiao.dispute.CaseHandoffRepository;
import cn.sandiao.dispute.CaseResult;
import cn.sandiao.dispute.CaseStatus;
import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.dispute.RegisterDisputeRequest;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.organization.Mediator;
import cn.sandiao.organization.MediatorRepository;
import cn.sandiao.support.ProcessTest;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of dispute_case and people_mediation, driven through the real engine and database. */
@ProcessTest
class DisputeFlowProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired DisputeService disputeService;
    @Autowired DisputeCaseRepository cases;
    @Autowired CaseHandoffRepository handoffs;
    @Autowired MediationRepository mediations;
    @Autowired MediationSessionRepository sessions;
    @Autowired SupervisionRepository supervisions;
    @Autowired MediatorRepository mediators;
    @Autowired BusinessCalendar calendar;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void shouldCloseAsDeclinedWhenIntakeDeclinesTheCase() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));

        assertThat(dispute).isWaitingAt(DisputeCaseProcess.TASK_TRIAGE);
        complete(task(), withVariables("accepted", "false", "declineReason", "双方已向法院起诉",
                "declineRoute", "LITIGATION_OR_ARBITRATION"));

        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_DECLINED);
        DisputeCase closed = caseOf(dispute);
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.getResult()).isEqualTo(CaseResult.DECLINED);
        assertThat(closed.getDeclineReason()).isEqualTo("双方已向法院起诉");
        assertThat(closed.getClosureNote()).contains("双方已向法院起诉");
    }

    @Test
    void shouldOfferTriageToIntakeDueWithinOneWorkingDayWithRuleSuggestions() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));

        Task triage = taskService.createTaskQuery().processInstanceId(dispute.getId()).singleResult();
        // offered to the intake clerks of the county centre and of the case's township (城关镇)
        assertThat(triage).hasCandidateGroup("intake-990101").hasCandidateGroup("intake-990101001").isNotAssigned();
        assertThat(triage.getDueDate())
                .isEqualTo(DueDates.endOf(calendar.due(DeadlineRule.TRIAGE, calendar.today())));
        assertThat(dispute).variables()
                .containsEntry("riskLevel", "GENERAL")
                .containsEntry("channel", "PEOPLE")
                .containsEntry("mediationLevel", "VILLAGE");
        assertThat((String) runtimeService.getVariable(dispute.getId(), "triageSuggestion"))
                .contains("东村人民调解委员会");
    }

    @Test
    void shouldCloseAsSucceededWhenVillageMediationReachesAgreementAfterTwoSessions() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");

        ProcessInstance mediation = calledProcessInstance(dispute);
        Task preparation = taskService.createTaskQuery().processInstanceId(mediation.getId()).singleResult();
        assertThat(preparation).hasDefinitionKey(PeopleMediationProcess.TASK_PREPARE)
                .isAssignedTo("mediator").hasCandidateGroupAssociated("mediator-dongcun");
        LocalDate due = calendar.due(DeadlineRule.PEOPLE_MEDIATION, calendar.today());
        assertThat(preparation.getDueDate()).isEqualTo(DueDates.endOf(due));

        complete(task(mediation), withVariables("partiesConsent", "true"));
        recordSession(mediation, "true");
        recordSession(mediation, "false");
        complete(task(mediation), withVariables("mediationResult", "SUCCESS", "agreementForm", "WRITTEN",
                "agreementContent", "李四于月底前拆除越界围墙，张三不再追究", "agreementAmount", 500,
                "performanceDeadline", calendar.today().plusDays(20).toString()));

        assertThat(mediation).isEnded().hasPassed(PeopleMediationProcess.END_OUTCOME_RECORDED);
        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_SUCCEEDED);
        DisputeCase closed = caseOf(dispute);
        assertThat(closed.getResult()).isEqualTo(CaseResult.SUCCEEDED);
        assertThat(closed.getCommitteeCode()).isEqualTo("dongcun");
        Mediation record = mediations.findByCaseIdOrderByStartedAtAsc(closed.getId()).get(0);
        assertThat(record.getResult()).isEqualTo(MediationResult.SUCCESS);
        assertThat(record.getAgreementForm()).isEqualTo(AgreementForm.WRITTEN);
        assertThat(record.getAgreementAmount()).isEqualByComparingTo("500");
        assertThat(record.getDueOn()).isEqualTo(due);
        assertThat(sessions.findByMediationIdOrderBySessionDateAscIdAsc(record.getId())).hasSize(2);
    }

    @Test
    void shouldCloseAsWithdrawnWhenAPartyRefusesMediation() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        ProcessInstance mediation = calledProcessInstance(dispute);

        complete(task(mediation), withVariables("partiesConsent", "false", "refusalReason", "被申请人不同意调解"));

        assertThat(mediation).isEnded().hasPassed(PeopleMediationProcess.END_PARTY_REFUSED);
        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_WITHDRAWN);
        DisputeCase closed = caseOf(dispute);
        assertThat(closed.getResult()).isEqualTo(CaseResult.WITHDRAWN);
        assertThat(closed.getClosureNote()).isEqualTo("当事人拒绝调解");
        assertThat(mediations.findByCaseIdOrderByStartedAtAsc(closed.getId()).get(0).getResult())
                .isEqualTo(MediationResult.REFUSED);
    }

    @Test
    void shouldCloseAsWithdrawnWhenTheApplicantWithdraws() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        ProcessInstance mediation = calledProcessInstance(dispute);
        complete(task(mediation), withVariables("partiesConsent", "true"));
        recordSession(mediation, "false");

        complete(task(mediation), withVariables("mediationResult", "WITHDRAWN", "failureReason", "双方已自行和解"));

        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_WITHDRAWN);
        assertThat(caseOf(dispute).getClosureNote()).isEqualTo("当事人撤回调解申请");
    }

    @Test
    void shouldEscalateFromVillageToTownshipToCountyAndThenReferToCourt() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");

        failMediation(dispute, "mediator", "双方分歧较大");
        assertThat(caseOf(dispute).getMediationLevel()).isEqualTo(MediationLevel.TOWNSHIP);
        failMediation(dispute, "mediator2", "乡镇调解未能达成一致");
        assertThat(caseOf(dispute).getCommitteeCode()).isEqualTo("county-centre");
        failMediation(dispute, "centre-mediator", "专家调解仍未达成一致");

        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.TASK_ESCALATE,
                DisputeCaseProcess.TASK_REFER_TO_COURT, DisputeCaseProcess.END_REFERRED_TO_COURT);
        DisputeCase closed = caseOf(dispute);
        assertThat(closed.getResult()).isEqualTo(CaseResult.FAILED_TO_JUDICIAL);
        List<CaseHandoff> chain = handoffs.findByCaseIdOrderByHandedOffAtAsc(closed.getId());
        assertThat(chain).extracting(CaseHandoff::getFromLevel, CaseHandoff::getToLevel).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MediationLevel.VILLAGE, MediationLevel.TOWNSHIP),
                org.assertj.core.groups.Tuple.tuple(MediationLevel.TOWNSHIP, MediationLevel.COUNTY),
                org.assertj.core.groups.Tuple.tuple(MediationLevel.COUNTY, null));
        assertThat(chain).extracting(CaseHandoff::getFromCommittee)
                .containsExactly("dongcun", "chengguan", "county-centre");
        assertThat(chain.get(0).getReason()).isEqualTo("双方分歧较大");
        assertThat(chain.get(2).getToChannel()).hasToString("JUDICIAL");
    }

    @Test
    void shouldSucceedAtTownshipAfterVillageMediationFails() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        failMediation(dispute, "mediator", "村调解未果");

        ProcessInstance township = calledProcessInstance(dispute);
        assertThat(task(township)).isAssignedTo("mediator2").hasCandidateGroupAssociated("mediator-chengguan");
        complete(task(township), withVariables("partiesConsent", "true"));
        recordSession(township, "false");
        complete(task(township), withVariables("mediationResult", "SUCCESS", "agreementForm", "ORAL",
                "agreementContent", "当场赔偿并道歉"));

        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_SUCCEEDED);
        assertThat(mediations.findByCaseIdOrderByStartedAtAsc(caseOf(dispute).getId()))
                .extracting(Mediation::getLevel, Mediation::getResult)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MediationLevel.VILLAGE, MediationResult.FAILED),
                        org.assertj.core.groups.Tuple.tuple(MediationLevel.TOWNSHIP, MediationResult.SUCCESS));
    }

    @Test
    void shouldRemindSupervisorBeforeTheLimitAndOpenASupervisionTaskWhenOverdue() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        ProcessInstance mediation = calledProcessInstance(dispute);

        execute(timer(mediation, PeopleMediationProcess.START_REMINDER));
        Task reminder = supervisorTask(mediation, PeopleMediationProcess.TASK_REMIND_SUPERVISOR);
        assertThat(reminder).hasCandidateGroup("supervisor-990101").hasCandidateGroup("supervisor-990101001");
        asSupervisor(() -> taskService.complete(reminder.getId(), Map.of("supervisionNote", "已提醒调解员抓紧办理")));

        execute(timer(mediation, PeopleMediationProcess.START_OVERDUE));
        Task overdue = supervisorTask(mediation, PeopleMediationProcess.TASK_SUPERVISE_OVERDUE);
        assertThat(overdue.getDueDate()).isNotNull();
        asSupervisor(() -> taskService.complete(overdue.getId(), Map.of("supervisionNote", "请于三日内报告进展")));

        assertThat(supervisions.findByCaseId(caseOf(dispute).getId()))
                .extracting(Supervision::getKind, Supervision::getSupervisor)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Supervision.Kind.REMINDER, "supervisor"),
                        org.assertj.core.groups.Tuple.tuple(Supervision.Kind.OVERDUE, "supervisor"));
        assertThat(mediation).isWaitingAt(PeopleMediationProcess.TASK_PREPARE);
    }

    @Test
    void shouldCancelOpenSupervisorTasksWhenTheMediationEnds() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        ProcessInstance mediation = calledProcessInstance(dispute);
        execute(timer(mediation, PeopleMediationProcess.START_OVERDUE));
        assertThat(supervisorTask(mediation, PeopleMediationProcess.TASK_SUPERVISE_OVERDUE)).isNotNull();

        Task preparation = taskService.createTaskQuery().processInstanceId(mediation.getId())
                .taskDefinitionKey(PeopleMediationProcess.TASK_PREPARE).singleResult();
        taskService.complete(preparation.getId(), Map.of("partiesConsent", "false", "refusalReason", "不愿调解"));

        assertThat(mediation).isEnded();
        assertThat(taskService.createTaskQuery().processInstanceId(mediation.getId()).count()).isZero();
        assertThat(dispute).isEnded();
    }

    @Test
    void shouldKeepTheTaskOpenWhenASuccessfulOutcomeLacksTheAgreement() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        ProcessInstance mediation = calledProcessInstance(dispute);
        complete(task(mediation), withVariables("partiesConsent", "true"));
        recordSession(mediation, "false");
        Task outcome = task(mediation);

        assertThatThrownBy(() -> taskService.complete(outcome.getId(), Map.of("mediationResult", "SUCCESS")))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("协议内容");

        assertThat(mediation).isWaitingAt(PeopleMediationProcess.TASK_RECORD_OUTCOME);
        assertThat(mediations.findByCaseIdOrderByStartedAtAsc(caseOf(dispute).getId()).get(0).getResult()).isNull();
    }

    @Test
    void shouldRouteTrafficAccidentsToTheProfessionalCommittee() {
        ProcessInstance dispute = register(
                DisputeRequests.of(DisputeType.TRAFFIC, DisputeRequests.XICUN, new BigDecimal("80000"), 2, false));

        assertThat(dispute).variables().containsEntry("mediationLevel", "PROFESSIONAL");
        accept(dispute, "PROFESSIONAL");
        assertThat(task(calledProcessInstance(dispute))).isAssignedTo("traffic-mediator");
    }

    @Test
    void shouldRouteAMajorCaseToTheCountyCentre() {
        ProcessInstance dispute = register(DisputeRequests.of(DisputeType.LAND_CONTRACT, DisputeRequests.XICUN,
                new BigDecimal("600000"), 2, false));

        assertThat(dispute).variables().containsEntry("riskLevel", "MAJOR").containsEntry("mediationLevel", "COUNTY");
    }

    @Test
    void shouldAssignTheMediatorWithTheFewestOpenCases() {
        ProcessInstance first = register(DisputeRequests.neighbourDispute(DisputeRequests.XICUN));
        accept(first, "VILLAGE");
        assertThat(task(calledProcessInstance(first))).isAssignedTo("xicun-mediator");
        mediators.save(new Mediator("xicun-zz-new", "新调解员", "xicun"));
        try {
            ProcessInstance second = register(DisputeRequests.neighbourDispute(DisputeRequests.XICUN));
            accept(second, "VILLAGE");
            long openOfRegular = mediations.countByMediatorIdAndEndedAtIsNull("xicun-mediator");
            assertThat(openOfRegular).isPositive();
            assertThat(task(calledProcessInstance(second))).isAssignedTo("xicun-zz-new");
        } finally {
            mediators.deleteById("xicun-zz-new"); // other tests expect the demo roster
        }
    }

    // --- steps -------------------------------------------------------------------------------------------

    private ProcessInstance register(RegisterDisputeRequest request) {
        Long id = disputeService.register(request, "intake").id();
        String instanceId = cases.findById(id).orElseThrow().getProcessInstanceId();
        return runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    }

    private void accept(ProcessInstance dispute, String level) {
        Map<String, Object> variables = runtimeService.getVariables(dispute.getId());
        complete(task(dispute), withVariables("accepted", "true", "disputeType", variables.get("disputeType"),
                "riskLevel", variables.get("riskLevel"), "channel", "PEOPLE", "mediationLevel", level));
        assertThat(dispute).isWaitingAt(DisputeCaseProcess.CALL_PEOPLE_MEDIATION);
    }

    private void recordSession(ProcessInstance mediation, String another) {
        assertThat(mediation).isWaitingAt(PeopleMediationProcess.TASK_HOLD_SESSION);
        complete(task(mediation), withVariables("sessionDate", calendar.today().toString(),
                "sessionPlace", "村委会调解室", "participants", "张三、李四、调解员", "sessionSummary", "听取双方陈述，释法明理",
                "anotherSession", another));
    }

    private void failMediation(ProcessInstance dispute, String expectedMediator, String reason) {
        ProcessInstance mediation = calledProcessInstance(dispute);
        assertThat(task(mediation)).isAssignedTo(expectedMediator);
        complete(task(mediation), withVariables("partiesConsent", "true"));
        recordSession(mediation, "false");
        complete(task(mediation), withVariables("mediationResult", "FAILED", "failureReason", reason));
    }

    /** Completes as the demo supervisor, so Camunda's task authorizations are checked as in Tasklist. */
    private void asSupervisor(Runnable action) {
        processEngine.getIdentityService().setAuthentication("supervisor", List.of("supervisor", "supervisor-990101"));
        try {
            action.run();
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
    }

    private org.camunda.bpm.engine.runtime.Job timer(ProcessInstance mediation, String activityId) {
        return processEngine.getManagementService().createJobQuery().processInstanceId(mediation.getId())
                .activityId(activityId).singleResult();
    }

    private Task supervisorTask(ProcessInstance mediation, String key) {
        return taskService.createTaskQuery().processInstanceId(mediation.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private DisputeCase caseOf(ProcessInstance dispute) {
        Long id = (Long) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(dispute.getId()).variableName("caseId").singleResult().getValue();
        return cases.findById(id).orElseThrow();
    }
}
