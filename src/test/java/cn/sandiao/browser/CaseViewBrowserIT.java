package cn.sandiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.TestClock;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineRule;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
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
 * The supervisor's case view (/cases.html) in Chinese Chromium, reached from Cockpit's navigation on Cockpit's
 * session: the running cases with number, parties, village, step, holder and due date in 年月日, the red mark of an
 * overdue case, the village filter, the history drawer; and Cockpit's instance page without the variables' edit
 * buttons for the supervisor (the administrator keeps them).
 */
@IntegrationTest
class CaseViewBrowserIT {

    /** A case number (TJ-2026-000012) is case data; everything else the page says must be Chinese. */
    private static final String CASE_NUMBER = "TJ-\\d{4}-\\d{6}";

    @LocalServerPort int port;
    @Autowired DisputeService disputes;
    @Autowired DisputeCaseRepository cases;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired cn.sandiao.document.DisputeDocuments documents;
    @Autowired BusinessCalendar calendar;
    @Autowired TestClock testClock;
    @Autowired Clock clock;

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
    void shouldShowTheSupervisorItsRunningCasesWithStepsDueDatesAndTheOverdueMark() throws IOException {
        // registered twenty days ago in 西村: its triage (one working day) is long overdue
        testClock.setTo(LocalDateTime.now(clock).minusDays(20));
        DisputeViews.Registered late = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.XICUN), "intake");
        testClock.reset();
        DisputeViews.Registered fresh = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN),
                "intake");
        LocalDate today = ChinaTime.today(clock);
        LocalDate lateDue = calendar.due(DeadlineRule.TRIAGE, registeredOn(late));
        LocalDate freshDue = calendar.due(DeadlineRule.TRIAGE, registeredOn(fresh));
        try {
            web.logIn("cockpit", "supervisor");
            WebElement menu = web.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[cam-widget-header] a.sandiao-cases-link")));
            assertThat(menu.getText()).isEqualTo("案件督导");
            web.wait.until(d -> !d.findElements(By.cssSelector("[cam-widget-header] a[href='#/processes']")).isEmpty());
            assertThat(web.browser.findElements(By.cssSelector("[cam-widget-header] a[href='#/tasks']")))
                    .as("人工任务 is in the menu, not shown to a supervisor").isNotEmpty()
                    .allMatch(link -> !link.isDisplayed());
            web.screenshot("case-view-0-cockpit-menu");
            menu.click();

            // 东村, the newest first: the case just registered heads the list
            web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filters")));
            choose("region", "城关镇 · 东村");
            choose("sort", "登记日期（最新在前）");
            WebElement row = row(fresh.caseNo());
            assertThat(cell(row, "parties")).isEqualTo("张三（申请人）、李四（被申请人）");
            assertThat(cell(row, "village")).isEqualTo("城关镇 · 东村");
            assertThat(cell(row, "steps")).isEqualTo("受理审查与分流");
            assertThat(cell(row, "holders")).isEqualTo("和美县综治中心受理员、城关镇综治中心受理员");
            assertThat(cell(row, "date")).isEqualTo(ChinaTime.date(registeredOn(fresh)));
            assertThat(cell(row, "due")).as("due in 年月日, not overdue").isEqualTo(ChinaTime.date(freshDue));
            assertThat(row.findElements(By.cssSelector(".overdue-mark"))).isEmpty();
            assertThat(row.findElement(By.cssSelector("a.diagram")).getAttribute("href")).endsWith(
                    "/camunda/app/cockpit/default/#/process-instance/" + instanceOf(fresh) + "/runtime");
            assertThat(villages()).as("the village filter narrows the list to 东村").containsOnly("城关镇 · 东村");
            assertThat(rowFor(late.caseNo())).isEmpty();
            assertNoEnglish();
            web.screenshot("case-view-1-dongcun");

            choose("region", "城关镇 · 西村");
            WebElement overdue = row(late.caseNo());
            assertThat(villages()).containsOnly("城关镇 · 西村");
            assertThat(rowFor(fresh.caseNo())).isEmpty();
            long days = ChronoUnit.DAYS.between(lateDue, today);
            assertThat(days).isPositive();
            assertThat(overdue.findElement(By.cssSelector(".overdue-mark")).getText()).isEqualTo("已逾期" + days + "天");
            assertThat(overdue.findElement(By.cssSelector(".overdue-mark")).getCssValue("background-color"))
                    .as("the mark is red").isEqualTo("rgba(198, 40, 40, 1)");
            assertThat(cell(overdue, "due")).isEqualTo(ChinaTime.date(lateDue) + "已逾期" + days + "天");

            web.browser.findElement(By.id("overdue")).click();
            settled();
            web.wait.until(d -> !rowFor(late.caseNo()).isEmpty()
                    && d.findElements(By.cssSelector("#rows tr[data-case-no]")).stream()
                    .allMatch(r -> !r.findElements(By.cssSelector(".overdue-mark")).isEmpty()));
            web.screenshot("case-view-2-xicun-overdue");

            // the history: the case's steps in Chinese, dates in 年月日
            row(late.caseNo()).findElement(By.cssSelector("a.history")).click();
            WebElement drawer = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("drawer")));
            web.wait.until(d -> drawer.getText().contains("登记纠纷"));
            assertThat(drawer.getText()).contains("案件 " + late.caseNo() + " 办理经过", "登记纠纷，案号" + late.caseNo(),
                    "规则建议", ChinaTime.date(registeredOn(late)));
            assertThat(web.browser.getCurrentUrl()).endsWith("/cases.html#" + late.id());
            assertNoEnglish();
            web.screenshot("case-view-3-history");
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-case-view");
            throw e;
        }
    }

    @Test
    void shouldHideTheVariableButtonsInCockpitFromTheSupervisorButNotFromTheAdministrator() throws IOException {
        DisputeViews.Registered registered = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN),
                "intake");
        String instance = "http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/"
                + instanceOf(registered) + "/runtime?tab=variables-tab";
        try {
            web.logIn("cockpit", "supervisor");
            web.browser.get(instance);
            List<WebElement> editButtons = variableEditButtons();
            assertThat(editButtons).as("the table has its buttons, hidden").isNotEmpty()
                    .allMatch(button -> !button.isDisplayed());
            assertThat(web.browser.findElements(By.cssSelector("a.btn-toolbar .glyphicon-plus")))
                    .as("no button to add a variable").allMatch(button -> !button.isDisplayed());
            web.screenshot("case-view-4-cockpit-variables-supervisor");
            web.logOut();

            web.logIn("cockpit", "demo");
            web.browser.get(instance);
            web.wait.until(d -> variableEditButtons().stream().anyMatch(WebElement::isDisplayed));
            web.screenshot("case-view-5-cockpit-variables-administrator");
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-case-view-cockpit");
            throw e;
        }
    }

    @Test
    void shouldAskForTheLoginAndOfferATownshipSupervisorOnlyItsVillages() throws IOException {
        try {
            web.browser.get("http://localhost:" + port + "/cases.html");
            WebElement login = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
            assertThat(login.getText()).isEqualTo("登录");
            assertThat(login.getAttribute("href")).endsWith("/api/supervision/login");
            assertThat(web.browser.findElement(By.id("filters")).isDisplayed()).isFalse();
            assertNoEnglish();
            web.screenshot("case-view-6-login");

            web.logIn("cockpit", "lean-supervisor");
            web.browser.get("http://localhost:" + port + "/cases.html");
            web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("filters")));
            assertThat(new Select(web.browser.findElement(By.id("region"))).getOptions()).extracting(WebElement::getText)
                    .containsExactly("本单位全部", "乐安镇（全镇）", "乐安镇 · 南村", "乐安镇 · 北村");
            web.wait.until(d -> d.findElement(By.id("caption")).getText().contains("在办案件"));
            assertThat(villages()).allMatch(village -> village.startsWith("乐安镇"));
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-case-view-login");
            throw e;
        }
    }

    private LocalDate registeredOn(DisputeViews.Registered registered) {
        return LocalDate.ofInstant(cases.findById(registered.id()).orElseThrow().getRegisteredAt(), ChinaTime.ZONE);
    }

    @Test
    void shouldListTheClosedCasesWhoseFileLacksPapersWithWhatEachLacks() throws IOException {
        String closed = new CaseSetup(disputes, cases, taskService, runtimeService).agreedInWriting();
        documents.bindAtClosure(cases.findByCaseNo(closed).orElseThrow().getId()); // as the queue would
        try {
            web.logIn("cockpit", "supervisor");
            web.browser.get("http://localhost:" + port + "/cases.html");
            settled();
            WebElement row = web.wait.until(d -> d.findElements(By.xpath(
                    "//section[@id='incomplete-files']//tr[td/a[normalize-space(.)='" + closed + "']]")).stream()
                    .findFirst().orElse(null));
            assertThat(row.getText()).contains("人民调解受理登记表、人民调解当事人权利义务告知书、当事人身份证明、人民调解记录、人民调解协议书",
                    "人调字第", "（第1版）", "打开卷宗");
            assertThat(row.findElement(By.linkText("打开卷宗")).getAttribute("href")).matches(".*/api/disputes/\\d+/documents/\\d+\\.pdf");
            assertNoEnglish();
            web.screenshot("case-view-4-incomplete-files");
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-case-view-incomplete-files");
            throw e;
        }
    }

    private String instanceOf(DisputeViews.Registered registered) {
        DisputeCase stored = cases.findById(registered.id()).orElseThrow();
        return stored.getProcessInstanceId();
    }

    private void choose(String select, String option) {
        new Select(web.wait.until(ExpectedConditions.elementToBeClickable(By.id(select)))).selectByVisibleText(option);
        settled();
    }

    /** The list asked for last is shown (each choice asks for it again at once). */
    private void settled() {
        web.wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "ready"));
    }

    /** The case's line once the list shows it (the list reloads after each choice). */
    private WebElement row(String caseNo) {
        return web.wait.until(d -> rowFor(caseNo).stream().findFirst().orElse(null));
    }

    private List<WebElement> rowFor(String caseNo) {
        return web.browser.findElements(By.cssSelector("#rows tr[data-case-no='" + caseNo + "']"));
    }

    private static String cell(WebElement row, String cssClass) {
        return row.findElement(By.cssSelector("td." + cssClass)).getText().replace("\n", "");
    }

    private List<String> villages() {
        return web.browser.findElements(By.cssSelector("#rows td.village")).stream().map(WebElement::getText).toList();
    }

    private List<WebElement> variableEditButtons() {
        web.wait.until(d -> d.getPageSource().contains("caseSummary"));
        return web.browser.findElements(By.cssSelector("[cam-widget-variables-table] td.actions button"));
    }

    /** No English word, code or class name: only the case numbers and the parties' names are case data. */
    private void assertNoEnglish() {
        String text = web.visibleTextWithout("td.parties").replaceAll(CASE_NUMBER, "");
        assertThat(text).doesNotContainPattern("[A-Za-z]{3,}");
    }
}
