package cn.sandiao.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.dispute.RegisterDisputeRequest;
import cn.sandiao.support.MeasuresCoverage;
import cn.sandiao.workflow.BusinessCalendar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The steps the dispute-side process tests share ({@link DisputeCaseProcessTest}, {@link MediationProcessTest},
 * {@link JudicialMediationProcessTest}, {@link JudicialConfirmationProcessTest}, {@link FollowUpProcessTest},
 * {@link CourtReportProcessTest}, {@link AgreementSigningProcessTest}): registering and accepting a case, mediation sessions and outcomes, and finding the
 * processes started for a case. Each subclass is a {@code @ProcessTest} measuring its own process.
 */
abstract class DisputeSteps implements MeasuresCoverage {

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired DisputeService disputeService;
    @Autowired DisputeCaseRepository cases;
    @Autowired BusinessCalendar calendar;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    ProcessInstance register(RegisterDisputeRequest request) {
        Long id = disputeService.register(request, "intake").id();
        String instanceId = cases.findById(id).orElseThrow().getProcessInstanceId();
        return runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    }

    void accept(ProcessInstance dispute, String level) {
        Map<String, Object> variables = runtimeService.getVariables(dispute.getId());
        complete(task(dispute), withVariables("accepted", "true", "disputeType", variables.get("disputeType"),
                "riskLevel", variables.get("riskLevel"), "channel", "PEOPLE", "mediationLevel", level));
        assertThat(dispute).isWaitingAt(DisputeCaseProcess.CALL_PEOPLE_MEDIATION);
    }

    void recordSession(ProcessInstance mediation, String another) {
        recordSession(mediation, another, Map.of());
    }

    /** Another session to come, with a change of the mediation's clock recorded on it. */
    void recordSession(ProcessInstance mediation, Map<String, Object> clockChange) {
        recordSession(mediation, "true", clockChange);
    }

    void recordSession(ProcessInstance mediation, String another, Map<String, Object> more) {
        assertThat(mediation).isWaitingAt(MediationProcess.TASK_HOLD_SESSION);
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("sessionDate", calendar.today().toString(),
                "sessionPlace", "村委会调解室", "participants", "张三、李四、调解员", "sessionSummary", "听取双方陈述，释法明理",
                "anotherSession", another));
        variables.putAll(more);
        taskService.complete(task(mediation).getId(), variables);
    }

    void failMediation(ProcessInstance dispute, String expectedMediator, String reason) {
        failMediation(dispute, expectedMediator, reason, "NEXT_LEVEL");
    }

    void failMediation(ProcessInstance dispute, String expectedMediator, String reason, String escalateTo) {
        ProcessInstance mediation = calledProcessInstance(dispute);
        assertThat(task(mediation)).isAssignedTo(expectedMediator);
        complete(task(mediation), withVariables("partiesConsent", "true"));
        recordSession(mediation, "false");
        complete(task(mediation), withVariables("mediationResult", "FAILED", "failureReason", reason,
                "escalateTo", escalateTo));
    }

    void acceptForAdministrativeMediation(ProcessInstance dispute) {
        Map<String, Object> variables = runtimeService.getVariables(dispute.getId());
        complete(task(dispute), withVariables("accepted", "true", "disputeType", variables.get("disputeType"),
                "riskLevel", variables.get("riskLevel"), "channel", "ADMINISTRATIVE"));
        assertThat(dispute).isWaitingAt(DisputeCaseProcess.CALL_ADMINISTRATIVE_MEDIATION);
    }

    ProcessInstance trafficAccident() {
        return register(DisputeRequests.of(DisputeType.TRAFFIC, DisputeRequests.XICUN, new BigDecimal("80000"), 2, false));
    }

    /** A village case closed with a written agreement to perform within ten days. */
    ProcessInstance agreedInWriting() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        agreeInWriting(dispute);
        return dispute;
    }

    void agreeInWriting(ProcessInstance dispute) {
        ProcessInstance mediation = calledProcessInstance(dispute);
        complete(task(mediation), withVariables("partiesConsent", "true"));
        recordSession(mediation, "false");
        complete(task(mediation), withVariables("mediationResult", "SUCCESS", "agreementForm", "WRITTEN",
                "agreementContent", "李四十日内拆除越界围墙", "performanceDeadline", calendar.today().plusDays(10).toString()));
    }

    ProcessInstance confirmationOf(ProcessInstance dispute) {
        return runningFor(dispute, cn.sandiao.agreement.JudicialConfirmations.PROCESS_KEY);
    }

    ProcessInstance followUpOf(ProcessInstance dispute) {
        return runningFor(dispute, cn.sandiao.agreement.FollowUps.PROCESS_KEY);
    }

    /** The running instance of {@code processKey} started for the dispute's case (same business key). */
    ProcessInstance runningFor(ProcessInstance dispute, String processKey) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(dispute.getBusinessKey()).singleResult();
    }

    void as(String user, List<String> groups, Runnable action) {
        processEngine.getIdentityService().setAuthentication(user, groups);
        try {
            action.run();
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
    }

    org.camunda.bpm.engine.runtime.Job timer(ProcessInstance instance, String activityId) {
        return processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    DisputeCase caseOf(ProcessInstance dispute) {
        Long id = (Long) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(dispute.getId()).variableName("caseId").singleResult().getValue();
        return cases.findById(id).orElseThrow();
    }
}
