package cn.sandiao.workflow;

import camundajar.impl.scala.util.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.FeelEngine$;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;
import org.springframework.stereotype.Component;

/**
 * Camunda's FEEL engine parses every cell of a decision table again at each evaluation: the two decisions of a
 * registration's triage advice spent more time parsing their few dozen cells than evaluating them (README, lean
 * path). The decisions' FEEL engine here keeps each parsed text; it is otherwise Camunda's own (same value mappers,
 * functions and results). A parsed expression is immutable, so one may serve every thread.
 */
@Component
class FeelParsedOnce extends AbstractProcessEnginePlugin {

    /** More distinct texts than the deployed decisions hold: parsed each time beyond it, as before. */
    static final int MOST_KEPT = 10_000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.isDmnFeelEnableLegacyBehavior()) {
            return; // Camunda's legacy FEEL (JUEL underneath) would be asked for: left to Camunda
        }
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        dmn.setFeelEngineFactory(() -> new DecisionFeel(configuration.getDmnFeelCustomFunctionProviders()));
        configuration.setDmnEngineConfiguration(dmn);
    }

    /** Camunda's engine for decisions, over a FEEL engine that keeps what it parsed. */
    static final class DecisionFeel extends ScalaFeelEngine {

        /** {@code functions}: the engine's custom FEEL functions, as Camunda's own factory is given them (none here). */
        DecisionFeel(List<FeelCustomFunctionProvider> functions) {
            super(functions == null ? new ArrayList<>() : functions);
        }

        @Override
        protected FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
                                             ValueMapper.CompositeValueMapper valueMapper) {
            // as Camunda builds it: its functions and value mappers, no external (Java) functions
            return new ParsingOnce(functions, valueMapper);
        }

        /** How many parsed texts are kept (tests). */
        int keptCount() {
            return ((ParsingOnce) feelEngine).keptCount();
        }
    }

    /** feel-scala's engine, its evaluations unchanged; only the parse of a text already seen is skipped. */
    static final class ParsingOnce extends FeelEngine {

        private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
        private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

        ParsingOnce(FunctionProvider functions, ValueMapper valueMapper) {
            super(functions, valueMapper, new FeelEngine.Configuration(false), FeelEngine$.MODULE$.defaultClock());
        }

        @Override
        public Either<FeelEngine.Failure, ParsedExpression> parseExpression(String expression) {
            return kept(expressions, expression, super::parseExpression);
        }

        @Override
        public Either<FeelEngine.Failure, ParsedExpression> parseUnaryTests(String expression) {
            return kept(unaryTests, expression, super::parseUnaryTests);
        }

        private static Either<FeelEngine.Failure, ParsedExpression> kept(
                Map<String, Either<FeelEngine.Failure, ParsedExpression>> parsed, String text,
                Function<String, Either<FeelEngine.Failure, ParsedExpression>> parse) {
            Either<FeelEngine.Failure, ParsedExpression> known = parsed.get(text);
            if (known != null) {
                return known;
            }
            Either<FeelEngine.Failure, ParsedExpression> fresh = parse.apply(text);
            if (parsed.size() < MOST_KEPT) {
                parsed.put(text, fresh);
            }
            return fresh;
        }

        int keptCount() {
            return expressions.size() + unaryTests.size();
        }
    }
}
