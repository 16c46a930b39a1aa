package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.CaseStatus;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.mediation.MediationRepository;
import cn.sandiao.mediation.MediationProcess;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A user with a legitimate login tries to change another office's case through its own tasks and through every
 * engine write it can reach (engine-rest and Tasklist's engine API). Each attempt is refused in Chinese and
 * changes nothing: the cases stay as they were, the tasks keep their groups, assignees and due dates.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TamperingTest {

    private static final String NANCUN = "990101002001";

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputes;
    @Autowired DisputeCaseRepository cases;
    @Autowired MediationRepository mediations;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;

    /** 乐安镇's own case (lean-intake's triage) and 城关镇's (西村), both still to be triaged. */
    private Long leanCase;
    private Long xicunCase;
    /** Mediations under way in 西村 (xicun-mediator's) and in 东村 (mediator's). */
    private Task xicunPreparation;
    private Long dongcunMediation;

    @BeforeAll
    void casesOfTwoOffices() {
        leanCase = disputes.register(DisputeRequests.neighbourDispute(NANCUN), "intake").id();
        xicunCase = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.XICUN), "intake").id();
        xicunPreparation = preparationOf(acceptedCase(DisputeRequests.XICUN));
        Task dongcunPreparation = preparationOf(acceptedCase(DisputeRequests.DONGCUN));
        dongcunMediation = ((Number) taskService.getVariable(dongcunPreparation.getId(),
                MediationProcess.VAR_MEDIATION_ID)).longValue();
    }

    @Test
    void shouldRefuseACaseIdSmuggledIntoOnesOwnTriageThroughTheApi() throws Exception {
        Task triage = triageOf(leanCase);
        Map<String, Object> decline = declineOf(Map.of("caseId", xicunCase));

        ResponseEntity<String> answer = post("lean-intake", "/api/tasks/" + triage.getId() + "/complete",
                Map.of("variables", decline));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(answer.getBody()).at("/fieldErrors/0/field").asText()).isEqualTo("caseId");
        assertThat(json.readTree(answer.getBody()).at("/fieldErrors/0/message").asText()).contains("表单中没有此项");
        assertUnchanged(triage);
    }

    @Test
    void shouldRefuseACaseIdSmuggledIntoOnesOwnTriageThroughEngineRest() throws Exception {
        Task triage = triageOf(leanCase);
        for (String how : List.of("complete", "submit-form")) {
            ResponseEntity<String> answer = post("lean-intake", "/engine-rest/task/" + triage.getId() + "/" + how,
                    Map.of("variables", typed(declineOf(Map.of("caseId", xicunCase)))));

            assertThat(answer.getStatusCode()).as(how).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(answer.getBody()).get("message").asText()).startsWith("caseId：表单中没有此项");
        }
        assertUnchanged(triage);
    }

    @Test
    void shouldRefuseAnObjectValueInAFormField() throws Exception {
        Task triage = triageOf(leanCase);
        Map<String, Object> variables = new HashMap<>(typed(declineOf(Map.of())));
        variables.put("declineReason", Map.of("value", "{\"path\":\"/etc/passwd\"}", "type", "Object",
                "valueInfo", Map.of("objectTypeName", "java.io.File", "serializationDataFormat", "application/json")));

        ResponseEntity<String> answer = post("lean-intake", "/engine-rest/task/" + triage.getId() + "/submit-form",
                Map.of("variables", variables));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(answer.getBody()).get("message").asText()).startsWith("declineReason：只能提交文字");
        assertUnchanged(triage);
    }

    @Test
    void shouldRefuseAnotherMediationsIdInOnesOwnPreparation() throws Exception {
        ResponseEntity<String> answer = post("xicun-mediator",
                "/engine-rest/task/" + xicunPreparation.getId() + "/complete",
                Map.of("variables", typed(Map.of("mediationId", dongcunMediation, "partiesConsent", true))));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(answer.getBody()).get("message").asText()).startsWith("mediationId：");
        assertThat(mediations.findById(dongcunMediation).orElseThrow().getPartiesConsent()).isNull();
        assertThat(taskService.createTaskQuery().taskId(xicunPreparation.getId()).count()).isOne();
    }

    @Test
    void shouldNeverStoreAReadOnlyFieldSentBackWithTheForm() throws Exception {
        // the case summary and the deadline's basis are shown on the form; Tasklist sends them back with the rest
        for (String path : List.of("/engine-rest/task/%s/submit-form", "/api/tasks/%s/complete")) {
            Task preparation = preparationOf(acceptedCase(DisputeRequests.XICUN));
            Map<String, Object> before = runtimeService.getVariables(preparation.getProcessInstanceId(),
                    List.of("caseSummary", "deadlineBasis", "committeeName"));
            Map<String, Object> values = Map.of("partiesConsent", true, "caseSummary", "已调解完毕，无需处理",
                    "deadlineBasis", "无期限", "committeeName", "乐安镇人民调解委员会");

            ResponseEntity<String> answer = post("xicun-mediator", path.formatted(preparation.getId()),
                    Map.of("variables", path.startsWith("/api") ? values : typed(values)));

            assertThat(answer.getStatusCode()).as(path + " " + answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(taskService.createTaskQuery().taskId(preparation.getId()).count()).isZero();
            assertThat(runtimeService.getVariables(preparation.getProcessInstanceId(), before.keySet()))
                    .as(path).isEqualTo(before);
        }
    }

    @Test
    void shouldLetTheTaskBeWorkedThroughItsFormAsBefore() throws Exception {
        Long own = disputes.register(DisputeRequests.neighbourDispute(NANCUN), "intake").id();

        ResponseEntity<String> answer = post("lean-intake", "/engine-rest/task/" + triageOf(own).getId()
                + "/submit-form", Map.of("variables", typed(declineOf(Map.of()))));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(cases.findById(own).orElseThrow().getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertUnchanged(triageOf(leanCase));
    }

    @Test
    void shouldDecideTheTasksOwnCaseWhateverCaseIdTheVariablesHold() {
        // past the guard (the administrator, an integration through the Java API): the step still finds its case
        // by its process's business key, so a stray caseId changes nothing but the variable
        Long own = disputes.register(DisputeRequests.neighbourDispute(NANCUN), "intake").id();

        taskService.complete(triageOf(own).getId(), declineOf(Map.of("caseId", xicunCase)));

        assertThat(cases.findById(own).orElseThrow().getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.findById(xicunCase).orElseThrow().getStatus()).isEqualTo(CaseStatus.REGISTERED);
    }

    @Test
    void shouldRecordOnTheStepsOwnMediationWhateverIdsTheVariablesHold() {
        // past the guard: a step finds its case by its process's business key and its mediation under way by that
        // case, so stray caseId and mediationId variables change nothing but the variables
        Long own = acceptedCase(NANCUN);
        Task preparation = preparationOf(own);
        Long ownMediation = ((Number) taskService.getVariable(preparation.getId(), MediationProcess.VAR_MEDIATION_ID))
                .longValue();
        taskService.setVariable(preparation.getId(), DisputeCaseProcess.VAR_CASE_ID, xicunCase);

        taskService.complete(preparation.getId(), Map.of("mediationId", dongcunMediation, "partiesConsent", true));

        assertThat(mediations.findById(ownMediation).orElseThrow().getPartiesConsent()).isTrue();
        assertThat(mediations.findById(dongcunMediation).orElseThrow().getPartiesConsent()).isNull();
    }

    @Test
    void shouldRefuseStartingACaseWithoutTheStartFormOrOutsideOnesRegion() throws Exception {
        long before = cases.count();
        Map<String, Object> attach = new HashMap<>(DisputeRequests.startFormValues(DisputeRequests.APPLICANT_ID,
                "13800138000"));
        attach.put("caseId", xicunCase);
        attach.put("intakeGroups", "intake-990101002");

        ResponseEntity<String> start = post("lean-intake", "/engine-rest/process-definition/key/"
                + DisputeCaseProcess.KEY + "/start", Map.of("variables", typed(attach), "businessKey", "TJ-X"));
        assertThat(start.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(start.getBody()).get("message").asText()).contains("不能直接修改流程数据或发起流程");

        ResponseEntity<String> smuggled = post("lean-intake", "/engine-rest/process-definition/key/"
                + DisputeCaseProcess.KEY + "/submit-form", Map.of("variables", typed(attach)));
        assertThat(smuggled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        // the start form itself, for 东村 (城关镇): not lean-intake's region
        ResponseEntity<String> outside = post("lean-intake", "/engine-rest/process-definition/key/"
                + DisputeCaseProcess.KEY + "/submit-form", Map.of("variables", typed(
                DisputeRequests.startFormValues(DisputeRequests.APPLICANT_ID, "13800138000"))));
        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(outside.getBody()).get("message").asText())
                .isEqualTo("纠纷发生地（村/社区）：该村（社区）不在本机构管辖范围内：" + DisputeRequests.DONGCUN);
        assertThat(cases.count()).isEqualTo(before);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("TJ-X").count()).isZero();
    }

    @Test
    void shouldRefuseWideningWhoSeesOrWorksATask() throws Exception {
        String task = "/engine-rest/task/" + xicunPreparation.getId();
        Object groupsBefore = taskService.getVariable(xicunPreparation.getId(), DisputeCaseProcess.VAR_SUPERVISOR_GROUPS);
        List<String> refused = new ArrayList<>();
        refused.add(status(exchange("xicun-mediator", HttpMethod.PUT, task + "/variables/supervisorGroups",
                Map.of("value", "supervisor-990101002", "type", "String")), HttpStatus.FORBIDDEN));
        refused.add(status(post("xicun-mediator", task + "/variables",
                Map.of("modifications", Map.of("caseId", Map.of("value", 1, "type", "Long")))), HttpStatus.FORBIDDEN));
        refused.add(status(post("xicun-mediator", task + "/localVariables",
                Map.of("modifications", Map.of("mediatorGroup", Map.of("value", "x", "type", "String")))),
                HttpStatus.FORBIDDEN));
        refused.add(status(post("xicun-mediator", task + "/assignee", Map.of("userId", "lean-mediator")),
                HttpStatus.FORBIDDEN));
        refused.add(status(post("xicun-mediator", task + "/delegate", Map.of("userId", "lean-mediator")),
                HttpStatus.FORBIDDEN));
        refused.add(status(post("xicun-mediator", task + "/identity-links",
                Map.of("groupId", "supervisor-990101002", "type", "candidate")), HttpStatus.FORBIDDEN));
        refused.add(status(exchange("xicun-mediator", HttpMethod.PUT, task,
                Map.of("name", xicunPreparation.getName(), "due", "2099-01-01T00:00:00.000+0800")), HttpStatus.FORBIDDEN));
        refused.add(status(post("xicun-mediator", "/engine-rest/message",
                Map.of("messageName", "x", "processVariables", Map.of("caseId", Map.of("value", 1)))), HttpStatus.FORBIDDEN));
        refused.add(status(post("xicun-mediator", "/engine-rest/process-instance/"
                + xicunPreparation.getProcessInstanceId() + "/variables", Map.of("modifications", Map.of())),
                HttpStatus.FORBIDDEN));
        assertThat(refused).containsOnly("refused");

        Task after = taskService.createTaskQuery().taskId(xicunPreparation.getId()).singleResult();
        assertThat(after.getAssignee()).isEqualTo("xicun-mediator");
        assertThat(after.getDueDate()).isEqualTo(xicunPreparation.getDueDate());
        assertThat(taskService.getVariable(after.getId(), DisputeCaseProcess.VAR_SUPERVISOR_GROUPS)).isEqualTo(groupsBefore);
        assertThat(taskService.getIdentityLinksForTask(after.getId())).extracting(IdentityLink::getGroupId)
                .doesNotContain("supervisor-990101002");

        // what stays allowed: taking the task oneself
        assertThat(post("xicun-mediator", task + "/assignee", Map.of("userId", "xicun-mediator")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void shouldAnswerTasklistInChineseToo() throws Exception {
        Task triage = triageOf(leanCase);
        HttpHeaders session = WebappLogin.tasklistSession(rest, "lean-intake");
        session.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> answer = rest.exchange("/camunda/api/engine/engine/default/task/" + triage.getId()
                        + "/submit-form", HttpMethod.POST,
                new HttpEntity<>(json.writeValueAsString(Map.of("variables", typed(declineOf(Map.of("caseId", xicunCase))))),
                        session), String.class);

        assertThat(answer.getStatusCode()).as(answer.getHeaders() + " " + answer.getBody())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(answer.getBody()).get("message").asText()).startsWith("caseId：表单中没有此项");
        assertUnchanged(triage);
    }

    @AfterAll
    void shouldLeaveDomainRowsAndEngineInAgreement() throws Exception {
        JsonNode report = json.readTree(rest.withBasicAuth("demo", "demo")
                .getForObject("/api/admin/consistency", String.class));
        assertThat(report.get("casesChecked").asLong()).isPositive();
        assertThat(report.get("mismatches")).as(report.toString()).isEmpty();
    }

    private void assertUnchanged(Task triage) {
        assertThat(taskService.createTaskQuery().taskId(triage.getId()).count()).isOne();
        assertThat(cases.findById(leanCase).orElseThrow().getStatus()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(cases.findById(xicunCase).orElseThrow().getStatus()).isEqualTo(CaseStatus.REGISTERED);
    }

    private static Map<String, Object> declineOf(Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(Map.of("accepted", "false", "declineReason", "已向法院起诉",
                "declineRoute", "LITIGATION_OR_ARBITRATION"));
        values.putAll(extra);
        return values;
    }

    /** engine-rest's variable format: {"name": {"value": …}}. */
    private static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> typed = new HashMap<>();
        values.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return typed;
    }

    private String status(ResponseEntity<String> answer, HttpStatus expected) {
        return answer.getStatusCode().equals(expected) ? "refused" : answer.getStatusCode() + " " + answer.getBody();
    }

    private ResponseEntity<String> post(String user, String path, Object body) throws Exception {
        return exchange(user, HttpMethod.POST, path, body);
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, method,
                new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
    }

    private Long acceptedCase(String village) {
        Long id = disputes.register(DisputeRequests.neighbourDispute(village), "intake").id();
        Task triage = triageOf(id);
        Map<String, Object> suggested = runtimeService.getVariables(triage.getProcessInstanceId());
        taskService.complete(triage.getId(), Map.of("accepted", "true", "disputeType", suggested.get("disputeType"),
                "riskLevel", suggested.get("riskLevel"), "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
        return id;
    }

    private Task triageOf(Long caseId) {
        return taskService.createTaskQuery()
                .processInstanceId(cases.findById(caseId).orElseThrow().getProcessInstanceId()).singleResult();
    }

    private Task preparationOf(Long caseId) {
        String dispute = cases.findById(caseId).orElseThrow().getProcessInstanceId();
        String mediation = runtimeService.createProcessInstanceQuery().superProcessInstanceId(dispute).singleResult()
                .getId();
        return taskService.createTaskQuery().processInstanceId(mediation).singleResult();
    }
}
