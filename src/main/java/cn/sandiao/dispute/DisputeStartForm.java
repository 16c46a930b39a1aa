package cn.sandiao.dispute;

import static cn.sandiao.workflow.FormValues.choice;
import static cn.sandiao.workflow.FormValues.decimal;
import static cn.sandiao.workflow.FormValues.flag;
import static cn.sandiao.workflow.FormValues.id;
import static cn.sandiao.workflow.FormValues.integer;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.common.InputValidator;
import cn.sandiao.workflow.CurrentActor;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Registers a case typed into the Tasklist start form (the API registers before starting the process and
 * passes {@code caseId}). The same validation as the API applies; the raw party fields, which hold ID numbers
 * and phones, are taken out of the process once the case row holds them.
 */
// public: the BPMN expression language calls only public methods of public classes
@Component("disputeStartForm")
public class DisputeStartForm {

    private static final List<String> PARTY_FIELDS = List.of("Kind", "Name", "IdNumber", "CreditCode", "Phone");
    private static final List<String> CASE_FIELDS = List.of("source", "description", "amount", "peopleInvolved",
            "abnormalDeath", "repeatedEscalation");

    private final DisputeRegistration registration;
    private final InputValidator validator;
    private final CurrentActor actor;

    DisputeStartForm(DisputeRegistration registration, InputValidator validator, CurrentActor actor) {
        this.registration = registration;
        this.validator = validator;
        this.actor = actor;
    }

    public void registerIfNew(DelegateExecution execution) {
        if (execution.hasVariable(DisputeCaseProcess.VAR_CASE_ID)) {
            registration.requireNoProcessYet(id(execution, DisputeCaseProcess.VAR_CASE_ID));
            return;
        }
        RegisterDisputeRequest request = validator.check(requestOf(execution, choice(execution, "source", DisputeSource.class)));
        DisputeCase disputeCase = registration.create(request, actor.id());
        registration.linkProcess(disputeCase, execution.getProcessInstanceId());
        forgetTypedFields(execution);
        execution.setVariables(registration.processVariables(disputeCase));
        execution.setProcessBusinessKey(disputeCase.getCaseNo());
    }

    /** The dispute as typed into a start form (this one, or the court's), its source given. */
    static RegisterDisputeRequest requestOf(DelegateExecution execution, DisputeSource source) {
        return new RegisterDisputeRequest(source,
                choice(execution, DisputeCaseProcess.VAR_DISPUTE_TYPE, DisputeType.class),
                text(execution, DisputeCaseProcess.VAR_REGION_CODE),
                text(execution, "description"),
                decimal(execution, "amount"),
                integer(execution, "peopleInvolved"),
                flag(execution, "abnormalDeath"),
                flag(execution, "repeatedEscalation"),
                List.of(party(execution, "applicant", PartyRole.APPLICANT),
                        party(execution, "respondent", PartyRole.RESPONDENT)));
    }

    /** The typed fields, ID numbers and phones among them, leave the process once the case row holds them. */
    static void forgetTypedFields(DelegateExecution execution) {
        for (String prefix : List.of("applicant", "respondent")) {
            PARTY_FIELDS.forEach(field -> execution.removeVariable(prefix + field));
        }
        CASE_FIELDS.forEach(execution::removeVariable);
    }

    private static PartyInput party(DelegateExecution execution, String prefix, PartyRole role) {
        return new PartyInput(role, choice(execution, prefix + "Kind", PartyKind.class),
                text(execution, prefix + "Name"), text(execution, prefix + "IdNumber"),
                text(execution, prefix + "CreditCode"), text(execution, prefix + "Phone"));
    }
}
