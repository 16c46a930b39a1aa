package cn.sandiao.petition;

import static cn.sandiao.workflow.FormValues.choice;
import static cn.sandiao.workflow.FormValues.date;
import static cn.sandiao.workflow.FormValues.id;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.common.InputValidator;
import cn.sandiao.workflow.CurrentActor;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Registers a petition typed into the Tasklist start form (the API registers before starting the process and
 * passes {@code petitionId}), with the API's validation; the petitioner's ID number and phone leave the process
 * once the petition row holds them.
 */
@Component("petitionStartForm")
public class PetitionStartForm {

    private static final List<String> FORM_FIELDS = List.of("form", "respondent", "regionCode", "content", "demand",
            "receivedOn", "petitionerName", "petitionerIdNumber", "petitionerPhone");

    private final PetitionRegistration registration;
    private final InputValidator validator;
    private final CurrentActor actor;

    PetitionStartForm(PetitionRegistration registration, InputValidator validator, CurrentActor actor) {
        this.registration = registration;
        this.validator = validator;
        this.actor = actor;
    }

    public void registerIfNew(DelegateExecution execution) {
        if (execution.hasVariable(PetitionProcess.VAR_PETITION_ID)) {
            registration.requireNoProcessYet(id(execution, PetitionProcess.VAR_PETITION_ID));
            return;
        }
        RegisterPetitionRequest request = validator.check(new RegisterPetitionRequest(
                choice(execution, "form", PetitionForm.class),
                choice(execution, PetitionProcess.VAR_CATEGORY, PetitionCategory.class),
                List.of(new RegisterPetitionRequest.PetitionerInput(text(execution, "petitionerName"),
                        text(execution, "petitionerIdNumber"), text(execution, "petitionerPhone"))),
                text(execution, "respondent"), text(execution, "regionCode"), text(execution, "content"),
                text(execution, "demand"), date(execution, "receivedOn")));
        Petition petition = registration.create(request, actor.id());
        registration.linkProcess(petition, execution.getProcessInstanceId());
        FORM_FIELDS.forEach(execution::removeVariable);
        execution.setVariables(registration.processVariables(petition));
        execution.setProcessBusinessKey(petition.getPetitionNo());
    }
}
