package cn.sandiao.workflow;

import cn.sandiao.common.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * (400, naming the key) before anything is stored, whatever the path (Tasklist, engine-rest, /api). A read-only
 * field (the case summary, the deadline's basis, the days asked for) is shown for context: Tasklist sends it back,
 * so it is accepted but never stored.
 */
@Component
public class FormFields {

    private final ObjectMapper json;
    /** Deployed forms never change: fields by process definition and task (or "start"). */
    private final Map<String, Fields> keys = new ConcurrentHashMap<>();

    /** A form's keys: those the user fills in, and those only shown. */
    record Fields(Set<String> editable, Set<String> readOnly) {
        static final Fields NONE = new Fields(Set.of(), Set.of());
    }

    FormFields(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Of the submitted keys, those to store: refuses the first that is not a field of {@code task}'s form and
     * leaves out its read-only fields. A task completed by someone else meanwhile is left to the completion
     * itself, which answers that (409); its form is not cached as empty.
     */
    public Set<String> taskFieldsToStore(FormService forms, TaskService tasks, Task task, Collection<String> submitted) {
        String key = task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey();
        Fields fields = keys.get(key);
        if (fields == null) {
            try {
                fields = fieldsOf(() -> forms.getDeployedTaskForm(task.getId()));
            } catch (NotFoundException | NullValueException gone) {
                if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
                    return Set.copyOf(submitted);
                }
                throw gone;
            }
            keys.put(key, fields);
        }
        return toStore(fields, submitted);
    }

    /** As {@link #taskFieldsToStore}, for the start form of {@code processDefinitionId}. */
    public Set<String> startFieldsToStore(FormService forms, String processDefinitionId, Collection<String> submitted) {
        return toStore(keys.computeIfAbsent(processDefinitionId + "/start",
                k -> fieldsOf(() -> forms.getDeployedStartForm(processDefinitionId))), submitted);
    }

    static Set<String> toStore(Fields fields, Collection<String> submitted) {
        Set<String> stored = new LinkedHashSet<>();
        for (String key : submitted) {
            if (fields.editable().contains(key)) {
                stored.add(key);
            } else if (!fields.readOnly().contains(key)) {
                throw new InvalidInputException(key, "表单中没有此项，不能提交（只能提交本任务表单中的内容）");
            }
        }
        return stored;
    }

    /** The field keys of a deployed Camunda Form; a task without one takes no values. */
    private Fields fieldsOf(Supplier<InputStream> form) {
        try (InputStream in = form.get()) {
            return fieldsOf(json.readTree(in));
        } catch (NotFoundException | NullValueException gone) {
            throw gone;
        } catch (BadUserRequestException noForm) {
            return Fields.NONE; // no form: no values (an authorization failure propagates, uncached)
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Fields fieldsOf(JsonNode form) {
        Set<String> editable = new HashSet<>();
        Set<String> readOnly = new HashSet<>();
        collect(form, editable, readOnly);
        editable.removeAll(readOnly); // a key shown read-only anywhere in the form is not the user's to set
        return new Fields(Set.copyOf(editable), Set.copyOf(readOnly));
    }

    private static void collect(JsonNode node, Set<String> editable, Set<String> readOnly) {
        if (node.isObject() && node.hasNonNull("type") && node.hasNonNull("key")) {
            boolean shownOnly = node.path("readonly").asBoolean(false) || node.path("disabled").asBoolean(false);
            (shownOnly ? readOnly : editable).add(node.get("key").asText());
        }
        node.elements().forEachRemaining(child -> collect(child, editable, readOnly));
    }
}
