package cn.sandiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 19 (dates, the dashboard and the deadline page) in headless Chromium set to Chinese: the form date picker
 * and Tasklist's own in Chinese, the follow-up date that can be set, the dashboard on the server's month, the
 * deadline page's login prompt, Chinese rule names and working-day explanation, and no console errors on our pages.
 */
@IntegrationTest
class ChineseDatesBrowserIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired DisputeService disputes;
    @Autowired TestClock clock;

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
    void shouldPickAFormDateAndAFollowUpDateInChinese() throws IOException {
        try {
            pickDates();
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-chinese-dates");
            throw e;
        }
    }

    @Test
    void shouldOpenTheDashboardOnTheServersMonth() throws IOException {
        try {
            // the server's clock says 2025-03-31 23:30 in China (15:30 UTC): the dashboard opens on 2025年3月,
            // whatever the browser's own clock says
            clock.setTo(LocalDateTime.of(2025, 3, 31, 23, 30));
            open("supervisor", "/dashboard");
            web.wait.until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state"))
                    || "error".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
            assertThat(new Select(web.browser.findElement(By.id("month"))).getFirstSelectedOption().getText())
                    .isEqualTo("2025年3月（本月，未结束）");
            assertThat(web.browser.findElement(By.id("caption")).getText()).contains("2025年3月");
            assertThat(web.consoleErrors()).as("console errors on /dashboard").isEmpty();
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-dashboard-month");
            throw e;
        }
    }

    @Test
    void shouldAskToLogInOnTheDeadlinePage() throws IOException {
        try {
            web.browser.get("http://localhost:" + port + "/deadlines.html");
            WebElement problem = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
            assertThat(problem.getText()).contains("请先登录");
            assertThat(web.browser.findElement(By.id("login")).getText()).isEqualTo("登录");
            assertThat(web.browser.findElement(By.id("login")).getAttribute("href")).endsWith("/api/deadlines/login");
            assertThat(web.consoleErrors()).as("console errors on /deadlines.html").isEmpty();
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-deadlines-login");
            throw e;
        }
    }

    @Test
    void shouldNameRulesAndHolidaysInChineseOnTheDeadlinePage() throws IOException {
        try {
            open("mediator", "/deadlines.html");
            web.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#catalogue tr[data-rule='TRAFFIC_MEDIATION']")));
            String catalogue = web.browser.findElement(By.id("catalogue")).getText();
            assertThat(catalogue).contains("道路交通事故损害赔偿调解", "受理审查与分流")
                    .doesNotContainPattern("[A-Z][A-Z_]{2,}"); // TRIAGE, TRAFFIC_MEDIATION …
            // 1个工作日 on one line: its text is one box, not one per character
            WebElement limit = web.browser.findElement(By.cssSelector("#catalogue tr[data-rule='TRIAGE'] td.limit"));
            assertThat(limit.getText()).isEqualTo("1个工作日");
            Long lines = (Long) web.browser.executeScript("var range = document.createRange();"
                    + "range.selectNodeContents(arguments[0]);"
                    + "var tops = new Set(); Array.from(range.getClientRects()).forEach(function (r) { tops.add(Math.round(r.top)); });"
                    + "return tops.size;", limit);
            assertThat(lines).as("lines of 1个工作日").isEqualTo(1L);

            new Select(web.browser.findElement(By.id("rule"))).selectByValue("TRAFFIC_MEDIATION");
            web.browser.executeScript("document.getElementById('start').value = '2026-09-29';");
            web.browser.findElement(By.cssSelector("#question button[type=submit]")).click();
            web.wait.until(ExpectedConditions.textToBe(By.id("due"), "2026年10月19日"));
            assertThat(web.browser.findElement(By.id("steps")).getText()).contains(
                    "国庆节假期2026年10月1日至2026年10月7日为法定节假日，不计入（共7日）",
                    "2026年10月10日（星期六）为调休上班日，计入工作日");
            web.screenshot("zh-deadlines-holidays");
            assertThat(web.consoleErrors()).as("console errors on /deadlines.html").isEmpty();
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-deadlines-holidays");
            throw e;
        }
    }

    private void pickDates() throws IOException {
        String caseNo = caseAtTheSession();
        web.logIn("tasklist", "xicun-mediator");
        // the login page no longer asks for the first-visit notice at /camunda-welcome, which is not served here
        assertThat(web.consoleErrors()).noneMatch(error -> error.contains("camunda-welcome") || error.contains("favicon"));
        web.openTask("我的待办", "调解并记录", caseNo);

        // the form's date picker: weeks from Monday, 年 before 月, the date written yyyy-mm-dd
        WebElement date = web.dateInput("sessionDate");
        assertThat(date.getAttribute("placeholder")).isEqualTo("yyyy-mm-dd");
        date.click();
        WebElement calendar = web.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fjs-container .flatpickr-calendar.open")));
        assertThat(calendar.findElement(By.cssSelector(".flatpickr-weekdays")).getText().replaceAll("\\s", ""))
                .isEqualTo("一二三四五六日");
        String heading = calendar.findElement(By.cssSelector(".flatpickr-current-month")).getText();
        assertThat(heading).as("month heading").containsPattern("月").doesNotContainPattern("[A-Za-z]{3,}");
        web.screenshot("zh-form-date-picker");
        web.browser.executeScript("arguments[0].click();", calendar.findElement(By.cssSelector(".flatpickr-day.today")));
        assertThat(date.getAttribute("value")).isEqualTo(LocalDate.now(CHINA).toString());

        // Tasklist's own picker: the follow-up date, in Chinese, and set without an error
        assertThat(web.browser.findElements(By.cssSelector(".reset-due-date")))
                .as("the due date is the rules', not to be cleared").allMatch(e -> !e.isDisplayed());
        WebElement followUp = web.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[translate='SET_FOLLOW_UP_DATE']")));
        assertThat(followUp.getText()).isEqualTo("设置跟进日期");
        followUp.click();
        WebElement title = web.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[uib-datepicker] .uib-title")));
        assertThat(title.getText()).matches("\\d{4}年\\d{1,2}月");
        List<String> days = web.browser.findElements(By.cssSelector("[uib-datepicker] thead tr:last-child th small"))
                .stream().map(WebElement::getText).toList();
        assertThat(days).containsExactly("一", "二", "三", "四", "五", "六", "日");
        web.screenshot("zh-follow-up-picker");
        web.browser.findElement(By.cssSelector("button[ng-click^='applyChange']")).click();
        Task task = taskService.createTaskQuery().processVariableValueEquals("caseNo", caseNo).singleResult();
        web.wait.until(d -> taskService.createTaskQuery().taskId(task.getId()).singleResult().getFollowUpDate() != null);
        assertThat(web.visibleText()).doesNotContain("CamundaFormRef", "Cannot construct");
        // relative times in Chinese (跟进日期 …前/后)
        assertThat(web.visibleText()).doesNotContainPattern("\\b(ago|in \\d|a few seconds)\\b");
    }

    /** A case of 西村's committee at its mediation session (preparation done through the engine). */
    private String caseAtTheSession() {
        String caseNo = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.XICUN), "intake").caseNo();
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
        taskService.complete(triage.getId(), Map.of("accepted", "true", "disputeType", "NEIGHBOUR",
                "riskLevel", "GENERAL", "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
        Task preparation = taskService.createTaskQuery().processVariableValueEquals("caseNo", caseNo).singleResult();
        taskService.complete(preparation.getId(), Map.of("partiesConsent", "true"));
        return caseNo;
    }

    /** Opens one of our pages as {@code user}: Chromium sends the Basic login with every request. */
    private void open(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        web.browser.executeCdpCommand("Network.enable", Map.of());
        web.browser.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("Authorization", "Basic " + credentials)));
        web.browser.get("http://localhost:" + port + path);
    }
}
