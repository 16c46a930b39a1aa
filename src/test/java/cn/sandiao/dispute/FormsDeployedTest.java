package cn.sandiao.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.mediation.JudicialMediationProcess;
import cn.sandiao.mediation.MediationProcess;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task and the registration start event point to a Camunda Form deployed with their process, whose
 * id is the one referenced (a missing form otherwise shows up only in the browser).
 */
@IntegrationTest
class FormsDeployedTest {

    @Autowired RepositoryService repositoryService;
    @Autowired ObjectMapper json;

    @ParameterizedTest
    @ValueSource(strings = {DisputeCaseProcess.KEY, MediationProcess.KEY, cn.sandiao.dispute.CourtEntrustments.PROCESS_KEY,
            JudicialMediationProcess.KEY, cn.sandiao.agreement.JudicialConfirmations.PROCESS_KEY,
            cn.sandiao.agreement.FollowUps.PROCESS_KEY, cn.sandiao.dispute.CourtReports.PROCESS_KEY,
            cn.sandiao.petition.PetitionProcess.KEY, cn.sandiao.screening.ScreeningRoundProcess.KEY,
            cn.sandiao.screening.ScreeningReminderProcess.KEY})
    void shouldDeployAFormForEveryUserTask(String processKey) throws Exception {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult();
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        List<String> formRefs = new ArrayList<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
            formRefs.add(task.getCamundaFormRef());
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getCamundaFormRef() != null) {
                formRefs.add(start.getCamundaFormRef());
            }
        }
        assertThat(formRefs).isNotEmpty();

        List<String> resources = repositoryService.getDeploymentResourceNames(definition.getDeploymentId());
        for (String formRef : formRefs) {
            String resource = resources.stream().filter(r -> r.endsWith(formRef + ".form")).findFirst()
                    .orElseThrow(() -> new AssertionError("form not deployed with " + processKey + ": " + formRef));
            try (InputStream in = repositoryService.getResourceAsStream(definition.getDeploymentId(), resource)) {
                JsonNode form = json.readTree(in);
                assertThat(form.get("id").asText()).isEqualTo(formRef);
                assertThat(form.get("components")).isNotEmpty();
            }
        }
    }
}
