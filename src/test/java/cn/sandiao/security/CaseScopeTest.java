package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each office sees its own cases: every role × every case endpoint × a case in scope and one out of scope.
 * Case 东村 (城关镇) is mediated by the 东村 committee, case 南村 (乐安镇) by the 南村 committee.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseScopeTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputes;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired TestRestTemplate rest;

    private DisputeViews.Registered dongcunCase;
    private DisputeViews.Registered nancunCase;

    @BeforeAll
    void registerAndAcceptTwoCases() {
        dongcunCase = acceptedCase(DisputeRequests.DONGCUN);
        nancunCase = acceptedCase("990101002001");
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                // user, sees 东村 case, sees 南村 case
                Arguments.of("demo", true, true),               // Camunda administrator
                Arguments.of("intake", true, true),             // county centre
                Arguments.of("supervisor", true, true),         // county centre
                Arguments.of("stats", true, true),              // county statistician
                Arguments.of("lean-intake", false, true),       // 乐安镇 office
                Arguments.of("lean-supervisor", false, true),   // 乐安镇 office
                Arguments.of("mediator", true, false),          // 东村 committee
                Arguments.of("nancun-mediator", false, true),   // 南村 committee
                Arguments.of("mediator2", false, false),        // 城关镇 committee, not (yet) handling either
                Arguments.of("traffic-mediator", false, false),
                Arguments.of("officer", false, false));          // traffic police: administrative mediation only
    }

    @ParameterizedTest(name = "{0}: 东村 {1}, 南村 {2}")
    @MethodSource("matrix")
    void shouldShowEachUserOnlyTheCasesOfItsOffice(String user, boolean seesDongcun, boolean seesNancun)
            throws Exception {
        expectVisible(user, dongcunCase, seesDongcun);
        expectVisible(user, nancunCase, seesNancun);
    }

    @ParameterizedTest(name = "{0} registers in 东村: {1}")
    @MethodSource("registrations")
    void shouldLetOnlyIntakeRegisterAndOnlyWithinItsRegion(String user, int expectedStatus) throws Exception {
        mvc.perform(post("/api/disputes").with(httpBasic(user, user)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN))))
                .andExpect(status().is(expectedStatus));
    }

    static Stream<Arguments> registrations() {
        return Stream.of(
                Arguments.of("intake", 201),
                Arguments.of("demo", 201),
                Arguments.of("lean-intake", 400),   // 东村 is outside 乐安镇
                Arguments.of("mediator", 403),
                Arguments.of("supervisor", 403),
                Arguments.of("stats", 403));
    }

    static Stream<Arguments> engineMatrix() {
        return Stream.of(
                // user, triage task of 东村 / 南村 visible, process instance of 东村 / 南村 readable
                Arguments.of("intake", true, true, false, false),
                Arguments.of("lean-intake", false, true, false, false),
                // supervisors read (not work) every task of their offices' cases: their 已逾期 filter
                Arguments.of("supervisor", true, true, true, true),
                Arguments.of("lean-supervisor", false, true, false, true),
                Arguments.of("mediator", false, false, false, false));
    }

    /** Tasklist and Cockpit read through the same engine queries as /engine-rest, with the same authorizations. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("engineMatrix")
    void shouldOfferEachOfficeOnlyItsOwnWorkInTheEngine(String user, boolean dongcunTask, boolean nancunTask,
                                                        boolean dongcunInstance, boolean nancunInstance) throws Exception {
        DisputeViews.Registered dongcun = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");
        DisputeViews.Registered nancun = disputes.register(DisputeRequests.neighbourDispute("990101002001"), "intake");

        expectEngineRows(user, "/engine-rest/task?processInstanceBusinessKey=" + dongcun.caseNo(), dongcunTask);
        expectEngineRows(user, "/engine-rest/task?processInstanceBusinessKey=" + nancun.caseNo(), nancunTask);
        expectEngineRows(user, "/engine-rest/process-instance?businessKey=" + dongcun.caseNo(), dongcunInstance);
        expectEngineRows(user, "/engine-rest/process-instance?businessKey=" + nancun.caseNo(), nancunInstance);
        // the history (Cockpit's and /engine-rest/history) follows the same scope
        expectEngineRows(user, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + dongcun.caseNo(),
                dongcunInstance);
        expectEngineRows(user, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + nancun.caseNo(),
                nancunInstance);
        // a task's history: for those the task was offered to, and for those who may read the whole case
        expectEngineRows(user, "/engine-rest/history/task?processInstanceBusinessKey=" + dongcun.caseNo(),
                dongcunTask || dongcunInstance);
        expectEngineRows(user, "/engine-rest/history/task?processInstanceBusinessKey=" + nancun.caseNo(),
                nancunTask || nancunInstance);
    }

    @org.junit.jupiter.api.Test
    void shouldShowAnAdministrativeMediationToTheDepartmentThatHandlesIt() throws Exception {
        DisputeViews.Registered traffic = disputes.register(DisputeRequests.of(cn.sandiao.dispute.DisputeType.TRAFFIC,
                DisputeRequests.XICUN, new java.math.BigDecimal("80000"), 2, false), "intake");
        expectVisible("officer", traffic, false);

        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(traffic.caseNo()).singleResult();
        taskService.complete(triage.getId(), Map.of("accepted", "true", "disputeType", "TRAFFIC",
                "riskLevel", "GENERAL", "channel", "ADMINISTRATIVE"));

        expectVisible("officer", traffic, true);
        expectVisible("traffic-mediator", traffic, false);
        expectEngineRows("officer", "/engine-rest/task?processInstanceBusinessKey=" + traffic.caseNo(), true);
        expectEngineRows("traffic-mediator", "/engine-rest/task?processInstanceBusinessKey=" + traffic.caseNo(), false);
    }

    private void expectEngineRows(String user, String path, boolean present) {
        ResponseEntity<String> answer = rest.withBasicAuth(user, user).getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody().equals("[]")).as("%s %s", user, path).isEqualTo(!present);
    }

    private void expectVisible(String user, DisputeViews.Registered registered, boolean visible) throws Exception {
        String detail = "/api/disputes/" + registered.id();
        mvc.perform(get(detail).with(httpBasic(user, user)))
                .andExpect(status().is(visible ? 200 : 404));
        mvc.perform(get(detail + "/timeline").with(httpBasic(user, user)))
                .andExpect(status().is(visible ? 200 : 404));
        mvc.perform(get("/api/disputes").param("size", "200").with(httpBasic(user, user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].caseNo",
                        visible ? hasItem(registered.caseNo()) : not(hasItem(registered.caseNo()))));
    }

    private DisputeViews.Registered acceptedCase(String village) {
        DisputeViews.Registered registered = disputes.register(DisputeRequests.neighbourDispute(village), "intake");
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(registered.caseNo()).singleResult();
        Map<String, Object> suggested = runtimeService.getVariables(triage.getExecutionId());
        taskService.complete(triage.getId(), Map.of("accepted", "true", "disputeType", suggested.get("disputeType"),
                "riskLevel", suggested.get("riskLevel"), "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
        return registered;
    }
}
