package cn.sandiao.dispute;

import static cn.sandiao.workflow.FormValues.choice;
import static cn.sandiao.workflow.FormValues.date;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.workflow.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The court's Tasklist start form (process {@code court_entrustment}): the same hand-over as
 * {@code POST /api/court/entrustments}, with the same checks; the typed personal fields leave the process after.
 */
// public: the BPMN expression language calls only public methods of public classes
@Component("courtEntrustmentForm")
public class CourtEntrustmentForm {

    private final CourtEntrustments entrustments;
    private final CurrentActor actor;

    CourtEntrustmentForm(CourtEntrustments entrustments, CurrentActor actor) {
        this.entrustments = entrustments;
        this.actor = actor;
    }

    public void entrust(DelegateExecution execution) {
        RegisterDisputeRequest dispute = DisputeStartForm.requestOf(execution, DisputeSource.COURT_ENTRUSTED);
        DisputeViews.Registered registered = entrustments.entrust(EntrustCaseRequest.of(text(execution, "courtCaseNo"),
                choice(execution, "kind", EntrustmentKind.class), choice(execution, "procedure", CourtProcedure.class),
                text(execution, "committeeCode"), date(execution, "materialsSignedOn"), dispute), actor.id());
        DisputeStartForm.forgetTypedFields(execution);
        execution.setProcessBusinessKey(registered.caseNo());
        execution.setVariable(DisputeCaseProcess.VAR_CASE_NO, registered.caseNo());
    }
}
