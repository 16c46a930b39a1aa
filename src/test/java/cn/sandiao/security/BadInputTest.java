package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.support.IntegrationTest;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad input on the other endpoints (the registration's own are in DisputeApiTest): each answered 400 naming the
 * field with a Chinese reason, no stack trace, nothing changed.
 */
@IntegrationTest
class BadInputTest {

    @Autowired MockMvc mvc;
    @Autowired DisputeService disputes;
    @Autowired TaskService taskService;
    @Autowired DisputeCaseRepository cases;

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("/api/disputes", "page", "-1"),
                Arguments.of("/api/disputes", "size", "0"),
                Arguments.of("/api/disputes", "size", "100000"),
                Arguments.of("/api/disputes", "size", "many"),
                Arguments.of("/api/disputes", "type", "ALIENS"),
                Arguments.of("/api/disputes", "region", "abc"),
                Arguments.of("/api/disputes", "region", "99' OR '1'='1"),
                Arguments.of("/api/disputes", "month", "2026-1"),
                Arguments.of("/api/disputes", "month", "<script>"),
                Arguments.of("/api/audit", "action", "HACK"),
                Arguments.of("/api/audit", "from", "yesterday"),
                Arguments.of("/api/audit", "caseId", "x1"),
                Arguments.of("/api/audit", "petitionId", "x1"),
                Arguments.of("/api/audit", "size", "501"));
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @MethodSource("badQueries")
    void shouldRefuseBadFilters(String path, String field, String value) throws Exception {
        mvc.perform(get(path).param(field, value).with(httpBasic("demo", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem(field)))
                .andExpect(jsonPath("$.fieldErrors[0].message", matchesPattern(".*[\\u4e00-\\u9fa5].*")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    static Stream<Arguments> badTriages() {
        return Stream.of(
                Arguments.of("{\"variables\":{}}", "accepted"),
                Arguments.of("{\"variables\":{\"accepted\":\"false\"}}", "declineExplained"),
                Arguments.of("{\"variables\":{\"accepted\":\"false\",\"declineReason\":\"已起诉\",\"declineRoute\":\"MOON\"}}",
                        "declineRoute"),
                // the suggestions are prefilled: accepting with them emptied is refused
                Arguments.of("{\"variables\":{\"accepted\":\"true\",\"disputeType\":\"\",\"riskLevel\":\"\"}}",
                        "routingComplete"),
                Arguments.of("{\"variables\":{\"accepted\":\"true\",\"disputeType\":\"NEIGHBOUR\",\"riskLevel\":\"EXTREME\","
                        + "\"channel\":\"PEOPLE\",\"mediationLevel\":\"VILLAGE\"}}", "riskLevel"),
                Arguments.of("{\"variables\":{\"accepted\":\"true\",\"disputeType\":\"NEIGHBOUR\",\"riskLevel\":\"GENERAL\","
                        + "\"channel\":\"JUDICIAL\",\"mediationLevel\":\"VILLAGE\"}}", "channelAvailable"),
                Arguments.of("{\"variables\":{\"accepted\":\"true\",\"disputeType\":\"NEIGHBOUR\",\"riskLevel\":\"GENERAL\","
                        + "\"channel\":\"PEOPLE\",\"mediationLevel\":\"PLANET\"}}", "mediationLevel"),
                Arguments.of("{\"variables\":{\"accepted\":\"false\",\"declineReason\":\"" + "长".repeat(1001)
                        + "\",\"declineRoute\":\"OTHER\"}}", "declineReason"),
                Arguments.of("{\"variables\":", "body"),
                Arguments.of("{\"vars\":{}}", "variables"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badTriages")
    void shouldRefuseABadTriageAndKeepTheTaskOpen(String body, String field) throws Exception {
        DisputeViews.Registered registered = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(registered.caseNo()).singleResult();

        mvc.perform(post("/api/tasks/" + triage.getId() + "/complete").with(httpBasic("intake", "intake"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem(field)))
                .andExpect(content().string(not(containsString("Exception"))));

        assertThat(taskService.createTaskQuery().taskId(triage.getId()).count()).isEqualTo(1);
        assertThat(cases.findById(registered.id()).orElseThrow().getTriagedAt()).isNull();
    }

    @Test
    void shouldStoreScriptAndSqlTypedByUsersAsPlainText() throws Exception {
        var base = DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN);
        String typed = "<script>alert('x')</script>'; drop table dispute_case; --";
        var request = new cn.sandiao.dispute.RegisterDisputeRequest(base.source(), base.type(), base.regionCode(),
                typed, base.amount(), base.peopleInvolved(), false, false, base.parties());

        DisputeViews.Registered registered = disputes.register(request, "intake");

        mvc.perform(get("/api/disputes/" + registered.id()).with(httpBasic("intake", "intake")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value(typed));
        assertThat(cases.count()).isPositive();
    }
}
