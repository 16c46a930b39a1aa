package cn.sandiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Tasks through /api/tasks: the same rules as Tasklist, and two people on one task never both win. */
@IntegrationTest
class TaskApiTest {

    private static final String NANCUN = "990101002001";

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputes;
    @Autowired TaskService taskService;
    @Autowired CaseTimeline timeline;

    @Test
    void shouldLetExactlyOneOfTwoClerksCompleteTheSameTriage() throws Exception {
        DisputeViews.Registered registered = disputes.register(DisputeRequests.neighbourDispute(NANCUN), "intake");
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(registered.caseNo()).singleResult();
        String body = json.writeValueAsString(Map.of("variables", Map.of("accepted", "true",
                "disputeType", "NEIGHBOUR", "riskLevel", "GENERAL", "channel", "PEOPLE", "mediationLevel", "VILLAGE")));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        for (String clerk : List.of("intake", "lean-intake")) { // both offices' clerks are offered 南村's triage
            answers.add(pool.submit(() -> {
                start.await();
                return complete(clerk, triage.getId(), body);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : answers) {
            statuses.add(answer.get().getStatusCode().value());
            bodies.add(String.valueOf(answer.get().getBody()));
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        assertThat(bodies).anySatisfy(b -> assertThat(b).contains("已由他人办理"));
        assertThat(timeline.of(registered.id())).filteredOn(e -> e.getType() == CaseEventType.TRIAGED).hasSize(1);
    }

    @Test
    void shouldTellAClerkWhoseCompletionArrivesAfterTheOthersCommittedThatItIsTaken() throws Exception {
        DisputeViews.Registered registered = disputes.register(DisputeRequests.neighbourDispute(NANCUN), "intake");
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(registered.caseNo()).singleResult();
        String body = json.writeValueAsString(Map.of("variables", Map.of("accepted", "true",
                "disputeType", "NEIGHBOUR", "riskLevel", "GENERAL", "channel", "PEOPLE", "mediationLevel", "VILLAGE")));

        assertThat(complete("intake", triage.getId(), body).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> late = complete("lean-intake", triage.getId(), body);

        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody()).contains("已由他人办理");
        assertThat(timeline.of(registered.id())).filteredOn(e -> e.getType() == CaseEventType.TRIAGED).hasSize(1);
    }

    @Test
    void shouldListOnlyTheUsersOwnWorkAndRefuseOthersTasks() throws Exception {
        DisputeViews.Registered dongcun = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(dongcun.caseNo()).singleResult();

        assertThat(rest.withBasicAuth("intake", "intake").getForObject("/api/tasks", String.class))
                .contains(triage.getId()).contains(dongcun.caseNo());
        assertThat(rest.withBasicAuth("lean-intake", "lean-intake").getForObject("/api/tasks", String.class))
                .doesNotContain(triage.getId());
        assertThat(complete("lean-intake", triage.getId(), "{\"variables\":{\"accepted\":\"true\"}}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldAnswer400AndKeepTheTaskWhenTheFormBreaksARule() throws Exception {
        DisputeViews.Registered registered = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(registered.caseNo()).singleResult();

        ResponseEntity<String> answer = complete("intake", triage.getId(), "{\"variables\":{\"accepted\":\"false\"}}");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("不予受理时须填写理由");
        assertThat(taskService.createTaskQuery().taskId(triage.getId()).count()).isEqualTo(1);
    }

    private ResponseEntity<String> complete(String user, String taskId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).postForEntity("/api/tasks/" + taskId + "/complete",
                new HttpEntity<>(body, headers), String.class);
    }
}
