package cn.sandiao.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.TestClock;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The supervisor's case view ({@code GET /api/supervision/cases}): the running cases of the supervisor's offices with
 * their open steps, holders and due dates, overdue by the business calendar's due date and the application's clock,
 * sorted, filtered and paged, for supervisors and administrators only.
 */
@IntegrationTest
class SupervisedCasesTest {

    static final String NANCUN = "990101002001";
    static final String LEAN_TOWNSHIP = "990101002";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputes;
    @Autowired DisputeCaseRepository cases;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired BusinessCalendar calendar;
    @Autowired TestClock testClock;
    @Autowired Clock clock;

    @Test
    void shouldListACaseWithItsPartiesVillageStepHolderAndDueDateWithoutPersonalNumbers() throws Exception {
        DisputeViews.Registered registered = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN),
                "intake");
        DisputeCase stored = cases.findById(registered.id()).orElseThrow();
        LocalDate registeredOn = LocalDate.ofInstant(stored.getRegisteredAt(), BusinessCalendar.ZONE);

        JsonNode row = find("supervisor", "", registered.caseNo());
        assertThat(row).as("the county's supervisor sees the case").isNotNull();
        assertThat(row.get("id").asLong()).isEqualTo(registered.id());
        assertThat(row.get("statusLabel").asText()).isEqualTo("待受理审查");
        assertThat(row.get("typeLabel").asText()).isEqualTo("邻里纠纷");
        assertThat(row.get("village").asText()).isEqualTo("东村");
        assertThat(row.get("township").asText()).isEqualTo("城关镇");
        assertThat(row.get("parties").findValuesAsText("name")).containsExactly("张三", "李四");
        assertThat(row.get("parties").findValuesAsText("roleLabel")).containsExactly("申请人", "被申请人");
        assertThat(row.get("registeredOn").asText()).isEqualTo(registeredOn.toString());
        JsonNode step = row.get("steps").get(0);
        assertThat(row.get("steps")).hasSize(1);
        assertThat(step.get("name").asText()).isEqualTo("受理审查与分流");
        assertThat(step.get("holder").asText()).as("unclaimed: the offices it is offered to, by name")
                .isEqualTo("和美县综治中心受理员、城关镇综治中心受理员");
        LocalDate due = calendar.due(DeadlineRule.TRIAGE, registeredOn);
        assertThat(row.get("due").asText()).isEqualTo(due.toString());
        assertThat(step.get("due").asText()).isEqualTo(due.toString());
        assertThat(row.get("overdue").asBoolean()).isFalse();
        assertThat(row.get("cockpitLink").asText())
                .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + stored.getProcessInstanceId() + "/runtime");
        assertThat(row.get("timelineLink").asText()).isEqualTo("/api/disputes/" + registered.id() + "/timeline");
        assertThat(row.toString()).as("no ID number or phone in the list")
                .doesNotContain(DisputeRequests.APPLICANT_ID, DisputeRequests.RESPONDENT_ID, "13800138000", "86001234");

        // claimed: its holder by name, family name first
        Task triage = taskService.createTaskQuery().processInstanceId(stored.getProcessInstanceId()).singleResult();
        taskService.claim(triage.getId(), "intake");
        assertThat(find("supervisor", "", registered.caseNo()).get("steps").get(0).get("holder").asText())
                .isEqualTo("张受理");
    }

    @Test
    void shouldShowEachOfficeOnlyItsOwnCasesAndOnlyToSupervisorsAndAdministrators() throws Exception {
        String chengguan = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").caseNo();
        String lean = disputes.register(DisputeRequests.neighbourDispute(NANCUN), "lean-intake").caseNo();

        assertThat(find("supervisor", "", chengguan)).isNotNull();
        assertThat(find("supervisor", "", lean)).isNotNull();
        assertThat(find("demo", "", lean)).as("the Camunda administrator sees every case").isNotNull();
        assertThat(find("lean-supervisor", "", lean)).isNotNull();
        assertThat(find("lean-supervisor", "", chengguan)).as("乐安镇's office does not see 城关镇's case").isNull();
        for (JsonNode row : all("lean-supervisor", "")) {
            assertThat(row.get("regionCode").asText()).startsWith(LEAN_TOWNSHIP);
        }
        JsonNode refused = answer("lean-supervisor", "?region=" + DisputeRequests.CHENGGUAN_TOWNSHIP, status().isForbidden());
        assertThat(refused.get("message").asText()).isEqualTo("无权查看该地区的案件：城关镇");

        for (String notSupervisor : List.of("intake", "mediator", "stats", "leader", "court")) {
            JsonNode answer = answer(notSupervisor, "", status().isForbidden());
            assertThat(answer.get("message").asText()).isEqualTo("您所在的岗位无权执行此操作");
        }
        mvc.perform(get("/api/supervision/cases")).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldMarkACaseOverdueFromTheDayAfterItsDueDateByTheBusinessCalendar() throws Exception {
        DisputeViews.Registered registered = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.XICUN),
                "intake");
        LocalDate registeredOn = LocalDate.ofInstant(cases.findById(registered.id()).orElseThrow().getRegisteredAt(),
                BusinessCalendar.ZONE);
        LocalDate due = calendar.due(DeadlineRule.TRIAGE, registeredOn);

        testClock.setTo(due.atTime(23, 30)); // the last evening of the limit: not yet overdue
        JsonNode onTheDay = find("supervisor", "", registered.caseNo());
        assertThat(onTheDay.get("overdue").asBoolean()).isFalse();
        assertThat(onTheDay.get("daysOverdue").asLong()).isZero();
        assertThat(find("supervisor", "?overdue=true", registered.caseNo())).isNull();
        assertThat(find("supervisor", "?overdue=false", registered.caseNo())).isNotNull();

        testClock.setTo(due.plusDays(1).atTime(0, 5)); // just after midnight in China (the day before in UTC)
        JsonNode nextMorning = find("supervisor", "", registered.caseNo());
        assertThat(nextMorning.get("overdue").asBoolean()).isTrue();
        assertThat(nextMorning.get("daysOverdue").asLong()).isEqualTo(1);

        LocalDateTime later = due.plusDays(9).atTime(10, 0);
        testClock.setTo(later);
        JsonNode row = find("supervisor", "?overdue=true", registered.caseNo());
        assertThat(row).as("listed among the overdue cases").isNotNull();
        assertThat(row.get("daysOverdue").asLong()).isEqualTo(ChronoUnit.DAYS.between(due, later.toLocalDate()))
                .isEqualTo(9);
        assertThat(row.get("steps").get(0).get("overdue").asBoolean()).isTrue();
        assertThat(find("supervisor", "?overdue=false", registered.caseNo())).isNull();
        JsonNode page = answer("supervisor", "?overdue=true&size=1", status().isOk());
        assertThat(page.get("today").asText()).isEqualTo(later.toLocalDate().toString());
        assertThat(page.get("overdueCases").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldSortByDueDateOrRegistrationInEitherDirection() throws Exception {
        // the first case registered ten days ago: registered earlier and due earlier than the second
        testClock.setTo(LocalDateTime.now(clock).minusDays(10));
        String earlier = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").caseNo();
        testClock.reset();
        String later = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").caseNo();
        // a third, registered last, whose step is due before both (a due date the system set, as a moved holiday would)
        String dueFirst = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").caseNo();
        Task step = taskService.createTaskQuery().processInstanceBusinessKey(dueFirst).singleResult();
        step.setDueDate(java.util.Date.from(LocalDateTime.now(clock).minusDays(30).atZone(BusinessCalendar.ZONE).toInstant()));
        taskService.saveTask(step);

        assertThat(order("", earlier, later, dueFirst)).as("by due date, the earliest first (the default)")
                .containsExactly(dueFirst, earlier, later);
        assertThat(order("?sort=due&direction=desc", earlier, later, dueFirst)).containsExactly(later, earlier, dueFirst);
        assertThat(order("?sort=registered", earlier, later, dueFirst)).as("by registration, the newest first")
                .containsExactly(dueFirst, later, earlier);
        assertThat(order("?sort=registered&direction=asc", earlier, later, dueFirst))
                .containsExactly(earlier, later, dueFirst);

        List<JsonNode> byDue = all("supervisor", "");
        for (int i = 1; i < byDue.size(); i++) {
            // a case whose open step has no due date (协议书签署: the law sets none) has none
            JsonNode before = byDue.get(i - 1).path("due");
            JsonNode after = byDue.get(i).path("due");
            if (!after.isNull() && !after.isMissingNode()) {
                assertThat(before.isNull() || before.isMissingNode()).as("cases without a due date last").isFalse();
                assertThat(before.asText()).isLessThanOrEqualTo(after.asText());
            }
        }
    }

    @Test
    void shouldFilterByStatusTypeAndVillageAndPage() throws Exception {
        DisputeViews.Registered waiting = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN),
                "intake");
        DisputeViews.Registered mediating = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN),
                "intake");
        accept(mediating.id());
        DisputeViews.Registered xicun = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.XICUN),
                "intake");

        JsonNode row = find("supervisor", "?status=MEDIATING", mediating.caseNo());
        assertThat(row.get("statusLabel").asText()).isEqualTo("调解中");
        JsonNode preparation = row.get("steps").get(0);
        assertThat(preparation.get("name").asText()).isEqualTo("调解准备");
        String mediatorName = identityService.createUserQuery().userId("mediator").singleResult().getFirstName();
        assertThat(preparation.get("holder").asText()).isEqualTo(mediatorName);
        String mediationInstance = taskService.createTaskQuery().taskId(preparation.get("taskId").asText()).singleResult()
                .getProcessInstanceId();
        assertThat(preparation.get("cockpitLink").asText()).as("the step's own instance: the mediation it called")
                .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + mediationInstance + "/runtime");
        assertThat(row.get("cockpitLink").asText()).contains(cases.findById(mediating.id()).orElseThrow()
                .getProcessInstanceId());
        assertThat(find("supervisor", "?status=MEDIATING", waiting.caseNo())).isNull();
        assertThat(find("supervisor", "?status=REGISTERED", waiting.caseNo())).isNotNull();
        for (JsonNode mediatingRow : all("supervisor", "?status=MEDIATING")) {
            assertThat(mediatingRow.get("status").asText()).isEqualTo("MEDIATING");
        }

        assertThat(find("supervisor", "?region=" + DisputeRequests.XICUN, xicun.caseNo())).isNotNull();
        assertThat(find("supervisor", "?region=" + DisputeRequests.XICUN, waiting.caseNo()))
                .as("the village filter leaves out 东村's case").isNull();
        assertThat(find("supervisor", "?region=" + DisputeRequests.CHENGGUAN_TOWNSHIP, waiting.caseNo()))
                .as("a township takes its villages").isNotNull();
        for (JsonNode village : all("supervisor", "?region=" + DisputeRequests.XICUN)) {
            assertThat(village.get("village").asText()).isEqualTo("西村");
        }
        assertThat(find("supervisor", "?type=NEIGHBOUR", xicun.caseNo())).isNotNull();
        assertThat(find("supervisor", "?type=LABOUR", xicun.caseNo())).isNull();

        JsonNode first = answer("supervisor", "?size=2&page=0", status().isOk());
        assertThat(first.get("content")).hasSize(2);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(first.get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("totalPages").asInt()).isEqualTo((first.get("totalElements").asInt() + 1) / 2);
        JsonNode second = answer("supervisor", "?size=2&page=1", status().isOk());
        assertThat(second.get("content").get(0).get("id")).isNotEqualTo(first.get("content").get(0).get("id"))
                .isNotEqualTo(first.get("content").get(1).get("id"));
    }

    @Test
    void shouldRefuseABadFilterInChinese() throws Exception {
        Map<String, String> bad = Map.of(
                "status=OPEN", "案件状态无效：OPEN（可选：REGISTERED 待受理审查、MEDIATING 调解中、CLOSED 已结案）",
                "type=FIGHT", "纠纷类型无效：FIGHT",
                "region=东村", "区划代码应为6至12位数字：东村",
                "region=990199", "未知的地区代码：990199",
                "overdue=maybe", "是否逾期只能是 true（只看已逾期的案件）或 false（只看未逾期的案件）：maybe",
                "sort=name", "排序只能是 due（按到期日）或 registered（按登记时间）：name",
                "direction=up", "排序方向只能是 asc（升序）或 desc（降序）：up",
                "size=0", "每页条数应在1至200之间：0",
                "page=x", "应为整数：x");
        for (Map.Entry<String, String> entry : bad.entrySet()) {
            JsonNode answer = answer("supervisor", "?" + entry.getKey(), status().isBadRequest());
            assertThat(answer.get("status").asInt()).isEqualTo(400);
            String field = entry.getKey().substring(0, entry.getKey().indexOf('='));
            assertThat(answer.get("fieldErrors").get(0).get("field").asText()).isEqualTo(field);
            assertThat(answer.get("fieldErrors").get(0).get("message").asText()).startsWith(entry.getValue());
        }
        JsonNode both = answer("supervisor", "?status=OPEN&sort=name", status().isBadRequest());
        assertThat(both.get("fieldErrors").findValuesAsText("field")).containsExactlyInAnyOrder("status", "sort");
    }

    @Test
    void shouldTellThePageWhoIsLoggedIn() throws Exception {
        JsonNode anonymous = json.readTree(mvc.perform(get("/api/supervision/session")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(anonymous.get("loggedIn").asBoolean()).isFalse();
        JsonNode supervisor = session("lean-supervisor");
        assertThat(supervisor.get("loggedIn").asBoolean()).isTrue();
        assertThat(supervisor.get("supervisor").asBoolean()).isTrue();
        assertThat(supervisor.get("administrator").asBoolean()).isFalse();
        assertThat(session("demo").get("administrator").asBoolean()).isTrue();
        assertThat(session("mediator").get("supervisor").asBoolean()).isFalse();
        mvc.perform(get("/api/supervision/login").with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isSeeOther());
        mvc.perform(get("/api/supervision/login")).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldServeThePageToAnyoneUnderTheScriptPolicy() throws Exception {
        String page = mvc.perform(get("/cases.html"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<title>案件督导").contains("<script src=\"/cases/cases.js\" defer></script>")
                .doesNotContainPattern("<script>|<script(?![^>]*\\bsrc=)[^>]*>");
        mvc.perform(get("/cases/cases.js")).andExpect(status().isOk());
    }

    /** A page of 50 costs a fixed number of queries, whatever the number of cases: timed roughly. */
    @Test
    void shouldAnswerAFullPageQuickly() throws Exception {
        for (int i = 0; i < 50; i++) {
            disputes.register(DisputeRequests.neighbourDispute(i % 2 == 0 ? DisputeRequests.DONGCUN : NANCUN), "intake");
        }
        answer("supervisor", "?size=50", status().isOk()); // warmed up
        long start = System.nanoTime();
        JsonNode page = answer("supervisor", "?size=50", status().isOk());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("supervision: a page of %d of %d running cases in %d ms%n", page.get("content").size(),
                page.get("totalElements").asLong(), millis);
        assertThat(page.get("content")).hasSize(50);
        assertThat(millis).isLessThan(3000);
    }

    private void accept(Long caseId) {
        String instance = cases.findById(caseId).orElseThrow().getProcessInstanceId();
        Task triage = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        Map<String, Object> suggested = runtimeService.getVariables(instance);
        taskService.complete(triage.getId(), Map.of("accepted", "true", "disputeType", suggested.get("disputeType"),
                "riskLevel", suggested.get("riskLevel"), "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
    }

    private List<String> order(String query, String... caseNos) throws Exception {
        List<String> wanted = List.of(caseNos);
        return all("supervisor", query).stream().map(row -> row.get("caseNo").asText()).filter(wanted::contains)
                .toList();
    }

    /** The case's row as {@code user} finds it on any page of the list, or null. */
    private JsonNode find(String user, String query, String caseNo) throws Exception {
        return all(user, query).stream().filter(row -> row.get("caseNo").asText().equals(caseNo)).findFirst()
                .orElse(null);
    }

    /** Every row of every page, in order. */
    private List<JsonNode> all(String user, String query) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        String joiner = query.isEmpty() ? "?" : "&";
        for (int page = 0; ; page++) {
            JsonNode answer = answer(user, query + joiner + "size=200&page=" + page, status().isOk());
            answer.get("content").forEach(rows::add);
            if (page + 1 >= answer.get("totalPages").asInt()) {
                return rows;
            }
        }
    }

    private JsonNode answer(String user, String query, ResultMatcher expected) throws Exception {
        return json.readTree(mvc.perform(get("/api/supervision/cases" + query).with(httpBasic(user, user)))
                .andExpect(expected).andReturn().getResponse().getContentAsString());
    }

    private JsonNode session(String user) throws Exception {
        return json.readTree(mvc.perform(get("/api/supervision/session").with(httpBasic(user, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
