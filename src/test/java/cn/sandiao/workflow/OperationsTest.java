package cn.sandiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.sandiao.dispute.DisputeViews;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** What an operator relies on: health of database, engine and job executor, and Prometheus metrics. */
@IntegrationTest
class OperationsTest {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputes;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;

    @Test
    void shouldReportHealthOfDatabaseAndEngine() throws Exception {
        assertThat(rest.getForEntity("/actuator/health", String.class).getBody()).contains("\"status\":\"UP\"");

        JsonNode health = json.readTree(rest.withBasicAuth("demo", "demo").getForObject("/actuator/health", String.class));
        assertThat(health.get("status").asText()).isEqualTo("UP");
        // the job executor's indicator appears where the executor runs (tests run timers themselves)
        assertThat(health.get("components").fieldNames()).toIterable().contains("db", "processEngine");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void shouldLogEachStepOfACaseWithItsNumberButNoPersonalData(CapturedOutput output) {
        DisputeViews.Registered registered = disputes.register(
                DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(registered.caseNo()).singleResult();
        taskService.complete(triage.getId(), Map.of("accepted", "false", "declineReason", "不属于调解范围",
                "declineRoute", "OUTSIDE_JURISDICTION"));

        String caseNo = "[" + registered.caseNo() + "]";
        assertThat(output.getOut().lines().filter(line -> line.contains(caseNo)))
                .anyMatch(line -> line.contains("INFO") && line.contains("登记纠纷，案号" + registered.caseNo()))
                .anyMatch(line -> line.contains("不予受理"))
                .anyMatch(line -> line.contains("结案"));
        assertThat(output.getOut()).doesNotContain(DisputeRequests.APPLICANT_ID, "13800138000");
    }

    @Test
    void shouldFindDomainRowsAndEngineInAgreement() throws Exception {
        disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");

        JsonNode report = json.readTree(rest.withBasicAuth("demo", "demo")
                .getForObject("/api/admin/consistency", String.class));

        assertThat(report.get("casesChecked").asLong()).isPositive();
        assertThat(report.get("mismatches")).isEmpty();
        assertThat(rest.withBasicAuth("supervisor", "supervisor").getForEntity("/api/admin/consistency", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldExposeCaseAndTaskMetricsToTheAdministratorOnly() {
        disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");

        String metrics = rest.withBasicAuth("demo", "demo").getForObject("/actuator/prometheus", String.class);
        assertThat(metrics).contains("sandiao_cases_registered_total{type=\"NEIGHBOUR\"}")
                .contains("sandiao_tasks_open{process=\"dispute_case\",task=\"Task_Triage\"}")
                .contains("sandiao_tasks_overdue{process=\"dispute_mediation\",task=\"Task_PrepareMediation\"}")
                .contains("sandiao_jobs_backlog")
                // the HTTP requests' timer stays; none per security filter or repository call (nobody reads them)
                .contains("http_server_requests_seconds_count{")
                .doesNotContain("spring_security_")
                .doesNotContain("spring_data_repository_invocations");
        // every user task of every deployed process, those in sub-processes and event sub-processes too
        repositoryService.createProcessDefinitionQuery().latestVersion().list().forEach(definition ->
                repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
                        .forEach(task -> assertThat(metrics).contains("sandiao_tasks_open{process=\""
                                + definition.getKey() + "\",task=\"" + task.getId() + "\"}")));
        assertThat(rest.withBasicAuth("supervisor", "supervisor").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
