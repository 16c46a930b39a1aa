package cn.sandiao.document;

import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.workflow.BusinessCalendar;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Drives a 东村 neighbour dispute through the real processes to the point a paper needs. */
record CaseDriver(DisputeService disputes, DisputeCaseRepository cases, RuntimeService runtime, TaskService tasks,
                 ManagementService management, BusinessCalendar calendar) {

    Long registered() {
        return disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").id();
    }

    /** Intake sends it to 东村's committee. */
    void accept(Long caseId) {
        String dispute = cases.findById(caseId).orElseThrow().getProcessInstanceId();
        Map<String, Object> variables = runtime.getVariables(dispute);
        complete(dispute, Map.of("accepted", "true", "disputeType", variables.get("disputeType"),
                "riskLevel", variables.get("riskLevel"), "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
    }

    /** The parties consent and one session is held at the village committee's mediation room. */
    void holdSession(Long caseId) {
        String mediation = mediationOf(caseId);
        complete(mediation, Map.of("partiesConsent", "true"));
        complete(mediation, Map.of("sessionDate", calendar.today().toString(), "sessionPlace", "村委会调解室",
                "participants", "张三、李四、调解员", "sessionSummary", "听取双方陈述，释法明理", "anotherSession", "false"));
    }

    /** One session, then a written agreement: 李四 pulls the wall down within ten days. */
    void agreeInWriting(Long caseId) {
        holdSession(caseId);
        complete(mediationOf(caseId), Map.of("mediationResult", "SUCCESS", "agreementForm", "WRITTEN",
                "agreementContent", "李四十日内拆除越界围墙",
                "performanceDeadline", calendar.today().plusDays(10).toString()));
    }

    /** One session, then an oral agreement: the parties see no need for a written one (人民调解法 第二十八条). */
    void agreeOrally(Long caseId) {
        holdSession(caseId);
        complete(mediationOf(caseId), Map.of("mediationResult", "SUCCESS", "agreementForm", "ORAL",
                "agreementContent", "李四当场向张三赔礼道歉，围墙维持现状", "agreementAmount", "500",
                "performanceDeadline", calendar.today().toString()));
    }

    /** One session, then no agreement: the parties ask for {@code escalateTo} (NEXT_LEVEL, JUDICIAL, NONE …). */
    void fail(Long caseId, String reason, String escalateTo) {
        holdSession(caseId);
        complete(mediationOf(caseId), Map.of("mediationResult", "FAILED", "failureReason", reason,
                "escalateTo", escalateTo));
    }

    /** The agreement's performance deadline passes and its mediator visits: performed in full. */
    void followUp(Long caseId, String note) {
        String followUp = running(cn.sandiao.agreement.FollowUps.PROCESS_KEY, cases.findById(caseId).orElseThrow()
                .getCaseNo()).getId();
        management.executeJob(management.createJobQuery().processInstanceId(followUp).singleResult().getId());
        complete(followUp, Map.of("performance", "FULL", "followUpNote", note));
    }

    private String mediationOf(Long caseId) {
        String dispute = cases.findById(caseId).orElseThrow().getProcessInstanceId();
        return runtime.createProcessInstanceQuery().superProcessInstanceId(dispute).singleResult().getId();
    }

    private void complete(String instanceId, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId(), variables);
    }

    ProcessInstance running(String processKey, String businessKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                .singleResult();
    }
}
