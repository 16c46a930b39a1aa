package cn.sandiao.browser;

import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.common.ChinaTime;
import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** A 东村 neighbour dispute brought to a step through the API, for a browser test to take over there. */
record CaseSetup(DisputeService disputes, DisputeCaseRepository cases, TaskService taskService,
                 RuntimeService runtimeService) {

    /** Registered and accepted for 东村's committee: its mediator's 调解准备 is open. */
    DisputeViews.Registered accepted() {
        DisputeViews.Registered registered =
                disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");
        String dispute = cases.findById(registered.id()).orElseThrow().getProcessInstanceId();
        Task triage = taskService.createTaskQuery().processInstanceId(dispute).singleResult();
        Map<String, Object> suggested = runtimeService.getVariables(dispute);
        taskService.complete(triage.getId(), Map.of("accepted", "true", "disputeType", suggested.get("disputeType"),
                "riskLevel", suggested.get("riskLevel"), "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
        return registered;
    }

    /** Accepted and prepared: its mediator's session form (调解并记录) is open. */
    String prepared() {
        String caseNo = accepted().caseNo();
        completeMediationStep(caseNo, Map.of("partiesConsent", "true"));
        return caseNo;
    }

    /** Prepared and one session held: its mediator's outcome form (登记调解结果) is open. */
    String sessionHeld() {
        String caseNo = prepared();
        completeMediationStep(caseNo, Map.of("sessionDate", ChinaTime.today(Clock.systemUTC()).toString(),
                "sessionPlace", "村委会调解室", "participants", "张三、李四、调解员", "sessionSummary", "听取双方陈述，释法明理",
                "anotherSession", "false"));
        return caseNo;
    }

    /**
     * A session held, then a written agreement: the case closes (its file is queued for binding) and its mediator's
     * 协议书签署 is open.
     */
    String agreedInWriting() {
        String caseNo = sessionHeld();
        completeMediationStep(caseNo, Map.of("mediationResult", "SUCCESS", "agreementForm", "WRITTEN",
                "agreementContent", "李四十日内拆除越界围墙",
                "performanceDeadline", ChinaTime.today(Clock.systemUTC()).plusDays(10).toString()));
        return caseNo;
    }

    /** Completes the one open step of the mediation the case called. */
    private void completeMediationStep(String caseNo, Map<String, Object> variables) {
        String dispute = cases.findByCaseNo(caseNo).orElseThrow().getProcessInstanceId();
        String mediation = runtimeService.createProcessInstanceQuery().superProcessInstanceId(dispute).singleResult()
                .getId();
        taskService.complete(taskService.createTaskQuery().processInstanceId(mediation).singleResult().getId(),
                variables);
    }
}
