package cn.sandiao.workflow;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Moves what an instance has due at one moment (its open tasks and its timers) to another. */
@Component
public class DueDateMover {

    private final TaskService taskService;
    private final ManagementService managementService;

    DueDateMover(TaskService taskService, ManagementService managementService) {
        this.taskService = taskService;
        this.managementService = managementService;
    }

    /** Answers the names of the tasks moved, for the record of the change. */
    public List<String> move(String processInstanceId, Date from, Date to) {
        List<String> moved = new ArrayList<>();
        taskService.createTaskQuery().processInstanceId(processInstanceId).dueDate(from).list().forEach(task -> {
            task.setDueDate(to);
            taskService.saveTask(task);
            moved.add(task.getName());
        });
        managementService.createJobQuery().processInstanceId(processInstanceId).timers()
                .duedateHigherThan(new Date(from.getTime() - 1)).duedateLowerThan(new Date(from.getTime() + 1)).list()
                .forEach(job -> managementService.setJobDuedate(job.getId(), to));
        return moved;
    }
}
