package cn.sandiao.workflow;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

    /** The form's values, by the same keys the task's Camunda Form uses. */
    record Completion(@NotNull(message = "请提交表单内容") Map<String, Object> variables) {
    }

    private final TaskWork tasks;

    TaskController(TaskWork tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    List<TaskWork.TaskView> mine() {
        return tasks.mine();
    }

    @PostMapping("/{id}/claim")
    ResponseEntity<Void> claim(@PathVariable String id) {
        tasks.claim(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @Valid @RequestBody Completion completion) {
        tasks.complete(id, completion.variables());
        return ResponseEntity.noContent().build();
    }
}
