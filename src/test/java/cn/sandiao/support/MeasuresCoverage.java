package cn.sandiao.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * For a {@link ProcessTest} class: proves that its coverage target is in force. The coverage listener looks the
 * properties up by type and, when that fails (none, or more than one without a primary), silently measures without
 * asserting anything; this test looks them up the same way.
 */
public interface MeasuresCoverage {

    @Test
    default void shouldAssertFullCoverageOfTheMeasuredProcessesOnly(@Autowired ApplicationContext context) {
        ProcessEngineCoverageProperties coverage = context.getBean(ProcessEngineCoverageProperties.class);
        assertThat(coverage.getClassCoverageAssertionConditions()).as("a class coverage target").isNotEmpty();
        ProcessTest measured = getClass().getAnnotation(ProcessTest.class);
        assertThat(measured).as("annotated with @ProcessTest").isNotNull();
        assertThat(coverage.getExcludedProcessDefinitionKeys()).doesNotContainAnyElementsOf(
                java.util.List.of(measured.value()));
    }
}
