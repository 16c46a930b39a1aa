package cn.sandiao.dispute;

import static cn.sandiao.dispute.DisputeCaseProcess.VAR_MEDIATION_LEVEL;

import cn.sandiao.organization.MediationLevel;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.FormValues;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Hands a case on after a failed mediation, recording from where, to where and why. */
@Component("caseEscalation")
public class CaseEscalation {

    private final DisputeCaseRepository cases;
    private final CaseHandoffRepository handoffs;
    private final CaseTimeline timeline;
    private final CurrentActor actor;

    CaseEscalation(DisputeCaseRepository cases, CaseHandoffRepository handoffs, CaseTimeline timeline,
                   CurrentActor actor) {
        this.cases = cases;
        this.handoffs = handoffs;
        this.timeline = timeline;
        this.actor = actor;
    }

    /** Whether people's mediation has a level above the current one ("小事不出村,大事不出镇"). */
    public boolean hasHigherLevel(DelegateExecution execution) {
        return currentLevel(execution).next().isPresent();
    }

    public void toNextLevel(DelegateExecution execution) {
        MediationLevel from = currentLevel(execution);
        MediationLevel to = from.next().orElseThrow();
        handOff(execution, Channel.PEOPLE, to);
        execution.setVariable(VAR_MEDIATION_LEVEL, to.name());
    }

    public void referToCourt(DelegateExecution execution) {
        handOff(execution, Channel.JUDICIAL, null);
    }

    private void handOff(DelegateExecution execution, Channel toChannel, MediationLevel toLevel) {
        DisputeCase disputeCase = cases.findById(FormValues.id(execution, DisputeCaseProcess.VAR_CASE_ID)).orElseThrow();
        MediationLevel from = currentLevel(execution);
        String reason = String.valueOf(execution.getVariable(DisputeCaseProcess.VAR_FAILURE_REASON));
        String who = actor.id();
        handoffs.save(new CaseHandoff(disputeCase.getId(), Channel.PEOPLE, from, disputeCase.getCommitteeCode(),
                toChannel, toLevel, reason, Instant.now(), who));
        String target = toLevel == null ? toChannel.label() : toLevel.label();
        timeline.record(disputeCase.getId(), CaseEventType.ESCALATED, who,
                "由" + from.label() + "移交" + target, "原因：" + reason);
    }

    private static MediationLevel currentLevel(DelegateExecution execution) {
        return MediationLevel.valueOf((String) execution.getVariable(VAR_MEDIATION_LEVEL));
    }
}
