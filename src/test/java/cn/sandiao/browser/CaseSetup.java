package cn.sandiao.browser;

import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
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
        DisputeViews.Registered registered = accepted();
        String dispute = cases.findById(registered.id()).orElseThrow().getProcessInstanceId();
        String mediation = runtimeService.createProcessInstanceQuery().superProcessInstanceId(dispute).singleResult()
                .getId();
        Task preparation = taskService.createTaskQuery().processInstanceId(mediation).singleResult();
        taskService.complete(preparation.getId(), Map.of("partiesConsent", "true"));
        return registered.caseNo();
    }
}
