package cn.sandiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist, Cockpit and Admin as a Chinese browser shows them (no English text on the pages a mediator, a
 * supervisor or the administrator uses; the role's filters; a task done from 我的待办), the same Tasklist in English
 * for an English browser, and the deadline calculator page. Screenshots land in target/screenshots.
 */
@IntegrationTest
class ChineseWebappsBrowserIT {

    /** Latin words that may stand in a Chinese page: product, format and time-zone names, case numbers. */
    private static final List<String> LATIN_ALLOWED = List.of("Camunda", "Platform", "BPMN", "DMN", "CMMN", "TJ", "ID",
            "Asia", "Shanghai");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

    @LocalServerPort int port;
    @Autowired DisputeService disputes;
    @Autowired TaskService taskService;

    @Test
    void shouldGiveAMediatorTasklistInChineseWithTheRoleFilters() throws IOException {
        String caseNo = caseWaitingForTheMediator();
        try (Webapps web = new Webapps(port, "zh-CN", taskService)) {
            try {
                web.logIn("tasklist", "xicun-mediator");
                web.wait.until(d -> web.visibleText().contains("三日内到期"));
                assertThat(web.visibleText()).contains("我的待办", "本组待领", "三日内到期", "已逾期");
                assertThat(web.browser.findElements(By.cssSelector(".ce-eol-banner")))
                        .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());

                web.chooseFilter("我的待办");
                web.wait.until(d -> d.getCurrentUrl().contains("dueDate")); // listed by due date
                assertThat(web.visibleText()).contains("到期日");
                web.wait.until(d -> web.visibleText().contains(caseNo));
                assertThat(web.visibleText()).contains("案号", caseNo, "当事人", "张三");
                // Tasklist shows two columns on the card and the others under 展开
                assertThat(web.browser.getPageSource()).contains("纠纷类型", "邻里纠纷", "村（社区）", "西村");
                web.openTask("我的待办", "调解准备", caseNo);
                // relative times ("1个月后") come from the date locale, which may arrive after the first render
                assertNoEnglish(web.visibleTextWithout("[am-time-ago]"));
                web.screenshot("zh-tasklist");
                // the form library's own check speaks Chinese too
                web.wait.until(d -> web.completeRefused().contains("此项为必填项"));
                web.chooseRadio("各方同意调解");
                web.complete();
            } catch (RuntimeException | AssertionError e) {
                web.screenshot("failure-zh-tasklist");
                throw e;
            }
        }
        Task next = taskService.createTaskQuery().processVariableValueEquals("caseNo", caseNo).singleResult();
        assertThat(next.getName()).isEqualTo("调解并记录");
    }

    @Test
    void shouldShowASupervisorCockpitInChinese() throws IOException {
        caseWaitingForTheMediator();
        try (Webapps web = new Webapps(port, "zh-CN", taskService)) {
            try {
                web.logIn("cockpit", "supervisor");
                web.wait.until(d -> web.visibleText().contains("流程"));
                assertNoEnglish(web.visibleTextWithout("[am-time-ago]"));
                web.screenshot("zh-cockpit");
                web.browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
                web.wait.until(d -> web.visibleText().contains("纠纷案件办理"));
                assertNoEnglish(web.visibleTextWithout("[am-time-ago]"));
                web.screenshot("zh-cockpit-processes");
            } catch (RuntimeException | AssertionError e) {
                web.screenshot("failure-zh-cockpit");
                throw e;
            }
        }
    }

    @Test
    void shouldShowAdminInChinese() throws IOException {
        try (Webapps web = new Webapps(port, "zh-CN", taskService)) {
            try {
                web.logIn("admin", "demo");
                web.wait.until(d -> web.visibleText().contains("用户"));
                // the CE end-of-life notice stays in Admin, translated, for the administrators
                assertNoEnglish(web.visibleText());
                assertThat(web.visibleText()).contains("Camunda 7 社区版");
                web.screenshot("zh-admin");
            } catch (RuntimeException | AssertionError e) {
                web.screenshot("failure-zh-admin");
                throw e;
            }
        }
    }

    @Test
    void shouldKeepEnglishForAnEnglishBrowser() throws IOException {
        caseWaitingForTheMediator();
        try (Webapps web = new Webapps(port, "en", taskService)) {
            try {
                web.logIn("tasklist", "xicun-mediator");
                web.wait.until(d -> web.visibleText().contains("我的待办")); // our filter names stay Chinese
                assertThat(web.visibleText()).contains(web.label("START_PROCESS"));
                assertThat(web.label("START_PROCESS")).isEqualTo("Start process");
                web.screenshot("en-tasklist");
            } catch (RuntimeException | AssertionError e) {
                web.screenshot("failure-en-tasklist");
                throw e;
            }
        }
    }

    @Test
    void shouldAnswerWhenTheLastDayIsOnTheCalculatorPage() throws IOException {
        try (Webapps web = new Webapps(port, "zh-CN", taskService)) {
            try {
                String credentials = Base64.getEncoder().encodeToString("mediator:mediator".getBytes(StandardCharsets.UTF_8));
                web.browser.executeCdpCommand("Network.enable", Map.of());
                web.browser.executeCdpCommand("Network.setExtraHTTPHeaders",
                        Map.of("headers", Map.of("Authorization", "Basic " + credentials)));
                web.browser.get("http://localhost:" + port + "/deadlines.html");
                web.wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#rule option[value='PETITION_ACCEPTANCE']")));
                new org.openqa.selenium.support.ui.Select(web.browser.findElement(By.id("rule")))
                        .selectByValue("PETITION_ACCEPTANCE");
                web.browser.executeScript("document.getElementById('start').value = '2026-09-20';");
                web.browser.findElement(By.cssSelector("#question button[type=submit]")).click();
                web.wait.until(ExpectedConditions.textToBe(By.id("due"), "2026年10月8日"));
                assertThat(web.browser.findElement(By.id("steps")).getText()).contains("国庆节假期");
                assertThat(web.browser.findElement(By.id("basis")).getText()).contains("信访工作条例");
                web.screenshot("zh-deadline-calculator");
            } catch (RuntimeException | AssertionError e) {
                web.screenshot("failure-deadline-calculator");
                throw e;
            }
        }
    }

    /** A case for 西村's committee, whose mediator has little other work in the test database. */
    private String caseWaitingForTheMediator() {
        String caseNo = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.XICUN), "intake").caseNo();
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
        taskService.complete(triage.getId(), Map.of("accepted", "true", "disputeType", "NEIGHBOUR",
                "riskLevel", "GENERAL", "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
        return caseNo;
    }

    private static void assertNoEnglish(String visibleText) {
        // process keys (dispute_mediation, petition) are identifiers, shown under the Chinese names
        Matcher words = LATIN_WORD.matcher(visibleText.replaceAll("\\b[a-z]+(_[a-z]+)+\\b", "")
                .replaceAll("\\b" + cn.sandiao.petition.PetitionProcess.KEY + "\\b", ""));
        List<String> english = new java.util.ArrayList<>();
        while (words.find()) {
            if (LATIN_ALLOWED.stream().noneMatch(words.group()::equals)) {
                english.add(words.group());
            }
        }
        assertThat(english).as("English on a Chinese page").isEmpty();
    }
}
