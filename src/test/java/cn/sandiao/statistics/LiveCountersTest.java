package cn.sandiao.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.sandiao.dispute.CaseReopening;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionRepository;
import cn.sandiao.petition.EvaluationRequest;
import cn.sandiao.petition.PetitionCategory;
import cn.sandiao.petition.PetitionEvaluation;
import cn.sandiao.petition.PetitionEvaluations;
import cn.sandiao.petition.PetitionForm;
import cn.sandiao.petition.PetitionRepository;
import cn.sandiao.petition.PetitionReviews;
import cn.sandiao.petition.PetitionService;
import cn.sandiao.petition.RegisterPetitionRequest;
import cn.sandiao.petition.ReviewLevel;
import cn.sandiao.petition.ReviewRequest;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.TestClock;
import cn.sandiao.workflow.BusinessCalendar;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases and petitions driven through the real processes at random, then the live figures (counters kept by every
 * transaction) compared with a count from scratch over the fact tables, for every region and the months touched.
 */
@IntegrationTest
class LiveCountersTest {

    // a valid GB 11643 number for the petitions of this test
    private static final String PETITIONER = "440304198506151237";

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired DisputeService disputeService;
    @Autowired DisputeCaseRepository cases;
    @Autowired CaseReopening reopening;
    @Autowired PetitionService petitionService;
    @Autowired PetitionRepository petitions;
    @Autowired PetitionEvaluations evaluations;
    @Autowired PetitionReviews reviews;
    @Autowired BusinessCalendar calendar;
    @Autowired TestClock clock;
    @Autowired MonthlyReports reports;
    @Autowired RegionRepository regions;
    @Autowired TransactionTemplate transactions;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void shouldKeepTheLiveFiguresEqualToACountFromScratchWhateverTheCasesGoThrough() {
        // the same workload in every run; another with -Dsandiao.test.seed=N
        long seed = Long.getLong("sandiao.test.seed", 20261204L);
        Random random = new Random(seed);
        clock.setTo(LocalDateTime.of(2026, 11, 18, 10, 0)); // the middle of a month: every step counts in one month
        for (int i = 0; i < 14; i++) {
            String village = random.nextBoolean() ? DisputeRequests.DONGCUN : DisputeRequests.XICUN;
            ProcessInstance dispute = register(village);
            switch (random.nextInt(6)) {
                case 0 -> complete(dispute, Map.of("accepted", "false", "declineReason", "已向法院起诉",
                        "declineRoute", "LITIGATION_OR_ARBITRATION"));
                case 1 -> {
                    accept(dispute);
                    mediate(calledProcessInstance(dispute), "SUCCESS");
                }
                case 2 -> {
                    accept(dispute);
                    mediate(calledProcessInstance(dispute), "FAILED");
                    mediate(calledProcessInstance(dispute), "SUCCESS");
                }
                case 3 -> {
                    accept(dispute);
                    complete(calledProcessInstance(dispute), Map.of("partiesConsent", "false",
                            "refusalReason", "不同意调解"));
                }
                case 4 -> {
                    // closed, then mediated again: its first closure is counted off, the second on
                    accept(dispute);
                    mediate(calledProcessInstance(dispute), "SUCCESS");
                    Long caseId = cases.findAll().stream().filter(c -> dispute.getId().equals(c.getProcessInstanceId()))
                            .findFirst().orElseThrow().getId();
                    // as the follow-up task's listener does, inside its transaction
                    transactions.executeWithoutResult(t -> reopening.reopen(caseId, "协议未履行", "supervisor"));
                    ProcessInstance again = runtimeService.createProcessInstanceQuery()
                            .processInstanceId(cases.findById(caseId).orElseThrow().getProcessInstanceId()).singleResult();
                    mediate(calledProcessInstance(again), random.nextBoolean() ? "SUCCESS" : "WITHDRAWN");
                }
                default -> accept(dispute); // still being mediated
            }
        }
        for (int i = 0; i < 6; i++) {
            petition(random.nextInt(4));
        }

        YearMonth month = YearMonth.from(calendar.today());
        for (Region region : regions.findAllByOrderByCodeAsc()) {
            for (YearMonth m : List.of(month.minusMonths(1), month, month.plusMonths(1), month.plusMonths(2))) {
                MonthlyReport live = reports.live(m, region);
                MonthlyReport recounted = reports.recounted(m, region);
                assertThat(live.disputes()).as("seed " + seed + ", " + region.getCode() + " " + m)
                        .isEqualTo(recounted.disputes());
                assertThat(live.petitions()).as("seed " + seed + ", " + region.getCode() + " " + m)
                        .isEqualTo(recounted.petitions());
            }
        }
        assertThat(reports.live(month, regions.findById("990101").orElseThrow()).disputes().registered())
                .isGreaterThanOrEqualTo(14);
    }

    private ProcessInstance register(String village) {
        Long id = disputeService.register(DisputeRequests.neighbourDispute(village), "intake").id();
        return runtimeService.createProcessInstanceQuery()
                .processInstanceId(cases.findById(id).orElseThrow().getProcessInstanceId()).singleResult();
    }

    private void accept(ProcessInstance dispute) {
        Map<String, Object> variables = runtimeService.getVariables(dispute.getId());
        complete(dispute, Map.of("accepted", "true", "disputeType", variables.get("disputeType"),
                "riskLevel", variables.get("riskLevel"), "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
    }

    private void mediate(ProcessInstance mediation, String result) {
        complete(mediation, Map.of("partiesConsent", "true"));
        complete(mediation, Map.of("sessionDate", calendar.today().toString(), "sessionPlace", "村委会调解室",
                "participants", "双方当事人、调解员", "sessionSummary", "释法明理", "anotherSession", "false"));
        Map<String, Object> outcome = new HashMap<>(Map.of("mediationResult", result));
        if (result.equals("SUCCESS")) {
            outcome.putAll(Map.of("agreementForm", "ORAL", "agreementContent", "当场赔偿并道歉"));
        } else {
            outcome.putAll(Map.of("failureReason", "分歧较大", "escalateTo", "NEXT_LEVEL"));
        }
        complete(mediation, outcome);
    }

    private void complete(ProcessInstance instance, Map<String, Object> variables) {
        taskService.complete(task(instance).getId(), variables);
    }

    /** A petition taken to one of its ends: 0 registered, 1 accepted, 2 replied and evaluated, 3 and reviewed. */
    private void petition(int steps) {
        String demand = "要求解决统计测试事项" + UUID.randomUUID();
        Long id = petitionService.register(new RegisterPetitionRequest(PetitionForm.LETTER, PetitionCategory.CLAIM,
                List.of(new RegisterPetitionRequest.PetitionerInput("王五", PETITIONER, "13800138000")),
                "统计测试单位" + UUID.randomUUID().toString().substring(0, 6), DisputeRequests.DONGCUN,
                "来信反映：" + demand, demand, calendar.today()), "petition").id();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(petitions.findById(id).orElseThrow().getProcessInstanceId()).singleResult();
        if (steps >= 1) {
            complete(instance, Map.of("acceptanceDecision", "ACCEPT", "noticeContent", "已受理"));
        }
        if (steps >= 2) {
            complete(instance, Map.of("handlingStep", "REPLY", "replyContent", "答复如下……",
                    "replyDate", calendar.today().toString()));
            evaluations.evaluate(id, new EvaluationRequest(PetitionEvaluation.SATISFIED, null));
        }
        if (steps >= 3) {
            reviews.request(id, ReviewLevel.REVIEW, new ReviewRequest("不服", null));
        }
    }
}
