package cn.sandiao.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A registration retried with the same Idempotency-Key (a flaky village network) creates one case. */
@IntegrationTest
class IdempotentRegistrationTest {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired DisputeCaseRepository cases;
    @Autowired DataSource dataSource;

    @Test
    void shouldAnswerARetryWithTheFirstCase() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = cases.count();

        ResponseEntity<String> first = post(key, DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        ResponseEntity<String> retry = post(key, DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(caseNo(retry)).isEqualTo(caseNo(first));
        assertThat(cases.count()).isEqualTo(before + 1);
    }

    @Test
    void shouldRefuseTheSameKeyForAnotherRegistration() throws Exception {
        String key = UUID.randomUUID().toString();
        post(key, DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        long before = cases.count();

        ResponseEntity<String> other = post(key, DisputeRequests.neighbourDispute(DisputeRequests.XICUN));

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(other.getBody()).get("message").asText()).contains("幂等键");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void shouldCreateOneCaseWhenRetriesArriveAtTheSameTime() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = cases.count();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<ResponseEntity<String>> call = () -> post(key, DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
            answers.add(pool.submit(call));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : answers) {
            statuses.add(answer.get().getStatusCode().value());
        }
        pool.shutdown();

        assertThat(statuses).isSubsetOf(201, 200, 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(cases.count()).isEqualTo(before + 1);
        // whoever was told 409 retries later and gets the case that was made
        assertThat(post(key, DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldAnswerBusyAndKeepNothingWhileTheYearsCaseNumberIsHeld() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = cases.count();
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        ResponseEntity<String> busy;
        try (Connection other = dataSource.getConnection()) {
            // another registration that does not finish: it holds the year's counter past the lock limit
            other.setAutoCommit(false);
            other.createStatement().executeUpdate("update case_number_sequence set last_value = last_value"
                    + " where prefix = 'TJ' and case_year = " + year);
            busy = post(key, DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
            other.rollback();
        }

        assertThat(busy.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(busy.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(json.readTree(busy.getBody()).get("message").asText()).isEqualTo("系统繁忙，本次操作未保存，请稍后重试");
        assertThat(cases.count()).isEqualTo(before);
        // the same key again, once the counter is free: registered now, not a replay of the refusal
        ResponseEntity<String> retry = post(key, DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(cases.count()).isEqualTo(before + 1);
    }

    private ResponseEntity<String> post(String key, RegisterDisputeRequest request) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return rest.withBasicAuth("intake", "intake").postForEntity("/api/disputes",
                new HttpEntity<>(json.writeValueAsString(request), headers), String.class);
    }

    private String caseNo(ResponseEntity<String> answer) throws Exception {
        JsonNode body = json.readTree(answer.getBody());
        return body.get("caseNo").asText();
    }
}
