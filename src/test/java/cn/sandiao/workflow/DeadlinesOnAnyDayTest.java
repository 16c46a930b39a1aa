package cn.sandiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.mediation.MediationProcess;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionRepository;
import cn.sandiao.statistics.MonthlyReports;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.TestClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Due dates, reminders and the month a case is counted in follow China's day whatever the weekday and the hour:
 * a case registered and accepted at each moment of {@code AnyDay}, its limits counted from that day.
 */
@IntegrationTest
class DeadlinesOnAnyDayTest {

    @Autowired TestClock clock;
    @Autowired DisputeService disputes;
    @Autowired DisputeCaseRepository cases;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired BusinessCalendar calendar;
    @Autowired MonthlyReports reports;
    @Autowired RegionRepository regions;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cn.sandiao.support.AnyDay#everyDayOfAWeek")
    void shouldCountEveryLimitFromChinasDayAndTheCaseInChinasMonth(LocalDateTime now) {
        LocalDate today = now.toLocalDate(); // China's day, whatever UTC says at 07:30
        Region dongcun = regions.findById(DisputeRequests.DONGCUN).orElseThrow();
        YearMonth month = YearMonth.from(today);
        long registeredBefore = reports.live(month, dongcun).disputes().registered();
        long registeredMonthBefore = reports.live(month.minusMonths(1), dongcun).disputes().registered();
        clock.setTo(now);

        Long id = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").id();
        ProcessInstance dispute = runtimeService.createProcessInstanceQuery()
                .processInstanceId(cases.findById(id).orElseThrow().getProcessInstanceId()).singleResult();
        Task triage = taskService.createTaskQuery().processInstanceId(dispute.getId()).singleResult();
        assertThat(triage.getDueDate()).isEqualTo(DueDates.endOf(calendar.due(DeadlineRule.TRIAGE, today)));
        assertThat(cases.findById(id).orElseThrow().getTriageDue()).isEqualTo(calendar.due(DeadlineRule.TRIAGE, today));

        Map<String, Object> suggested = runtimeService.getVariables(dispute.getId());
        taskService.complete(triage.getId(), Map.of("accepted", "true", "disputeType", suggested.get("disputeType"),
                "riskLevel", suggested.get("riskLevel"), "channel", "PEOPLE", "mediationLevel", "VILLAGE"));

        ProcessInstance mediation = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(dispute.getId()).singleResult();
        Task preparation = taskService.createTaskQuery().processInstanceId(mediation.getId()).singleResult();
        assertThat(preparation.getTaskDefinitionKey()).isEqualTo(MediationProcess.TASK_PREPARE);
        LocalDate due = calendar.due(DeadlineRule.PEOPLE_MEDIATION, today);
        assertThat(preparation.getDueDate()).isEqualTo(DueDates.endOf(due));
        // the supervisor's reminder: the morning five days before the last day; 督办 once the last day has passed
        assertThat(managementService.createJobQuery().processInstanceId(mediation.getId())
                .activityId("StartEvent_ReminderDue").singleResult().getDuedate())
                .isEqualTo(DueDates.morningOf(due.minusDays(5)));
        assertThat(managementService.createJobQuery().processInstanceId(mediation.getId())
                .activityId("StartEvent_MediationOverdue").singleResult().getDuedate())
                .isEqualTo(DueDates.endOf(due));

        assertThat(reports.live(month, dongcun).disputes().registered()).isEqualTo(registeredBefore + 1);
        assertThat(reports.live(month.minusMonths(1), dongcun).disputes().registered())
                .isEqualTo(registeredMonthBefore);
    }
}
