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
import cn.sandiao.dispute.CaseHandoff;
import cn.sandiao.dispute.CaseHandoffRepository;
import cn.sandiao.dispute.CaseResult;
import cn.sandiao.dispute.CaseStatus;
import cn.sandiao.dispute.CourtEntrustments;
import cn.sandiao.dispute.CourtProcedure;
import cn.sandiao.dispute.DisputeSource;
import cn.sandiao.dispute.EntrustmentKind;
import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.dispute.RegisterDisputeRequest;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.organization.Mediator;
import cn.sandiao.organization.MediatorRepository;
import cn.sandiao.support.ProcessTest;
import cn.sandiao.support.TestClock;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineAdjustment;
import cn.sandiao.workflow.DeadlineAdjustmentRepository;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.Pause;
import cn.sandiao.workflow.DueDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of dispute_case and the three mediation processes, through the real engine and database. */
@ProcessTest
class DisputeFlowProcessTest {

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired DisputeService disputeService;
    @Autowired DisputeCaseRepository cases;
    @Autowired CaseHandoffRepository handoffs;
    @Autowired MediationRepository mediations;
    @Autowired MediationSessionRepository sessions;
    @Autowired SupervisionRepository supervisions;
    @Autowired MediatorRepository mediators;
    @Autowired BusinessCalendar calendar;
    @Autowired cn.sandiao.agreement.JudicialConfirmationRepository confirmations;
    @Autowired cn.sandiao.agreement.FollowUpRepository followUps;
    @Autowired DeadlineAdjustmentRepository adjustments;
    @Autowired CourtEntrustments courtEntrustments;
    @Autowired TestClock clock;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void shouldCloseAsDeclinedWhenIntakeDeclinesTheCase() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));

        assertThat(dispute).isWaitingAt(DisputeCaseProcess.TASK_TRIAGE);
        complete(task(), withVariables("accepted", "false", "declineReason", "双方已向法院起诉",
                "declineRoute", "LITIGATION_OR_ARBITRATION"));

        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_DECLINED);
        DisputeCase closed = caseOf(dispute);
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.getResult()).isEqualTo(CaseResult.DECLINED);
        assertThat(closed.getDeclineReason()).isEqualTo("双方已向法院起诉");
        assertThat(closed.getClosureNote()).contains("双方已向法院起诉");
    }

    @Test
    void shouldOfferTriageToIntakeDueWithinOneWorkingDayWithRuleSuggestions() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));

        Task triage = taskService.createTaskQuery().processInstanceId(dispute.getId()).singleResult();
        // offered to the intake clerks of the county centre and of the case's township (城关镇)
        assertThat(triage).hasCandidateGroup("intake-990101").hasCandidateGroup("intake-990101001").isNotAssigned();
        assertThat(triage.getDueDate())
                .isEqualTo(DueDates.endOf(calendar.due(DeadlineRule.TRIAGE, calendar.today())));
        assertThat(dispute).variables()
                .containsEntry("riskLevel", "GENERAL")
                .containsEntry("channel", "PEOPLE")
                .containsEntry("mediationLevel", "VILLAGE");
        assertThat((String) runtimeService.getVariable(dispute.getId(), "triageSuggestion"))
                .contains("东村人民调解委员会");
    }

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

    /** 2026: 中秋节 09-25..27, 国庆节 10-01..07 (国务院办公厅关于2026年部分节假日安排的通知). */
    @ParameterizedTest(name = "{0} {1}: signed {2}, due {4}")
    @CsvSource({
            // 30 days from 09-03 end on 10-03, in the National Day holiday: the first working day after it
            "BEFORE_FILING, , 2026-09-03, 2026-09-04, 2026-10-08, COURT_ENTRUSTED_PRE_FILING",
            // 15 days from 09-16 end on 10-01, the holiday's first day
            "AFTER_FILING, ORDINARY, 2026-09-16, 2026-09-18, 2026-10-08, COURT_ENTRUSTED_AFTER_FILING_ORDINARY",
            // 7 days from 09-18 end on 09-25, 中秋节: Monday 09-28
            "AFTER_FILING, SIMPLE, 2026-09-18, 2026-09-21, 2026-09-28, COURT_ENTRUSTED_AFTER_FILING_SIMPLE"})
    void shouldMediateACaseTheCourtEntrustedOnTheCourtsLimitFromTheDayTheMaterialsWereSignedFor(
            EntrustmentKind kind, CourtProcedure procedure, LocalDate signedOn, LocalDate today, LocalDate due,
            DeadlineRule rule) {
        clock.setTo(today.atTime(10, 0));
        Long caseId = courtEntrustments.entrust(
                DisputeRequests.entrusted(kind, procedure, "beicun", signedOn), "court").id();
        ProcessInstance dispute = runtimeService.createProcessInstanceQuery()
                .processInstanceId(cases.findById(caseId).orElseThrow().getProcessInstanceId()).singleResult();

        // no triage of ours: straight to the committee the court named (北村, though the dispute is 东村's)
        assertThat(dispute).hasPassed(DisputeCaseProcess.START_COURT_ENTRUSTED)
                .isWaitingAt(DisputeCaseProcess.CALL_PEOPLE_MEDIATION);
        ProcessInstance mediation = calledProcessInstance(dispute);
        Task preparation = taskService.createTaskQuery().processInstanceId(mediation.getId()).singleResult();
        assertThat(preparation).hasCandidateGroupAssociated("mediator-beicun");
        assertThat(preparation.getDueDate()).isEqualTo(DueDates.endOf(due));
        Mediation record = mediations.findByCaseIdOrderByStartedAtAsc(caseId).get(0);
        assertThat(record.getDueRule()).isEqualTo(rule);
        assertThat(record.getAcceptedOn()).isEqualTo(signedOn);
        DisputeCase entrusted = cases.findById(caseId).orElseThrow();
        assertThat(entrusted.getSource()).isEqualTo(DisputeSource.COURT_ENTRUSTED);
        assertThat(entrusted.getStatus()).isEqualTo(CaseStatus.MEDIATING);
        assertThat(entrusted.getCourtEntrustment().getCourtCaseNo()).isEqualTo("（2026）和民初123号");
        assertThat((String) runtimeService.getVariable(mediation.getId(), "deadlineBasis")).contains("第二十七条");

        // the result goes back to the court as for every entrusted case
        complete(task(mediation), withVariables("partiesConsent", "false", "refusalReason", "双方要求法院判决"));
        assertThat(dispute).isEnded();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("court_report")
                .processInstanceBusinessKey(entrusted.getCaseNo()).count()).isOne();
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
    void shouldEscalateFromVillageToTownshipToCountyToTheCourtWhichGuidesToLitigation() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");

        failMediation(dispute, "mediator", "双方分歧较大");
        assertThat(caseOf(dispute).getMediationLevel()).isEqualTo(MediationLevel.TOWNSHIP);
        failMediation(dispute, "mediator2", "乡镇调解未能达成一致");
        assertThat(caseOf(dispute).getCommitteeCode()).isEqualTo("county-centre");
        failMediation(dispute, "centre-mediator", "专家调解仍未达成一致");

        ProcessInstance court = calledProcessInstance(dispute);
        assertThat(court).hasProcessDefinitionKey(JudicialMediationProcess.KEY)
                .isWaitingAt(JudicialMediationProcess.TASK_COURT_REVIEW);
        assertThat(task(court)).hasCandidateGroup("court");
        complete(task(court), withVariables("judicialRoute", "LITIGATION", "courtNote", "争议涉及宅基地使用权确认，宜立案审理"));

        assertThat(court).isEnded().hasPassed(JudicialMediationProcess.END_GUIDED_TO_LITIGATION);
        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.TASK_ESCALATE,
                DisputeCaseProcess.TASK_HAND_OVER_TO_COURT, DisputeCaseProcess.TASK_REFER_TO_COURT,
                DisputeCaseProcess.END_REFERRED_TO_COURT);
        DisputeCase closed = caseOf(dispute);
        assertThat(closed.getResult()).isEqualTo(CaseResult.FAILED_TO_JUDICIAL);
        List<CaseHandoff> chain = handoffs.findByCaseIdOrderByHandedOffAtAsc(closed.getId());
        assertThat(chain).extracting(CaseHandoff::getFromLevel, CaseHandoff::getToLevel).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MediationLevel.VILLAGE, MediationLevel.TOWNSHIP),
                org.assertj.core.groups.Tuple.tuple(MediationLevel.TOWNSHIP, MediationLevel.COUNTY),
                org.assertj.core.groups.Tuple.tuple(MediationLevel.COUNTY, MediationLevel.COURT));
        assertThat(chain).extracting(CaseHandoff::getFromCommittee)
                .containsExactly("dongcun", "chengguan", "county-centre");
        assertThat(chain.get(0).getReason()).isEqualTo("双方分歧较大");
        assertThat(chain.get(2).getToChannel()).hasToString("JUDICIAL");
        assertThat(disputeService.timeline(closed.getId()))
                .anySatisfy(e -> assertThat(e.summary()).isEqualTo("由县调处中心移交人民法院"))
                .anySatisfy(e -> assertThat(e.summary()).isEqualTo("引导立案诉讼"));
    }

    @Test
    void shouldSucceedAtTownshipAfterVillageMediationFails() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        failMediation(dispute, "mediator", "村调解未果");

        ProcessInstance township = calledProcessInstance(dispute);
        assertThat(task(township)).isAssignedTo("mediator2").hasCandidateGroupAssociated("mediator-chengguan");
        complete(task(township), withVariables("partiesConsent", "true"));
        recordSession(township, "false");
        complete(task(township), withVariables("mediationResult", "SUCCESS", "agreementForm", "ORAL",
                "agreementContent", "当场赔偿并道歉"));

        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_SUCCEEDED);
        assertThat(confirmationOf(dispute)).as("an oral agreement cannot be confirmed by a court").isNull();
        assertThat(mediations.findByCaseIdOrderByStartedAtAsc(caseOf(dispute).getId()))
                .extracting(Mediation::getLevel, Mediation::getResult)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MediationLevel.VILLAGE, MediationResult.FAILED),
                        org.assertj.core.groups.Tuple.tuple(MediationLevel.TOWNSHIP, MediationResult.SUCCESS));
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
    void shouldRouteAMajorCaseToTheCountyCentre() {
        ProcessInstance dispute = register(DisputeRequests.of(DisputeType.LAND_CONTRACT, DisputeRequests.XICUN,
                new BigDecimal("600000"), 2, false));

        assertThat(dispute).variables().containsEntry("riskLevel", "MAJOR").containsEntry("mediationLevel", "COUNTY");
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

    // --- 三调联动: administrative mediation and the hand-offs between channels ---------------------------

    @Test
    void shouldMediateATrafficAccidentAtThePoliceWhenTriageRoutesItThere() {
        ProcessInstance dispute = trafficAccident();
        acceptForAdministrativeMediation(dispute);

        ProcessInstance mediation = calledProcessInstance(dispute);
        assertThat(mediation).hasProcessDefinitionKey(MediationProcess.KEY).hasPassed(MediationProcess.TASK_ASSIGN_OFFICER);
        Task preparation = task(mediation);
        assertThat(preparation).isAssignedTo("officer").hasCandidateGroupAssociated("admin-mediator-traffic-police");
        LocalDate due = calendar.due(DeadlineRule.TRAFFIC_MEDIATION, calendar.today());
        assertThat(preparation.getDueDate()).isEqualTo(DueDates.endOf(due));
        assertThat((String) runtimeService.getVariable(mediation.getId(), "deadlineBasis"))
                .contains("道路交通事故处理程序规定").contains("10个工作日");

        complete(task(mediation), withVariables("partiesConsent", "true"));
        recordSession(mediation, "true");
        recordSession(mediation, "false");
        complete(task(mediation), withVariables("mediationResult", "SUCCESS", "agreementForm", "WRITTEN",
                "agreementContent", "肇事方赔偿医疗费、误工费共计六万元", "agreementAmount", 60000));

        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.TASK_HAND_OVER_TO_DEPARTMENT,
                DisputeCaseProcess.END_SUCCEEDED);
        DisputeCase closed = caseOf(dispute);
        assertThat(closed.getResult()).isEqualTo(CaseResult.SUCCEEDED);
        assertThat(closed.getChannel()).hasToString("ADMINISTRATIVE");
        assertThat(closed.getCommitteeCode()).isEqualTo("traffic-police");
        assertThat(handoffs.findByCaseIdOrderByHandedOffAtAsc(closed.getId())).isEmpty(); // routed, not handed on
        Mediation record = mediations.findByCaseIdOrderByStartedAtAsc(closed.getId()).get(0);
        assertThat(record.getChannel()).hasToString("ADMINISTRATIVE");
        assertThat(record.getDueRule()).isEqualTo(DeadlineRule.TRAFFIC_MEDIATION);
    }

    @Test
    void shouldGoFromPeoplesToAdministrativeMediationAndThenToCourtKeepingOneHistory() {
        ProcessInstance dispute = trafficAccident();
        accept(dispute, "PROFESSIONAL");

        failMediation(dispute, "traffic-mediator", "赔偿数额分歧较大", "ADMINISTRATIVE");
        assertThat(dispute).isWaitingAt(DisputeCaseProcess.CALL_ADMINISTRATIVE_MEDIATION);
        failMediation(dispute, "officer", "肇事方拒绝赔偿方案", "JUDICIAL");
        assertThat(dispute).isWaitingAt(DisputeCaseProcess.CALL_JUDICIAL_MEDIATION);

        // the court mediates before filing and the parties agree
        ProcessInstance court = calledProcessInstance(dispute);
        complete(task(court), withVariables("judicialRoute", "PRE_LITIGATION_MEDIATION"));
        Task courtMediation = task(court);
        assertThat(courtMediation).hasDefinitionKey(JudicialMediationProcess.TASK_COURT_MEDIATION).isAssignedTo("court");
        assertThat(courtMediation.getDueDate()).isEqualTo(
                DueDates.endOf(calendar.due(DeadlineRule.COURT_ENTRUSTED_PRE_FILING, calendar.today())));
        // the parties agree to ten more days (特邀调解规定 第二十七条): the task comes back with the later due date
        complete(courtMediation, withVariables("courtStep", "EXTEND", "extensionDays", 10,
                "clockChangeReason", "双方同意等待保险公司定损"));
        courtMediation = task(court);
        assertThat(courtMediation).hasDefinitionKey(JudicialMediationProcess.TASK_COURT_MEDIATION);
        assertThat(courtMediation.getDueDate()).isEqualTo(DueDates.endOf(
                calendar.due(DeadlineRule.COURT_ENTRUSTED_PRE_FILING, calendar.today(), List.of(), 10)));
        complete(courtMediation, withVariables("courtStep", "OUTCOME", "mediationResult", "SUCCESS",
                "agreementForm", "WRITTEN", "agreementContent", "保险公司在交强险限额内赔付，肇事方另付一万元",
                "agreementAmount", 10000));

        assertThat(court).isEnded().hasPassed(JudicialMediationProcess.END_COURT_MEDIATION_ENDED);
        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.TASK_DECIDE_ESCALATION,
                DisputeCaseProcess.TASK_HAND_OVER_TO_DEPARTMENT, DisputeCaseProcess.TASK_HAND_OVER_TO_COURT,
                DisputeCaseProcess.END_SUCCEEDED);
        DisputeCase closed = caseOf(dispute);
        assertThat(closed.getResult()).isEqualTo(CaseResult.SUCCEEDED);
        assertThat(closed.getChannel()).hasToString("JUDICIAL");
        List<CaseHandoff> chain = handoffs.findByCaseIdOrderByHandedOffAtAsc(closed.getId());
        assertThat(chain).extracting(h -> h.getFromChannel().name(), CaseHandoff::getFromCommittee,
                h -> h.getToChannel().name()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PEOPLE", "traffic", "ADMINISTRATIVE"),
                org.assertj.core.groups.Tuple.tuple("ADMINISTRATIVE", "traffic-police", "JUDICIAL"));
        assertThat(chain.get(0).getReason()).isEqualTo("赔偿数额分歧较大");
        assertThat(disputeService.timeline(closed.getId()))
                .anySatisfy(e -> assertThat(e.summary()).isEqualTo("由县专业调委会移交行政调解"))
                .anySatisfy(e -> assertThat(e.detail()).contains("当事人选择：向人民法院申请诉前调解或起诉"));
        assertThat(mediations.findByCaseIdOrderByStartedAtAsc(closed.getId()))
                .extracting(m -> m.getChannel().name(), Mediation::getEscalateTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PEOPLE", cn.sandiao.dispute.EscalationChoice.ADMINISTRATIVE),
                        org.assertj.core.groups.Tuple.tuple("ADMINISTRATIVE", cn.sandiao.dispute.EscalationChoice.JUDICIAL),
                        org.assertj.core.groups.Tuple.tuple("JUDICIAL", null));
    }

    @Test
    void shouldSendTheCaseToLitigationWhenTheCourtsPreLitigationMediationFails() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        failMediation(dispute, "mediator", "一方坚持起诉", "JUDICIAL");

        ProcessInstance court = calledProcessInstance(dispute);
        complete(task(court), withVariables("judicialRoute", "PRE_LITIGATION_MEDIATION"));
        complete(task(court), withVariables("mediationResult", "FAILED", "failureReason", "诉前调解未达成协议"));

        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_REFERRED_TO_COURT);
        DisputeCase closed = caseOf(dispute);
        assertThat(closed.getResult()).isEqualTo(CaseResult.FAILED_TO_JUDICIAL);
        assertThat(handoffs.findByCaseIdOrderByHandedOffAtAsc(closed.getId()))
                .extracting(h -> h.getToChannel().name()).containsExactly("JUDICIAL"); // no second hand-off
        Mediation atCourt = mediations.findByCaseIdOrderByStartedAtAsc(closed.getId()).get(1);
        assertThat(atCourt.getChannel()).hasToString("JUDICIAL");
        assertThat(atCourt.getResult()).isEqualTo(MediationResult.FAILED);
        assertThat(atCourt.getDueRule()).isEqualTo(DeadlineRule.COURT_ENTRUSTED_PRE_FILING);
    }

    @Test
    void shouldKeepTheCourtReviewOpenWhenLitigationIsChosenWithoutAReason() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        failMediation(dispute, "mediator", "一方坚持起诉", "JUDICIAL");
        Task review = task(calledProcessInstance(dispute));

        assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("judicialRoute", "LITIGATION")))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("引导立案诉讼时须填写审查意见");
        assertThat(calledProcessInstance(dispute)).isWaitingAt(JudicialMediationProcess.TASK_COURT_REVIEW);
    }

    @Test
    void shouldGuideAFailedLabourMediationToArbitrationWithinItsFifteenDays() {
        ProcessInstance dispute = register(
                DisputeRequests.of(DisputeType.LABOUR, DisputeRequests.DONGCUN, new BigDecimal("20000"), 2, false));
        accept(dispute, "VILLAGE");
        LocalDate due = calendar.due(DeadlineRule.LABOUR_MEDIATION, calendar.today());
        assertThat(task(calledProcessInstance(dispute)).getDueDate()).isEqualTo(DueDates.endOf(due));

        failMediation(dispute, "mediator", "用人单位不同意支付加班费", "NEXT_LEVEL");

        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.TASK_GUIDE_TO_ARBITRATION,
                DisputeCaseProcess.END_GUIDED_TO_ARBITRATION);
        DisputeCase closed = caseOf(dispute);
        assertThat(closed.getResult()).isEqualTo(CaseResult.FAILED_TO_JUDICIAL);
        assertThat(handoffs.findByCaseIdOrderByHandedOffAtAsc(closed.getId()))
                .extracting(h -> h.getToChannel().name()).containsExactly("ARBITRATION");
    }

    @Test
    void shouldReferToCourtAtOnceWhenThePartiesWantNoFurtherMediation() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");

        failMediation(dispute, "mediator", "双方均表示不再调解", "NONE");

        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_REFERRED_TO_COURT)
                .hasNotPassed(DisputeCaseProcess.TASK_ESCALATE);
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
    void shouldRefuseAdministrativeMediationForADisputeNoDepartmentIsResponsibleFor() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        Task triage = task(dispute);

        assertThatThrownBy(() -> taskService.complete(triage.getId(), Map.of("accepted", "true",
                "disputeType", "NEIGHBOUR", "riskLevel", "GENERAL", "channel", "ADMINISTRATIVE")))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("没有负有职责的行政调解部门");
        assertThat(dispute).isWaitingAt(DisputeCaseProcess.TASK_TRIAGE);
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

    // --- 司法确认: judicial confirmation of a written people's-mediation agreement -----------------------

    @Test
    void shouldLetTheCourtAcceptAndConfirmAWrittenAgreementWithinItsLimits() {
        ProcessInstance dispute = agreedInWriting();
        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_SUCCEEDED);

        ProcessInstance confirmation = confirmationOf(dispute);
        // the case's supervisors follow it in Cockpit like the case itself
        assertThat(processEngine.getAuthorizationService().createAuthorizationQuery()
                .resourceType(org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE)
                .resourceId(confirmation.getId()).groupIdIn("supervisor-990101").count()).isEqualTo(1);
        Task application = task(confirmation);
        assertThat(application).hasCandidateGroup("court");
        assertThat(application.getDueDate()).isEqualTo(DueDates.endOf(
                calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_APPLICATION, calendar.today())));
        complete(application);
        Task ruling = task(confirmation);
        assertThat(ruling.getDueDate()).isEqualTo(DueDates.endOf(
                calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_RULING, calendar.today())));
        complete(ruling, withVariables("ruling", "CONFIRMED"));

        assertThat(confirmation).isEnded().hasPassed("EndEvent_Ruled");
        cn.sandiao.agreement.JudicialConfirmation stored = confirmations.findFirstByCaseIdOrderByIdDesc(caseOf(dispute).getId()).orElseThrow();
        assertThat(stored.getStatus()).hasToString("RULED");
        assertThat(stored.getRuling()).hasToString("CONFIRMED");
        assertThat(stored.getAcceptedOn()).isEqualTo(calendar.today());
        assertThat(disputeService.timeline(caseOf(dispute).getId()))
                .anySatisfy(e -> assertThat(e.summary()).isEqualTo("裁定确认调解协议有效"));
    }

    @Test
    void shouldRecordARejectionWithItsReasonAndTheRouteThePartiesAreTold() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance confirmation = confirmationOf(dispute);
        complete(task(confirmation));
        Task ruling = task(confirmation);

        assertThatThrownBy(() -> taskService.complete(ruling.getId(), Map.of("ruling", "REJECTED")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("驳回申请时须写明理由");
        complete(ruling, withVariables("ruling", "REJECTED", "rulingReason", "协议内容涉及第三人利益",
                "rejectedRoute", "MEDIATION"));

        cn.sandiao.agreement.JudicialConfirmation stored = confirmations.findFirstByCaseIdOrderByIdDesc(caseOf(dispute).getId()).orElseThrow();
        assertThat(stored.getRuling()).hasToString("REJECTED");
        assertThat(stored.getRejectedRoute()).hasToString("MEDIATION");
        assertThat(stored.getRulingReason()).isEqualTo("协议内容涉及第三人利益");

        // the parties chose to mediate again: the same case goes back to its committee, the old follow-up ends
        DisputeCase reopened = caseOf(dispute);
        assertThat(reopened.getStatus()).isEqualTo(CaseStatus.MEDIATING);
        assertThat(reopened.getResult()).isNull();
        assertThat(followUpOf(dispute)).isNull();
        ProcessInstance again = runningFor(dispute, DisputeCaseProcess.KEY);
        assertThat(again).isWaitingAt(DisputeCaseProcess.CALL_PEOPLE_MEDIATION)
                .hasPassed("StartEvent_RemediationRequested");
        assertThat(reopened.getProcessInstanceId()).isEqualTo(again.getId());
        assertThat(task(calledProcessInstance(again))).isAssignedTo("mediator");
        assertThat(disputeService.timeline(reopened.getId())).extracting(e -> e.summary())
                .containsSubsequence("结案：调解成功", "裁定驳回申请", "重新调解", "由东村人民调解委员会受理人民调解");

        agreeInWriting(again);
        assertThat(again).isEnded().hasPassed(DisputeCaseProcess.END_SUCCEEDED);
        assertThat(caseOf(dispute).getResult()).isEqualTo(CaseResult.SUCCEEDED);
        assertThat(confirmations.findFirstByCaseIdOrderByIdDesc(reopened.getId()).orElseThrow().getStatus())
                .hasToString("WINDOW_OPEN");
    }

    @Test
    void shouldMediateAgainWhenAFollowUpFindsTheAgreementNotPerformedAndThePartiesAgree() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance followUp = followUpDue(dispute);

        complete(task(followUp), withVariables("performance", "NONE", "nextStep", "REMEDIATION",
                "followUpNote", "李四未拆除围墙，双方同意再次调解"));

        assertThat(followUp).isEnded().hasPassed("EndEvent_FollowedUp");
        assertThat(confirmationOf(dispute)).isNull(); // the window for the unperformed agreement is moot
        ProcessInstance again = runningFor(dispute, DisputeCaseProcess.KEY);
        assertThat(again).isWaitingAt(DisputeCaseProcess.CALL_PEOPLE_MEDIATION);
        assertThat(caseOf(dispute).getStatus()).isEqualTo(CaseStatus.MEDIATING);
        assertThat(mediations.findByCaseIdOrderByStartedAtAsc(caseOf(dispute).getId())).hasSize(2);
    }

    @Test
    void shouldOnlyRecordGuidanceToLitigationWhenAnAgreementWasNotPerformed() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance followUp = followUpDue(dispute);

        complete(task(followUp), withVariables("performance", "NONE", "nextStep", "LITIGATION"));

        assertThat(runningFor(dispute, DisputeCaseProcess.KEY)).isNull();
        assertThat(caseOf(dispute).getResult()).isEqualTo(CaseResult.SUCCEEDED);
        assertThat(disputeService.timeline(caseOf(dispute).getId()))
                .anySatisfy(e -> assertThat(e.detail()).contains("引导向人民法院起诉"));
    }

    @Test
    void shouldCloseTheApplicationWindowAfterThirtyDaysWithoutAnApplication() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance confirmation = confirmationOf(dispute);

        execute(timer(confirmation, "BoundaryEvent_ApplicationWindowClosed"));

        assertThat(confirmation).isEnded().hasPassed("EndEvent_WindowClosed");
        assertThat(confirmations.findFirstByCaseIdOrderByIdDesc(caseOf(dispute).getId()).orElseThrow().getStatus())
                .hasToString("WINDOW_CLOSED");
    }

    // --- 回访: the follow-up of an agreement -------------------------------------------------------------

    @Test
    void shouldFollowUpAnAgreementWhenItsPerformanceDeadlinePasses() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance followUp = followUpOf(dispute);
        assertThat(followUp).isWaitingAt("TimerEvent_PerformanceDue");
        org.camunda.bpm.engine.runtime.Job due = timer(followUp, "TimerEvent_PerformanceDue");
        assertThat(due.getDuedate()).isEqualTo(DueDates.endOf(calendar.today().plusDays(10)));

        execute(due);
        Task visit = task(followUp);
        assertThat(visit).isAssignedTo("mediator").hasCandidateGroupAssociated("mediator-dongcun");
        complete(visit, withVariables("performance", "FULL", "followUpNote", "电话回访，越界围墙已拆除"));

        assertThat(followUp).isEnded().hasPassed("EndEvent_FollowedUp");
        cn.sandiao.agreement.FollowUp stored = followUps.findFirstByCaseIdOrderByIdDesc(caseOf(dispute).getId()).orElseThrow();
        assertThat(stored.getPerformance()).hasToString("FULL");
        assertThat(stored.getNextStep()).isNull();
        assertThat(disputeService.timeline(caseOf(dispute).getId()))
                .anySatisfy(e -> assertThat(e.summary()).isEqualTo("回访：已全部履行"));
    }

    @Test
    void shouldAllowEnforcementOfAnUnperformedAgreementOnlyOnceACourtConfirmedIt() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance followUp = followUpDue(dispute);
        Task visit = task(followUp);

        assertThatThrownBy(() -> taskService.complete(visit.getId(),
                Map.of("performance", "NONE", "nextStep", "ENFORCEMENT")))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("未经司法确认");

        ProcessInstance confirmation = confirmationOf(dispute);
        complete(task(confirmation));
        complete(task(confirmation), withVariables("ruling", "CONFIRMED"));
        complete(visit, withVariables("performance", "NONE", "nextStep", "ENFORCEMENT"));

        assertThat(followUps.findFirstByCaseIdOrderByIdDesc(caseOf(dispute).getId()).orElseThrow().getNextStep())
                .hasToString("ENFORCEMENT");
    }

    @Test
    void shouldExtendTheCourtsReviewOnlyWithThePresidentsApprovalAndByTenDaysAtMost() {
        ProcessInstance dispute = agreedInWriting();
        ProcessInstance confirmation = confirmationOf(dispute);
        complete(task(confirmation));
        LocalDate today = calendar.today();
        assertThat(task(confirmation).getDueDate())
                .isEqualTo(DueDates.endOf(calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_RULING, today)));

        asJudge(() -> taskService.complete(task(confirmation).getId(), Map.of("ruling", "REQUEST_EXTENSION",
                "extensionDays", 8, "clockChangeReason", "需核实被申请人的履行能力")));
        Task approval = task(confirmation);
        assertThat(approval).hasDefinitionKey("Task_ApproveExtension").hasCandidateGroup("court-president");
        assertThatThrownBy(() -> asPresident(() -> taskService.complete(approval.getId(),
                Map.of("extensionApproved", false))))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("须写明理由");
        asPresident(() -> taskService.complete(approval.getId(), Map.of("extensionApproved", true)));

        LocalDate extended = calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_RULING, today, List.of(), 8);
        Task ruling = task(confirmation);
        assertThat(ruling).hasDefinitionKey("Task_RuleOnConfirmation");
        assertThat(ruling.getDueDate()).isEqualTo(DueDates.endOf(extended));
        Long caseId = caseOf(dispute).getId();
        assertThat(confirmations.findFirstByCaseIdOrderByIdDesc(caseId).orElseThrow().getRulingDueOn()).isEqualTo(extended);
        assertThat(adjustments.findByCaseIdOrderByIdAsc(caseId)).singleElement().satisfies(extension -> {
            assertThat(extension.getExtensionDays()).isEqualTo(8);
            assertThat(extension.getApprovedBy()).isEqualTo("院长批准");
            assertThat(extension.getRecordedBy()).isEqualTo("president");
            assertThat(extension.getReason()).isEqualTo("需核实被申请人的履行能力");
        });

        // ten days at most in all; a refused request leaves the limit as it was
        assertThatThrownBy(() -> asJudge(() -> taskService.complete(ruling.getId(), Map.of("ruling", "REQUEST_EXTENSION",
                "extensionDays", 3, "clockChangeReason", "仍需核实"))))
                .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("最多可延长10日，已延长8日");
        asJudge(() -> taskService.complete(ruling.getId(), Map.of("ruling", "REQUEST_EXTENSION",
                "extensionDays", 2, "clockChangeReason", "仍需核实")));
        asPresident(() -> taskService.complete(task(confirmation).getId(),
                Map.of("extensionApproved", false, "approvalNote", "事实已清楚，应按期裁定")));
        assertThat(task(confirmation).getDueDate()).isEqualTo(DueDates.endOf(extended));
        asJudge(() -> taskService.complete(task(confirmation).getId(), Map.of("ruling", "CONFIRMED")));

        assertThat(confirmation).isEnded().hasPassed("EndEvent_Ruled");
        assertThat(disputeService.timeline(caseId)).extracting(e -> e.summary())
                .contains("申请延长司法确认审查期限", "院长批准延长审查期限", "院长不批准延长审查期限", "裁定确认调解协议有效");
    }

    private void asJudge(Runnable action) {
        as("court", List.of("court"), action);
    }

    private void asPresident(Runnable action) {
        as("president", List.of("court-president"), action);
    }

    private ProcessInstance followUpOf(ProcessInstance dispute) {
        return runningFor(dispute, cn.sandiao.agreement.FollowUps.PROCESS_KEY);
    }

    /** A village case closed with a written agreement to perform within ten days. */
    private ProcessInstance agreedInWriting() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        agreeInWriting(dispute);
        return dispute;
    }

    /** The follow-up of the case's agreement, its performance deadline passed. */
    private ProcessInstance followUpDue(ProcessInstance dispute) {
        ProcessInstance followUp = followUpOf(dispute);
        execute(timer(followUp, "TimerEvent_PerformanceDue"));
        return followUp;
    }

    private void agreeInWriting(ProcessInstance dispute) {
        ProcessInstance mediation = calledProcessInstance(dispute);
        complete(task(mediation), withVariables("partiesConsent", "true"));
        recordSession(mediation, "false");
        complete(task(mediation), withVariables("mediationResult", "SUCCESS", "agreementForm", "WRITTEN",
                "agreementContent", "李四十日内拆除越界围墙", "performanceDeadline", calendar.today().plusDays(10).toString()));
    }

    private ProcessInstance confirmationOf(ProcessInstance dispute) {
        return runningFor(dispute, cn.sandiao.agreement.JudicialConfirmations.PROCESS_KEY);
    }

    /** The running instance of {@code processKey} started for the dispute's case (same business key). */
    private ProcessInstance runningFor(ProcessInstance dispute, String processKey) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(dispute.getBusinessKey()).singleResult();
    }

    // --- 诉调对接: a court-entrusted case is reported back to the court -------------------------------------

    @Test
    void shouldReportTheResultOfACourtEntrustedCaseBackToTheCourt() {
        ProcessInstance dispute = register(DisputeRequests.fromSource(cn.sandiao.dispute.DisputeSource.COURT_ENTRUSTED));
        accept(dispute, "VILLAGE");
        ProcessInstance mediation = calledProcessInstance(dispute);
        complete(task(mediation), withVariables("partiesConsent", "false", "refusalReason", "被申请人坚持诉讼"));
        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_WITHDRAWN);

        ProcessInstance report = runningFor(dispute, cn.sandiao.dispute.CourtReports.PROCESS_KEY);
        Task receive = task(report);
        assertThat(receive).hasCandidateGroup("court");
        assertThat((String) runtimeService.getVariable(report.getId(), "caseResult")).contains("当事人拒绝调解");
        complete(receive, withVariables("courtNote", "已转立案庭审查"));

        assertThat(report).isEnded().hasPassed("EndEvent_ResultReceived");
        assertThat(disputeService.timeline(caseOf(dispute).getId()))
                .anySatisfy(e -> assertThat(e.summary()).isEqualTo("调解结果已报送人民法院"))
                .anySatisfy(e -> assertThat(e.summary()).isEqualTo("人民法院已接收调解结果"));
    }

    @Test
    void shouldReportNothingToTheCourtForACaseItDidNotEntrust() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        complete(task(dispute), withVariables("accepted", "false", "declineReason", "不属于调解范围",
                "declineRoute", "OUTSIDE_JURISDICTION"));

        assertThat(runningFor(dispute, cn.sandiao.dispute.CourtReports.PROCESS_KEY)).isNull();
    }

    // --- 包案领导: the leader in charge of a major case --------------------------------------------------

    @Test
    void shouldHaveTheLeaderSuperviseAMajorCaseWeeklyUntilTheCaseCloses() {
        ProcessInstance dispute = register(DisputeRequests.of(DisputeType.LAND_CONTRACT, DisputeRequests.XICUN,
                new BigDecimal("600000"), 2, false));
        accept(dispute, "COUNTY");

        Task firstRound = leaderTask(dispute);
        assertThat(firstRound).hasCandidateGroup("leader");
        assertThat(firstRound.getDueDate())
                .isEqualTo(DueDates.endOf(calendar.due(DeadlineRule.LEADER_SUPERVISION, calendar.today())));
        asLeader(() -> taskService.complete(firstRound.getId(), Map.of("supervisionNote", "本周内完成现场勘查")));
        assertThat(leaderTask(dispute)).isNull();

        execute(timer(dispute, DisputeCaseProcess.TIMER_NEXT_LEADER_ROUND));
        assertThat(leaderTask(dispute)).isNotNull();

        // the case closes (the parties refuse mediation): the weekly supervision ends with it
        complete(task(calledProcessInstance(dispute)), withVariables("partiesConsent", "false",
                "refusalReason", "双方均要求通过诉讼解决"));
        assertThat(dispute).isEnded().hasPassed(DisputeCaseProcess.END_WITHDRAWN);
        assertThat(taskService.createTaskQuery().processInstanceId(dispute.getId()).count()).isZero();
        assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(dispute.getId()).count())
                .isZero();
        assertThat(supervisions.findByCaseId(caseOf(dispute).getId()))
                .extracting(Supervision::getKind, Supervision::getSupervisor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Supervision.Kind.LEADER, "leader"));
    }

    @Test
    void shouldGiveAReopenedMajorCaseItsLeaderAgain() {
        ProcessInstance dispute = register(DisputeRequests.of(DisputeType.LAND_CONTRACT, DisputeRequests.XICUN,
                new BigDecimal("600000"), 2, false));
        accept(dispute, "COUNTY");
        asLeader(() -> taskService.complete(leaderTask(dispute).getId(), Map.of("supervisionNote", "尽快调处")));
        ProcessInstance mediation = calledProcessInstance(dispute);
        complete(task(mediation), withVariables("partiesConsent", "true"));
        recordSession(mediation, "false");
        complete(task(mediation), withVariables("mediationResult", "SUCCESS", "agreementForm", "WRITTEN",
                "agreementContent", "承包地界以二〇二〇年确权图为准"));
        ProcessInstance confirmation = confirmationOf(dispute);
        complete(task(confirmation));
        complete(task(confirmation), withVariables("ruling", "REJECTED", "rulingReason", "协议内容不明确",
                "rejectedRoute", "MEDIATION"));

        ProcessInstance again = runningFor(dispute, DisputeCaseProcess.KEY);
        assertThat(leaderTask(again)).isNotNull();
    }

    @Test
    void shouldGiveNoLeaderToACaseThatIsNotMajor() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");

        assertThat(leaderTask(dispute)).isNull();
        assertThat(dispute).variables().containsEntry(DisputeCaseProcess.VAR_LEADER_IN_CHARGE, false);
    }

    private Task leaderTask(ProcessInstance dispute) {
        return taskService.createTaskQuery().processInstanceId(dispute.getId())
                .taskDefinitionKey(DisputeCaseProcess.TASK_LEADER_INSTRUCTION).singleResult();
    }

    private void asLeader(Runnable action) {
        as("leader", List.of("leader"), action);
    }

    // --- steps -------------------------------------------------------------------------------------------

    private ProcessInstance register(RegisterDisputeRequest request) {
        Long id = disputeService.register(request, "intake").id();
        String instanceId = cases.findById(id).orElseThrow().getProcessInstanceId();
        return runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    }

    private void accept(ProcessInstance dispute, String level) {
        Map<String, Object> variables = runtimeService.getVariables(dispute.getId());
        complete(task(dispute), withVariables("accepted", "true", "disputeType", variables.get("disputeType"),
                "riskLevel", variables.get("riskLevel"), "channel", "PEOPLE", "mediationLevel", level));
        assertThat(dispute).isWaitingAt(DisputeCaseProcess.CALL_PEOPLE_MEDIATION);
    }

    private void recordSession(ProcessInstance mediation, String another) {
        recordSession(mediation, another, Map.of());
    }

    /** Another session to come, with a change of the mediation's clock recorded on it. */
    private void recordSession(ProcessInstance mediation, Map<String, Object> clockChange) {
        recordSession(mediation, "true", clockChange);
    }

    private void recordSession(ProcessInstance mediation, String another, Map<String, Object> more) {
        assertThat(mediation).isWaitingAt(MediationProcess.TASK_HOLD_SESSION);
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("sessionDate", calendar.today().toString(),
                "sessionPlace", "村委会调解室", "participants", "张三、李四、调解员", "sessionSummary", "听取双方陈述，释法明理",
                "anotherSession", another));
        variables.putAll(more);
        taskService.complete(task(mediation).getId(), variables);
    }

    private void failMediation(ProcessInstance dispute, String expectedMediator, String reason) {
        failMediation(dispute, expectedMediator, reason, "NEXT_LEVEL");
    }

    private void failMediation(ProcessInstance dispute, String expectedMediator, String reason, String escalateTo) {
        ProcessInstance mediation = calledProcessInstance(dispute);
        assertThat(task(mediation)).isAssignedTo(expectedMediator);
        complete(task(mediation), withVariables("partiesConsent", "true"));
        recordSession(mediation, "false");
        complete(task(mediation), withVariables("mediationResult", "FAILED", "failureReason", reason,
                "escalateTo", escalateTo));
    }

    private void acceptForAdministrativeMediation(ProcessInstance dispute) {
        Map<String, Object> variables = runtimeService.getVariables(dispute.getId());
        complete(task(dispute), withVariables("accepted", "true", "disputeType", variables.get("disputeType"),
                "riskLevel", variables.get("riskLevel"), "channel", "ADMINISTRATIVE"));
        assertThat(dispute).isWaitingAt(DisputeCaseProcess.CALL_ADMINISTRATIVE_MEDIATION);
    }

    private ProcessInstance trafficAccident() {
        return register(DisputeRequests.of(DisputeType.TRAFFIC, DisputeRequests.XICUN, new BigDecimal("80000"), 2, false));
    }

    /** Completes as the demo supervisor, so Camunda's task authorizations are checked as in Tasklist. */
    private void asSupervisor(Runnable action) {
        as("supervisor", List.of("supervisor", "supervisor-990101"), action);
    }

    private void as(String user, List<String> groups, Runnable action) {
        processEngine.getIdentityService().setAuthentication(user, groups);
        try {
            action.run();
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
    }

    private org.camunda.bpm.engine.runtime.Job timer(ProcessInstance instance, String activityId) {
        return processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    private Task supervisorTask(ProcessInstance mediation, String key) {
        return taskService.createTaskQuery().processInstanceId(mediation.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private DisputeCase caseOf(ProcessInstance dispute) {
        Long id = (Long) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(dispute.getId()).variableName("caseId").singleResult().getValue();
        return cases.findById(id).orElseThrow();
    }
}
