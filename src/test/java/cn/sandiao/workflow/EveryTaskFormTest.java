package cn.sandiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.sandiao.common.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * For every user task of every deployed process, as its own worker would try: each variable that says which case
 * the step is about, who works or sees it, or when it is due is refused by the task's form check, and so are the
 * read-only fields it only shows. Read from the deployed BPMN and forms, so a new task or field is covered too.
 */
class EveryTaskFormTest {

    /** Ids the system sets at the start of a process; the steps find their case by business key, never by these. */
    private static final Set<String> CASE_IDS = Set.of("caseId", "caseNo", "mediationId", "petitionId", "petitionNo",
            "confirmationId");
    private static final Pattern VARIABLE = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, FormFields.Fields> FORMS = new HashMap<>();
    private static final Set<String> GUARDED = new TreeSet<>(CASE_IDS);

    record Step(String process, UserTask task) {
        @Override
        public String toString() {
            return process + "/" + task.getId() + "（" + task.getName() + "）";
        }
    }

    @BeforeAll
    static void readDeployment() throws IOException {
        for (Resource form : resources("classpath*:forms/*.form")) {
            try (InputStream in = form.getInputStream()) {
                JsonNode json = JSON.readTree(in);
                FORMS.put(json.get("id").asText(), FormFields.fieldsOf(json));
            }
        }
        for (Step step : steps().toList()) {
            UserTask task = step.task();
            Stream.of(task.getCamundaCandidateGroups(), task.getCamundaAssignee(), task.getCamundaCandidateUsers(),
                    task.getCamundaDueDate(), task.getCamundaFollowUpDate()).forEach(EveryTaskFormTest::guard);
        }
        for (BpmnModelInstance model : models()) {
            for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
                Stream.of(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle())
                        .filter(Objects::nonNull).forEach(expression -> guard(expression.getTextContent()));
            }
        }
    }

    @Test
    void shouldKnowTheVariablesThatCarryAuthorityAndDeadlines() {
        assertThat(GUARDED).contains("intakeGroups", "supervisorGroups", "reviewGroups", "mediatorGroup",
                "mediatorId", "triageDueDate", "mediationDueDate", "handlingDueDate", "reminderDate", "performanceDue");
        assertThat(steps().map(step -> step.task().getId())).contains("Task_Triage", "Task_PrepareMediation",
                "Task_RecordOutcome", "Task_SuperviseOverdue", "Task_CourtReview", "Task_RuleOnConfirmation",
                "Task_FollowUp", "Task_ReceiveResult", "Task_Acceptance", "Task_Handle", "Task_ReReviewOpinion");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void shouldRefuseEveryInternalVariableAtEveryTask(Step step) {
        FormFields.Fields form = FORMS.get(step.task().getCamundaFormRef());
        assertThat(form).as("deployed form " + step.task().getCamundaFormRef()).isNotNull();
        for (String name : GUARDED) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> FormFields.toStore(form, List.of(name)));
            assertThat(refused).as(step + " takes " + name).isNotNull();
            assertThat(refused.getMessage()).contains(name);
        }
        for (String shown : form.readOnly()) {
            assertThat(FormFields.toStore(form, List.of(shown))).as(step + " stores " + shown).isEmpty();
        }
        assertThat(FormFields.toStore(form, form.editable())).containsExactlyInAnyOrderElementsOf(form.editable());
    }

    static Stream<Step> steps() {
        return models().stream().flatMap(model -> model.getModelElementsByType(UserTask.class).stream()
                .map(task -> new Step(model.getDefinitions().getRootElements().stream()
                        .filter(Process.class::isInstance)
                        .findFirst().orElseThrow().getId(), task)));
    }

    /** Each bare variable an expression reads ({@code ${x}}, or a list {@code ${a},${b}}). */
    private static void guard(String expression) {
        if (expression != null) {
            for (String part : expression.split(",")) {
                Matcher variable = VARIABLE.matcher(part.strip());
                if (variable.matches()) {
                    GUARDED.add(variable.group(1));
                }
            }
        }
    }

    private static List<BpmnModelInstance> models() {
        try {
            return Stream.of(resources("classpath*:processes/*.bpmn")).map(resource -> {
                try (InputStream in = resource.getInputStream()) {
                    return Bpmn.readModelFromStream(in);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Resource[] resources(String pattern) throws IOException {
        return new PathMatchingResourcePatternResolver().getResources(pattern);
    }
}
