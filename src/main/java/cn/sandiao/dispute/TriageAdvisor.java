package cn.sandiao.dispute;

import static cn.sandiao.dispute.DisputeCaseProcess.*;

import cn.sandiao.organization.CommitteeDirectory;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.workflow.CurrentActor;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Prefills the triage form with what the rules suggest: the risk level (DMN {@code dispute_risk}) and the
 * channel and mediation level (DMN {@code dispute_routing}). The intake clerk may change each of them.
 */
@Component("triageAdvisor")
public class TriageAdvisor {

    static final String DECISION_RISK = "dispute_risk";
    static final String DECISION_ROUTING = "dispute_routing";
    /** Input of {@code dispute_routing}: whether a professional committee takes the case's type where it lies. */
    public static final String ROUTING_PROFESSIONAL_COMMITTEE = "professionalCommittee";

    private final DisputeCaseRepository cases;
    private final DecisionService decisionService;
    private final CommitteeDirectory committees;
    private final CaseTimeline timeline;

    TriageAdvisor(DisputeCaseRepository cases, DecisionService decisionService, CommitteeDirectory committees,
                  CaseTimeline timeline) {
        this.cases = cases;
        this.decisionService = decisionService;
        this.committees = committees;
        this.timeline = timeline;
    }

    record Risk(RiskLevel level, String reason) {
    }

    /** The case's risk by the DMN table {@code dispute_risk}. */
    Risk riskOf(DisputeCase disputeCase) {
        DmnDecisionResultEntries risk = decisionService.evaluateDecisionByKey(DECISION_RISK)
                .variables(Variables.createVariables()
                        .putValue("abnormalDeath", disputeCase.isAbnormalDeath())
                        .putValue("amount", disputeCase.getAmount() == null ? 0.0 : disputeCase.getAmount().doubleValue())
                        .putValue("peopleInvolved", disputeCase.getPeopleInvolved())
                        .putValue("repeatedEscalation", disputeCase.isRepeatedEscalation()))
                .evaluate().getSingleResult();
        return new Risk(RiskLevel.valueOf(risk.getEntry("riskLevel")), risk.getEntry("riskReason"));
    }

    public void suggest(DelegateExecution execution) {
        DisputeCase disputeCase = cases.of(execution);
        Risk risk = riskOf(disputeCase);
        String riskLevel = risk.level().name();
        DmnDecisionResultEntries routing = decisionService.evaluateDecisionByKey(DECISION_ROUTING)
                .variables(Variables.createVariables()
                        .putValue(ROUTING_PROFESSIONAL_COMMITTEE, committees.hasProfessionalFor(
                                disputeCase.getRegionCode(), disputeCase.getType().name()))
                        .putValue("riskLevel", riskLevel))
                .evaluate().getSingleResult();
        String channel = routing.getEntry("channel");
        MediationLevel level = MediationLevel.valueOf(routing.getEntry("mediationLevel"));
        String committee = committees.committeeFor(disputeCase.getRegionCode(), level, disputeCase.getType().name())
                .getName();

        String suggestion = "风险等级：" + risk.level().label() + "（" + risk.reason()
                + "）；渠道：" + Channel.valueOf(channel).label() + "；承办：" + committee;
        execution.setVariable(VAR_RISK_LEVEL, riskLevel);
        execution.setVariable(VAR_RISK_REASON, risk.reason());
        execution.setVariable(VAR_CHANNEL, channel);
        execution.setVariable(VAR_MEDIATION_LEVEL, level.name());
        execution.setVariable(VAR_TRIAGE_SUGGESTION, suggestion);
        timeline.record(disputeCase.getId(), CaseEventType.TRIAGE_SUGGESTED, CurrentActor.SYSTEM,
                "规则建议", suggestion);
    }
}
