package cn.sandiao.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Open tasks past their due date, from the engine, joined to the case and grouped by office and rule. */
@IntegrationTest
class OverdueWorkTest {

    @Autowired MockMvc mvc;
    @Autowired Clock clock;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputes;
    @Autowired DisputeCaseRepository cases;
    @Autowired TaskService taskService;

    @Test
    void shouldListATriageLeftPastItsLimitUnderItsOfficeAndRuleForTheOfficesAboveIt() throws Exception {
        Long id = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").id();
        DisputeCase registered = cases.findById(id).orElseThrow();
        Task triage = taskService.createTaskQuery().processInstanceId(registered.getProcessInstanceId()).singleResult();
        triage.setDueDate(Date.from(ChinaTime.today(clock).minusDays(3).atTime(23, 59).atZone(ChinaTime.ZONE).toInstant()));
        taskService.saveTask(triage);

        JsonNode overdue = overdue("supervisor", "");
        JsonNode row = null;
        String organisation = null;
        for (JsonNode group : overdue.get("groups")) {
            for (JsonNode task : group.get("tasks")) {
                if (task.get("reference").asText().equals(registered.getCaseNo())) {
                    row = task;
                    organisation = group.get("organisation").asText();
                    assertThat(group.get("rule").asText()).isEqualTo("TRIAGE");
                    assertThat(group.get("ruleName").asText()).endsWith("期限");
                    assertThat(group.get("count").asInt()).isEqualTo(group.get("tasks").size());
                }
            }
        }
        assertThat(row).as("the late triage is listed").isNotNull();
        assertThat(row.get("daysOverdue").asLong()).isEqualTo(3);
        assertThat(row.get("regionName").asText()).isEqualTo("东村");
        assertThat(row.get("taskName").asText()).isEqualTo(triage.getName());
        assertThat(organisation).isEqualTo("和美县综治中心受理员");
        assertThat(overdue.get("total").asInt()).isGreaterThanOrEqualTo(1);

        // 乐安镇's office does not see 城关镇's late work
        assertThat(overdue("lean-supervisor", "").toString()).doesNotContain(registered.getCaseNo());
        assertThat(overdue("supervisor", "?region=990101002").toString()).doesNotContain(registered.getCaseNo());
        assertThat(overdue("stats", "?region=990101001001").toString()).contains(registered.getCaseNo());
    }

    private JsonNode overdue(String user, String query) throws Exception {
        return json.readTree(mvc.perform(get("/api/statistics/overdue" + query).with(httpBasic(user, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
