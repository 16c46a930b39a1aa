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
import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeSource;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.dispute.EntrustmentKind;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.support.ProcessTest;
import cn.sandiao.support.TestClock;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.HashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of {@code dispute_case} (纠纷案件办理) through the real engine and database: triage, the hand-offs between
 * levels and channels, referral to court or arbitration, court-entrusted cases, and the leader in charge of a major case.
 * Only {@code dispute_case} is measured; the mediation processes it calls are covered by their own classes. Three tests
 * here run mostly mediation but are this class's only runs of some of the case's paths: the escalation to the next
 * level and back to mediation ({@code shouldSucceedAtTownshipAfterVillageMediationFails}), triage routing straight to
 * an administrative department ({@code shouldMediateATrafficAccidentAtThePoliceWhenTriageRoutesItThere}) and the
 * hand-off from people's to administrative mediation
 * ({@code shouldGoFromPeoplesToAdministrativeMediationAndThenToCourtKeepingOneHistory}). The court's start form
 * ({@code court_entrustment}) is measured here too: it only hands the case to {@code dispute_case}.
 */
@ProcessTest({DisputeCaseProcess.KEY, CourtEntrustments.PROCESS_KEY})
class DisputeCaseProcessTest extends DisputeSteps {

    @Autowired CaseHandoffRepository handoffs;
    @Autowired MediationRepository mediations;
    @Autowired SupervisionRepository supervisions;
    @Autowired CourtEntrustments courtEntrustments;
    @Autowired TestClock clock;
    @Autowired FormService formService;
    @Autowired IdentityService identityService;
    @Autowired HistoryService historyService;
    @Autowired JdbcTemplate jdbc;

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
    void shouldRouteAMajorCaseToTheCountyCentre() {
        ProcessInstance dispute = register(DisputeRequests.of(DisputeType.LAND_CONTRACT, DisputeRequests.XICUN,
                new BigDecimal("600000"), 2, false));

        assertThat(dispute).variables().containsEntry("riskLevel", "MAJOR").containsEntry("mediationLevel", "COUNTY");
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
    void shouldTakeTheCourtsTasklistStartFormStraightToTheCommitteeItNames() {
        Map<String, Object> values = new HashMap<>(DisputeRequests.startFormValues(DisputeRequests.APPLICANT_ID,
                "13912345678"));
        values.remove("source");
        values.putAll(Map.of("courtCaseNo", "（2026）和民初789号", "kind", "BEFORE_FILING", "committeeCode", "xicun",
                "materialsSignedOn", calendar.today().minusDays(1).toString()));
        String startForm = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CourtEntrustments.PROCESS_KEY).latestVersion().singleResult().getId();
        // as the court's Tasklist submits it: its grants, and the service task records who handed the case in
        identityService.setAuthentication("court", groupsOf("court"));
        ProcessInstance handOver;
        try {
            handOver = formService.submitStartForm(startForm, values);
        } finally {
            identityService.clearAuthentication();
        }

        assertThat(handOver).isEnded().hasPassed("Task_Entrust");
        DisputeCase entrusted = cases.findByCaseNo(handOver.getBusinessKey()).orElseThrow();
        assertThat(entrusted.getCommitteeCode()).isEqualTo("xicun");
        assertThat(entrusted.getRegisteredBy()).isEqualTo("court");
        ProcessInstance dispute = runtimeService.createProcessInstanceQuery()
                .processInstanceId(entrusted.getProcessInstanceId()).singleResult();
        assertThat(dispute).hasPassed(DisputeCaseProcess.START_COURT_ENTRUSTED)
                .isWaitingAt(DisputeCaseProcess.CALL_PEOPLE_MEDIATION);
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
    void shouldRemoveACasesHistoryWithEveryGrantOnItAtTheHistoryCleanupTenYearsAfterItsRegistration() {
        ProcessInstance closed = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        LocalDate registeredOn = LocalDate.now(clock);
        accept(closed, "VILLAGE");
        String mediation = calledProcessInstance(closed).getId();
        failMediation(closed, "mediator", "双方均表示不再调解", "NONE");
        assertThat(closed).isEnded();
        String grantsOnHistory = "select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = ? and RESOURCE_ID_ = ?";
        int historyResource = Resources.HISTORIC_PROCESS_INSTANCE.resourceType();
        List<String> tasks = historyService.createHistoricTaskInstanceQuery().rootProcessInstanceId(closed.getId()).list()
                .stream().map(task -> task.getId()).toList();
        String grantsOnTasks = "select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = "
                + Resources.HISTORIC_TASK.resourceType() + " and RESOURCE_ID_ in ('" + String.join("','", tasks) + "')";

        // the models keep history 3,650 days (historyTimeToLive P3650D): the day before, cleanup leaves it all
        clock.setTo(registeredOn.plusDays(3650 - 1).atTime(12, 0));
        cleanUpHistory(() -> false, 3);
        assertThat(historicInstance(closed.getId())).as("the closed case's history, before its time").isNotNull();
        assertThat(jdbc.queryForObject(grantsOnHistory, Long.class, historyResource, closed.getId()))
                .as("the supervisors' read grants on the case's history").isPositive();
        assertThat(jdbc.queryForObject(grantsOnHistory, Long.class, historyResource, mediation))
                .as("the committee's read grants on its mediation's history").isPositive();
        assertThat(jdbc.queryForObject(grantsOnTasks, Long.class)).as("the engine's grants on its tasks' history")
                .isPositive();

        clock.setTo(registeredOn.plusDays(3650 + 2).atTime(12, 0));
        cleanUpHistory(() -> historicInstance(closed.getId()) == null && historicInstance(mediation) == null
                && jdbc.queryForObject(grantsOnHistory, Long.class, historyResource, closed.getId()) == 0
                && jdbc.queryForObject(grantsOnHistory, Long.class, historyResource, mediation) == 0
                && jdbc.queryForObject(grantsOnTasks, Long.class) == 0, 50);
        assertThat(historicInstance(closed.getId())).as("the closed case's history").isNull();
        assertThat(historicInstance(mediation)).as("its mediation's history").isNull();
        assertThat(jdbc.queryForObject(grantsOnHistory, Long.class, historyResource, closed.getId())).isZero();
        assertThat(jdbc.queryForObject(grantsOnHistory, Long.class, historyResource, mediation)).isZero();
        assertThat(jdbc.queryForObject(grantsOnTasks, Long.class)).isZero();
    }

    /**
     * Runs the engine's history cleanup until {@code done}, at most so often: each run removes at most 500 rows of each
     * kind, and the other tests' cases of the shared database come due too.
     */
    private void cleanUpHistory(BooleanSupplier done, int runs) {
        for (int run = 0; run < runs && !done.getAsBoolean(); run++) {
            processEngine.getManagementService().executeJob(historyService.cleanUpHistoryAsync(true).getId());
        }
    }

    private HistoricProcessInstance historicInstance(String processInstanceId) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    @Test
    void shouldKeepTheHistoryThatIsReadAndLeaveOutTheChangeLogsNobodyReads() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        ProcessInstance mediation = calledProcessInstance(dispute);
        as("mediator", groupsOf("mediator"), () -> complete(task(mediation), withVariables("partiesConsent", "true")));
        recordSession(mediation, "false");
        complete(task(mediation), withVariables("mediationResult", "FAILED", "failureReason", "双方均表示不再调解",
                "escalateTo", "NONE"));
        assertThat(dispute).isEnded();

        // kept: what the statistics read (the values a case was registered with) and what Tasklist and Cockpit show
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(dispute.getId())
                .variableNameIn(DisputeCaseProcess.VAR_REGION_CODE, DisputeCaseProcess.VAR_DISPUTE_TYPE).list())
                .extracting(variable -> variable.getValue()).containsExactlyInAnyOrder(DisputeRequests.DONGCUN, "NEIGHBOUR");
        assertThat(historyService.createHistoricTaskInstanceQuery().rootProcessInstanceId(dispute.getId()).finished()
                .list()).extracting(task -> task.getAssignee()).contains("mediator");
        assertThat(historyService.createUserOperationLogQuery().processInstanceId(mediation.getId())
                .operationType("Complete").count()).as("the mediator's completion in Tasklist's History tab").isOne();
        // left out: every value each variable had on the way, every candidate and assignee each task had, copies
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(mediation.getId())
                .variableNameIn(DisputeCaseProcess.VAR_CASE_NO, DisputeCaseProcess.VAR_PARTY_NAMES).count())
                .as("the case's number and parties copied into its mediation: their history is the case's").isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(mediation.getId())
                .variableName(MediationProcess.VAR_MEDIATION_RESULT).singleResult().getValue()).isEqualTo("FAILED");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(dispute.getId())
                .variableNameIn(DisputeCaseProcess.VAR_PARTY_NAMES, DisputeCaseProcess.VAR_CASE_SUMMARY,
                        DisputeCaseProcess.VAR_SUPERVISOR_GROUPS).count())
                .as("the names, summary and offices Tasklist shows: the case's own record holds them").isZero();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(mediation.getId())
                .variableNameIn(MediationProcess.VAR_COMMITTEE_NAME, MediationProcess.VAR_MEDIATION_DUE).count())
                .as("the committee's name and the clock's due date: the mediation's row holds them").isZero();
        String root = "select count(*) from %s where ROOT_PROC_INST_ID_ = ?";
        assertThat(jdbc.queryForObject(root.formatted("ACT_HI_DETAIL"), Long.class, dispute.getId())).isZero();
        assertThat(jdbc.queryForObject(root.formatted("ACT_HI_IDENTITYLINK"), Long.class, dispute.getId())).isZero();
        // the path a case took stays readable by its steps and ends; the gateways between them leave no row
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(mediation.getId()).list())
                .extracting(HistoricActivityInstance::getActivityType)
                .contains("userTask", "serviceTask", "startEvent", "terminateEndEvent")
                .noneMatch(type -> type.endsWith("Gateway"));
        assertThat(jdbc.queryForObject(root.formatted("ACT_HI_ACTINST") + " and ACT_TYPE_ like '%Gateway'", Long.class,
                dispute.getId())).as("the case's and its mediation's gateways").isZero();
        // task metrics are a licence count of the enterprise edition: not kept
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_TASK_METER_LOG", Long.class)).isZero();
    }

    private List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

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
}
