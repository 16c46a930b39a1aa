package cn.sandiao.prevention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Harm prevented (防止民转刑, 防止群体性上访 …) recorded by those who work cases, in their own region, with or without a
 * case; refused in Chinese at its field, with nothing stored; counted in the month's report by kind, incidents and
 * people, the same live and recounted.
 */
@IntegrationTest
class PreventionsTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputes;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired cn.sandiao.statistics.MonthlyReports reports;
    @Autowired cn.sandiao.organization.RegionRepository regions;
    @Autowired org.camunda.bpm.engine.TaskService taskService;

    @Test
    void shouldRecordPreventedHarmAndCountItByKindIncidentsAndPeople() throws Exception {
        YearMonth month = YearMonth.from(ChinaTime.today(clock));
        LocalDate today = ChinaTime.today(clock);
        JsonNode before = report(month);
        Long caseId = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").id();

        JsonNode withCase = record("intake", """
                {"kind": "CIVIL_TO_CRIMINAL", "caseId": %d, "people": 3, "occurredOn": "%s",
                 "note": "双方持械对峙，调解员到场劝离，当晚达成和解"}""".formatted(caseId, today), 201);
        assertThat(withCase.get("regionCode").asText()).as("the case's village").isEqualTo(DisputeRequests.DONGCUN);
        assertThat(withCase.get("kindLabel").asText()).isEqualTo("防止民间纠纷转化为刑事案件");
        record("intake", """
                {"kind": "GROUP_PETITION", "regionCode": "%s", "people": 20, "occurredOn": "%s",
                 "note": "征地补偿争议，村民拟集体上访，经调解稳控"}""".formatted(DisputeRequests.XICUN, today), 201);

        JsonNode after = report(month);
        assertThat(prevented(after, "CIVIL_TO_CRIMINAL", "cases")).isEqualTo(prevented(before, "CIVIL_TO_CRIMINAL", "cases") + 1);
        assertThat(prevented(after, "CIVIL_TO_CRIMINAL", "people")).isEqualTo(prevented(before, "CIVIL_TO_CRIMINAL", "people") + 3);
        assertThat(prevented(after, "GROUP_PETITION", "cases")).isEqualTo(prevented(before, "GROUP_PETITION", "cases") + 1);
        assertThat(prevented(after, "GROUP_PETITION", "people")).isEqualTo(prevented(before, "GROUP_PETITION", "people") + 20);
        assertThat(after.at("/disputes/preventions").findValuesAsText("name")).containsExactly(
                "防止民间纠纷转化为刑事案件", "防止群体性上访", "防止群体性械斗", "防止可能引起的自杀");

        // the live counters and a recount from the records agree
        cn.sandiao.organization.Region county = regions.findById("990101").orElseThrow();
        assertThat(reports.recounted(month, county).disputes().preventions())
                .isEqualTo(reports.live(month, county).disputes().preventions());

        JsonNode listed = json.readTree(mvc.perform(get("/api/preventions?month=" + month + "&region=990101")
                .with(httpBasic("supervisor", "supervisor"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(listed.findValuesAsText("note")).contains("双方持械对峙，调解员到场劝离，当晚达成和解");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PREVENTION_RECORDED'"
                + " and actor = 'intake' and subject_id = ?", Integer.class, caseId)).isOne();
    }

    @Test
    void shouldRefuseBadRecordsInChineseAtTheirFieldAndStoreNothing() throws Exception {
        LocalDate today = ChinaTime.today(clock);
        int stored = jdbc.queryForObject("select count(*) from prevention_record", Integer.class);
        assertThat(field(record("intake", """
                {"kind": "GROUP_FIGHT", "regionCode": "%s", "people": 0, "occurredOn": "%s", "note": "械斗"}"""
                .formatted(DisputeRequests.DONGCUN, today), 400), "people")).isEqualTo("涉及人数至少为1人");
        assertThat(field(record("intake", """
                {"kind": "GROUP_FIGHT", "regionCode": "%s", "people": 5, "occurredOn": "%s", "note": "械斗"}"""
                .formatted(DisputeRequests.DONGCUN, today.plusDays(1)), 400), "occurredOn")).isEqualTo("发生日期不能晚于今天");
        assertThat(field(record("intake", """
                {"people": 5, "regionCode": "%s", "occurredOn": "%s", "note": "械斗"}"""
                .formatted(DisputeRequests.DONGCUN, today), 400), "kind")).isEqualTo("请选择防止的事项类别");
        // 乐安镇's clerk records nothing in 城关镇's 东村
        assertThat(field(record("lean-intake", """
                {"kind": "SUICIDE", "regionCode": "%s", "people": 1, "occurredOn": "%s", "note": "劝解"}"""
                .formatted(DisputeRequests.DONGCUN, today), 400), "regionCode")).isEqualTo("发生地不在本单位辖区内");
        // the statistician only reads
        record("stats", """
                {"kind": "SUICIDE", "regionCode": "%s", "people": 1, "occurredOn": "%s", "note": "劝解"}"""
                .formatted(DisputeRequests.DONGCUN, today), 403);
        assertThat(jdbc.queryForObject("select count(*) from prevention_record", Integer.class)).isEqualTo(stored);
        String noMonth = mvc.perform(get("/api/preventions?region=990101").with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(field(json.readTree(noMonth), "month")).startsWith("请指定月份");
    }

    @Test
    void shouldRecordHarmTheMediatorReportsOnTheOutcomeFormAndRefuseAnIncompleteReport() throws Exception {
        YearMonth month = YearMonth.from(ChinaTime.today(clock));
        JsonNode before = report(month);
        Long caseId = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").id();
        String caseNo = jdbc.queryForObject("select case_no from dispute_case where id = ?", String.class, caseId);
        complete("intake", caseNo, """
                {"accepted": "true", "disputeType": "NEIGHBOUR", "riskLevel": "GENERAL", "channel": "PEOPLE",
                 "mediationLevel": "VILLAGE"}""", 204);
        complete("mediator", caseNo, "{\"partiesConsent\": \"true\"}", 204);
        complete("mediator", caseNo, """
                {"sessionDate": "%s", "sessionPlace": "村委会调解室", "participants": "双方",
                 "sessionSummary": "释法明理", "anotherSession": "false"}""".formatted(ChinaTime.today(clock)), 204);
        int stored = jdbc.queryForObject("select count(*) from prevention_record", Integer.class);

        JsonNode refused = json.readTree(complete("mediator", caseNo, """
                {"mediationResult": "SUCCESS", "agreementForm": "ORAL", "agreementContent": "双方握手言和",
                 "harmPrevented": true, "preventionKind": "GROUP_FIGHT", "preventionNote": "两家族聚集对峙，劝散"}""", 400));
        assertThat(field(refused, "preventionPeople")).isEqualTo("请填写涉及人数");
        assertThat(jdbc.queryForObject("select count(*) from prevention_record", Integer.class)).isEqualTo(stored);
        assertThat(jdbc.queryForObject("select count(*) from mediation where case_id = ? and result is not null",
                Integer.class, caseId)).as("the outcome is not kept either").isZero();

        complete("mediator", caseNo, """
                {"mediationResult": "SUCCESS", "agreementForm": "ORAL", "agreementContent": "双方握手言和",
                 "harmPrevented": true, "preventionKind": "GROUP_FIGHT", "preventionPeople": 12,
                 "preventionNote": "两家族聚集对峙，劝散"}""", 204);

        assertThat(jdbc.queryForMap("select kind, region_code, people, recorded_by from prevention_record where case_id = ?",
                caseId)).containsValues("GROUP_FIGHT", DisputeRequests.DONGCUN, 12, "mediator");
        JsonNode after = report(month);
        assertThat(prevented(after, "GROUP_FIGHT", "cases")).isEqualTo(prevented(before, "GROUP_FIGHT", "cases") + 1);
        assertThat(prevented(after, "GROUP_FIGHT", "people")).isEqualTo(prevented(before, "GROUP_FIGHT", "people") + 12);
    }

    /** Completes the case's open task as the user, the way Tasklist and apps do (POST /api/tasks/{id}/complete). */
    private String complete(String user, String caseNo, String variables, int status) throws Exception {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        return mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic(user, user))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"variables\": " + variables + "}"))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    private JsonNode record(String user, String body, int status) throws Exception {
        String answer = mvc.perform(post("/api/preventions").with(httpBasic(user, user))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
        return answer.isEmpty() ? null : json.readTree(answer);
    }

    private static String field(JsonNode error, String field) {
        for (JsonNode problem : error.get("fieldErrors")) {
            if (problem.get("field").asText().equals(field)) {
                return problem.get("message").asText();
            }
        }
        return "（" + field + " 没有错误：" + error + "）";
    }

    private JsonNode report(YearMonth month) throws Exception {
        return json.readTree(mvc.perform(get("/api/statistics/monthly?month=" + month + "&region=990101")
                .with(httpBasic("stats", "stats"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static long prevented(JsonNode report, String kind, String figure) {
        for (JsonNode row : report.at("/disputes/preventions")) {
            if (row.get("code").asText().equals(kind)) {
                return row.get(figure).asLong();
            }
        }
        return -1;
    }
}
