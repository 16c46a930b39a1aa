package cn.sandiao.simulation;

import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeSource;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.dispute.PartyInput;
import cn.sandiao.dispute.PartyKind;
import cn.sandiao.dispute.PartyRole;
import cn.sandiao.dispute.RegisterDisputeRequest;
import cn.sandiao.mediation.MediationProcess;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Drives a real case through the real processes, as the people in Tasklist would: registered by {@code intake},
 * triaged, then each mediation task completed with the variables its form sends.
 */
@Component
@Profile(SimulationProfile.NAME)
class SyntheticFlow {

    static final String INTAKE = "intake";
    /** Villages of the demo county, whose committees have active mediators. */
    static final List<String> VILLAGES = List.of("990101001001", "990101001002", "990101002001", "990101002002");
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"建国", "秀英", "志强", "桂兰", "海涛", "丽华", "明", "静", "伟", "芳"};

    private final DisputeService disputes;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    SyntheticFlow(DisputeService disputes, TaskService taskService, RuntimeService runtimeService,
                  IdentityService identityService) {
        this.disputes = disputes;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    /** A case registered as {@code intake} would register it; returns its case number (the business key). */
    String register(SplittableRandom random, DisputeType type, String village) {
        String applicant = SyntheticPeople.idNumber(LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15000)),
                random.nextInt(1000));
        String respondent = SyntheticPeople.idNumber(LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15000)),
                random.nextInt(1000));
        List<PartyInput> parties = List.of(
                new PartyInput(PartyRole.APPLICANT, PartyKind.PERSON, name(random), applicant, null,
                        "1700" + "%07d".formatted(random.nextInt(10_000_000))),
                new PartyInput(PartyRole.RESPONDENT, PartyKind.PERSON, name(random), respondent, null,
                        "1700" + "%07d".formatted(random.nextInt(10_000_000))));
        RegisterDisputeRequest request = new RegisterDisputeRequest(DisputeSource.WALK_IN, type, village,
                "（模拟）" + type.label() + "，双方请求调解", BigDecimal.valueOf(1000L + random.nextInt(50) * 1000L), 2,
                false, false, parties);
        return disputes.register(request, INTAKE).caseNo();
    }

    /** The open task of a step of the case's processes (the leader's and the supervisors' tasks aside). */
    Task task(String caseNo, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey)
                .active().singleResult();
    }

    /** Accepts the case at triage with the suggested risk and the given channel and level, as intake. */
    void accept(String caseNo, String channel, String level) {
        Task triage = task(caseNo, DisputeCaseProcess.TASK_TRIAGE);
        Map<String, Object> suggested = runtimeService.getVariables(triage.getProcessInstanceId());
        Map<String, Object> values = new HashMap<>();
        values.put("accepted", "true");
        values.put("disputeType", suggested.get("disputeType"));
        values.put("riskLevel", suggested.get("riskLevel"));
        values.put("channel", channel);
        if (level != null) {
            values.put("mediationLevel", level);
        }
        asIntake(() -> taskService.complete(triage.getId(), values));
    }

    void decline(String caseNo) {
        Task triage = task(caseNo, DisputeCaseProcess.TASK_TRIAGE);
        asIntake(() -> taskService.complete(triage.getId(), Map.of("accepted", "false",
                "declineReason", "双方已向法院起诉", "declineRoute", "LITIGATION_OR_ARBITRATION")));
    }

    void consent(String caseNo, boolean given) {
        Map<String, Object> values = new HashMap<>(Map.of("partiesConsent", String.valueOf(given)));
        if (!given) {
            values.put("refusalReason", "被申请人不同意调解");
        }
        complete(caseNo, MediationProcess.TASK_PREPARE, values);
    }

    void session(String caseNo, LocalDate today) {
        complete(caseNo, MediationProcess.TASK_HOLD_SESSION, Map.of("sessionDate", today.toString(),
                "sessionPlace", "村委会调解室", "participants", "双方当事人、调解员", "sessionSummary", "听取双方陈述，释法明理",
                "anotherSession", "false"));
    }

    void succeed(String caseNo, boolean written) {
        complete(caseNo, MediationProcess.TASK_RECORD_OUTCOME, Map.of("mediationResult", "SUCCESS",
                "agreementForm", written ? "WRITTEN" : "ORAL", "agreementContent", "双方互谅互让，当场达成协议",
                "agreementAmount", 2000));
    }

    void fail(String caseNo, String escalateTo) {
        complete(caseNo, MediationProcess.TASK_RECORD_OUTCOME, Map.of("mediationResult", "FAILED",
                "failureReason", "双方分歧较大", "escalateTo", escalateTo));
    }

    void withdraw(String caseNo) {
        complete(caseNo, MediationProcess.TASK_RECORD_OUTCOME, Map.of("mediationResult", "WITHDRAWN",
                "failureReason", "双方已自行和解"));
    }

    /** Completes the step (by its assignee, as the engine records it); none open is a broken expectation. */
    private void complete(String caseNo, String taskKey, Map<String, Object> values) {
        Task task = task(caseNo, taskKey);
        if (task == null) {
            throw new IllegalStateException(caseNo + " 没有待办任务 " + taskKey);
        }
        taskService.complete(task.getId(), values);
    }

    private void asIntake(Runnable action) {
        List<String> groups = identityService.createGroupQuery().groupMember(INTAKE).list().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(INTAKE, groups);
        try {
            action.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static String name(SplittableRandom random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
    }
}
