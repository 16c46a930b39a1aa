package cn.sandiao.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.dispute.ConsistencyCheck;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.organization.Mediator;
import cn.sandiao.organization.MediatorRepository;
import cn.sandiao.support.IntegrationTest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A mediator leaves 东村's committee with a case in hand: the administrator sees the work, deactivates the mediator
 * handing it to a colleague, then the colleague leaves too and the work goes back to the committee's queue; the
 * case's timeline says each step and the engine and the case rows still agree.
 */
@IntegrationTest
class MediatorDeactivationTest {

    @Autowired MockMvc mvc;
    @Autowired MediatorRepository mediators;
    @Autowired IdentityService identityService;
    @Autowired DisputeService disputeService;
    @Autowired DisputeCaseRepository cases;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired MediationRepository mediations;
    @Autowired ConsistencyCheck consistency;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The two made-up mediators go again: other tests export the organisation and count its people. */
    @org.junit.jupiter.api.AfterEach
    void removeTheTestMediators() {
        for (String userId : java.util.List.of("a-dongcun-1", "a-dongcun-2")) {
            jdbc.update("delete from mediator where user_id = ?", userId);
            if (identityService.createUserQuery().userId(userId).count() > 0) {
                identityService.deleteUser(userId);
            }
        }
    }

    @Test
    void shouldHandTheOpenWorkOfADeactivatedMediatorToAColleagueOrBackToTheCommittee() throws Exception {
        // two new mediators of 东村 with no case yet: the next 东村 case goes to the least busy, the first by id on a tie
        joinDongcun("a-dongcun-1", "钱多多");
        joinDongcun("a-dongcun-2", "孙小美");
        Long caseId = disputeService.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").id();
        String dispute = cases.findById(caseId).orElseThrow().getProcessInstanceId();
        Map<String, Object> variables = runtimeService.getVariables(dispute);
        taskService.complete(taskService.createTaskQuery().processInstanceId(dispute).singleResult().getId(),
                Map.of("accepted", "true", "disputeType", variables.get("disputeType"),
                        "riskLevel", variables.get("riskLevel"), "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
        Task preparation = taskService.createTaskQuery().processVariableValueEquals("caseId", caseId)
                .taskAssignee("a-dongcun-1").singleResult();
        assertThat(preparation).as("assigned to the least busy mediator").isNotNull();
        String caseNo = cases.findById(caseId).orElseThrow().getCaseNo();

        mvc.perform(get("/api/organization/mediators/a-dongcun-1/open-work").with(httpBasic("orgadmin", "orgadmin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].caseNo").value(caseNo))
                .andExpect(jsonPath("$[0].taskName").value(preparation.getName()));
        deactivate("a-dongcun-1", "{\"reassignTo\":\"traffic-mediator\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].message").value("接手的人须为同一调解组织的在职调解员"));
        assertThat(mediators.findById("a-dongcun-1").orElseThrow().isActive()).as("nothing changed").isTrue();
        deactivate("a-dongcun-1", "{\"reassignTo\":\"a-dongcun-1\"}").andExpect(status().isBadRequest());
        mvc.perform(post("/api/organization/mediators/a-dongcun-1/deactivation").with(httpBasic("mediator", "mediator")))
                .andExpect(status().isForbidden());

        deactivate("a-dongcun-1", "{\"reassignTo\":\"a-dongcun-2\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.moved[0].caseNo").value(caseNo));
        assertThat(taskService.createTaskQuery().taskId(preparation.getId()).singleResult().getAssignee())
                .isEqualTo("a-dongcun-2");
        assertThat(mediations.findFirstByCaseIdAndEndedAtIsNullOrderByIdDesc(caseId).orElseThrow().getMediatorId())
                .isEqualTo("a-dongcun-2");
        assertThat(mediators.findById("a-dongcun-1").orElseThrow().isActive()).isFalse();
        assertThat(identityService.createUserQuery().userId("a-dongcun-1").memberOfGroup("mediator-dongcun").count())
                .as("out of the committee's queue").isZero();
        mvc.perform(get("/api/organization/mediators/a-dongcun-1/open-work").with(httpBasic("orgadmin", "orgadmin")))
                .andExpect(status().isNotFound());

        deactivate("a-dongcun-2", null).andExpect(status().isOk());
        assertThat(taskService.createTaskQuery().taskId(preparation.getId()).singleResult().getAssignee())
                .as("back in 东村's queue").isNull();
        assertThat(taskService.createTaskQuery().taskId(preparation.getId()).taskCandidateGroup("mediator-dongcun")
                .count()).isOne();
        assertThat(mediations.findFirstByCaseIdAndEndedAtIsNullOrderByIdDesc(caseId).orElseThrow().getMediatorId())
                .isNull();

        mvc.perform(get("/api/disputes/" + caseId + "/timeline").with(httpBasic("intake", "intake")))
                .andExpect(jsonPath("$[?(@.type == 'MEDIATOR_ASSIGNED')].summary").value(org.hamcrest.Matchers.hasItems(
                        "调解员钱多多停用，改由孙小美承办", "调解员孙小美停用，退回mediator-dongcun待领取")));
        assertThat(consistency.run().mismatches()).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions deactivate(String userId, String body) throws Exception {
        var request = post("/api/organization/mediators/" + userId + "/deactivation").with(httpBasic("orgadmin", "orgadmin"));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private void joinDongcun(String userId, String name) {
        mediators.saveAndFlush(new Mediator(userId, name, "dongcun"));
        User user = identityService.newUser(userId);
        user.setFirstName(name.substring(1));
        user.setLastName(name.substring(0, 1));
        user.setPassword(userId + "-Passw0rd!");
        identityService.saveUser(user);
        identityService.createMembership(userId, "mediator-dongcun");
    }
}
