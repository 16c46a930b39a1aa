package cn.sandiao.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The court hands a case in through the API: only the court, only to a people's mediation committee, in Chinese. */
@IntegrationTest
class CourtEntrustmentApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DisputeCaseRepository cases;
    @Autowired HistoryService historyService;
    @Autowired TestRestTemplate rest;

    private final LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

    @Test
    void shouldLetTheCourtHandACaseToACommitteeWhichGetsItAtOnce() throws Exception {
        String body = entrustment(EntrustmentKind.AFTER_FILING, CourtProcedure.SIMPLE, "xicun", yesterday).toString();
        String answer = entrust("court", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("MEDIATING"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(answer).get("id").asLong();

        DisputeCase entrusted = cases.findById(id).orElseThrow();
        assertThat(entrusted.getSource()).isEqualTo(DisputeSource.COURT_ENTRUSTED);
        assertThat(entrusted.getRegisteredBy()).isEqualTo("court");
        mvc.perform(get("/api/disputes/" + id + "/timeline").with(httpBasic("court", "court")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].type").value("ENTRUSTED"))
                .andExpect(jsonPath("$[1].summary").value("委托调解（立案后，简易程序）"));
    }

    @Test
    void shouldRefuseWhatTheCourtCannotHandIn() throws Exception {
        expectRefused(entrustment(EntrustmentKind.AFTER_FILING, null, "xicun", yesterday), "procedure", "简易程序");
        expectRefused(entrustment(EntrustmentKind.BEFORE_FILING, CourtProcedure.ORDINARY, "xicun", yesterday),
                "procedure", "尚未立案");
        expectRefused(entrustment(EntrustmentKind.BEFORE_FILING, null, "xicun", yesterday.plusDays(2)),
                "materialsSignedOn", "不能晚于今天");
        expectRefused(entrustment(EntrustmentKind.BEFORE_FILING, null, "county-court", yesterday),
                "committeeCode", "不是人民调解组织");
        expectRefused(entrustment(EntrustmentKind.BEFORE_FILING, null, "nowhere", yesterday),
                "committeeCode", "调解组织不存在");
        ObjectNode noParties = entrustment(EntrustmentKind.BEFORE_FILING, null, "xicun", yesterday);
        noParties.remove("parties");
        expectRefused(noParties, "parties", "当事人");
    }

    @Test
    void shouldLetOnlyTheCourtHandCasesIn() throws Exception {
        entrust("intake", entrustment(EntrustmentKind.BEFORE_FILING, null, "xicun", yesterday).toString())
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldLetTheCourtHandACaseInThroughItsTasklistStartFormToo() throws Exception {
        Map<String, Object> values = DisputeRequests.startFormValues(DisputeRequests.APPLICANT_ID, "13912345678");
        values.remove("source");
        values.putAll(Map.of("courtCaseNo", "（2026）和民初456号", "kind", "BEFORE_FILING", "committeeCode", "dongcun",
                "materialsSignedOn", yesterday.toString()));
        Map<String, Object> typed = new HashMap<>();
        values.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        long before = cases.count();

        ResponseEntity<String> started = submitForm("court", typed);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String answer = started.getBody();

        assertThat(cases.count()).isEqualTo(before + 1);
        String caseNo = json.readTree(answer).get("businessKey").asText();
        DisputeCase entrusted = cases.findByCaseNo(caseNo).orElseThrow();
        assertThat(entrusted.getCourtEntrustment().getCourtCaseNo()).isEqualTo("（2026）和民初456号");
        assertThat(entrusted.getCommitteeCode()).isEqualTo("dongcun");
        assertThat(entrusted.getRegisteredBy()).isEqualTo("court");
        // the form's ID numbers and phones stay in the case row only
        assertThat(historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(json.readTree(answer).get("id").asText()).list())
                .noneMatch(v -> String.valueOf(v.getValue()).contains(DisputeRequests.APPLICANT_ID));
        // an intake clerk cannot start it
        assertThat(submitForm("intake", typed).getStatusCode().is4xxClientError()).isTrue();
        assertThat(cases.count()).isEqualTo(before + 1);
    }

    private ResponseEntity<String> submitForm(String user, Map<String, Object> variables) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).postForEntity("/engine-rest/process-definition/key/"
                        + CourtEntrustments.PROCESS_KEY + "/submit-form",
                new HttpEntity<>(json.writeValueAsString(Map.of("variables", variables)), headers), String.class);
    }

    private void expectRefused(ObjectNode body, String field, String reason) throws Exception {
        long before = cases.count();
        entrust("court", body.toString()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value(field))
                .andExpect(jsonPath("$.fieldErrors[0].message").value(org.hamcrest.Matchers.containsString(reason)));
        assertThat(cases.count()).as(field).isEqualTo(before);
    }

    private ResultActions entrust(String user, String body) throws Exception {
        return mvc.perform(post("/api/court/entrustments").with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ObjectNode entrustment(EntrustmentKind kind, CourtProcedure procedure, String committee, LocalDate signedOn) {
        return json.valueToTree(DisputeRequests.entrusted(kind, procedure, committee, signedOn));
    }
}
