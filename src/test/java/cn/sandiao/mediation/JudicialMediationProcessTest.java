package cn.sandiao.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.sandiao.common.InvalidInputException;
import cn.sandiao.dispute.CaseHandoff;
import cn.sandiao.dispute.CaseHandoffRepository;
import cn.sandiao.dispute.CaseResult;
import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.support.ProcessTest;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code judicial_mediation} (司法调解: the court's review, pre-litigation mediation, guidance to
 * litigation) through the real engine and database. Only {@code judicial_mediation} is measured. The escalation
 * from village to court lives here, not in {@link DisputeCaseProcessTest}, because it is the only run of the court's
 * guidance to litigation ({@code EndEvent_GuidedToLitigation}); {@code dispute_case}'s escalation to the next level is
 * covered there by {@code shouldSucceedAtTownshipAfterVillageMediationFails}.
 */
@ProcessTest(JudicialMediationProcess.KEY)
class JudicialMediationProcessTest extends DisputeSteps {

    @Autowired CaseHandoffRepository handoffs;
    @Autowired MediationRepository mediations;

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

    /** The parties agree to more time at the court (特邀调解规定 第二十七条): the court mediation's task stays, due later. */
    @Test
    void shouldExtendTheCourtsPreLitigationMediationByTheDaysThePartiesAgreeTo() {
        ProcessInstance dispute = register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        accept(dispute, "VILLAGE");
        failMediation(dispute, "mediator", "一方坚持起诉", "JUDICIAL");
        ProcessInstance court = calledProcessInstance(dispute);
        complete(task(court), withVariables("judicialRoute", "PRE_LITIGATION_MEDIATION"));
        LocalDate today = calendar.today();
        assertThat(task(court).getDueDate())
                .isEqualTo(DueDates.endOf(calendar.due(DeadlineRule.COURT_ENTRUSTED_PRE_FILING, today)));

        complete(task(court), withVariables("courtStep", "EXTEND", "extensionDays", 10,
                "clockChangeReason", "双方同意补充提交证据"));

        Task courtMediation = task(court);
        assertThat(courtMediation).hasDefinitionKey(JudicialMediationProcess.TASK_COURT_MEDIATION).isAssignedTo("court");
        assertThat(courtMediation.getDueDate()).isEqualTo(DueDates.endOf(
                calendar.due(DeadlineRule.COURT_ENTRUSTED_PRE_FILING, today, List.of(), 10)));
        assertThat(court).isWaitingAt(JudicialMediationProcess.TASK_COURT_MEDIATION)
                .hasPassed(JudicialMediationProcess.TASK_COURT_MEDIATION);
    }
}
