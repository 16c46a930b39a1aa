package cn.sandiao.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A process test class must cover every flow node and sequence flow of the processes it runs. */
@TestConfiguration
class FullCoverage {

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).build();
    }
}
