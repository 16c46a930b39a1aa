package cn.sandiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The rule catalogue and the deadline calculator: what they answer, and that Tasklist's due dates agree. */
@IntegrationTest
class DeadlineApiTest {

    private static final List<String> CODES = List.of("TRIAGE", "PEOPLE_MEDIATION", "MEDICAL_MEDIATION",
            "LABOUR_MEDIATION", "TRAFFIC_MEDIATION", "COURT_ENTRUSTED_PRE_FILING", "COURT_ENTRUSTED_AFTER_FILING_ORDINARY",
            "COURT_ENTRUSTED_AFTER_FILING_SIMPLE", "JUDICIAL_CONFIRMATION_APPLICATION", "JUDICIAL_CONFIRMATION_RULING",
            "PETITION_ACCEPTANCE", "PETITION_HANDLING", "PETITION_EXTENSION", "REVIEW_REQUEST", "REVIEW_OPINION",
            "RE_REVIEW_REQUEST", "RE_REVIEW_OPINION");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired BusinessCalendar calendar;
    @Autowired DisputeService disputes;
    @Autowired TaskService taskService;

    @Test
    void shouldPublishEveryClockWithItsBasisAndKeySentence() throws Exception {
        JsonNode rules = call("/api/deadlines/rules");
        List<String> codes = new ArrayList<>();
        rules.forEach(rule -> codes.add(rule.get("code").asText()));
        assertThat(codes).containsAll(CODES);
        for (JsonNode rule : rules) {
            assertThat(rule.get("name").asText()).isNotBlank();
            assertThat(rule.get("basis").asText()).isNotBlank();
            if (CODES.contains(rule.get("code").asText()) && !rule.get("code").asText().equals("TRIAGE")) {
                assertThat(rule.get("quote").asText()).as(rule.get("code").asText()).isNotBlank();
            }
        }
        JsonNode petition = find(rules, "PETITION_HANDLING");
        assertThat(petition.get("limit").asInt()).isEqualTo(60);
        assertThat(petition.get("unit").asText()).isEqualTo("CALENDAR_DAYS");
        assertThat(petition.get("basis").asText()).contains("信访工作条例", "第三十四条");
        assertThat(petition.get("maxExtension").asInt()).isEqualTo(30);
        assertThat(find(rules, "MEDICAL_MEDIATION").get("pausable").asBoolean()).isTrue();
        assertThat(find(rules, "TRIAGE").get("local").asBoolean()).isTrue();
    }

    @Test
    void shouldExplainWhenTheLastDayFallsInAHoliday() throws Exception {
        JsonNode answer = call("/api/deadlines/due?rule=PETITION_ACCEPTANCE&start=2026-09-20");

        assertThat(answer.get("due").asText()).isEqualTo("2026-10-08");
        assertThat(answer.get("calendarComplete").asBoolean()).isTrue();
        assertThat(answer.get("basis").asText()).contains("第二十二条");
        assertThat(answer.get("steps").toString())
                .contains("起算日2026年9月20日不计入", "15日届满日为2026年10月5日", "国庆节假期", "顺延至其后第一个工作日2026年10月8日");
    }

    /** Edges over the real 2026 holidays of the State Council notice. */
    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource({
            "JUDICIAL_CONFIRMATION_RULING, 2026-11-13, 2026-11-30", // ends on a Saturday
            "RE_REVIEW_OPINION, 2026-09-05, 2026-10-08",            // ends inside National Day
            "LABOUR_MEDIATION, 2026-02-01, 2026-02-24",             // ends inside the Spring Festival
            "REVIEW_REQUEST, 2026-01-15, 2026-02-14",               // ends on a working Saturday: stays
            "COURT_ENTRUSTED_AFTER_FILING_SIMPLE, 2026-04-27, 2026-05-06", // ends inside 劳动节
            "PETITION_HANDLING, 2026-08-01, 2026-09-30",            // 60 days, an ordinary Wednesday
            "TRAFFIC_MEDIATION, 2026-09-28, 2026-10-16",            // 10 working days over National Day and its 调休
            "PEOPLE_MEDIATION, 2026-01-31, 2026-02-28",             // one month from 31 January
            "TRIAGE, 2026-10-09, 2026-10-10"})                      // the next working day is a Saturday worked
    void shouldCountTheEdgesOfTheRealCalendar(String rule, String start, String due) throws Exception {
        assertThat(call("/api/deadlines/due?rule=" + rule + "&start=" + start).get("due").asText()).isEqualTo(due);
    }

    @Test
    void shouldNotCountAPausedAssessment() throws Exception {
        JsonNode answer = call("/api/deadlines/due?rule=MEDICAL_MEDIATION&start=2026-11-02&pause=2026-11-09/2026-11-13");
        assertThat(answer.get("due").asText()).isEqualTo("2026-12-21");
        assertThat(answer.get("steps").toString()).contains("2026年11月9日至2026年11月13日暂停计时");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/deadlines/due?rule=NO_SUCH&start=2026-01-05 | rule | 未知的期限规则",
            "/api/deadlines/due?start=2026-01-05 | rule | 请指定期限规则",
            "/api/deadlines/due?rule=TRIAGE&start=2026-13-01 | start | 起算日不是有效日期",
            "/api/deadlines/due?rule=TRIAGE | start | 请填写起算日",
            "/api/deadlines/due?rule=TRIAGE&start=2026-01-05&pause=2026-01-06/2026-01-07 | pause | 不能暂停计时",
            "/api/deadlines/due?rule=MEDICAL_MEDIATION&start=2026-11-02&pause=2027-03-01/2027-03-05 | pause | 暂停须在起算日之后",
            "/api/deadlines/due?rule=MEDICAL_MEDIATION&start=2026-11-02&pause=2026-11-09 | pause | 暂停期间的格式"})
    void shouldRefuseBadQuestionsInChinese(String path, String field, String message) throws Exception {
        mvc.perform(get(path).with(httpBasic("mediator", "mediator")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value(field))
                .andExpect(jsonPath("$.fieldErrors[0].message").value(org.hamcrest.Matchers.containsString(message)));
    }

    @Test
    void shouldAnswerAsTheCalendarCountsForEveryRule() throws Exception {
        for (DeadlineRule rule : DeadlineRule.values()) {
            for (LocalDate start : List.of(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 9, 18), LocalDate.of(2026, 12, 20))) {
                assertThat(call("/api/deadlines/due?rule=" + rule.name() + "&start=" + start).get("due").asText())
                        .as(rule + " from " + start).isEqualTo(calendar.due(rule, start).toString());
            }
        }
    }

    /** What the calculator answers for today is the due date Tasklist shows on the task the rule sets. */
    @ParameterizedTest(name = "{0} mediated by {2}: {3}")
    @CsvSource({
            "NEIGHBOUR, PEOPLE, VILLAGE, PEOPLE_MEDIATION",
            "MEDICAL, PEOPLE, PROFESSIONAL, MEDICAL_MEDIATION",
            "LABOUR, PEOPLE, TOWNSHIP, LABOUR_MEDIATION",
            "TRAFFIC, ADMINISTRATIVE, , TRAFFIC_MEDIATION"})
    void shouldAgreeWithTheDueDatesInTasklist(DisputeType type, String channel, String level, DeadlineRule rule)
            throws Exception {
        String caseNo = disputes.register(DisputeRequests.of(type, DisputeRequests.XICUN, new BigDecimal("1000"), 2, false),
                "intake").caseNo();
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
        LocalDate today = calendar.today();
        assertThat(triage.getDueDate()).isEqualTo(DueDates.endOf(dueFromApi("TRIAGE", today)));

        Map<String, Object> decision = new java.util.HashMap<>(Map.of("accepted", "true", "disputeType", type.name(),
                "riskLevel", "GENERAL", "channel", channel));
        if (level != null) {
            decision.put("mediationLevel", level);
        }
        taskService.complete(triage.getId(), decision);

        Task mediation = taskService.createTaskQuery().processVariableValueEquals("caseNo", caseNo).singleResult();
        assertThat(mediation.getDueDate()).isEqualTo(DueDates.endOf(dueFromApi(rule.name(), today)));
    }

    private LocalDate dueFromApi(String rule, LocalDate start) throws Exception {
        return LocalDate.parse(call("/api/deadlines/due?rule=" + rule + "&start=" + start).get("due").asText());
    }

    private JsonNode call(String path) throws Exception {
        String body = mvc.perform(get(path).with(httpBasic("mediator", "mediator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private static JsonNode find(JsonNode rules, String code) {
        for (JsonNode rule : rules) {
            if (rule.get("code").asText().equals(code)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + code);
    }
}
