package cn.sandiao.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sandiao.common.InvalidInputException;
import cn.sandiao.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Registration through the Tasklist start form, submitted as Tasklist does, by the intake clerk. */
@IntegrationTest
class DisputeStartFormTest {

    @Autowired FormService formService;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired DisputeCaseRepository cases;
    @Autowired DisputeService disputeService;

    @AfterEach
    void logOut() {
        identityService.clearAuthentication();
    }

    @Test
    void shouldRegisterTheCaseAndKeepIdNumbersOutOfTheProcess() {
        ProcessInstance instance = submitAsIntake(formValues());

        assertThat(instance.getBusinessKey()).matches("TJ-\\d{4}-\\d{6}");
        DisputeViews.Detail registered = disputeService.detail((Long) runtimeService.getVariable(instance.getId(), "caseId"));
        assertThat(registered.caseNo()).isEqualTo(instance.getBusinessKey());
        assertThat(registered.registeredBy()).isEqualTo("intake");
        assertThat(registered.source()).isEqualTo(DisputeSource.PHONE_12345);
        assertThat(registered.parties()).extracting(DisputeViews.PartyView::idNumber)
                .containsExactly(DisputeRequests.APPLICANT_ID, DisputeRequests.RESPONDENT_ID);
        Map<String, Object> variables = runtimeService.getVariables(instance.getId());
        assertThat(variables).doesNotContainKeys("applicantIdNumber", "respondentIdNumber", "applicantPhone",
                "respondentPhone", "description");
        assertThat(variables.values()).noneMatch(v -> String.valueOf(v).contains(DisputeRequests.APPLICANT_ID));
    }

    @Test
    void shouldRefuseAnInvalidFormAndStoreNothing() {
        Map<String, Object> values = formValues();
        values.put("applicantIdNumber", "110105194912310021");
        long before = cases.count();

        assertThatThrownBy(() -> submitAsIntake(values))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("身份证号码");
        assertThat(cases.count()).isEqualTo(before);
    }

    /** As Tasklist does it: the clerk's own permissions apply; the checks afterwards run unauthenticated. */
    private ProcessInstance submitAsIntake(Map<String, Object> values) {
        String definitionId = definitionId();
        identityService.setAuthentication("intake", List.of("intake"));
        try {
            return formService.submitStartForm(definitionId, values);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private String definitionId() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey(DisputeCaseProcess.KEY)
                .latestVersion().singleResult().getId();
    }

    private static Map<String, Object> formValues() {
        return DisputeRequests.startFormValues(DisputeRequests.APPLICANT_ID, "13912345678");
    }
}
