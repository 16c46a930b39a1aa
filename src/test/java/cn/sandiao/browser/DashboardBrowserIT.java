package cn.sandiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.PartyInput;
import cn.sandiao.dispute.RegisterDisputeRequest;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The supervisors' dashboard (/dashboard) in headless Chromium: cases are made through the API (one mediated to
 * an agreement, one escalated from the village to the township and settled there, one left past its triage
 * limit), and the page must show the same figures as /api/statistics gives the same user.
 */
@IntegrationTest
class DashboardBrowserIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final List<String> COUNTS = List.of("disputes.registered", "disputes.mediated",
            "disputes.succeeded", "petitions.received", "petitions.backlog");
    private static final List<String> RATES = List.of("disputes.mediationRate", "disputes.successRate",
            "disputes.onTimeRate", "petitions.timelyAcceptanceRate", "petitions.onTimeClosureRate",
            "petitions.satisfactionRate");
    private static final List<String> CHARTS = List.of("chart-trend", "chart-type", "chart-channel", "chart-escalation");

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private Webapps web;

    @BeforeEach
    void openBrowser() throws IOException {
        web = new Webapps(port, "zh-CN", taskService);
    }

    @AfterEach
    void closeBrowser() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    void shouldShowTheMonthsFiguresAsTheApiCountsThem() throws Exception {
        try {
            showFigures();
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("dashboard-failure");
            throw e;
        }
    }

    @Test
    void shouldSayInChineseThatATownshipSupervisorMayNotSeeTheCounty() throws Exception {
        try {
            refuseTheCounty();
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("dashboard-scope-failure");
            throw e;
        }
    }

    private void showFigures() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String agreed = register(tag + "-1");
        triage(agreed);
        mediate(agreed, "SUCCESS");
        String escalated = register(tag + "-2");
        triage(escalated);
        mediate(escalated, "FAILED");
        mediate(escalated, "SUCCESS");
        String late = register(tag + "-3");
        Task triage = openTask(late);
        // registered long ago as far as the clock is concerned: its triage limit has passed
        taskService.setDueDate(triage.getId(), java.util.Date.from(
                LocalDate.now(CHINA).minusDays(5).atTime(17, 0).atZone(CHINA).toInstant()));

        String month = YearMonth.now(CHINA).toString();
        open("supervisor", "/dashboard?month=" + month);
        assertThat(state()).as(messages()).isEqualTo("ready");
        JsonNode report = api("supervisor", "/api/statistics/monthly?month=" + month).body;
        JsonNode overdue = api("supervisor", "/api/statistics/overdue").body;
        assertThat(report.at("/disputes/registered").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(report.at("/disputes/succeeded").asLong()).isGreaterThanOrEqualTo(2);

        assertThat(web.browser.getTitle()).isEqualTo("三调联动 统计看板");
        assertThat(text("caption")).contains(report.at("/region/name").asText()).contains(chineseMonth(month));
        for (String figure : COUNTS) {
            assertThat(figure(figure)).as(figure).isEqualTo(report.at(pointer(figure)).asText());
        }
        for (String rate : RATES) {
            assertThat(figure(rate)).as(rate).isEqualTo(rate(report.at(pointer(rate))));
        }
        // 本年累计 under each figure, as the API counts the year to date (积案 has none: it is the month end's)
        for (String figure : COUNTS.stream().filter(f -> !f.equals("petitions.backlog")).toList()) {
            assertThat(figure("ytd." + figure)).as("本年累计 " + figure)
                    .isEqualTo(report.at("/yearToDate" + pointer(figure)).asText());
        }
        for (String rate : RATES) {
            assertThat(figure("ytd." + rate)).as("本年累计 " + rate).isEqualTo(rate(report.at("/yearToDate" + pointer(rate))));
        }
        assertThat(figure("overdue.total")).isEqualTo(overdue.get("total").asText());
        for (JsonNode prevented : report.at("/disputes/preventions")) {
            for (String figure : List.of("cases", "people")) {
                String name = "preventions." + prevented.get("code").asText() + "." + figure;
                assertThat(figure(name)).as(name).isEqualTo(prevented.get(figure).asText());
            }
        }
        // 法院委派委托调解: both kinds, each figure as the API counts it
        assertThat(report.at("/disputes/courtEntrusted")).hasSize(2);
        for (JsonNode kind : report.at("/disputes/courtEntrusted")) {
            for (String figure : List.of("received", "mediated", "succeeded", "failed", "withdrawn")) {
                String name = "court." + kind.get("code").asText() + "." + figure;
                assertThat(figure(name)).as(name).isEqualTo(kind.get(figure).asText());
            }
        }
        // 矛盾纠纷排查: rounds held and disputes found, the month's and the year to date's, as the API counts them
        for (String figure : List.of("rounds", "found", "registered", "settledOnSpot", "prevented")) {
            assertThat(figure("screening." + figure)).as(figure)
                    .isEqualTo(report.at("/disputes/screening/" + figure).asText());
            assertThat(figure("ytd.screening." + figure)).as("本年累计 " + figure)
                    .isEqualTo(report.at("/yearToDate/disputes/screening/" + figure).asText());
        }
        for (JsonNode kind : report.at("/disputes/screening/roundsByKind")) {
            assertThat(figure("screening.kind." + kind.get("code").asText())).isEqualTo(kind.get("count").asText());
        }
        // the organisation at the month's end, as the API gives it, with its sentence to quote
        JsonNode organization = api("supervisor", "/api/statistics/organization?month=" + month).body;
        for (String figure : List.of("organization.committees", "organization.mediators",
                "organization.fullTimeMediators", "organization.trainingYearToDate.sessions", "organization.experts")) {
            assertThat(figure(figure)).as(figure)
                    .isEqualTo(organization.at(pointer(figure.substring("organization.".length()))).asText());
        }
        assertThat(organization.get("committees").asInt()).isPositive();
        assertThat(text("organization-summary")).isEqualTo(organization.get("summary").asText())
                .startsWith(organization.get("regionName").asText() + "共有人民调解组织");
        // the 工作总结 sentences, January to the month, as the API writes them
        JsonNode narrative = api("supervisor", "/api/statistics/narrative?from=" + month.substring(0, 4) + "-01&to=" + month).body;
        List<String> shown = web.browser.findElements(By.cssSelector("#narrative p")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
        List<String> written = new java.util.ArrayList<>();
        narrative.get("sentences").forEach(sentence -> written.add(sentence.asText()));
        assertThat(shown).isEqualTo(written);
        assertThat(shown.get(0)).startsWith(narrative.get("label").asText() + "，");
        assertThat(web.browser.findElement(By.id("narrative-xlsx")).getAttribute("href"))
                .as("the sentences' workbook, for the same months and region")
                .contains("/api/statistics/narrative.xlsx?", "from=" + narrative.get("from").asText(),
                        "to=" + narrative.get("to").asText(), "region=" + narrative.get("region").asText());

        // the late case in the overdue list, under its office and limit, as many days late as the API says
        JsonNode lateTask = null;
        JsonNode lateGroup = null;
        for (JsonNode group : overdue.get("groups")) {
            for (JsonNode task : group.get("tasks")) {
                if (task.get("reference").asText().equals(late)) {
                    lateTask = task;
                    lateGroup = group;
                }
            }
        }
        assertThat(lateTask).as("overdue list of the API holds " + late).isNotNull();
        assertThat(lateTask.get("daysOverdue").asLong()).isEqualTo(5);
        WebElement row = web.browser.findElement(By.cssSelector("tr[data-task='" + lateTask.get("taskId").asText() + "']"));
        assertThat(row.getText()).contains(late, "受理审查与分流", lateTask.get("due").asText(), "超期 5 天");
        assertThat(web.browser.findElement(By.id("overdue-rows")).getText())
                .contains(lateGroup.get("organisation").asText() + " · " + lateGroup.get("ruleName").asText());

        // every chart drawn on a canvas; the Sankey with the village → township hand-off, no self-loop
        for (String chart : CHARTS) {
            web.wait.until(d -> !d.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty());
        }
        assertThat(chartOption("chart-trend", "o.xAxis[0].data")).asList().hasSize(12).endsWith(month);
        assertThat(chartOption("chart-escalation", "o.series[0].links.map(l => l.source + '>' + l.target)"))
                .asList().contains("PEOPLE/VILLAGE>PEOPLE/TOWNSHIP")
                .allSatisfy(link -> assertThat(link.toString().split(">")[0]).isNotEqualTo(link.toString().split(">")[1]));
        assertThat(chartOption("chart-type", "o.xAxis[0].data")).asList().contains("邻里纠纷");

        // the downloads are of the month shown, and download
        for (String kind : List.of("csv", "xlsx")) {
            String href = web.browser.findElement(By.id("download-" + kind)).getAttribute("href");
            assertThat(href).contains("/api/statistics/monthly." + kind + "?month=" + month);
            assertThat(fetch("supervisor", URI.create(href).getRawPath() + "?" + URI.create(href).getRawQuery())
                    .statusCode()).isEqualTo(200);
        }

        web.browser.manage().window().setSize(new Dimension(1400, 2500));
        web.wait.until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
        Thread.sleep(500); // the charts redraw at the new width
        web.screenshot("dashboard");
    }

    private void refuseTheCounty() throws Exception {
        // by default the current month (China's, on the server's clock), in the user's own region
        String month = YearMonth.now(CHINA).toString();
        open("lean-supervisor", "/dashboard");
        assertThat(state()).as(messages()).isEqualTo("ready");
        assertThat(new Select(web.browser.findElement(By.id("month"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(month);
        assertThat(text("caption")).contains("乐安镇", chineseMonth(month));

        new Select(web.browser.findElement(By.id("region"))).selectByValue("990101");
        web.browser.findElement(By.id("apply")).click();
        web.wait.until(d -> !"loading".equals(state()));

        Answer refused = api("lean-supervisor", "/api/statistics/monthly?month=" + month + "&region=990101");
        WebElement message = web.browser.findElement(By.id("message"));
        assertThat(message.isDisplayed()).isTrue();
        assertThat(message.getText()).contains("月报数据").contains("加载失败（HTTP " + refused.status + "）")
                .contains(refused.body.get("message").asText());
        assertThat(figure("disputes.registered")).as("no figures of another region stay on the page").isEqualTo("—");
        web.screenshot("dashboard-out-of-scope");
        assertThat(refused.status).as("a region outside the user's office is forbidden, not a server error: "
                + refused.body).isEqualTo(403);
        assertThat(state()).isEqualTo("error");
    }

    // ---- the API ----

    private record Answer(int status, JsonNode body) {
    }

    private HttpResponse<String> fetch(String user, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Answer api(String user, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = fetch(user, path);
        return new Answer(response.statusCode(), json.readTree(response.body()));
    }

    private Answer send(String user, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 299);
        return new Answer(response.statusCode(), response.body().isEmpty() ? null : json.readTree(response.body()));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    /** A neighbour dispute in 东村; the text is the test's own, as the database is shared with other tests. */
    private String register(String tag) throws IOException, InterruptedException {
        RegisterDisputeRequest base = DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN);
        PartyInput respondent = base.parties().get(1);
        RegisterDisputeRequest request = new RegisterDisputeRequest(base.source(), base.type(), base.regionCode(),
                "统计看板测试 " + tag + "：" + base.description(), base.amount(), base.peopleInvolved(), false, false,
                List.of(base.parties().get(0), new PartyInput(respondent.role(), respondent.kind(), "看板" + tag,
                        respondent.idNumber(), null, respondent.phone())));
        return send("intake", "/api/disputes", request).body.get("caseNo").asText();
    }

    private void triage(String caseNo) throws IOException, InterruptedException {
        Task task = openTask(caseNo);
        send("intake", "/api/tasks/" + task.getId() + "/claim", null);
        complete("intake", task, Map.of("accepted", "true", "disputeType", "NEIGHBOUR", "riskLevel", "GENERAL",
                "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
    }

    /** Preparation, one session and the outcome, by the mediator the case went to; a failure goes up a level. */
    private void mediate(String caseNo, String result) throws IOException, InterruptedException {
        complete(openTask(caseNo), Map.of("partiesConsent", "true"));
        complete(openTask(caseNo), Map.of("sessionDate", LocalDate.now(CHINA).toString(), "sessionPlace", "村委会调解室",
                "participants", "双方当事人、调解员", "sessionSummary", "听取双方陈述，释法明理", "anotherSession", "false"));
        complete(openTask(caseNo), result.equals("SUCCESS")
                ? Map.of("mediationResult", "SUCCESS", "agreementForm", "ORAL", "agreementContent", "当场赔礼道歉")
                : Map.of("mediationResult", "FAILED", "failureReason", "村调解未果", "escalateTo", "NEXT_LEVEL"));
    }

    private void complete(Task task, Map<String, Object> variables) throws IOException, InterruptedException {
        assertThat(task.getAssignee()).as(task.getName() + " is assigned").isNotNull();
        complete(task.getAssignee(), task, variables);
    }

    private void complete(String user, Task task, Map<String, Object> variables) throws IOException, InterruptedException {
        send(user, "/api/tasks/" + task.getId() + "/complete", Map.of("variables", variables));
    }

    /** The case's open task; a mediation's task is in the called instance, which carries the case number. */
    private Task openTask(String caseNo) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
        return task != null ? task : taskService.createTaskQuery().processVariableValueEquals("caseNo", caseNo).singleResult();
    }

    // ---- the page ----

    /** Opens a page as {@code user}: Chromium sends the Basic login with every request, the page's fetches too. */
    private void open(String user, String path) {
        web.browser.executeCdpCommand("Network.enable", Map.of());
        web.browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", basic(user))));
        web.browser.get("http://localhost:" + port + path);
        web.wait.until(d -> {
            String state = state();
            return state != null && !state.equals("loading");
        });
    }

    private String state() {
        return web.browser.findElement(By.tagName("body")).getAttribute("data-state");
    }

    private String messages() {
        return "page says: " + web.browser.findElement(By.id("message")).getText();
    }

    private String text(String id) {
        return web.browser.findElement(By.id(id)).getText();
    }

    private String figure(String name) {
        return web.browser.findElement(By.cssSelector("[data-figure='" + name + "']")).getText();
    }

    private Object chartOption(String id, String expression) {
        return ((JavascriptExecutor) web.browser).executeScript("const o = echarts.getInstanceByDom("
                + "document.getElementById(arguments[0])).getOption(); return " + expression + ";", id);
    }

    private static String pointer(String figure) {
        return "/" + figure.replace('.', '/');
    }

    /** As the page must show a rate: 95.37%（103/108）, or — without a denominator. */
    private static String rate(JsonNode rate) {
        JsonNode value = rate.get("value");
        if (value == null || value.isNull()) {
            return "—";
        }
        return value.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString() + "%（"
                + rate.get("numerator").asLong() + "/" + rate.get("denominator").asLong() + "）";
    }

    private static String chineseMonth(String month) {
        YearMonth yearMonth = YearMonth.parse(month);
        return yearMonth.getYear() + "年" + yearMonth.getMonthValue() + "月";
    }
}
