package cn.sandiao.petition;

import static cn.sandiao.workflow.FormValues.choice;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.dispute.CaseResult;
import cn.sandiao.dispute.DisputeCaseClosed;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeSource;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.dispute.PartyInput;
import cn.sandiao.dispute.PartyKind;
import cn.sandiao.dispute.PartyRole;
import cn.sandiao.dispute.RegisterDisputeRequest;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.CurrentActor;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 访调对接: a claim the parties agree to mediate becomes a dispute case (source 信访转入) registered for the
 * petition's village; when that case closes, its result comes back to the petition by message.
 */
@Component("petitionMediation")
public class PetitionMediation {

    private static final int DESCRIPTION_LIMIT = 4000;

    private final PetitionRepository petitions;
    private final DisputeService disputes;
    private final PetitionTimeline timeline;
    private final RuntimeService runtimeService;
    private final BusinessCalendar calendar;
    private final CurrentActor actor;

    PetitionMediation(PetitionRepository petitions, DisputeService disputes, PetitionTimeline timeline,
                      RuntimeService runtimeService, BusinessCalendar calendar, CurrentActor actor) {
        this.petitions = petitions;
        this.disputes = disputes;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
        this.calendar = calendar;
        this.actor = actor;
    }

    public void refer(DelegateExecution execution) {
        Petition petition = petitions.of(execution);
        List<PartyInput> parties = new ArrayList<>();
        petition.getPetitioners().forEach(p -> parties.add(new PartyInput(PartyRole.APPLICANT, PartyKind.PERSON,
                p.getName(), p.getIdNumber(), null, p.getPhone())));
        PartyKind respondentKind = choice(execution, PetitionProcess.VAR_RESPONDENT_KIND, PartyKind.class);
        parties.add(new PartyInput(PartyRole.RESPONDENT, respondentKind == null ? PartyKind.PERSON : respondentKind,
                petition.getRespondent(), null, null, text(execution, PetitionProcess.VAR_RESPONDENT_PHONE)));
        String region = text(execution, PetitionProcess.VAR_MEDIATION_REGION);
        String description = "信访转入（" + petition.getPetitionNo() + "）：" + petition.getContent() + "；诉求："
                + petition.getDemand();
        DisputeViews.Registered registered = disputes.register(new RegisterDisputeRequest(
                DisputeSource.PETITION_TRANSFER, choice(execution, PetitionProcess.VAR_DISPUTE_TYPE, DisputeType.class),
                region == null ? petition.getRegionCode() : region,
                description.length() > DESCRIPTION_LIMIT ? description.substring(0, DESCRIPTION_LIMIT) : description,
                null, parties.size(), false, petition.isRepeat(), parties), actor.id());
        petition.referredTo(registered.id());
        execution.removeVariable(PetitionProcess.VAR_RESPONDENT_PHONE);
        timeline.record(petition.getId(), actor.id(), PetitionEventType.REFERRED_TO_MEDIATION,
                "访调对接，登记纠纷案件" + registered.caseNo(),
                "双方当事人同意调解，等待调解结果");
    }

    /** A closed case answers the petition that sent it, if that petition still waits for it. */
    @EventListener
    void onCaseClosed(DisputeCaseClosed closed) {
        petitions.findFirstByDisputeCaseIdAndStatus(closed.caseId(), PetitionStatus.IN_MEDIATION).ifPresent(petition ->
                runtimeService.createMessageCorrelation(PetitionProcess.MESSAGE_MEDIATION_CLOSED)
                        .processInstanceId(petition.getProcessInstanceId())
                        .setVariable(PetitionProcess.VAR_MEDIATION_RESULT, closed.result().name())
                        .setVariable(PetitionProcess.VAR_MEDIATION_SUCCEEDED, closed.result() == CaseResult.SUCCEEDED)
                        .setVariable(PetitionProcess.VAR_MEDIATION_NOTE, closed.caseNo() + "：" + closed.result().label() + "（" + closed.note() + "）")
                        .correlate());
    }

    public void recordResult(DelegateExecution execution) {
        Petition petition = petitions.of(execution);
        CaseResult result = CaseResult.valueOf(text(execution, PetitionProcess.VAR_MEDIATION_RESULT));
        boolean succeeded = result == CaseResult.SUCCEEDED;
        petition.mediated(result.name(), result.label(), succeeded, calendar.today());
        String note = text(execution, PetitionProcess.VAR_MEDIATION_NOTE);
        timeline.record(petition.getId(), actor.id(), PetitionEventType.MEDIATION_RESULT, "调解结果：" + result.label(),
                note + (succeeded ? "；信访事项办结" : "；信访事项回到受理环节，另行确定处理方式"));
        if (!succeeded) { // the officer who decides again reads it in the summary of the task
            execution.setVariable(PetitionProcess.VAR_PETITION_SUMMARY,
                    PetitionRegistration.summary(petition) + "；访调对接调解结果：" + note);
        }
    }
}
