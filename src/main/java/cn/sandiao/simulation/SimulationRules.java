package cn.sandiao.simulation;

import cn.sandiao.dispute.Channel;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.dispute.EscalationChoice;
import cn.sandiao.dispute.ResponsibleDepartments;
import cn.sandiao.dispute.RiskLevel;
import cn.sandiao.dispute.TriageAdvisor;
import cn.sandiao.organization.Committee;
import cn.sandiao.organization.MediationLevel;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The county's rules as generated cases follow them: the risk level (DMN {@code dispute_risk}), the body triage
 * suggests ({@code dispute_routing}), where a failed mediation goes ({@code dispute_escalation}) and the
 * department with a duty ({@code dispute_department}, through {@link ResponsibleDepartments}), each evaluated
 * by the engine from the deployed tables with the inputs the processes give them, so that a county that changes
 * a table gets data that follows it. A bulk run asks the same few questions millions of times: each distinct
 * question is evaluated once and its answer kept for the life of the application.
 */
@Component
@Profile(SimulationProfile.NAME)
class SimulationRules {

    /** The decision keys of {@code processes/dispute_risk.dmn}, {@code dispute_routing.dmn}, {@code dispute_escalation.dmn}. */
    static final String RISK = "dispute_risk";
    static final String ROUTING = "dispute_routing";
    static final String ESCALATION = "dispute_escalation";

    record Risk(RiskLevel level, String reason) {
    }

    /** The outputs of {@code dispute_escalation}. */
    enum Escalation { NEXT_LEVEL, ADMINISTRATIVE, JUDICIAL, ARBITRATION, NONE }

    private record RiskQuestion(boolean abnormalDeath, double amount, int peopleInvolved, boolean repeatedEscalation) {
    }

    private record RouteQuestion(boolean professionalCommittee, RiskLevel risk) {
    }

    private record EscalationQuestion(Channel channel, DisputeType type, EscalationChoice choice,
                                      boolean hasHigherLevel, boolean departmentDuty) {
    }

    private final DecisionService decisions;
    private final ResponsibleDepartments departments;
    private final Map<RiskQuestion, Risk> risks = new ConcurrentHashMap<>();
    private final Map<RouteQuestion, MediationLevel> routes = new ConcurrentHashMap<>();
    private final Map<EscalationQuestion, Escalation> escalations = new ConcurrentHashMap<>();
    private final Map<DisputeType, Optional<String>> departmentCodes = new ConcurrentHashMap<>();

    SimulationRules(DecisionService decisions, ResponsibleDepartments departments) {
        this.decisions = decisions;
        this.departments = departments;
    }

    /** As triage suggests it (a missing amount counts as 0, as there). */
    Risk risk(boolean abnormalDeath, BigDecimal amount, int peopleInvolved, boolean repeatedEscalation) {
        return cached(risks, new RiskQuestion(abnormalDeath, amount == null ? 0.0 : amount.doubleValue(),
                peopleInvolved, repeatedEscalation), q -> {
            DmnDecisionResultEntries result = evaluate(RISK, Variables.createVariables()
                    .putValue("abnormalDeath", q.abnormalDeath()).putValue("amount", q.amount())
                    .putValue("peopleInvolved", q.peopleInvolved())
                    .putValue("repeatedEscalation", q.repeatedEscalation()));
            return new Risk(RiskLevel.valueOf(result.getEntry("riskLevel")), result.getEntry("riskReason"));
        });
    }

    /** The level triage suggests for a case of this risk, where a professional committee takes its type or not. */
    MediationLevel route(boolean professionalCommittee, RiskLevel risk) {
        return cached(routes, new RouteQuestion(professionalCommittee, risk), q -> MediationLevel.valueOf(evaluate(
                ROUTING, Variables.createVariables()
                        .putValue(TriageAdvisor.ROUTING_PROFESSIONAL_COMMITTEE, q.professionalCommittee())
                        .putValue("riskLevel", q.risk().name())).getEntry("mediationLevel")));
    }

    /**
     * Where a failed mediation at {@code level} goes, given the parties' choice (null: none recorded): the
     * inputs {@code CaseEscalation} gives the table.
     */
    Escalation escalation(MediationLevel level, DisputeType type, EscalationChoice choice) {
        Channel channel = Channel.of(level);
        EscalationQuestion question = new EscalationQuestion(channel, type, choice,
                channel == Channel.PEOPLE && level.next().isPresent(), departmentCode(type).isPresent());
        return cached(escalations, question, q -> Escalation.valueOf(evaluate(ESCALATION, Variables.createVariables()
                .putValue("channel", q.channel().name()).putValue("disputeType", q.type().name())
                .putValue("escalateTo", q.choice() == null ? null : q.choice().name())
                .putValue("hasHigherLevel", q.hasHigherLevel()).putValue("departmentDuty", q.departmentDuty()))
                .getEntry("escalation")));
    }

    /** The code of the department with a duty for the type, if any. */
    Optional<String> departmentCode(DisputeType type) {
        return cached(departmentCodes, type, t -> departments.of(t).map(Committee::getCode));
    }

    private DmnDecisionResultEntries evaluate(String decision, VariableMap variables) {
        return decisions.evaluateDecisionByKey(decision).variables(variables).evaluate().getSingleResult();
    }

    /** Not computeIfAbsent: an evaluation runs a command of the engine and must not hold the map's lock. */
    private static <K, V> V cached(Map<K, V> cache, K key, Function<K, V> evaluate) {
        V value = cache.get(key);
        if (value == null) {
            value = evaluate.apply(key);
            cache.putIfAbsent(key, value);
        }
        return value;
    }
}
