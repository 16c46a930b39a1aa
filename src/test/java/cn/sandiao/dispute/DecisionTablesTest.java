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

/** Every rule of the DMN tables dispute_risk and dispute_routing, evaluated by Camunda's DMN engine. */
class DecisionTablesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision RISK = parse("dispute_risk.dmn", "dispute_risk");
    private static final DmnDecision ROUTING = parse("dispute_routing.dmn", "dispute_routing");

    @ParameterizedTest(name = "death={0} amount={1} people={2} repeated={3} → {4}")
    @CsvSource({
            // each 重大 criterion alone (DOMAIN: 非正常死亡, ≥ 50万元, ≥ 5人, 反复升级)
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

    @ParameterizedTest(name = "{0} / {1} → {2} {3}")
    @CsvSource({
            "TRAFFIC,  MAJOR,   PEOPLE, PROFESSIONAL",
            "TRAFFIC,  GENERAL, PEOPLE, PROFESSIONAL",
            "MEDICAL,  SERIOUS, PEOPLE, PROFESSIONAL",
            "NEIGHBOUR, MAJOR,  PEOPLE, COUNTY",
            "LABOUR,   SERIOUS, PEOPLE, TOWNSHIP",
            "MARRIAGE_FAMILY, GENERAL, PEOPLE, VILLAGE"})
    void shouldSuggestChannelAndLevel(String type, String risk, String channel, String level) {
        DmnDecisionResultEntries result = DMN.evaluateDecision(ROUTING,
                Map.of("disputeType", type, "riskLevel", risk)).getSingleResult();

        assertThat((String) result.getEntry("channel")).isEqualTo(channel);
        assertThat((String) result.getEntry("mediationLevel")).isEqualTo(level);
    }

    @Test
    void shouldGiveEveryCombinationExactlyOneRoute() {
        for (DisputeType type : DisputeType.values()) {
            for (RiskLevel risk : RiskLevel.values()) {
                assertThat(DMN.evaluateDecision(ROUTING, Map.of("disputeType", type.name(), "riskLevel", risk.name())))
                        .as("%s/%s", type, risk).hasSize(1);
            }
        }
    }

    private static DmnDecision parse(String file, String key) {
        try (InputStream in = DecisionTablesTest.class.getClassLoader().getResourceAsStream(file)) {
            return DMN.parseDecision(key, in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
