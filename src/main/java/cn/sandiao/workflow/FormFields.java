package cn.sandiao.workflow;

import cn.sandiao.common.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What a user may submit with a task or a start form: the keys of its Camunda Form, nothing else. Ids of the
 * case, the office's groups and due dates live in the same variable scope, so a key outside the form is refused
 * (400, naming the key) before anything is stored, whatever the path (Tasklist, engine-rest, /api).
 */
@Component
public class FormFields {

    private final ObjectMapper json;
    /** Deployed forms never change: keys by process definition and task (or "start"). */
    private final Map<String, Set<String>> keys = new ConcurrentHashMap<>();

    FormFields(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Refuses the first submitted key that is not a field of {@code task}'s form. A task completed by someone else
     * meanwhile is left to the completion itself, which answers that (409); its form is not cached as empty.
     */
    public void requireTaskFields(FormService forms, TaskService tasks, Task task, Collection<String> submitted) {
        String key = task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey();
        Set<String> allowed = keys.get(key);
        if (allowed == null) {
            try {
                allowed = fieldsOf(() -> forms.getDeployedTaskForm(task.getId()));
            } catch (NotFoundException | NullValueException gone) {
                if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
                    return;
                }
                throw gone;
            }
            keys.put(key, allowed);
        }
        require(allowed, submitted);
    }

    /** Refuses the first submitted key that is not a field of the start form of {@code processDefinitionId}. */
    public void requireStartFields(FormService forms, String processDefinitionId, Collection<String> submitted) {
        require(keys.computeIfAbsent(processDefinitionId + "/start",
                k -> fieldsOf(() -> forms.getDeployedStartForm(processDefinitionId))), submitted);
    }

    private static void require(Set<String> allowed, Collection<String> submitted) {
        for (String key : submitted) {
            if (!allowed.contains(key)) {
                throw new InvalidInputException(key, "表单中没有此项，不能提交（只能提交本任务表单中的内容）");
            }
        }
    }

    /** The field keys of a deployed Camunda Form; a task without one takes no values. */
    private Set<String> fieldsOf(Supplier<InputStream> form) {
        try (InputStream in = form.get()) {
            Set<String> found = new HashSet<>();
            collect(json.readTree(in), found);
            return Set.copyOf(found);
        } catch (NotFoundException | NullValueException gone) {
            throw gone;
        } catch (BadUserRequestException noForm) {
            return Set.of(); // no form: no values (an authorization failure propagates, uncached)
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, Set<String> found) {
        if (node.isObject() && node.hasNonNull("type") && node.hasNonNull("key")) {
            found.add(node.get("key").asText());
        }
        node.elements().forEachRemaining(child -> collect(child, found));
    }
}
