package cn.sandiao.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import cn.sandiao.dispute.CourtReports;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.support.ProcessTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * {@code court_report} (诉调对接): the result of a case the court entrusted is reported back to the court, and nothing is
 * reported for a case it did not entrust. Only {@code court_report} is measured.
 */
@ProcessTest(CourtReports.PROCESS_KEY)
class CourtReportProcessTest extends DisputeSteps {

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
}
