package cn.sandiao.dispute;

import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.common.InputValidator;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.FormValues;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 诉调对接: a case the court entrusted to mediation (source COURT_ENTRUSTED) is reported back to the court when it
 * closes, whatever its result; the court acknowledges the report in Tasklist (process court_report).
 */
@Component("courtReports")
public class CourtReports {

    public static final String PROCESS_KEY = "court_report";

    record Acknowledgement(@Size(max = 1000, message = "法院意见不能超过1000字") String courtNote) {
    }

    private final DisputeCaseRepository cases;
    private final CaseTimeline timeline;
    private final CurrentActor actor;
    private final InputValidator validator;

    CourtReports(DisputeCaseRepository cases, CaseTimeline timeline, CurrentActor actor, InputValidator validator) {
        this.cases = cases;
        this.timeline = timeline;
        this.actor = actor;
        this.validator = validator;
    }

    /** Runs after the closure: the case's result and note are there to report. */
    public void reportIfEntrusted(DelegateExecution execution) {
        DisputeCase disputeCase = cases.of(execution);
        if (disputeCase.getSource() != DisputeSource.COURT_ENTRUSTED) {
            return;
        }
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                execution.getProcessBusinessKey(), DisputeCaseProcess.withCaseColumns(execution, Variables.createVariables())
                        .putValue(DisputeCaseProcess.VAR_CASE_ID, disputeCase.getId())
                        .putValue(DisputeCaseProcess.VAR_CASE_SUMMARY,
                                execution.getVariable(DisputeCaseProcess.VAR_CASE_SUMMARY))
                        .putValue("caseResult", disputeCase.getResult().label() + "：" + disputeCase.getClosureNote()));
        timeline.record(disputeCase.getId(), CaseEventType.COURT_REPORT, CurrentActor.SYSTEM,
                "调解结果已报送人民法院", disputeCase.getResult().label());
    }

    public void acknowledge(DelegateTask task) {
        Acknowledgement acknowledgement = validator.check(new Acknowledgement(text(task, "courtNote")));
        timeline.record(cases.of(task).getId(), CaseEventType.COURT_REPORT,
                actor.of(task), "人民法院已接收调解结果", acknowledgement.courtNote());
    }
}
