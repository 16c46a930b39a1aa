package cn.sandiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
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
 * Every field a user can fill in the forms of a case's walk (triage, preparation, session, outcome), each given
 * values of the wrong kind, out of range or too long, through engine-rest as Tasklist sends them: never a 500, and
 * every refusal a Chinese sentence without a class name or engine code. The fields are read from the deployed
 * form files, so a field added later is tried too.
 */
@IntegrationTest
class NoServerErrorThroughFormsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputes;
    @Autowired DisputeCaseRepository cases;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;

    /** The walk's steps in order, with what a user fills in to pass each. */
    private final List<Map<String, Object>> goodValues = List.of(
            Map.of("accepted", "true", "channel", "PEOPLE", "mediationLevel", "VILLAGE"),
            Map.of("partiesConsent", "true"),
            Map.of("sessionDate", TODAY.toString(), "sessionPlace", "村委会调解室", "participants", "双方当事人、调解员",
                    "sessionSummary", "听取双方陈述，释法明理", "anotherSession", "false"),
            Map.of("mediationResult", "SUCCESS", "agreementForm", "WRITTEN", "agreementContent", "李四于十日内拆除越界围墙",
                    "agreementAmount", 1000, "performanceDeadline", TODAY.plusDays(10).toString()));

    @Test
    void shouldAnswerNoBadValueOfAnyFieldWith500() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (int step = 0; step < goodValues.size(); step++) {
            Task task = walkTo(step);
            for (JsonNode field : editableFields(task.getCamundaFormRef().getKey())) {
                for (Object bad : badValuesFor(field)) {
                    Map<String, Object> values = new HashMap<>(good(step, task));
                    values.put(field.get("key").asText(), bad);
                    ResponseEntity<String> answer = submit(task, values);
                    tried++;
                    String what = task.getName() + " " + field.get("key").asText() + "=" + shortly(bad) + " → "
                            + answer.getStatusCode() + " " + answer.getBody();
                    softly.assertThat(answer.getStatusCode().value()).as(what).isNotEqualTo(500);
                    if (answer.getStatusCode().is4xxClientError()) {
                        String message = json.readTree(answer.getBody()).path("message").asText();
                        softly.assertThat(message).as(what).containsPattern("\\p{IsHan}")
                                .doesNotContainPattern(FormRefusalsTest.TECHNICAL);
                    } else {
                        accepted.add(task.getName() + " " + field.get("key").asText() + "=" + shortly(bad));
                        task = walkTo(step); // that one went through: a fresh case for the next value
                    }
                }
            }
        }
        softly.assertAll();
        assertThat(tried).as("values tried").isGreaterThan(50);
        assertThat(accepted).as("a yes/no the walk goes by takes yes or no only")
                .noneMatch(value -> value.contains("anotherSession=") || value.contains("accepted=")
                        || value.contains("partiesConsent="));
        // what the rules let through is not an error of this test (e.g. a value of a field the chosen branch hides)
        System.out.println("[表单] 试过 " + tried + " 个错误值，无一 500；被接受的：" + accepted);
    }

    /** Values of the wrong kind for the field, out of its range, or longer than it allows. */
    private static List<Object> badValuesFor(JsonNode field) {
        int maxLength = field.path("validate").path("maxLength").asInt(5000);
        return switch (field.get("type").asText()) {
            case "textfield", "textarea" -> List.of(12345, "字".repeat(maxLength + 1), "   ");
            case "number" -> List.of("很多", -1, 1e15);
            case "radio", "select" -> List.of("NOT_AN_OPTION", 7, "");
            case "checkbox" -> List.of("maybe");
            case "datetime" -> List.of("2026-13-45", "明天", 20261204);
            default -> List.of("NOT_A_VALUE");
        };
    }

    private List<JsonNode> editableFields(String formKey) throws Exception {
        List<JsonNode> fields = new ArrayList<>();
        try (InputStream form = getClass().getResourceAsStream("/forms/" + formKey + ".form")) {
            assertThat(form).as("form %s", formKey).isNotNull();
            collect(json.readTree(form).get("components"), fields);
        }
        return fields;
    }

    private static void collect(JsonNode components, List<JsonNode> fields) {
        for (JsonNode component : components) {
            if (component.has("key") && !component.path("readonly").asBoolean(false)
                    && !component.path("disabled").asBoolean(false)) {
                fields.add(component);
            }
            if (component.has("components")) {
                collect(component.get("components"), fields);
            }
        }
    }

    /** A new 东村 case brought to step {@code step} of the walk, its task held by whoever works it. */
    private Task walkTo(int step) throws Exception {
        Long id = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").id();
        String dispute = cases.findById(id).orElseThrow().getProcessInstanceId();
        Task task = taskService.createTaskQuery().processInstanceId(dispute).singleResult();
        taskService.claim(task.getId(), "intake");
        task = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        for (int done = 0; done < step; done++) {
            ResponseEntity<String> passed = submit(task, good(done, task));
            assertThat(passed.getStatusCode().value()).as(passed.getBody()).isEqualTo(204);
            String mediation = runtimeService.createProcessInstanceQuery().superProcessInstanceId(dispute)
                    .singleResult().getId();
            task = taskService.createTaskQuery().processInstanceId(mediation).singleResult();
        }
        return taskService.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
    }

    /** The good values of a step; triage's type and risk as the system suggested them. */
    private Map<String, Object> good(int step, Task task) {
        Map<String, Object> values = new HashMap<>(goodValues.get(step));
        if (step == 0) {
            Map<String, Object> suggested = runtimeService.getVariables(task.getProcessInstanceId());
            values.put("disputeType", suggested.get("disputeType"));
            values.put("riskLevel", suggested.get("riskLevel"));
        }
        return values;
    }

    private ResponseEntity<String> submit(Task task, Map<String, Object> values) throws Exception {
        Map<String, Object> typed = new HashMap<>();
        values.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(task.getAssignee(), task.getAssignee()).exchange(
                "/engine-rest/task/" + task.getId() + "/submit-form", HttpMethod.POST,
                new HttpEntity<>(json.writeValueAsString(Map.of("variables", typed)), headers), String.class);
    }

    private static String shortly(Object value) {
        String text = String.valueOf(value);
        return text.length() > 12 ? text.substring(0, 12) + "…（" + text.length() + "字）" : text;
    }
}
