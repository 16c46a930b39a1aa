package cn.sandiao.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeSource;
import cn.sandiao.support.MeasuresCoverage;
import cn.sandiao.support.ProcessTest;
import cn.sandiao.support.TestClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code screening_round} (a round recorded through its Tasklist start form, as a committee's mediator or intake submits
 * it) and {@code screening_reminder} (a missed month's task, answered with a reason or ended by the round recorded
 * late). Both are measured here.
 */
@ProcessTest({ScreeningRoundProcess.KEY, ScreeningReminderProcess.KEY})
class ScreeningProcessTest implements MeasuresCoverage {

    @Autowired FormService formService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;
    @Autowired DisputeService disputes;
    @Autowired ScreeningRounds rounds;
    @Autowired ScreeningReminders reminders;
    @Autowired ScreeningProperties properties;
    @Autowired TestClock clock;

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void shouldRecordARoundTypedIntoTheStartForm() {
        LocalDate today = ChinaTime.today(clock);
        String caseNo = disputes.register(DisputeRequests.fromSource(DisputeSource.GRID_SCREENING), "intake").caseNo();
        Map<String, Object> values = form("dongcun", today, "SPECIAL_CAMPAIGN", 3);
        values.put("finding1Description", "专项排查发现宅基地纠纷");
        values.put("finding1Outcome", "REGISTERED");
        values.put("finding1CaseNo", caseNo);
        values.put("finding2Description", "两户因鸡鸭啄食菜地争吵");
        values.put("finding2Outcome", "SETTLED_ON_SPOT");
        values.put("finding2SettledNote", "网格员当场劝和，约定圈养");
        values.put("finding3Description", "两兄弟为赡养老人分摊费用有怨言");
        values.put("finding3Outcome", "PREVENTED");
        values.put("finding3SettledNote", "网格员上门讲明赡养义务，兄弟商定轮流照顾");

        ProcessInstance instance = submit("intake", List.of("intake"), values);

        assertThat(instance).isEnded().hasPassed(ScreeningRoundProcess.TASK_RECORD, ScreeningRoundProcess.END_RECORDED);
        Long roundId = (Long) historicVariable(instance, ScreeningRoundProcess.VAR_ROUND_ID);
        ScreeningRounds.RoundView round = rounds.get(roundId);
        assertThat(round.kindLabel()).isEqualTo("专项排查");
        assertThat(round.recordedBy()).isEqualTo("intake");
        assertThat(round.findings()).extracting(ScreeningRounds.FindingView::caseNo).containsExactly(caseNo, null, null);
        assertThat(round.findings()).extracting(ScreeningRounds.FindingView::outcome)
                .containsExactly(FindingOutcome.REGISTERED, FindingOutcome.SETTLED_ON_SPOT, FindingOutcome.PREVENTED);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void shouldLetAMediatorRecordItsOwnCommitteesRoundAndNameTheFormsFieldInARefusal() {
        LocalDate today = ChinaTime.today(clock);
        long stored = jdbc.queryForObject("select count(*) from screening_round", Long.class);
        Map<String, Object> values = form(null, today, "ROUTINE", 1);
        values.put("finding1Description", "邻里因排水沟堵塞争吵");
        values.put("finding1Outcome", "SETTLED_ON_SPOT");

        assertThatThrownBy(() -> submit("mediator", List.of("mediator-dongcun"), values))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .rootCause().satisfies(refused -> assertThat(((InvalidInputException) refused).problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo("finding1SettledNote");
                            assertThat(p.message()).isEqualTo("请填写当场化解的情况");
                        }));
        assertThat(jdbc.queryForObject("select count(*) from screening_round", Long.class)).isEqualTo(stored);

        values.put("finding1SettledNote", "调委会主任到场疏通，双方和解");
        ProcessInstance instance = submit("mediator", List.of("mediator-dongcun"), values);
        assertThat(instance).isEnded().hasPassed(ScreeningRoundProcess.END_RECORDED);
        assertThat(rounds.get((Long) historicVariable(instance, ScreeningRoundProcess.VAR_ROUND_ID)).committeeCode())
                .isEqualTo("dongcun");
    }

    @Test
    void shouldEndAReminderWithTheCommitteesReasonOrWithTheRoundRecordedLate() {
        // a month no other test records rounds in, after the one rounds began to be expected in
        YearMonth missed = YearMonth.from(ChinaTime.today(clock)).plusMonths(3);
        clock.setTo(missed.plusMonths(1).atDay(1).plusDays(properties.remindAfterDays()).atTime(9, 0));
        reminders.remind(ChinaTime.today(clock));
        ProcessInstance dongcun = reminderOf("dongcun", missed);
        ProcessInstance nancun = reminderOf("nancun", missed);
        Task task = taskService.createTaskQuery().processInstanceId(dongcun.getId()).singleResult();
        assertThat(task).hasCandidateGroup("mediator-dongcun").hasDefinitionKey(
                ScreeningReminderProcess.TASK_RECORD_OR_EXPLAIN);
        assertThat((String) runtimeService.getVariable(dongcun.getId(), ScreeningReminderProcess.VAR_PERIOD))
                .startsWith(missed.getYear() + "年" + missed.getMonthValue() + "月");

        // 东村 held none: without a reason the task stays open; with one it ends there
        assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(ScreeningReminderProcess.FIELD_REASON, " ")))
                .hasRootCauseInstanceOf(InvalidInputException.class);
        identityService.setAuthentication("mediator", List.of("mediator-dongcun"));
        taskService.complete(task.getId(), Map.of(ScreeningReminderProcess.FIELD_REASON, "主任外出培训，下月初补做"));
        identityService.clearAuthentication();
        assertThat(dongcun).isEnded().hasPassed(ScreeningReminderProcess.END_EXPLAINED);
        assertThat(reminders.of("dongcun")).anySatisfy(r -> {
            assertThat(r.periodFrom()).isEqualTo(missed.atDay(1));
            assertThat(r.answer()).isEqualTo(ScreeningReminders.ANSWER_EXPLAINED);
            assertThat(r.reason()).isEqualTo("主任外出培训，下月初补做");
            assertThat(r.answeredBy()).isEqualTo("mediator");
        });

        // 南村 records the missed month's round late: its reminder ends by itself
        rounds.record(new ScreeningRounds.Request("nancun", null, missed.atDay(28), ScreeningKind.ROUTINE,
                "南村调委会、网格员", null, List.of()));
        assertThat(nancun).isEnded().hasPassed(ScreeningReminderProcess.BOUNDARY_RECORDED,
                ScreeningReminderProcess.END_RECORDED_LATE);

        runtimeService.createProcessInstanceQuery().processDefinitionKey(ScreeningReminderProcess.KEY).list().stream()
                .filter(i -> i.getBusinessKey().endsWith(missed.toString()))
                .forEach(i -> runtimeService.deleteProcessInstance(i.getId(), "测试结束"));
    }

    private ProcessInstance reminderOf(String committee, YearMonth month) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(ScreeningReminderProcess.KEY)
                .processInstanceBusinessKey(ScreeningReminderProcess.businessKey(committee, month.atDay(1)))
                .singleResult();
    }

    /** The start form's values as form-js submits them. */
    private static Map<String, Object> form(String committee, LocalDate heldOn, String kind, int findings) {
        Map<String, Object> values = new HashMap<>();
        if (committee != null) {
            values.put(ScreeningRoundProcess.FIELD_COMMITTEE, committee);
        }
        values.put(ScreeningRoundProcess.FIELD_HELD_ON, heldOn.toString());
        values.put(ScreeningRoundProcess.FIELD_KIND, kind);
        values.put(ScreeningRoundProcess.FIELD_PARTICIPANTS, "村调委会主任王秀英、网格员赵强");
        values.put(ScreeningRoundProcess.FIELD_FINDING_COUNT, findings);
        return values;
    }

    /** As Tasklist does it: the user's own permissions apply. */
    private ProcessInstance submit(String user, List<String> groups, Map<String, Object> values) {
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ScreeningRoundProcess.KEY).latestVersion().singleResult().getId();
        identityService.setAuthentication(user, groups);
        try {
            return formService.submitStartForm(definitionId, values);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Object historicVariable(ProcessInstance instance, String name) {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
                .createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
                .singleResult().getValue();
    }
}
