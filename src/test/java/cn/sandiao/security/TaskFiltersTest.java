package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The Tasklist filters each role finds, and what they list, read through the engine's REST API as Tasklist does. */
@IntegrationTest
class TaskFiltersTest {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputes;
    @Autowired TaskService taskService;
    @Autowired FilterService filterService;
    @Autowired AuthorizationService authorizationService;
    @Autowired AccessSetup accessSetup;
    @Autowired TestClock clock;

    @Test
    void shouldGiveEveryRoleItsFiltersInChineseSortedByDueDate() throws Exception {
        assertThat(filterNames("mediator")).containsExactly("我的待办", "本组待领", "三日内到期", "已逾期");
        assertThat(filterNames("intake")).containsExactly("我的待办", "本组待领", "三日内到期", "已逾期");
        assertThat(filterNames("supervisor")).containsExactly("我的待办", "本组待领", "三日内到期", "已逾期");
        JsonNode supervisorsOverdue = filter("supervisor", "已逾期");
        assertThat(supervisorsOverdue.at("/properties/description").asText()).contains("本机构所有");
        assertThat(supervisorsOverdue.at("/query/sorting/0/sortBy").asText()).isEqualTo("dueDate");
        assertThat(supervisorsOverdue.at("/properties/variables").findValuesAsText("label"))
                .containsExactly("案号", "当事人", "纠纷类型", "村（社区）");

        long before = filterService.createFilterQuery().count();
        accessSetup.setUp();
        assertThat(filterService.createFilterQuery().count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cn.sandiao.support.AnyDay#everyDayOfAWeek")
    void shouldListWorkDueWithinThreeDaysAndOverdueWorkForItsWorkerAndItsOfficesSupervisorsOnly(LocalDateTime now)
            throws Exception {
        clock.setTo(now);
        LocalDate today = now.toLocalDate();
        String caseNo = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").caseNo();
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();

        // due in one working day: Friday's and the weekend's triage is due on Monday, within three days
        LocalDate nextWorkingDay = Stream.iterate(today.plusDays(1), day -> day.plusDays(1))
                .filter(day -> day.getDayOfWeek().getValue() <= 5).findFirst().orElseThrow();
        assertThat(triage.getDueDate()).isEqualTo(endOf(nextWorkingDay));
        assertThat(listed("intake", "三日内到期")).contains(caseNo);
        assertThat(listed("intake", "已逾期")).doesNotContain(caseNo);

        dueAt(triage, endOf(today.plusDays(3)));  // the third day from today still counts
        assertThat(listed("intake", "三日内到期")).contains(caseNo);
        dueAt(triage, endOf(today.plusDays(4)));
        assertThat(listed("intake", "三日内到期")).doesNotContain(caseNo);
        dueAt(triage, endOf(today));               // due tonight: not overdue yet
        assertThat(listed("intake", "已逾期")).doesNotContain(caseNo);

        dueAt(triage, endOf(today.minusDays(1)));
        assertThat(listed("intake", "已逾期")).contains(caseNo);
        assertThat(listed("supervisor", "已逾期")).contains(caseNo);       // the county's supervisor
        assertThat(listed("lean-supervisor", "已逾期")).doesNotContain(caseNo); // another township's
        assertThat(listed("mediator", "已逾期")).doesNotContain(caseNo);   // not the mediator's work (yet)
    }

    private void dueAt(Task task, Date due) {
        task.setDueDate(due);
        taskService.saveTask(task);
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59).atZone(ChinaTime.ZONE).toInstant());
    }

    @Test
    void shouldLetSupervisorsReadButNotWorkTheirOfficesTasks() {
        String caseNo = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").caseNo();
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();

        ResponseEntity<String> claim = rest.withBasicAuth("supervisor", "supervisor").postForEntity(
                "/engine-rest/task/" + triage.getId() + "/claim", Map.of("userId", "supervisor"), String.class);
        assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        taskService.complete(triage.getId(), Map.of("accepted", "false", "declineReason", "已起诉",
                "declineRoute", "LITIGATION_OR_ARBITRATION"));
        // the task's grants go with it
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(triage.getId()).count()).isZero();
    }

    private List<String> filterNames(String user) throws Exception {
        return StreamSupport.stream(get(user, "/engine-rest/filter?resourceType=Task").spliterator(), false)
                .sorted(java.util.Comparator.comparingInt(f -> f.at("/properties/priority").asInt()))
                .map(f -> f.get("name").asText()).toList();
    }

    private JsonNode filter(String user, String name) throws Exception {
        for (JsonNode filter : get(user, "/engine-rest/filter?resourceType=Task")) {
            if (filter.get("name").asText().equals(name)) {
                return get(user, "/engine-rest/filter/" + filter.get("id").asText());
            }
        }
        throw new AssertionError(user + " has no filter " + name);
    }

    /** The business keys (case numbers) of the tasks a filter lists for a user. */
    private List<String> listed(String user, String name) throws Exception {
        String id = filter(user, name).get("id").asText();
        List<String> instanceIds = StreamSupport.stream(get(user, "/engine-rest/filter/" + id + "/list").spliterator(), false)
                .map(task -> task.get("processInstanceId").asText()).toList();
        return instanceIds.stream().map(pid -> taskService.createTaskQuery().processInstanceId(pid).list().stream()
                .findFirst().map(t -> (String) taskService.getVariable(t.getId(), "caseNo")).orElse("")).toList();
    }

    private JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> answer = rest.withBasicAuth(user, user).getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }
}
