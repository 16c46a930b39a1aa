package cn.sandiao.workflow;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
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
                repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
                        .forEach(task -> {
                            String key = task.getId();
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
}
