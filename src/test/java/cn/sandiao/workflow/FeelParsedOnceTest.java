package cn.sandiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;

/** The decisions' FEEL engine that keeps what it parsed answers exactly as Camunda's own, and parses each text once. */
class FeelParsedOnceTest {

    private final FeelParsedOnce.DecisionFeel feel = new FeelParsedOnce.DecisionFeel(new ArrayList<>());
    private final DmnEngine ours = engine(feel);
    private final DmnEngine camundas = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    @Test
    void shouldDecideEveryRiskAndRouteAsCamundasEngineDoes() {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (boolean death : new boolean[] {false, true}) {
            for (double amount : new double[] {0, 99_999.99, 100_000, 499_999.99, 500_000, 2_000_000}) {
                for (int people : new int[] {1, 2, 3, 4, 5, 30}) {
                    for (boolean repeated : new boolean[] {false, true}) {
                        inputs.add(Map.of("abnormalDeath", death, "amount", amount, "peopleInvolved", people,
                                "repeatedEscalation", repeated));
                    }
                }
            }
        }
        for (Map<String, Object> input : inputs) {
            assertThat(decide(ours, "dispute_risk.dmn", "dispute_risk", input))
                    .as("%s", input).isEqualTo(decide(camundas, "dispute_risk.dmn", "dispute_risk", input));
        }
        for (boolean professional : new boolean[] {false, true}) {
            for (String risk : new String[] {"GENERAL", "SERIOUS", "MAJOR"}) {
                Map<String, Object> input = Map.of("professionalCommittee", professional, "riskLevel", risk);
                assertThat(decide(ours, "dispute_routing.dmn", "dispute_routing", input))
                        .as("%s", input).isEqualTo(decide(camundas, "dispute_routing.dmn", "dispute_routing", input));
            }
        }
    }

    @Test
    void shouldParseEachTextOnlyOnce() {
        Map<String, Object> input = Map.of("abnormalDeath", false, "amount", 120_000.0, "peopleInvolved", 2,
                "repeatedEscalation", false);
        decide(ours, "dispute_risk.dmn", "dispute_risk", input);
        int parsed = feel.keptCount();

        for (int i = 0; i < 20; i++) {
            decide(ours, "dispute_risk.dmn", "dispute_risk", input);
        }

        assertThat(parsed).isGreaterThan(4); // the four inputs at least, and the cells tested on the way
        assertThat(feel.keptCount()).isEqualTo(parsed);
    }

    @Test
    void shouldFailOnTextItCannotParseAsCamundasEngineDoes() {
        VariableContext variables = Variables.createVariables().putValue("amount", 5).asVariableContext();
        ScalaFeelEngine camundasFeel = new ScalaFeelEngine(new ArrayList<>());
        String camundasMessage = message(() -> camundasFeel.evaluateSimpleUnaryTests(">= >=", "amount", variables));

        for (int i = 0; i < 2; i++) { // the second time from what it kept
            assertThatThrownBy(() -> feel.evaluateSimpleUnaryTests(">= >=", "amount", variables))
                    .isInstanceOf(FeelException.class).hasMessage(camundasMessage);
            assertThatThrownBy(() -> feel.evaluateSimpleExpression("amount +", variables))
                    .isInstanceOf(FeelException.class);
        }
        assertThat((boolean) feel.evaluateSimpleUnaryTests(">= 3", "amount", variables)).isTrue();
        assertThat((Object) feel.evaluateSimpleExpression("amount * 2", variables)).isEqualTo(10L);
    }

    private static DmnEngine engine(FeelParsedOnce.DecisionFeel feel) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.setFeelEngineFactory(() -> feel);
        return configuration.buildEngine();
    }

    private static Object decide(DmnEngine engine, String file, String key, Map<String, Object> input) {
        DmnDecision decision;
        try (InputStream in = FeelParsedOnceTest.class.getClassLoader().getResourceAsStream("processes/" + file)) {
            decision = engine.parseDecision(key, in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return engine.evaluateDecisionTable(decision, input).getResultList();
    }

    private static String message(Runnable evaluation) {
        try {
            evaluation.run();
        } catch (FeelException e) {
            return e.getMessage();
        }
        throw new AssertionError("Camunda's FEEL engine parsed the text");
    }
}
