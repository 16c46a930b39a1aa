package cn.sandiao.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the DMN tables (risk, routing, department, escalation), evaluated by Camunda's DMN engine. */
class DecisionTablesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision RISK = parse("dispute_risk.dmn", "dispute_risk");
    private static final DmnDecision ROUTING = parse("dispute_routing.dmn", "dispute_routing");
    private static final DmnDecision DEPARTMENT = parse("dispute_routing.dmn", "dispute_department");
    private static final DmnDecision ESCALATION = parse("dispute_escalation.dmn", "dispute_escalation");

    @ParameterizedTest(name = "death={0} amount={1} people={2} repeated={3} → {4}")
    @CsvSource({
            // each 重大 criterion alone (dispute_risk's description: 非正常死亡, ≥ 50万元, ≥ 5人, 反复升级)
            "true,  0,      2, false, MAJOR,   涉及非正常死亡",
            "false, 500000, 2, false, MAJOR,   涉案金额50万元以上",
            "false, 0,      5, false, MAJOR,   涉及5人以上（群体性）",
            "false, 0,      1, true,  MAJOR,   矛盾反复升级",
            // just below the 重大 thresholds: the local 较大 defaults
            "false, 499999.99, 2, false, SERIOUS, 涉案金额10万元以上（本地规则）",
            "false, 100000, 2, false, SERIOUS, 涉案金额10万元以上（本地规则）",
            "false, 0,      4, false, SERIOUS, 涉及3人以上（本地规则）",
            "false, 0,      3, false, SERIOUS, 涉及3人以上（本地规则）",
            "false, 99999,  2, false, GENERAL, 未达到较大、重大标准",
            "false, 0,      1, false, GENERAL, 未达到较大、重大标准"})
    void shouldClassifyRisk(boolean death, double amount, int people, boolean repeated, String level, String reason) {
        DmnDecisionResultEntries result = DMN.evaluateDecision(RISK, Map.of("abnormalDeath", death,
                "amount", amount, "peopleInvolved", people, "repeatedEscalation", repeated)).getSingleResult();

        assertThat((String) result.getEntry("riskLevel")).isEqualTo(level);
        assertThat((String) result.getEntry("riskReason")).isEqualTo(reason);
    }

    /** {@code professional}: whether a professional committee takes the case's type where it lies (organisation). */
    @ParameterizedTest(name = "professional committee {0} / {1} → {2} {3}")
    @CsvSource({
            "true,  MAJOR,   PEOPLE, PROFESSIONAL",
            "true,  GENERAL, PEOPLE, PROFESSIONAL",
            "true,  SERIOUS, PEOPLE, PROFESSIONAL",
            "false, MAJOR,   PEOPLE, COUNTY",
            "false, SERIOUS, PEOPLE, TOWNSHIP",
            "false, GENERAL, PEOPLE, VILLAGE"})
    void shouldSuggestChannelAndLevel(boolean professional, String risk, String channel, String level) {
        DmnDecisionResultEntries result = DMN.evaluateDecision(ROUTING, Map.of(
                TriageAdvisor.ROUTING_PROFESSIONAL_COMMITTEE, professional, "riskLevel", risk)).getSingleResult();

        assertThat((String) result.getEntry("channel")).isEqualTo(channel);
        assertThat((String) result.getEntry("mediationLevel")).isEqualTo(level);
    }

    @Test
    void shouldGiveEveryCombinationExactlyOneRoute() {
        for (boolean professional : new boolean[] {true, false}) {
            for (RiskLevel risk : RiskLevel.values()) {
                assertThat(DMN.evaluateDecision(ROUTING, Map.of(TriageAdvisor.ROUTING_PROFESSIONAL_COMMITTEE,
                        professional, "riskLevel", risk.name()))).as("%s/%s", professional, risk).hasSize(1);
            }
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "TRAFFIC,          traffic-police",
            "LABOUR,           hrss",
            "MEDICAL,          health",
            "CONSUMER,         market",
            "LAND_CONTRACT,    natural-resources",
            "LAND_REQUISITION, natural-resources",
            "NEIGHBOUR,        ",
            "MARRIAGE_FAMILY,  "})
    void shouldNameTheDepartmentWithADutyForTheDispute(String type, String department) {
        var result = DMN.evaluateDecision(DEPARTMENT, Map.of("disputeType", type)).getFirstResult();

        assertThat(result == null ? null : (String) result.getEntry("departmentCode")).isEqualTo(department);
    }

    @ParameterizedTest(name = "{0} {1}, parties {2}, higher level {3}, department {4} → {5}")
    @CsvSource(nullValues = "null", value = {
            // labour: arbitration whatever the parties chose (劳动争议调解仲裁法 第十四条)
            "PEOPLE,         LABOUR,    NEXT_LEVEL,     true,  true,  ARBITRATION",
            "ADMINISTRATIVE, LABOUR,    JUDICIAL,       false, true,  ARBITRATION",
            // after the court (its mediation failed, or it guided to litigation): litigation
            "JUDICIAL,       NEIGHBOUR, NONE,           false, false, NONE",
            "JUDICIAL,       TRAFFIC,   JUDICIAL,       false, true,  NONE",
            // the parties' choice, where the rules allow it
            "PEOPLE,         NEIGHBOUR, NONE,           true,  false, NONE",
            "PEOPLE,         TRAFFIC,   JUDICIAL,       true,  true,  JUDICIAL",
            "PEOPLE,         TRAFFIC,   ADMINISTRATIVE, true,  true,  ADMINISTRATIVE",
            "PEOPLE,         NEIGHBOUR, ADMINISTRATIVE, true,  false, NEXT_LEVEL",
            "PEOPLE,         NEIGHBOUR, NEXT_LEVEL,     true,  false, NEXT_LEVEL",
            // no choice recorded: up the levels, then the department, then the court
            "PEOPLE,         NEIGHBOUR, null,           true,  false, NEXT_LEVEL",
            "PEOPLE,         TRAFFIC,   NEXT_LEVEL,     false, true,  ADMINISTRATIVE",
            "PEOPLE,         NEIGHBOUR, NEXT_LEVEL,     false, false, JUDICIAL",
            "ADMINISTRATIVE, TRAFFIC,   ADMINISTRATIVE, false, true,  JUDICIAL",
            "ADMINISTRATIVE, TRAFFIC,   NEXT_LEVEL,     false, true,  JUDICIAL"})
    void shouldDecideWhereAFailedMediationGoes(String channel, String type, String choice, boolean higher,
                                               boolean department, String escalation) {
        Map<String, Object> facts = new java.util.HashMap<>(Map.of("channel", channel, "disputeType", type,
                "hasHigherLevel", higher, "departmentDuty", department));
        facts.put("escalateTo", choice);

        assertThat((String) DMN.evaluateDecision(ESCALATION, facts).getSingleResult().getEntry("escalation"))
                .isEqualTo(escalation);
    }

    private static DmnDecision parse(String file, String key) {
        try (InputStream in = DecisionTablesTest.class.getClassLoader().getResourceAsStream("processes/" + file)) {
            return DMN.parseDecision(key, in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
