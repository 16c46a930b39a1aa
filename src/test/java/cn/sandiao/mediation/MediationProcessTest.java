package cn.sandiao.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.sandiao.common.InvalidInputException;
import cn.sandiao.dispute.CaseResult;
import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.organization.Mediator;
import cn.sandiao.organization.MediatorRepository;
import cn.sandiao.support.ProcessTest;
import cn.sandiao.workflow.DeadlineAdjustment;
import cn.sandiao.workflow.DeadlineAdjustmentRepository;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import cn.sandiao.workflow.Pause;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code dispute_mediation} (people's and administrative mediation) through the real engine and database:
 * sessions, outcomes, the choice of mediator, the limits with their reminders, 督办 and clock changes. Only
 * {@code dispute_mediation} is measured; the cases it is called from are covered by {@link DisputeCaseProcessTest}.
 */
@ProcessTest(MediationProcess.KEY)
class MediationProcessTest extends DisputeSteps {

    @Autowired MediationRepository mediations;
    @Autowired MediationSessionRepository sessions;
    @Autowired SupervisionRepository supervisions;
    @Autowired MediatorRepository mediators;
    @Autowired DeadlineAdjustmentRepository adjustments;

    @Test
    void shouldCloseAsSucceededWhenVillageMediationReachesAgreementAfterTwoSessions() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");

        ProcessInstance mediation = calledProcessInstance(dispute);
        Task preparation = taskService.createTaskQuery().processInstanceId(mediation.getId()).singleResult();
        assertThat(preparation).hasDefinitionKey(MediationProcess.TASK_PREPARE)
                .isAssignedTo("mediator").hasCandidateGroupAssociated("mediator-dongcun");
        LocalDate due = calendar.due(DeadlineRule.PEOPLE_MEDIATION, calendar.today());
        assertThat(preparation.getDueDate()).isEqualTo(DueDates.endOf(due));

        complete(task(mediation), withVariables("partiesConsent", "true"));
        recordSession(mediation, "true");
        recordSession(mediation, "false");
        complete(task(mediation), withVariables("mediationResult", "SUCCESS", "agreementForm", "WRITTEN",
                "agreementContent", "李四于月底前拆除越界围墙，张三不再追究", "agreementAmount", 500,
                "performanceDeadline", calendar.today().plusDays(20).toString()));

        assertThat(mediation).isEnded().hasPassed(MediationProcess.END_OUTCOME_RECORDED);
        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_SUCCEEDED);
        DisputeCase closed = caseOf(dispute);
        assertThat(closed.getResult()).isEqualTo(CaseResult.SUCCEEDED);
        assertThat(closed.getCommitteeCode()).isEqualTo("dongcun");
        Mediation record = mediations.findByCaseIdOrderByStartedAtAsc(closed.getId()).get(0);
        assertThat(record.getResult()).isEqualTo(MediationResult.SUCCESS);
        assertThat(record.getAgreementForm()).isEqualTo(AgreementForm.WRITTEN);
        assertThat(record.getAgreementAmount()).isEqualByComparingTo("500");
        assertThat(record.getDueOn()).isEqualTo(due);
        assertThat(sessions.findByMediationIdOrderBySessionDateAscIdAsc(record.getId())).hasSize(2);
    }

    @Test
    void shouldCloseAsWithdrawnWhenAPartyRefusesMediation() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        ProcessInstance mediation = calledProcessInstance(dispute);

        complete(task(mediation), withVariables("partiesConsent", "false", "refusalReason", "被申请人不同意调解"));

        assertThat(mediation).isEnded().hasPassed(MediationProcess.END_PARTY_REFUSED);
        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_WITHDRAWN);
        DisputeCase closed = caseOf(dispute);
        assertThat(closed.getResult()).isEqualTo(CaseResult.WITHDRAWN);
        assertThat(closed.getClosureNote()).isEqualTo("当事人拒绝调解");
        assertThat(mediations.findByCaseIdOrderByStartedAtAsc(closed.getId()).get(0).getResult())
                .isEqualTo(MediationResult.REFUSED);
    }

    @Test
    void shouldCloseAsWithdrawnWhenTheApplicantWithdraws() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        ProcessInstance mediation = calledProcessInstance(dispute);
        complete(task(mediation), withVariables("partiesConsent", "true"));
        recordSession(mediation, "false");

        complete(task(mediation), withVariables("mediationResult", "WITHDRAWN", "failureReason", "双方已自行和解"));

        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_WITHDRAWN);
        assertThat(caseOf(dispute).getClosureNote()).isEqualTo("当事人撤回调解申请");
    }

    @Test
    void shouldRemindSupervisorBeforeTheLimitAndOpenASupervisionTaskWhenOverdue() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        ProcessInstance mediation = calledProcessInstance(dispute);

        execute(timer(mediation, MediationProcess.START_REMINDER));
        Task reminder = supervisorTask(mediation, MediationProcess.TASK_REMIND_SUPERVISOR);
        assertThat(reminder).hasCandidateGroup("supervisor-990101").hasCandidateGroup("supervisor-990101001");
        asSupervisor(() -> taskService.complete(reminder.getId(), Map.of("supervisionNote", "已提醒调解员抓紧办理")));

        execute(timer(mediation, MediationProcess.START_OVERDUE));
        Task overdue = supervisorTask(mediation, MediationProcess.TASK_SUPERVISE_OVERDUE);
        assertThat(overdue.getDueDate()).isNotNull();
        asSupervisor(() -> taskService.complete(overdue.getId(), Map.of("supervisionNote", "请于三日内报告进展")));

        assertThat(supervisions.findByCaseId(caseOf(dispute).getId()))
                .extracting(Supervision::getKind, Supervision::getSupervisor)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Supervision.Kind.REMINDER, "supervisor"),
                        org.assertj.core.groups.Tuple.tuple(Supervision.Kind.OVERDUE, "supervisor"));
        assertThat(mediation).isWaitingAt(MediationProcess.TASK_PREPARE);
    }

    @Test
    void shouldCancelOpenSupervisorTasksWhenTheMediationEnds() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        ProcessInstance mediation = calledProcessInstance(dispute);
        execute(timer(mediation, MediationProcess.START_OVERDUE));
        assertThat(supervisorTask(mediation, MediationProcess.TASK_SUPERVISE_OVERDUE)).isNotNull();

        Task preparation = taskService.createTaskQuery().processInstanceId(mediation.getId())
                .taskDefinitionKey(MediationProcess.TASK_PREPARE).singleResult();
        taskService.complete(preparation.getId(), Map.of("partiesConsent", "false", "refusalReason", "不愿调解"));

        assertThat(mediation).isEnded();
        assertThat(taskService.createTaskQuery().processInstanceId(mediation.getId()).count()).isZero();
        assertThat(dispute).isEnded();
    }

    @Test
    void shouldKeepTheTaskOpenWhenASuccessfulOutcomeLacksTheAgreement() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        ProcessInstance mediation = calledProcessInstance(dispute);
        complete(task(mediation), withVariables("partiesConsent", "true"));
        recordSession(mediation, "false");
        Task outcome = task(mediation);

        assertThatThrownBy(() -> taskService.complete(outcome.getId(), Map.of("mediationResult", "SUCCESS")))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("协议内容");

        assertThat(mediation).isWaitingAt(MediationProcess.TASK_RECORD_OUTCOME);
        assertThat(mediations.findByCaseIdOrderByStartedAtAsc(caseOf(dispute).getId()).get(0).getResult()).isNull();
    }

    @Test
    void shouldRouteTrafficAccidentsToTheProfessionalCommittee() {
        ProcessInstance dispute = register(
                DisputeRequests.of(DisputeType.TRAFFIC, DisputeRequests.XICUN, new BigDecimal("80000"), 2, false));

        assertThat(dispute).variables().containsEntry("mediationLevel", "PROFESSIONAL");
        accept(dispute, "PROFESSIONAL");
        assertThat(task(calledProcessInstance(dispute))).isAssignedTo("traffic-mediator");
    }

    @Test
    void shouldAssignTheMediatorWithTheFewestOpenCases() {
        ProcessInstance first = register(DisputeRequests.neighbourDispute(DisputeRequests.XICUN));
        accept(first, "VILLAGE");
        assertThat(task(calledProcessInstance(first))).isAssignedTo("xicun-mediator");
        mediators.save(new Mediator("xicun-zz-new", "新调解员", "xicun"));
        try {
            ProcessInstance second = register(DisputeRequests.neighbourDispute(DisputeRequests.XICUN));
            accept(second, "VILLAGE");
            long openOfRegular = mediations.countByMediatorIdAndEndedAtIsNull("xicun-mediator");
            assertThat(openOfRegular).isPositive();
            assertThat(task(calledProcessInstance(second))).isAssignedTo("xicun-zz-new");
        } finally {
            mediators.deleteById("xicun-zz-new"); // other tests expect the demo roster
        }
    }

    @Test
    void shouldCloseAsWithdrawnWhenAPartyRefusesAdministrativeMediation() {
        ProcessInstance dispute = trafficAccident();
        acceptForAdministrativeMediation(dispute);
        ProcessInstance mediation = calledProcessInstance(dispute);

        complete(task(mediation), withVariables("partiesConsent", "false", "refusalReason", "一方要求直接起诉"));

        assertThat(mediation).isEnded().hasPassed(MediationProcess.END_PARTY_REFUSED);
        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_WITHDRAWN);
    }

    @Test
    void shouldRemindAndSuperviseAnAdministrativeMediationNearingAndPassingItsLimit() {
        ProcessInstance dispute = trafficAccident();
        acceptForAdministrativeMediation(dispute);
        ProcessInstance mediation = calledProcessInstance(dispute);

        execute(timer(mediation, MediationProcess.START_REMINDER));
        Task reminder = supervisorTask(mediation, MediationProcess.TASK_REMIND_SUPERVISOR);
        asSupervisor(() -> taskService.complete(reminder.getId(), Map.of("supervisionNote", "请交警大队抓紧调解")));
        execute(timer(mediation, MediationProcess.START_OVERDUE));
        Task overdue = supervisorTask(mediation, MediationProcess.TASK_SUPERVISE_OVERDUE);
        asSupervisor(() -> taskService.complete(overdue.getId(), Map.of("supervisionNote", "逾期，请说明原因")));

        assertThat(supervisions.findByCaseId(caseOf(dispute).getId())).hasSize(2);
        assertThat(mediation).isWaitingAt(MediationProcess.TASK_PREPARE);
    }

    @Test
    void shouldGiveAMedicalDisputeThirtyWorkingDays() {
        ProcessInstance dispute = register(
                DisputeRequests.of(DisputeType.MEDICAL, DisputeRequests.XICUN, new BigDecimal("100000"), 2, false));
        accept(dispute, "PROFESSIONAL");

        Task preparation = task(calledProcessInstance(dispute));
        assertThat(preparation).isAssignedTo("medical-mediator");
        LocalDate due = calendar.due(DeadlineRule.MEDICAL_MEDIATION, calendar.today());
        assertThat(preparation.getDueDate()).isEqualTo(DueDates.endOf(due));
        // due in a year whose holidays are not loaded (2027 from late November 2026 on): the task says so
        if (calendar.isComplete(due.getYear())) {
            assertThat(preparation.getDescription()).isNull();
        } else {
            assertThat(preparation.getDescription()).contains(due.getYear() + "年的国务院节假日安排尚未载入");
        }
    }

    @Test
    void shouldStopAMedicalMediationsClockDuringAnAssessmentAndExtendItWithThePartiesConsent() {
        ProcessInstance dispute = register(
                DisputeRequests.of(DisputeType.MEDICAL, DisputeRequests.XICUN, new BigDecimal("100000"), 2, false));
        accept(dispute, "PROFESSIONAL");
        ProcessInstance mediation = calledProcessInstance(dispute);
        LocalDate today = calendar.today();
        complete(task(mediation), withVariables("partiesConsent", "true"));

        // 鉴定 commissioned: the reminder and 督办 timers wait, the next session has no due date
        recordSession(mediation, Map.of("clockChange", "PAUSE", "clockChangeDate", today.toString(),
                "clockChangeReason", "委托医疗损害鉴定"));
        assertThat(timer(mediation, MediationProcess.START_OVERDUE).isSuspended()).isTrue();
        assertThat(timer(mediation, MediationProcess.START_REMINDER).isSuspended()).isTrue();
        assertThat(task(mediation).getDueDate()).isNull();
        assertThat((String) runtimeService.getVariable(mediation.getId(), "deadlineBasis"))
                .contains("暂停计时（委托医疗损害鉴定）");
        assertThatThrownBy(() -> recordSession(mediation, Map.of("clockChange", "PAUSE",
                "clockChangeDate", today.toString(), "clockChangeReason", "再次鉴定")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("计时已暂停");

        // the opinion arrives the same day: no day of the clock was spent on it
        recordSession(mediation, Map.of("clockChange", "RESUME", "clockChangeDate", today.toString()));
        Pause assessment = new Pause(today, today);
        LocalDate afterAssessment = calendar.due(DeadlineRule.MEDICAL_MEDIATION, today, List.of(assessment), 0);
        assertThat(task(mediation).getDueDate()).isEqualTo(DueDates.endOf(afterAssessment));
        assertThat(timer(mediation, MediationProcess.START_OVERDUE).isSuspended()).isFalse();

        // the parties agree to five more working days: the last day, the task and both timers move
        recordSession(mediation, Map.of("clockChange", "EXTEND", "extensionDays", 5,
                "clockChangeReason", "双方同意延长以便补充病历资料"));
        LocalDate extended = calendar.due(DeadlineRule.MEDICAL_MEDIATION, today, List.of(assessment), 5);
        assertThat(extended).isAfter(afterAssessment);
        assertThat(task(mediation).getDueDate()).isEqualTo(DueDates.endOf(extended));
        assertThat(timer(mediation, MediationProcess.START_OVERDUE).getDuedate())
                .isEqualTo(DueDates.endOf(extended));
        assertThat(timer(mediation, MediationProcess.START_REMINDER).getDuedate())
                .isEqualTo(DueDates.morningOf(extended.minusDays(5)));
        Mediation record = mediations.findById((Long) runtimeService.getVariable(mediation.getId(), "mediationId"))
                .orElseThrow();
        assertThat(record.getDueOn()).isEqualTo(extended);
        assertThat(adjustments.findByCaseIdOrderByIdAsc(record.getCaseId()))
                .extracting(DeadlineAdjustment::getKind, DeadlineAdjustment::getReason, DeadlineAdjustment::getApprovedBy,
                        DeadlineAdjustment::getRecordedBy, DeadlineAdjustment::getDueAfter)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DeadlineAdjustment.Kind.PAUSE, "委托医疗损害鉴定", null,
                                "medical-mediator", afterAssessment),
                        org.assertj.core.groups.Tuple.tuple(DeadlineAdjustment.Kind.EXTENSION,
                                "双方同意延长以便补充病历资料", "双方当事人同意", "medical-mediator", extended));
        assertThat(disputeService.timeline(record.getCaseId()))
                .filteredOn(e -> e.summary().equals("当事人同意延长调解期限")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("经双方当事人同意延长5个工作日", "期限至" + cn.sandiao.common.ChinaTime.date(extended)));
    }

    @Test
    void shouldRefuseToPauseOrExtendAClockWhoseRuleDoesNotAllowIt() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        ProcessInstance mediation = calledProcessInstance(dispute);
        complete(task(mediation), withVariables("partiesConsent", "true"));

        assertThatThrownBy(() -> recordSession(mediation, Map.of("clockChange", "PAUSE",
                "clockChangeDate", calendar.today().toString(), "clockChangeReason", "鉴定")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("人民调解期限不能暂停计时");
        assertThatThrownBy(() -> recordSession(mediation, Map.of("clockChange", "EXTEND", "extensionDays", 10,
                "clockChangeReason", "双方同意")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("没有延长的规定");
        assertThatThrownBy(() -> recordSession(mediation, Map.of("clockChange", "RESUME",
                "clockChangeDate", calendar.today().toString())))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("计时未暂停");
        assertThat(sessions.findByMediationIdOrderBySessionDateAscIdAsc(
                (Long) runtimeService.getVariable(mediation.getId(), "mediationId"))).isEmpty();
    }

    /** Completes as the demo supervisor, so Camunda's task authorizations are checked as in Tasklist. */
    private void asSupervisor(Runnable action) {
        as("supervisor", List.of("supervisor", "supervisor-990101"), action);
    }

    private Task supervisorTask(ProcessInstance mediation, String key) {
        return taskService.createTaskQuery().processInstanceId(mediation.getId()).taskDefinitionKey(key)
                .singleResult();
    }
}
