package cn.sandiao.performance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.SqlRecorder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What one registration and one task completion cost in SQL statements, by who sends them (engine, Hibernate, our
 * JDBC) and which of our classes causes them. The breakdown is written to target/call-cost.md for the README's
 * lean-path section; the budgets fail the build when a change adds statements to the hot path unnoticed.
 */
@IntegrationTest
class CallCostTest {

    private static final String DONGCUN = "990101001001";

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;

    @Test
    void shouldKeepARegistrationAndEachTaskCompletionWithinTheirStatementBudgets() throws IOException {
        runCase(0, null); // warm: caches, deployments and first-use queries are not what a call costs
        Map<String, Call> calls = new LinkedHashMap<>();
        runCase(1, calls);

        Path report = Path.of("target", "call-cost.md");
        Files.writeString(report, breakdown(calls));
        System.out.println(Files.readString(report));

        assertThat(calls.keySet()).containsExactlyElementsOf(BUDGETS.keySet());
        BUDGETS.forEach((call, budget) -> assertThat(calls.get(call).sent()).as(call).hasSizeLessThanOrEqualTo(budget));
        // one durable commit per call: all of a user's action or none of it, and one write of the H2 file, not two
        calls.forEach((call, cost) -> assertThat(cost.writingCommits()).as(call).hasSize(1));
    }

    /**
     * Statements per call as measured on 2026-12-06 (H2: 53, 66, 43, 43, 82; the day before, with the history's
     * change logs, 54, 70, 45, 45, 83; on 2026-12-07, the removal time written with each history row instead of on all
     * of a case's rows at its end, 51, 66, 44, 44, 67), with room for an id block or a cache refill.
     */
    private static final Map<String, Integer> BUDGETS = budgets();

    private static Map<String, Integer> budgets() {
        Map<String, Integer> budgets = new LinkedHashMap<>();
        budgets.put("登记 POST /api/disputes", 54);
        budgets.put("办理 受理审查与分流", 70);
        budgets.put("办理 调解准备", 48);
        budgets.put("办理 调解并记录", 48);
        budgets.put("办理 登记调解结果", 70);
        return budgets;
    }

    private void runCase(int i, Map<String, Call> calls) throws IOException {
        Map<String, Object> body = Map.of("source", "WALK_IN", "type", "NEIGHBOUR", "regionCode", DONGCUN,
                "description", "相邻纠纷", "amount", 2000, "peopleInvolved", 2, "abnormalDeath", false,
                "parties", List.of(
                        Map.of("role", "APPLICANT", "kind", "PERSON", "name", "张三", "idNumber", idNumber(2 * i + 700),
                                "phone", "13800138000"),
                        Map.of("role", "RESPONDENT", "kind", "PERSON", "name", "李四", "idNumber", idNumber(2 * i + 701),
                                "phone", "13900139000")));
        SqlRecorder.start();
        ResponseEntity<String> registered = post("intake", "/api/disputes", body);
        keep(calls, "登记 POST /api/disputes");
        assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(201);
        String caseNo = json.readTree(registered.getBody()).get("caseNo").asText();

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        List<Map.Entry<String, Map<String, Object>>> steps = List.of(
                Map.entry("intake", Map.of("accepted", "true", "disputeType", "NEIGHBOUR", "riskLevel", "GENERAL",
                        "channel", "PEOPLE", "mediationLevel", "VILLAGE")),
                Map.entry("mediator", Map.of("partiesConsent", "true")),
                Map.entry("mediator", Map.of("sessionDate", today, "sessionPlace", "调解室", "participants", "双方",
                        "sessionSummary", "调解", "anotherSession", "false")),
                Map.entry("mediator", Map.of("mediationResult", "SUCCESS", "agreementForm", "ORAL",
                        "agreementContent", "当场履行")));
        for (Map.Entry<String, Map<String, Object>> step : steps) {
            JsonNode task = json.readTree(rest.withBasicAuth(step.getKey(), step.getKey())
                    .getForObject("/engine-rest/task?processInstanceBusinessKey=" + caseNo, String.class)).get(0);
            assertThat(task).as("an open task of " + caseNo).isNotNull();
            SqlRecorder.start();
            ResponseEntity<String> done = post(step.getKey(), "/api/tasks/" + task.get("id").asText() + "/complete",
                    Map.of("variables", step.getValue()));
            keep(calls, "办理 " + task.get("name").asText());
            assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
        }
    }

    /** What one call sent, and the commits of its transactions that wrote. */
    private record Call(List<SqlRecorder.Sent> sent, List<String> writingCommits) {
    }

    private static void keep(Map<String, Call> calls, String call) {
        List<String> commits = SqlRecorder.writingCommits();
        List<SqlRecorder.Sent> sent = SqlRecorder.stop();
        if (calls != null) {
            calls.put(call, new Call(sent, commits));
        }
    }

    private ResponseEntity<String> post(String user, String path, Object body) throws IOException {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).postForEntity(path, new HttpEntity<>(json.writeValueAsString(body), headers),
                String.class);
    }

    private static String breakdown(Map<String, Call> calls) {
        StringBuilder out = new StringBuilder("# SQL statements per call\n");
        calls.forEach((call, cost) -> {
            List<SqlRecorder.Sent> sent = cost.sent();
            out.append("\n## ").append(call).append(": ").append(sent.size()).append(" statements\n\n");
            out.append("Transactions that wrote: ").append(cost.writingCommits()).append("\n\n");
            out.append("By layer: ").append(count(sent, SqlRecorder.Sent::layer)).append("\n\n");
            out.append("By verb: ").append(count(sent, SqlRecorder.Sent::verb)).append("\n\n");
            out.append("| caused by | layer | verb | table | n |\n|---|---|---|---|---|\n");
            sent.stream().collect(Collectors.groupingBy(s -> s.cause() + "|" + s.layer() + "|" + s.verb() + "|" + s.table(),
                            TreeMap::new, Collectors.counting()))
                    .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> out.append("| ").append(e.getKey().replace("|", " | ")).append(" | ")
                            .append(e.getValue()).append(" |\n"));
        });
        return out.toString();
    }

    private static Map<String, Long> count(List<SqlRecorder.Sent> sent, Function<SqlRecorder.Sent, String> by) {
        return sent.stream().collect(Collectors.groupingBy(by, TreeMap::new, Collectors.counting()));
    }

    /** A valid 18-digit resident ID (GB 11643 check digit), different for each n. */
    private static String idNumber(int n) {
        String body = "11010119800307" + String.format("%03d", n % 900 + 100);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * weights[k];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
