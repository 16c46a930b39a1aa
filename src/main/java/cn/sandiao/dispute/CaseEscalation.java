package cn.sandiao.dispute;

import static cn.sandiao.dispute.DisputeCaseProcess.VAR_CHANNEL;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_DEPARTMENT_CODE;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_ESCALATE_TO;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_ESCALATION;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_FAILURE_REASON;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_MEDIATION_LEVEL;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_MEDIATION_RESULT;

import cn.sandiao.organization.Committee;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.workflow.CurrentActor;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Hands a case on (联动): where a failed mediation goes is decided by DMN dispute_escalation from the rules and
 * the parties' choice; each hand-off is stored with from where, to where and why, and shown in the timeline.
 */
@Component("caseEscalation")
public class CaseEscalation {

    static final String DECISION = "dispute_escalation";

    private final DisputeCaseRepository cases;
    private final CaseHandoffRepository handoffs;
    private final CaseTimeline timeline;
    private final CurrentActor actor;
    private final DecisionService decisionService;
    private final ResponsibleDepartments departments;
    private final Clock clock;

    CaseEscalation(DisputeCaseRepository cases, CaseHandoffRepository handoffs, CaseTimeline timeline,
                   CurrentActor actor, DecisionService decisionService, ResponsibleDepartments departments, Clock clock) {
        this.cases = cases;
        this.handoffs = handoffs;
        this.timeline = timeline;
        this.actor = actor;
        this.decisionService = decisionService;
        this.departments = departments;
        this.clock = clock;
    }

    /** Sets {@code escalation}: NEXT_LEVEL, ADMINISTRATIVE, JUDICIAL (the court), ARBITRATION or NONE (litigation). */
    public void decide(DelegateExecution execution) {
        DisputeCase disputeCase = caseOf(execution);
        Channel channel = currentChannel(execution);
        String escalation = decisionService.evaluateDecisionByKey(DECISION)
                .variables(Variables.createVariables()
                        .putValue("channel", channel.name())
                        .putValue("disputeType", disputeCase.getType().name())
                        .putValue("escalateTo", execution.getVariable(VAR_ESCALATE_TO))
                        .putValue("hasHigherLevel", channel == Channel.PEOPLE && hasHigherLevel(execution))
                        .putValue("departmentDuty", departments.of(disputeCase.getType()).isPresent()))
                .evaluate().getSingleResult().getEntry("escalation");
        execution.setVariable(VAR_ESCALATION, escalation);
    }

    /**
     * Whether people's mediation has a level above the current one; also read by dispute_case version 1's
     * gateway, so cases started before the escalation table keep running.
     */
    public boolean hasHigherLevel(DelegateExecution execution) {
        return currentLevel(execution).next().isPresent();
    }

    public void toNextLevel(DelegateExecution execution) {
        MediationLevel to = currentLevel(execution).next().orElseThrow();
        handOff(execution, Channel.PEOPLE, to);
        execution.setVariable(VAR_MEDIATION_LEVEL, to.name());
    }

    /** To the department with the duty: routed there at triage, or handed on after a failed people's mediation. */
    public void toAdministrative(DelegateExecution execution) {
        DisputeCase disputeCase = caseOf(execution);
        Committee department = departments.of(disputeCase.getType())
                .orElseThrow(() -> new IllegalStateException("该类型纠纷没有负有职责的行政部门：" + disputeCase.getType()));
        if (execution.getVariable(VAR_MEDIATION_RESULT) != null) {
            handOff(execution, Channel.ADMINISTRATIVE, MediationLevel.ADMINISTRATIVE);
        }
        execution.setVariable(VAR_CHANNEL, Channel.ADMINISTRATIVE.name());
        execution.setVariable(VAR_MEDIATION_LEVEL, MediationLevel.ADMINISTRATIVE.name());
        execution.setVariable(VAR_DEPARTMENT_CODE, department.getCode());
    }

    /** To the court, which decides between pre-litigation mediation and guidance to litigation. */
    public void toCourt(DelegateExecution execution) {
        handOff(execution, Channel.JUDICIAL, MediationLevel.COURT);
        execution.setVariable(VAR_CHANNEL, Channel.JUDICIAL.name());
        execution.setVariable(VAR_MEDIATION_LEVEL, MediationLevel.COURT.name());
    }

    public void guideToArbitration(DelegateExecution execution) {
        handOff(execution, Channel.ARBITRATION, null);
    }

    /** The parties are told of litigation; when the court itself sent them there, the case was handed over already. */
    public void referToCourt(DelegateExecution execution) {
        if (currentChannel(execution) != Channel.JUDICIAL) {
            handOff(execution, Channel.JUDICIAL, null);
        }
    }

    private void handOff(DelegateExecution execution, Channel toChannel, MediationLevel toLevel) {
        DisputeCase disputeCase = caseOf(execution);
        MediationLevel from = currentLevel(execution);
        String reason = String.valueOf(execution.getVariable(VAR_FAILURE_REASON));
        Object choice = execution.getVariable(VAR_ESCALATE_TO);
        String who = actor.id();
        handoffs.save(new CaseHandoff(disputeCase.getId(), currentChannel(execution), from,
                disputeCase.getCommitteeCode(), toChannel, toLevel, reason, clock.instant(), who));
        String target = toLevel == null || toLevel == MediationLevel.ADMINISTRATIVE ? toChannel.label() : toLevel.label();
        // e.g. 由村（社区）调委会移交乡镇（街道）调委会, 由县专业调委会移交行政调解, 由行政主管部门移交人民法院
        timeline.record(disputeCase.getId(), CaseEventType.ESCALATED, who, "由" + from.label() + "移交" + target,
                "原因：" + reason + (choice == null ? "" : "；当事人选择：" + EscalationChoice.valueOf(choice.toString()).label()));
    }

    private DisputeCase caseOf(DelegateExecution execution) {
        return cases.of(execution);
    }

    private static Channel currentChannel(DelegateExecution execution) {
        return Channel.valueOf((String) execution.getVariable(VAR_CHANNEL));
    }

    private static MediationLevel currentLevel(DelegateExecution execution) {
        return MediationLevel.valueOf((String) execution.getVariable(VAR_MEDIATION_LEVEL));
    }
}
