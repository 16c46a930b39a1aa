package cn.sandiao.workflow;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * Gauges an operator watches: open and overdue tasks per user task of every deployed process, and the job
 * executor's backlog (timers and jobs due but not yet run). Read from the engine at each scrape.
 */
@Component
class WorkflowMetrics implements MeterBinder {

    private final TaskService taskService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final Clock clock;

    WorkflowMetrics(TaskService taskService, ManagementService managementService,
                    RepositoryService repositoryService, Clock clock) {
        this.taskService = taskService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("sandiao.jobs.backlog", () -> managementService.createJobQuery().executable().count())
                .description("Jobs and timers due but not yet executed").register(registry);
        repositoryService.createProcessDefinitionQuery().latestVersion().list().forEach(definition ->
                userTaskKeys(definition.getId()).forEach(key -> {
                            Gauge.builder("sandiao.tasks.open", () -> taskService.createTaskQuery()
                                            .taskDefinitionKey(key).count())
                                    .tag("process", definition.getKey()).tag("task", key)
                                    .description("Open tasks").register(registry);
                            Gauge.builder("sandiao.tasks.overdue", () -> taskService.createTaskQuery()
                                            .taskDefinitionKey(key).dueBefore(Date.from(clock.instant())).count())
                                    .tag("process", definition.getKey()).tag("task", key)
                                    .description("Open tasks past their due date").register(registry);
                        }));
    }

    /**
     * The user tasks as the engine parsed them when it deployed the model (an engine-internal view): parsing each
     * model again with the model API took about 2 % of a start.
     */
    private Set<String> userTaskKeys(String processDefinitionId) {
        return ((ProcessDefinitionEntity) ((RepositoryServiceImpl) repositoryService)
                .getDeployedProcessDefinition(processDefinitionId)).getTaskDefinitions().keySet();
    }
}
