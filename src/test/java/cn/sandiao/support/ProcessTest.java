package cn.sandiao.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;

/**
 * An integration test whose flow-node and sequence-flow coverage is recorded and reported under
 * {@code target/process-test-coverage}; the class must cover every element of the processes named in {@link #value()}.
 * The other processes it runs on the way (the {@code dispute_case} a judicial-confirmation test goes through, say) are
 * left out of its coverage: each is measured by its own class. Process tests get their own application context (one
 * per set of measured processes): the coverage recorder must not see other tests' process runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import({ProcessEngineCoverageConfiguration.class, MeasuredProcesses.Registrar.class, FullCoverage.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {

    /** The keys of the processes the class measures and must cover completely. */
    String[] value();
}
