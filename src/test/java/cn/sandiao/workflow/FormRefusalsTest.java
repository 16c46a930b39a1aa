package cn.sandiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Bad input through the forms, as Tasklist and engine-rest send it: every validated field of the registration
 * start form and of the mediation session form, one bad value at a time. Each is answered 400 with a Chinese
 * sentence naming the field by its label and the field's key in {@code fieldErrors}, never 500, never a class
 * name, an engine code or a stack frame.
 */
@IntegrationTest
class FormRefusalsTest {

    /** What a user must never read (also NoServerErrorThroughFormsTest). */
    static final Pattern TECHNICAL = Pattern.compile(
            "ENGINE-\\d+|Exception|cn\\.sandiao|org\\.camunda|java\\.|Cannot |\\bat [a-z]+\\.");
    private static final String WRONG_CHECK_DIGIT = "110105194912310021";

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputes;
    @Autowired DisputeCaseRepository cases;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;

    @Test
    void shouldRefuseEveryBadStartFormValueWith400InChineseAtItsField() throws Exception {
        Map<String, Object[]> bad = new LinkedHashMap<>();
        bad.put("applicantIdNumber", new Object[] {WRONG_CHECK_DIGIT, "申请人身份证号码"});
        bad.put("respondentIdNumber", new Object[] {"1101051949123", "被申请人身份证号码"});
        bad.put("applicantPhone", new Object[] {"12345", "申请人联系电话"});
        bad.put("respondentPhone", new Object[] {"电话", "联系电话"}); // 对方当事人联系电话 in the petition's form
        bad.put("regionCode", new Object[] {"990101009999", "纠纷发生地"});
        bad.put("description", new Object[] {" ", "纠纷简要情况"});
        bad.put("peopleInvolved", new Object[] {0L, "涉及人数"});
        bad.put("amount", new Object[] {-5, "涉案金额"});
        bad.put("applicantName", new Object[] {"", "申请人姓名或名称"});
        bad.put("source", new Object[] {"NOT_A_SOURCE", null});
        bad.put("peopleInvolved ", new Object[] {"很多", null}); // a space: another entry for the same key
        bad.put("disputeType", new Object[] {"NOT_A_TYPE", null});
        long before = cases.count();
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, Object[]> value : bad.entrySet()) {
            Map<String, Object> values = new HashMap<>(DisputeRequests.startFormValues(DisputeRequests.APPLICANT_ID,
                    "13800138000"));
            values.put(value.getKey().strip(), value.getValue()[0]);
            ResponseEntity<String> answer = post("intake", "/engine-rest/process-definition/key/"
                    + DisputeCaseProcess.KEY + "/submit-form", Map.of("variables", typed(values)));
            refusedInChinese(softly, value.getKey(), answer, (String) value.getValue()[1]);
        }
        // an organisation's credit code with a wrong check character
        Map<String, Object> organisation = new HashMap<>(DisputeRequests.startFormValues(DisputeRequests.APPLICANT_ID,
                "13800138000"));
        organisation.put("applicantKind", "ORGANIZATION");
        organisation.remove("applicantIdNumber");
        organisation.put("applicantCreditCode", "91350100M000100Y44");
        refusedInChinese(softly, "applicantCreditCode", post("intake", "/engine-rest/process-definition/key/"
                + DisputeCaseProcess.KEY + "/submit-form", Map.of("variables", typed(organisation))), "申请人统一社会信用代码");
        // a value of another type than the field's, as only a hand-made request sends it: engine-rest's own refusal
        Map<String, Object> typedWrong = new HashMap<>(typed(DisputeRequests.startFormValues(
                DisputeRequests.APPLICANT_ID, "13800138000")));
        typedWrong.put("peopleInvolved", Map.of("value", "abc", "type", "Integer"));
        refusedInChinese(softly, "peopleInvolved", post("intake", "/engine-rest/process-definition/key/"
                + DisputeCaseProcess.KEY + "/submit-form", Map.of("variables", typedWrong)), null);
        softly.assertAll();
        assertThat(cases.count()).isEqualTo(before);
    }

    /** Tasklist's own engine API, as the start dialog sends it: the same answer. */
    @Test
    void shouldAnswerTasklistsStartDialogTheSame() throws Exception {
        HttpHeaders session = WebappLogin.tasklistSession(rest, "intake");
        session.setContentType(MediaType.APPLICATION_JSON);
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(DisputeCaseProcess.KEY).latestVersion().singleResult().getId();
        ResponseEntity<String> answer = rest.exchange("/camunda/api/engine/engine/default/process-definition/"
                        + definitionId + "/submit-form", HttpMethod.POST,
                new HttpEntity<>(json.writeValueAsString(Map.of("variables", typed(
                        DisputeRequests.startFormValues(WRONG_CHECK_DIGIT, "13800138000")))), session), String.class);
        SoftAssertions softly = new SoftAssertions();
        refusedInChinese(softly, "applicantIdNumber", answer, "申请人身份证号码");
        softly.assertAll();
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.get("message").asText()).startsWith("申请人身份证号码：身份证号码无效");
        assertThat(body.at("/fieldErrors/0/field").asText()).isEqualTo("applicantIdNumber");
    }

    @Test
    void shouldRefuseEveryBadSessionValueWith400InChinese() throws Exception {
        Task session = sessionTask();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> good = Map.of("sessionDate", today.toString(), "sessionPlace", "村委会调解室",
                "participants", "双方当事人、调解员", "sessionSummary", "听取双方陈述，释法明理", "anotherSession", "false");
        Map<String, Object[]> bad = new LinkedHashMap<>();
        bad.put("sessionDate", new Object[] {today.plusDays(3).toString(), "调解日期"});
        bad.put("sessionPlace", new Object[] {"", "调解地点"});
        bad.put("participants", new Object[] {"", "参加人员"});
        bad.put("sessionSummary", new Object[] {"", "调解经过"});
        bad.put("clockChange", new Object[] {"NOT_A_CHANGE", null});
        bad.put("sessionDate ", new Object[] {"明天", null});
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, Object[]> value : bad.entrySet()) {
            Map<String, Object> values = new HashMap<>(good);
            values.put(value.getKey().strip(), value.getValue()[0]);
            ResponseEntity<String> answer = post(session.getAssignee(), "/engine-rest/task/" + session.getId()
                    + "/submit-form", Map.of("variables", typed(values)));
            refusedInChinese(softly, value.getKey(), answer, (String) value.getValue()[1]);
        }
        softly.assertAll();
        assertThat(taskService.createTaskQuery().taskId(session.getId()).count()).isOne();
    }

    private void refusedInChinese(SoftAssertions softly, String field, ResponseEntity<String> answer, String label)
            throws Exception {
        String what = field + " → " + answer.getStatusCode() + " " + answer.getBody();
        softly.assertThat(answer.getStatusCode().value()).as(what).isEqualTo(400);
        String message = json.readTree(answer.getBody()).path("message").asText();
        softly.assertThat(message).as(what).containsPattern("\\p{IsHan}").doesNotContainPattern(TECHNICAL);
        if (label != null) {
            softly.assertThat(message).as(what).contains(label).doesNotContain(field);
            softly.assertThat(json.readTree(answer.getBody()).at("/fieldErrors/0/field").asText()).as(what)
                    .isEqualTo(field);
        }
    }

    /** A 东村 case accepted and prepared: its mediator's session form is open. */
    private Task sessionTask() throws Exception {
        Long id = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").id();
        String dispute = cases.findById(id).orElseThrow().getProcessInstanceId();
        Task triage = taskService.createTaskQuery().processInstanceId(dispute).singleResult();
        Map<String, Object> suggested = runtimeService.getVariables(triage.getProcessInstanceId());
        taskService.complete(triage.getId(), Map.of("accepted", "true", "disputeType", suggested.get("disputeType"),
                "riskLevel", suggested.get("riskLevel"), "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
        String mediation = runtimeService.createProcessInstanceQuery().superProcessInstanceId(dispute).singleResult()
                .getId();
        Task preparation = taskService.createTaskQuery().processInstanceId(mediation).singleResult();
        ResponseEntity<String> prepared = post(preparation.getAssignee(), "/engine-rest/task/" + preparation.getId()
                + "/submit-form", Map.of("variables", typed(Map.of("partiesConsent", "true"))));
        assertThat(prepared.getStatusCode().value()).as(prepared.getBody()).isEqualTo(204);
        return taskService.createTaskQuery().processInstanceId(mediation).singleResult();
    }

    private static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> typed = new HashMap<>();
        values.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return typed;
    }

    private ResponseEntity<String> post(String user, String path, Object body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, HttpMethod.POST,
                new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
    }
}
