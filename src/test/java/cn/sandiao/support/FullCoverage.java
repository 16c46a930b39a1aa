package cn.sandiao.support;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A process test class must cover every flow node and sequence flow of the processes it measures; every other
 * deployed process is excluded from its coverage (it only runs there as a means to the measured process's ends).
 */
@TestConfiguration
class FullCoverage {

    /**
     * Primary: {@code ProcessEngineCoverageConfiguration} may register its default properties too, and the coverage
     * listener silently falls back to no assertion at all when it cannot pick one bean.
     */
    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties(MeasuredProcesses measured,
                                                                    RepositoryService repositoryService) {
        List<String> deployed = repositoryService.createProcessDefinitionQuery().list().stream()
                .map(ProcessDefinition::getKey).distinct().toList();
        if (!deployed.containsAll(measured.keys())) {
            throw new IllegalStateException("@ProcessTest names processes that are not deployed: " + measured.keys()
                    + " (deployed: " + deployed + ")");
        }
        String[] others = deployed.stream().filter(key -> !measured.keys().contains(key)).toArray(String[]::new);
        return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0)
                .excludeProcessDefinitionKeys(others).build();
    }
}
