package cn.sandiao.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.sandiao.common.ConflictException;
import cn.sandiao.dispute.CaseResult;
import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeSource;
import cn.sandiao.support.MeasuresCoverage;
import cn.sandiao.support.ProcessTest;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of the petition process through the real engine and database, including 访调对接 with a real
 * dispute case. The class must cover the whole petition process; the dispute processes it touches are
 * covered by their own classes.
 */
@ProcessTest(PetitionProcess.KEY)
class PetitionProcessTest implements MeasuresCoverage {

    private static final String WANG = "440304198506151237";
    private static final String LI = "11010519491231002X";
    private static final String DONGCUN = "990101001001";

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired FormService formService;
    @Autowired PetitionService petitionService;
    @Autowired PetitionEvaluations evaluations;
    @Autowired PetitionReviews reviews;
    @Autowired PetitionRepository petitions;
    @Autowired PetitionNoticeRepository notices;
    @Autowired PetitionReviewRepository reviewRecords;
    @Autowired PetitionEventRepository events;
    @Autowired DisputeCaseRepository cases;
    @Autowired BusinessCalendar calendar;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void shouldTakeAClaimThroughReviewAndReReviewWithAHearingAndRefuseTheSameMatterAfterwards() {
        ProcessInstance instance = register(claim(WANG, "城关镇林业站", "要求补发2025年度生态公益林补偿金", null));
        Long id = petitionId(instance);
        decide(instance, "ACCEPT", Map.of());
        reply(instance, calendar.today());
        evaluations.evaluate(id, new EvaluationRequest(PetitionEvaluation.DISSATISFIED, "补贴金额不对"));

        reviews.request(id, ReviewLevel.REVIEW, new ReviewRequest("补贴计算有误", null));
        Task review = task(instance);
        assertThat(review).hasDefinitionKey(PetitionProcess.TASK_REVIEW_OPINION).hasCandidateGroup("supervisor-990101");
        assertThat(review.getDueDate()).isEqualTo(DueDates.endOf(calendar.due(DeadlineRule.REVIEW_OPINION, calendar.today())));
        complete(review, withVariables("opinion", "经复查，原处理意见正确", "opinionResult", "UPHELD"));
        assertThat(petition(id).getStatus()).isEqualTo(PetitionStatus.REVIEWED);

        reviews.request(id, ReviewLevel.RE_REVIEW, new ReviewRequest("仍不服", null));
        LocalDate firstDue = calendar.due(DeadlineRule.RE_REVIEW_OPINION, calendar.today());
        assertThat(task(instance).getDueDate()).isEqualTo(DueDates.endOf(firstDue));
        complete(task(instance), withVariables("reReviewStep", "HEARING_STARTED",
                "clockChangeDate", calendar.today().toString(), "clockChangeReason", "举行听证"));
        assertThat(task(instance).getDueDate()).as("no due date while the hearing runs").isNull();
        assertThatThrownBy(() -> taskService.complete(task(instance).getId(), Map.of("reReviewStep", "OPINION",
                "opinion", "维持", "opinionResult", "UPHELD"))).hasMessageContaining("听证尚未结束");
        complete(task(instance), withVariables("reReviewStep", "HEARING_ENDED", "clockChangeDate", calendar.today().toString()));
        assertThat(task(instance).getDueDate()).as("due again once the hearing ended").isNotNull();
        assertThat((String) runtimeService.getVariable(instance.getId(), "deadlineBasis")).contains("暂停计时（举行听证）");
        complete(task(instance), withVariables("reReviewStep", "OPINION", "opinion", "经复核，维持复查意见", "opinionResult", "UPHELD"));

        assertThat(instance).isEnded().hasPassed(PetitionProcess.TASK_FINALIZE, PetitionProcess.END_CLOSED);
        assertThat(petition(id).getStatus()).isEqualTo(PetitionStatus.FINAL);
        assertThat(reviewRecords.findByPetitionIdOrderByIdAsc(id)).extracting(PetitionReview::getLevel)
                .containsExactly(ReviewLevel.REVIEW, ReviewLevel.RE_REVIEW);

        // registered, and ended at once: no task for anyone
        Long againId = petitionService.register(claim(WANG, "城关镇 林业站。", "要求补发2025年度的生态公益林补偿金", null),
                "petition").id();
        Petition refused = petition(againId);
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(refused.getProcessInstanceId()).activityId(PetitionProcess.END_NOT_ACCEPTED_AGAIN)
                .count()).isEqualTo(1);
        assertThat(refused.getStatus()).isEqualTo(PetitionStatus.NOT_ACCEPTED_AGAIN);
        assertThat(refused.getRepeatOf()).isEqualTo(id);
        assertThat(refused.getClosureNote()).contains("第三十六条第三款");
        // the offices read its history until history cleanup removes it, their grants with it; nothing runs to read
        Date removalTime = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(refused.getProcessInstanceId()).singleResult().getRemovalTime();
        assertThat(removalTime).isNotNull();
        assertThat(jdbc.queryForList("select RESOURCE_TYPE_, REMOVAL_TIME_ from ACT_RU_AUTHORIZATION"
                + " where RESOURCE_ID_ = ?", refused.getProcessInstanceId())).isNotEmpty().allSatisfy(grant -> {
                    assertThat(grant.get("RESOURCE_TYPE_")).isEqualTo(Resources.HISTORIC_PROCESS_INSTANCE.resourceType());
                    assertThat(((Timestamp) grant.get("REMOVAL_TIME_")).getTime()).isEqualTo(removalTime.getTime());
                });
        assertThat(notices.findByPetitionIdOrderByIdAsc(refused.getId())).extracting(PetitionNotice::getKind)
                .containsExactly(NoticeKind.NOT_ACCEPTED_AGAIN);
        assertThat(events.findByPetitionIdOrderByOccurredAtAscIdAsc(id)).extracting(PetitionEvent::getType)
                .contains(PetitionEventType.REVIEW_REQUESTED, PetitionEventType.REVIEW_OPINION,
                        PetitionEventType.RE_REVIEW_REQUESTED, PetitionEventType.HEARING,
                        PetitionEventType.RE_REVIEW_OPINION, PetitionEventType.FINAL);
        assertThat(events.findByPetitionIdOrderByOccurredAtAscIdAsc(againId)).extracting(PetitionEvent::getType)
                .containsExactly(PetitionEventType.REGISTERED, PetitionEventType.REPEAT_DETECTED,
                        PetitionEventType.NOT_ACCEPTED_AGAIN);
        assertEveryStepAudited(id);
        assertEveryStepAudited(againId);
    }

    @Test
    void shouldGuideOrTransferAPetitionAndRecordTheNotice() {
        ProcessInstance guided = register(claim(LI, "某建筑公司", "要求支付拖欠工资三万元", null));
        assertThatThrownBy(() -> decide(guided, "GUIDE_TO_PROCEDURE", Map.of())).hasMessageContaining("导入的法定途径");
        decide(guided, "GUIDE_TO_PROCEDURE", Map.of("guidedProcedure", "ARBITRATION"));
        assertThat(guided).isEnded().hasPassed(PetitionProcess.END_GUIDED);
        Petition guidedPetition = petition(petitionId(guided));
        assertThat(guidedPetition.getStatus()).isEqualTo(PetitionStatus.GUIDED);
        assertThat(guidedPetition.getAcceptanceRoute()).contains("仲裁");
        assertThat(notices.findByPetitionIdOrderByIdAsc(guidedPetition.getId())).extracting(PetitionNotice::getKind)
                .containsExactly(NoticeKind.GUIDANCE);

        ProcessInstance courtMatter = register(claim(LI, "和美县人民法院", "要求撤销民事判决", null));
        decide(courtMatter, "TRANSFER_POLITICAL_LEGAL", Map.of());
        assertThat(courtMatter).isEnded().hasPassed(PetitionProcess.END_TRANSFERRED_POLITICAL_LEGAL);
        assertThat(petition(petitionId(courtMatter)).getAcceptanceRoute()).isEqualTo("政法部门");

        ProcessInstance elsewhere = register(petition(PetitionCategory.ACCUSATION, LI, "邻县某局", "反映邻县某局工作人员违规收费", null));
        assertThatThrownBy(() -> decide(elsewhere, "TRANSFER_AUTHORITY", Map.of())).hasMessageContaining("请填写转送的有权处理机关");
        decide(elsewhere, "TRANSFER_AUTHORITY", Map.of("transferAuthority", "邻县人民政府信访局"));
        assertThat(elsewhere).isEnded().hasPassed(PetitionProcess.END_TRANSFERRED_AUTHORITY);
        assertThat(petition(petitionId(elsewhere)).getStatus()).isEqualTo(PetitionStatus.TRANSFERRED);
    }

    @Test
    void shouldRemindAndSuperviseBothClocksAndExtendHandlingOnlyWithApprovalAndByThirtyDaysAtMost() {
        LocalDate received = calendar.today().minusDays(20);
        ProcessInstance instance = register(claim(WANG, "城关镇社会保障所", "要求核定养老保险缴费年限", received));
        Long id = petitionId(instance);
        assertThat(task(instance).getDueDate())
                .isEqualTo(DueDates.endOf(calendar.due(DeadlineRule.PETITION_ACCEPTANCE, received)));
        execute(timer(instance, PetitionProcess.BOUNDARY_ACCEPTANCE_REMINDER));
        execute(timer(instance, PetitionProcess.BOUNDARY_ACCEPTANCE_OVERDUE));
        supervise(instance, PetitionProcess.TASK_REMIND, "已提醒承办人");
        supervise(instance, PetitionProcess.TASK_SUPERVISE_OVERDUE, "限两日内书面告知");

        decide(instance, "ACCEPT", Map.of());
        Task handle = officerTask(instance);
        assertThat(handle).hasDefinitionKey(PetitionProcess.TASK_HANDLE);
        LocalDate handlingDue = calendar.due(DeadlineRule.PETITION_HANDLING, calendar.today());
        assertThat(handle.getDueDate()).isEqualTo(DueDates.endOf(handlingDue));
        assertThatThrownBy(() -> requestExtension(instance, 31)).hasMessageContaining("最多可延长30日");

        requestExtension(instance, 20);
        Task approval = supervisorTask(instance, PetitionProcess.TASK_APPROVE_EXTENSION);
        assertThat(approval).hasCandidateGroup("supervisor-990101");
        assertThatThrownBy(() -> taskService.complete(approval.getId(), Map.of("extensionApproved", "false")))
                .hasMessageContaining("不批准延期的，请填写理由");
        complete(approval, withVariables("extensionApproved", "false", "extensionNote", "情况并不复杂"));
        assertThat(officerTask(instance).getDueDate()).isEqualTo(DueDates.endOf(handlingDue));

        requestExtension(instance, 20);
        complete(supervisorTask(instance, PetitionProcess.TASK_APPROVE_EXTENSION), withVariables("extensionApproved", "true"));
        LocalDate extended = calendar.due(DeadlineRule.PETITION_HANDLING, calendar.today(), List.of(), 20);
        assertThat(officerTask(instance).getDueDate()).isEqualTo(DueDates.endOf(extended));
        assertThat(timer(instance, PetitionProcess.BOUNDARY_HANDLING_OVERDUE).getDuedate()).isEqualTo(DueDates.endOf(extended));
        assertThat(petition(id).getExtendedDays()).isEqualTo(20);
        assertThat(notices.findByPetitionIdOrderByIdAsc(id)).extracting(PetitionNotice::getKind)
                .containsExactly(NoticeKind.ACCEPTANCE, NoticeKind.EXTENSION);
        assertThatThrownBy(() -> requestExtension(instance, 11)).as("30 days in all").hasMessageContaining("已延长20日");

        execute(timer(instance, PetitionProcess.BOUNDARY_HANDLING_REMINDER));
        execute(timer(instance, PetitionProcess.BOUNDARY_HANDLING_OVERDUE));
        supervise(instance, PetitionProcess.TASK_REMIND, "已催办");
        supervise(instance, PetitionProcess.TASK_SUPERVISE_OVERDUE, "已逾期，督促即日答复");

        reply(instance, calendar.today());
        execute(timer(instance, PetitionProcess.BOUNDARY_EVALUATION_PERIOD_OVER));
        assertThat(petition(id).getEvaluation()).isEqualTo(PetitionEvaluation.NOT_EVALUATED);
        execute(timer(instance, PetitionProcess.EVENT_REVIEW_WINDOW_CLOSED));

        assertThat(instance).isEnded().hasPassed(PetitionProcess.TASK_RECORD_NOT_EVALUATED, PetitionProcess.TASK_CLOSE);
        Petition closed = petition(id);
        assertThat(closed.getStatus()).isEqualTo(PetitionStatus.CLOSED);
        assertThat(closed.getClosureNote()).contains("未请求复查");
        assertThat(events.findByPetitionIdOrderByOccurredAtAscIdAsc(id)).extracting(PetitionEvent::getType)
                .contains(PetitionEventType.REMINDED, PetitionEventType.SUPERVISED, PetitionEventType.EXTENSION_REFUSED,
                        PetitionEventType.EXTENDED, PetitionEventType.REPLIED, PetitionEventType.EVALUATED,
                        PetitionEventType.CLOSED);
        assertEveryStepAudited(id);
    }

    @Test
    void shouldAnswerASuggestionWithoutAHandlingClockOrReviewWhenRegisteredInTasklist() {
        Map<String, Object> form = new HashMap<>(Map.of("form", "ONLINE", "category", "SUGGESTION",
                "petitionerName", "赵六", "petitionerIdNumber", WANG, "petitionerPhone", "13800138000",
                "respondent", "和美县交通运输局", "regionCode", "990101", "content", "县城至东村公交班次太少",
                "demand", "建议增加早晚班次"));
        ProcessInstance instance = formService.submitStartForm(definitionId(), form);
        Long id = petitionId(instance);
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("petitionerIdNumber", "petitionerPhone");
        assertThat(petition(id).getPetitionNo()).isEqualTo(instance.getBusinessKey());
        assertThatThrownBy(() -> decide(instance, "REFER_TO_MEDIATION", Map.of("partiesConsent", true)))
                .hasMessageContaining("仅适用于申诉求决类");

        decide(instance, "ACCEPT", Map.of());
        Task replyTask = officerTask(instance);
        assertThat(replyTask).hasDefinitionKey(PetitionProcess.TASK_REPLY_NON_CLAIM);
        assertThat(replyTask.getDueDate()).isNull();
        assertThatThrownBy(() -> requestExtension(instance, 5)).hasMessageContaining("无需申请延期");
        reply(instance, calendar.today());
        assertThat(petition(id).getStatus()).as("no review for a suggestion").isEqualTo(PetitionStatus.CLOSED);
        assertThatThrownBy(() -> reviews.request(id, ReviewLevel.REVIEW, new ReviewRequest("不服", null)))
                .isInstanceOf(ConflictException.class);

        complete(officerTask(instance), withVariables("evaluation", "BASICALLY_SATISFIED"));
        assertThat(instance).isEnded().hasPassed(PetitionProcess.END_CLOSED);
        assertThat(petition(id).getEvaluation()).isEqualTo(PetitionEvaluation.BASICALLY_SATISFIED);
    }

    @Test
    void shouldSendAClaimToMediationWithBothPartiesConsentAndCloseItWhenTheCaseSettles() {
        ProcessInstance instance = register(claim(LI, "张三", "要求张三拆除越界搭建的猪圈", null));
        Long id = petitionId(instance);
        assertThatThrownBy(() -> decide(instance, "REFER_TO_MEDIATION", Map.of("partiesConsent", false)))
                .hasMessageContaining("双方当事人同意");
        decide(instance, "REFER_TO_MEDIATION", referral());

        assertThat(instance).isWaitingAt(PetitionProcess.EVENT_MEDIATION_CLOSED);
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey("respondentPhone");
        DisputeCase disputeCase = cases.findById(petition(id).getDisputeCaseId()).orElseThrow();
        assertThat(disputeCase.getSource()).isEqualTo(DisputeSource.PETITION_TRANSFER);
        assertThat(disputeCase.getDescription()).contains(petition(id).getPetitionNo());

        ProcessInstance dispute = disputeProcess(disputeCase);
        complete(task(dispute), withVariables("accepted", "true", "disputeType", "NEIGHBOUR", "riskLevel", "GENERAL",
                "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
        ProcessInstance mediation = calledProcessInstance(dispute);
        complete(task(mediation), withVariables("partiesConsent", "true"));
        complete(task(mediation), withVariables("sessionDate", calendar.today().toString(), "sessionPlace", "村委会",
                "participants", "双方", "sessionSummary", "释法明理", "anotherSession", "false"));
        complete(task(mediation), withVariables("mediationResult", "SUCCESS", "agreementForm", "ORAL",
                "agreementContent", "张三三日内拆除猪圈"));

        assertThat(instance).isEnded().hasPassed(PetitionProcess.END_SETTLED_BY_MEDIATION);
        Petition settled = petition(id);
        assertThat(settled.getStatus()).isEqualTo(PetitionStatus.CLOSED);
        assertThat(settled.getMediationResult()).isEqualTo(CaseResult.SUCCEEDED.name());
        assertThat(events.findByPetitionIdOrderByOccurredAtAscIdAsc(id)).extracting(PetitionEvent::getType)
                .contains(PetitionEventType.REFERRED_TO_MEDIATION, PetitionEventType.MEDIATION_RESULT);
        assertEveryStepAudited(id);
    }

    @Test
    void shouldBringThePetitionBackToTheOfficeWhenTheCaseIsNotMediated() {
        ProcessInstance instance = register(claim(WANG, "李四", "要求李四赔偿损坏的水渠", null));
        decide(instance, "REFER_TO_MEDIATION", referral());
        DisputeCase disputeCase = cases.findById(petition(petitionId(instance)).getDisputeCaseId()).orElseThrow();
        complete(task(disputeProcess(disputeCase)), withVariables("accepted", "false", "declineReason", "已起诉",
                "declineRoute", "LITIGATION_OR_ARBITRATION"));

        Task decision = officerTask(instance);
        assertThat(decision).hasDefinitionKey(PetitionProcess.TASK_DECIDE_AFTER_MEDIATION);
        assertThat((String) runtimeService.getVariable(instance.getId(), "petitionSummary"))
                .contains("访调对接调解结果：" + disputeCase.getCaseNo()).contains("不予受理");
        decide(instance, "GUIDE_TO_PROCEDURE", Map.of("guidedProcedure", "LITIGATION"));
        assertThat(instance).isEnded().hasPassed(PetitionProcess.END_GUIDED);
    }

    @Test
    void shouldCloseWhenNoReReviewIsAskedWithinThirtyDaysOfTheReview() {
        ProcessInstance instance = register(claim(LI, "城关镇农业服务中心", "要求补偿被毁的秧苗", null));
        Long id = petitionId(instance);
        decide(instance, "ACCEPT", Map.of());
        reply(instance, calendar.today());
        complete(officerTask(instance), withVariables("evaluation", "SATISFIED"));
        reviews.request(id, ReviewLevel.REVIEW, new ReviewRequest("补偿标准偏低", null));
        complete(task(instance), withVariables("opinion", "经复查，变更补偿标准", "opinionResult", "CHANGED"));
        execute(timer(instance, PetitionProcess.EVENT_RE_REVIEW_WINDOW_CLOSED));

        assertThat(instance).isEnded().hasPassed(PetitionProcess.TASK_CLOSE);
        assertThat(petition(id).getClosureNote()).contains("未请求复核");
    }

    @Test
    void shouldCountTheAcceptanceLimitPastAHolidayAndTheReviewWindowToItsLastDay() {
        // 15 days from 2026-09-16 end on 2026-10-01, 国庆节: the limit moves to the first working day after it
        ProcessInstance late = register(claim(WANG, "城关镇规划办", "要求撤销违法建设认定", LocalDate.of(2026, 9, 16)));
        assertThat(task(late).getDueDate()).isEqualTo(DueDates.endOf(LocalDate.of(2026, 10, 8)));
        decide(late, "ACCEPT", Map.of("noticeDate", "2026-10-09"));
        assertThat(timeline(petitionId(late))).anyMatch(detail -> detail.contains("超过告知期限2026年10月8日"));

        ProcessInstance onTime = register(claim(LI, "城关镇规划办", "要求公开拆违依据", LocalDate.of(2026, 9, 16)));
        decide(onTime, "ACCEPT", Map.of("noticeDate", "2026-10-08"));
        assertThat(timeline(petitionId(onTime))).noneMatch(detail -> detail.contains("超过告知期限"));

        // a reply on 2026-08-31: 30 days end on 2026-09-30, a Wednesday
        ProcessInstance answered = register(claim(WANG, "城关镇财政所", "要求退还多收的费用", LocalDate.of(2026, 8, 1)));
        Long id = petitionId(answered);
        decide(answered, "ACCEPT", Map.of("noticeDate", "2026-08-10"));
        reply(answered, LocalDate.of(2026, 8, 31));
        assertThatThrownBy(() -> reviews.request(id, ReviewLevel.REVIEW, new ReviewRequest("不服", LocalDate.of(2026, 10, 1))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("2026年9月30日");
        assertThat(petition(id).getStatus()).as("a refused request changes nothing").isEqualTo(PetitionStatus.REPLIED);
        reviews.request(id, ReviewLevel.REVIEW, new ReviewRequest("不服", LocalDate.of(2026, 9, 30)));
        assertThat(supervisorTask(answered, PetitionProcess.TASK_REVIEW_OPINION).getDueDate()).as("30 days from 2026-09-30 end on 2026-10-30")
                .isEqualTo(DueDates.endOf(LocalDate.of(2026, 10, 30)));
    }

    // --- steps -------------------------------------------------------------------------------------------

    private ProcessInstance register(RegisterPetitionRequest request) {
        Long id = petitionService.register(request, "petition").id();
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId(petitions.findById(id).orElseThrow().getProcessInstanceId()).singleResult();
    }

    private static RegisterPetitionRequest claim(String idNumber, String respondent, String demand, LocalDate received) {
        return petition(PetitionCategory.CLAIM, idNumber, respondent, demand, received);
    }

    private static RegisterPetitionRequest petition(PetitionCategory category, String idNumber, String respondent,
                                                    String demand, LocalDate received) {
        return new RegisterPetitionRequest(PetitionForm.VISIT, category,
                List.of(new RegisterPetitionRequest.PetitionerInput("王五", idNumber, "13800138000")),
                respondent, DONGCUN, "来访反映：" + demand, demand, received);
    }

    private void decide(ProcessInstance instance, String decision, Map<String, Object> more) {
        Map<String, Object> variables = new HashMap<>(Map.of("acceptanceDecision", decision,
                "noticeContent", "已收到您的信访事项，处理途径和程序如下……"));
        variables.putAll(more);
        taskService.complete(officerTask(instance).getId(), variables);
    }

    private static Map<String, Object> referral() {
        return Map.of("partiesConsent", true, "disputeType", "NEIGHBOUR", "respondentKind", "PERSON",
                "respondentPhone", "13900139000");
    }

    private void reply(ProcessInstance instance, LocalDate on) {
        taskService.complete(officerTask(instance).getId(), Map.of("handlingStep", "REPLY",
                "replyContent", "经调查核实，答复如下……", "replyDate", on.toString()));
    }

    private void requestExtension(ProcessInstance instance, int days) {
        taskService.complete(officerTask(instance).getId(), Map.of("handlingStep", "REQUEST_EXTENSION",
                "extensionDays", days, "clockChangeReason", "需会同自然资源部门实地勘测"));
    }

    private void supervise(ProcessInstance instance, String key, String note) {
        Task task = supervisorTask(instance, key);
        assertThat(task).hasCandidateGroup("supervisor-990101001");
        complete(task, withVariables("supervisionNote", note));
    }

    private Task officerTask(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("petition-officer")
                .singleResult();
    }

    private Task supervisorTask(ProcessInstance instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
    }

    private ProcessInstance disputeProcess(DisputeCase disputeCase) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(disputeCase.getProcessInstanceId())
                .singleResult();
    }

    private String definitionId() {
        return processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PetitionProcess.KEY)
                .latestVersion().singleResult().getId();
    }

    private Long petitionId(ProcessInstance instance) {
        return (Long) processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(PetitionProcess.VAR_PETITION_ID).singleResult().getValue();
    }

    /**
     * The audit trail holds each step of the petition against the petition, in order, worded as the timeline
     * (label：summary); the steps of the dispute case it may have been referred to are the dispute's.
     */
    private void assertEveryStepAudited(Long id) {
        List<String> steps = events.findByPetitionIdOrderByOccurredAtAscIdAsc(id).stream()
                .map(e -> e.getType().label() + "：" + e.getSummary()).toList();
        assertThat(steps).isNotEmpty();
        assertThat(jdbc.queryForList("select detail from audit_event where subject_kind = 'PETITION' and subject_id = ?"
                + " and action = 'CASE_CHANGED' order by occurred_at, id", String.class, id))
                .containsExactlyElementsOf(steps);
    }

    private Petition petition(Long id) {
        return petitions.findById(id).orElseThrow();
    }

    private List<String> timeline(Long id) {
        return events.findByPetitionIdOrderByOccurredAtAscIdAsc(id).stream()
                .map(e -> e.getSummary() + "：" + e.getDetail()).toList();
    }
}
