package cn.sandiao.dispute;

import static cn.sandiao.workflow.FormValues.choice;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.common.InputValidator;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.FormValues;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The court's first look at a case handed to it: pre-litigation mediation (委派调解), or guidance to litigation,
 * which ends the mediation as failed and closes the case as 调解不成-转司法.
 */
@Component("courtReview")
public class CourtReview {

    record Decision(@NotNull(message = "请选择法院的处理方式") JudicialRoute judicialRoute,
                    @Size(max = 1000, message = "审查意见不能超过1000字") String courtNote) {

        @AssertTrue(message = "引导立案诉讼时须填写审查意见")
        boolean isLitigationExplained() {
            return judicialRoute != JudicialRoute.LITIGATION || (courtNote != null && !courtNote.isBlank());
        }
    }

    private final InputValidator validator;
    private final CaseTimeline timeline;
    private final CurrentActor actor;
    private final DisputeCaseRepository cases;

    CourtReview(InputValidator validator, CaseTimeline timeline, CurrentActor actor, DisputeCaseRepository cases) {
        this.validator = validator;
        this.timeline = timeline;
        this.actor = actor;
        this.cases = cases;
    }

    public void review(DelegateTask task) {
        Decision decision = validator.check(new Decision(choice(task, "judicialRoute", JudicialRoute.class),
                text(task, "courtNote")));
        if (decision.judicialRoute() == JudicialRoute.LITIGATION) {
            task.setVariable(DisputeCaseProcess.VAR_MEDIATION_RESULT, "FAILED");
            task.setVariable(DisputeCaseProcess.VAR_FAILURE_REASON, decision.courtNote());
            task.setVariable(DisputeCaseProcess.VAR_ESCALATE_TO, EscalationChoice.NONE.name());
        }
        timeline.record(cases.of(task).getId(), CaseEventType.COURT_REVIEWED,
                actor.of(task), decision.judicialRoute().label(), decision.courtNote());
    }
}
