package cn.sandiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The yearly holiday calendar: read by anyone, loaded by the Camunda administrators with its source, validated,
 * versioned, and moving the open deadlines it changes. Years 2031 and 2032 below are made-up test schedules
 * (no such notice exists); the product ships only published notices.
 */
@IntegrationTest
class HolidayCalendarApiTest {

    @Autowired MockMvc mvc;
    @Autowired BusinessCalendar calendar;
    @Autowired HolidayCalendars calendars;
    @Autowired DisputeService disputes;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;

    private static final String TEST_SCHEDULE_2032 = """
            {"source": {"title": "测试用节假日安排（并非真实通知）", "number": "", "published": "2031-11-01"},
             "holidays": [{"name": "元旦", "from": "2031-12-31", "to": "2032-01-02"},
                          {"name": "国庆节", "from": "2032-10-01", "to": "2032-10-07"}],
             "adjustedWorkingDays": [{"date": "2032-10-09", "name": "国庆节调休上班"}]}""";

    @Test
    void shouldShowTheShippedYearWithItsSourceToAnyUser() throws Exception {
        mvc.perform(get("/api/calendar/2026").with(httpBasic("mediator", "mediator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.loaded").value(true))
                .andExpect(jsonPath("$.source.title").value("国务院办公厅关于2026年部分节假日安排的通知"))
                .andExpect(jsonPath("$.source.published").value("2025-11-04"))
                .andExpect(jsonPath("$.holidays.length()").value(7))
                .andExpect(jsonPath("$.holidays[6].name").value("国庆节"))
                .andExpect(jsonPath("$.adjustedWorkingDays[1].date").value("2026-02-14"))
                .andExpect(jsonPath("$.loadedBy").value("system"));
        mvc.perform(get("/api/calendar/2030").with(httpBasic("mediator", "mediator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.loaded").value(false))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("尚未载入")));
        mvc.perform(get("/api/calendar/2026")).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldLetOnlyTheAdministratorLoadAYearAndKeepEveryVersion() throws Exception {
        mvc.perform(put("/api/calendar/2032").with(httpBasic("supervisor", "supervisor"))
                        .contentType(MediaType.APPLICATION_JSON).content(TEST_SCHEDULE_2032))
                .andExpect(status().isForbidden());
        assertThat(calendar.isComplete(2032)).isFalse();

        mvc.perform(put("/api/calendar/2032").with(httpBasic("demo", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(TEST_SCHEDULE_2032))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.loadedBy").value("demo"));
        assertThat(calendar.isComplete(2032)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 12, 31))).isFalse(); // 元旦 begins the year before
        assertThat(calendar.isWorkingDay(LocalDate.of(2032, 10, 9))).isTrue();   // a Saturday worked

        mvc.perform(put("/api/calendar/2032").with(httpBasic("demo", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(TEST_SCHEDULE_2032.replace("2032-10-07", "2032-10-08")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.versions").value(2));
        assertThat(calendar.isWorkingDay(LocalDate.of(2032, 10, 8))).isFalse();
    }

    @Test
    void shouldRefuseAScheduleThatContradictsItselfAndStoreNothing() throws Exception {
        String bad = """
                {"source": {"title": "", "published": "2031-11-01"},
                 "holidays": [{"name": "国庆节", "from": "2031-10-01", "to": "2031-10-07"},
                              {"name": "", "from": "2031-05-01", "to": "2031-05-03"}],
                 "adjustedWorkingDays": [{"date": "2031-10-03", "name": "国庆节调休上班"}]}""";
        mvc.perform(put("/api/calendar/2031").with(httpBasic("demo", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'source.title')].message").value("请填写通知名称"))
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'holidays[1].name')].message").value("请填写节日名称"));

        String contradictory = bad.replace("\"title\": \"\"", "\"title\": \"测试\"").replace("\"name\": \"\"", "\"name\": \"劳动节\"")
                .replace("2031-10-07", "2031-10-06").replace("2031-05-03", "2032-05-03");
        mvc.perform(put("/api/calendar/2031").with(httpBasic("demo", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(contradictory))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'holidays[1]')].message").value("劳动节的日期不在2031年内"))
                .andExpect(jsonPath("$.fieldErrors[?(@.field == 'adjustedWorkingDays[0].date')].message")
                        .value("2031-10-03不能既是国庆节假期又是调休上班日"));
        assertThat(calendars.versions(2031)).isZero();
        assertThat(calendar.isComplete(2031)).isFalse();
    }

    /** Work open over a year whose schedule arrives: its last day, task and timers move, and the case says so. */
    @Test
    void shouldMoveTheOpenDeadlinesThatANewScheduleChanges() throws Exception {
        var registered = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");
        String caseNo = registered.caseNo();
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
        taskService.complete(triage.getId(), Map.of("accepted", "true", "disputeType", "NEIGHBOUR",
                "riskLevel", "GENERAL", "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
        Task preparation = taskService.createTaskQuery().processVariableValueEquals("caseNo", caseNo).singleResult();
        Long mediationId = (Long) runtimeService.getVariable(preparation.getProcessInstanceId(), "mediationId");

        // as if accepted on Monday 2031-09-01: one month, 2031 not loaded, ends Wednesday 2031-10-01
        jdbc.update("update mediation set accepted_on = ?, due_on = ? where id = ?",
                LocalDate.of(2031, 9, 1), LocalDate.of(2031, 10, 1), mediationId);
        preparation.setDueDate(DueDates.endOf(LocalDate.of(2031, 10, 1)));
        taskService.saveTask(preparation);
        managementService.setJobDuedate(managementService.createJobQuery().processInstanceId(preparation.getProcessInstanceId())
                .activityId("StartEvent_MediationOverdue").singleResult().getId(), DueDates.endOf(LocalDate.of(2031, 10, 1)));
        // and a case registered on Tuesday 2031-09-30, its triage due the next day
        var waiting = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");
        jdbc.update("update dispute_case set registered_at = ?, triage_due = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.parse("2031-09-30T02:00:00Z")), LocalDate.of(2031, 10, 1),
                waiting.id());
        Task waitingTriage = taskService.createTaskQuery().processInstanceBusinessKey(waiting.caseNo()).singleResult();
        waitingTriage.setDueDate(DueDates.endOf(LocalDate.of(2031, 10, 1)));
        taskService.saveTask(waitingTriage);
        // and a 重大 case whose leader's weekly round was raised on 2031-09-30, due a week later
        var major = disputes.register(DisputeRequests.of(cn.sandiao.dispute.DisputeType.LAND_CONTRACT,
                DisputeRequests.XICUN, new java.math.BigDecimal("600000"), 2, false), "intake");
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(major.caseNo()).singleResult().getId(),
                Map.of("accepted", "true", "disputeType", "LAND_CONTRACT", "riskLevel", "MAJOR", "channel", "PEOPLE",
                        "mediationLevel", "COUNTY"));
        Task round = taskService.createTaskQuery().processInstanceBusinessKey(major.caseNo())
                .taskDefinitionKey("Task_LeaderInstruction").singleResult();
        jdbc.update("update ACT_RU_TASK set CREATE_TIME_ = ?, DUE_DATE_ = ? where ID_ = ?",
                java.sql.Timestamp.from(java.time.Instant.parse("2031-09-30T02:00:00Z")),
                new java.sql.Timestamp(DueDates.endOf(LocalDate.of(2031, 10, 7)).getTime()), round.getId());

        mvc.perform(put("/api/calendar/2031").with(httpBasic("demo", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"source": {"title": "测试用节假日安排（并非真实通知）", "published": "2030-11-01"},
                                 "holidays": [{"name": "国庆节", "from": "2031-10-01", "to": "2031-10-07"}]}"""))
                .andExpect(status().isOk());

        assertThat(jdbc.queryForObject("select due_on from mediation where id = ?", LocalDate.class, mediationId))
                .isEqualTo(LocalDate.of(2031, 10, 8)); // 国庆节 1–7 October: the next working day
        assertThat(taskService.createTaskQuery().taskId(preparation.getId()).singleResult().getDueDate())
                .isEqualTo(DueDates.endOf(LocalDate.of(2031, 10, 8)));
        assertThat(managementService.createJobQuery().processInstanceId(preparation.getProcessInstanceId())
                .activityId("StartEvent_MediationOverdue").singleResult().getDuedate())
                .isEqualTo(DueDates.endOf(LocalDate.of(2031, 10, 8)));
        assertThat(disputes.timeline(registered.id()))
                .anySatisfy(e -> assertThat(e.detail()).contains("由2031年10月1日调整为2031年10月8日",
                        "任务调解准备的到期日随之调整", "2031年节假日安排第1版载入"));
        assertThat(taskService.createTaskQuery().taskId(waitingTriage.getId()).singleResult().getDueDate())
                .isEqualTo(DueDates.endOf(LocalDate.of(2031, 10, 8)));
        assertThat(taskService.createTaskQuery().taskId(round.getId()).singleResult().getDueDate())
                .isEqualTo(DueDates.endOf(LocalDate.of(2031, 10, 8)));
        assertThat(disputes.timeline(major.id()))
                .anySatisfy(e -> assertThat(e.summary()).isEqualTo("节假日安排变更，包案领导督导期限调整"));
        assertThat(disputes.timeline(waiting.id())).anySatisfy(e -> {
            assertThat(e.summary()).isEqualTo("节假日安排变更，受理审查期限调整");
            assertThat(e.actor()).isEqualTo("demo");
        });
    }
}
