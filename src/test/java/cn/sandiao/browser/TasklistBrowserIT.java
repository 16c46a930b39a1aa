package cn.sandiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.support.IntegrationTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case worked end to end in Camunda Tasklist, in headless Chromium from Debian's packages: the intake clerk
 * triages it through the Camunda Form, the village mediator prepares, records a session and a successful outcome,
 * and the court accepts the parties' application and confirms the written agreement (司法确认).
 */
@IntegrationTest
class TasklistBrowserIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired DisputeService disputes;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;
    @Autowired cn.sandiao.agreement.JudicialConfirmationRepository confirmations;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        File chromedriver = new File("/usr/bin/chromedriver");
        assertThat(chromedriver).as("Debian's chromium-driver package must be installed (see README)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldTriageMediateAndConfirmACaseInTasklist() throws IOException {
        try {
            triageAndMediate();
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure"); // what the browser showed, for whoever reads the CI log
            throw e;
        }
    }

    private void triageAndMediate() throws IOException {
        DisputeViews.Registered registered =
                disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");

        logIn("intake");
        openTask("本组待领", "受理审查与分流", registered.caseNo());
        claim();
        assertThat(textOf("caseSummary")).contains("张三").contains("邻里纠纷");
        chooseRadio("受理");
        screenshot("1-triage");
        complete();
        logOut();

        logIn("mediator");
        openTask("我的待办", "调解准备", registered.caseNo());
        chooseRadio("各方同意调解");
        screenshot("2-preparation");
        complete();

        openTask("我的待办", "调解并记录", registered.caseNo());
        fillDate("sessionDate", LocalDate.now(ZoneId.of("Asia/Shanghai")));
        fill("sessionPlace", "东村村委会调解室");
        fill("participants", "张三、李四、调解员王秀英");
        fill("sessionSummary", "双方陈述意见，调解员释法说理，双方同意重新确定围墙位置");
        chooseRadio("不需要，登记调解结果");
        screenshot("3-session");
        complete();

        openTask("我的待办", "登记调解结果", registered.caseNo());
        chooseRadio("调解成功（达成协议）");
        chooseRadio("书面协议");
        fill("agreementContent", "李四于十日内拆除越界部分围墙，张三放弃其他请求");
        screenshot("4-outcome");
        complete();

        DisputeViews.Detail closed = disputes.detail(registered.id());
        assertThat(closed.status()).hasToString("CLOSED");
        assertThat(closed.result()).hasToString("SUCCEEDED");
        List<DisputeViews.TimelineEntry> timeline = disputes.timeline(registered.id());
        assertThat(timeline).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("mediator");
            assertThat(e.summary()).contains("东村村委会调解室");
        });
        assertThat(timeline).anySatisfy(e -> assertThat(e.actor()).isEqualTo("intake"));
        logOut();

        logIn("court");
        openTask("本组待领", "受理司法确认申请", registered.caseNo());
        claim();
        assertThat(textOf("agreementContent")).contains("拆除越界部分围墙");
        complete();
        openTask("本组待领", "司法确认裁定", registered.caseNo());
        claim();
        chooseRadio("确认调解协议有效");
        screenshot("5-court-confirms");
        complete();

        var confirmation = confirmations.findFirstByCaseIdOrderByIdDesc(registered.id()).orElseThrow();
        assertThat(confirmation.getRuling()).hasToString("CONFIRMED");
        assertThat(confirmation.getDecidedBy()).isEqualTo("court");
    }

    @Test
    void shouldShowTheSupervisorRunningCasesOnTheDiagramInCockpit() throws IOException {
        disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("dispute_case")
                .latestVersion().singleResult().getId();

        try {
            logIn("cockpit", "supervisor");
            browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/"
                    + definitionId + "/runtime");
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".djs-container g[data-element-id='Task_Triage']")));
            WebElement triageBadge = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                    ".djs-overlays[data-container-id='Task_Triage'] .badge")));
            assertThat(Integer.parseInt(triageBadge.getText().trim())).isPositive();
            screenshot("6-cockpit-supervisor");
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure-cockpit");
            throw e;
        }
    }

    /** Markup typed into a description is shown as text: nothing of it runs in Tasklist or Cockpit. */
    @Test
    void shouldShowTypedMarkupAsTextInTasklistAndCockpit() throws IOException {
        String typed = "围墙纠纷<script>window.__xss='script'</script><img src=x onerror=\"window.__xss='img'\">";
        DisputeViews.Registered registered = disputes.register(DisputeRequests.withDescription(typed), "intake");
        try {
            logIn("intake");
            openTask("本组待领", "受理审查与分流", registered.caseNo());
            assertThat(textOf("caseSummary")).contains(typed);
            assertNothingRan();
            logOut();

            String instanceId = taskService.createTaskQuery().processInstanceBusinessKey(registered.caseNo())
                    .singleResult().getProcessInstanceId();
            logIn("cockpit", "supervisor");
            browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/"
                    + instanceId + "/runtime?tab=variables-tab");
            wait.until(d -> d.getPageSource().contains("caseSummary"));
            assertNothingRan();
            screenshot("7-markup-as-text");
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure-markup");
            throw e;
        }
    }

    private void assertNothingRan() {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        assertThat(page.executeScript("return window.__xss === undefined")).isEqualTo(true);
        assertThat(page.executeScript("return document.querySelectorAll('img[src=\"x\"]').length")).isEqualTo(0L);
    }

    // --- Tasklist steps ------------------------------------------------------------------------------

    private void logIn(String user) {
        logIn("tasklist", user);
    }

    private void logIn(String app, String user) {
        browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
        name.clear();
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(user);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=password]")));
    }

    private void logOut() {
        ((JavascriptExecutor) browser).executeScript("document.cookie.split(';').forEach(function(c){"
                + "document.cookie=c.replace(/^ +/,'').replace(/=.*/,'=;expires=Thu, 01 Jan 1970 00:00:00 GMT;path=/');});");
        browser.manage().deleteAllCookies();
    }

    /**
     * Picks the filter and clicks the case's task in the list (newest first, so it is on the first page even when
     * the database holds other cases); the form must then show the case's number.
     */
    private void openTask(String filter, String taskName, String caseNo) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult();
        if (task == null) { // a people_mediation task: the called instance carries the same business key
            task = taskService.createTaskQuery().processVariableValueEquals("caseNo", caseNo).singleResult();
        }
        assertThat(task.getName()).isEqualTo(taskName);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(.),'" + filter + "')]"))).click();
        By link = By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(@href,'task=" + task.getId() + "')]"
                + "[normalize-space(.)='" + taskName + "']");
        wait.until(ExpectedConditions.elementToBeClickable(link)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        wait.until(d -> textOf("caseSummary").contains(caseNo));
    }

    private void claim() {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[contains(@class,'claim') or normalize-space(.)='Claim']"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space(.)='Claim']")));
    }

    private String textOf(String key) {
        return field(key).getAttribute("value");
    }

    /** Types into a form field; retyped if a conditional re-render of the form dropped what was typed. */
    private void fill(String key, String value) {
        wait.until(d -> {
            WebElement input = scrollTo(field(key));
            if (!value.equals(input.getAttribute("value"))) {
                input.clear();
                input.sendKeys(value, Keys.TAB); // leaving the field hands the debounced input to the form
            }
            return value.equals(field(key).getAttribute("value"));
        });
    }

    /** form-js date fields are a date picker that takes typed dates as MM/DD/YYYY. */
    private void fillDate(String key, LocalDate date) {
        WebElement input = scrollTo(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fjs-container input[id$='Field_" + key + "-date']"))));
        input.sendKeys(date.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")), Keys.ENTER);
    }

    private WebElement field(String key) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".fjs-container [id$='Field_" + key + "'], .fjs-container [name='" + key + "']")));
    }

    private void chooseRadio(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-container')]//label[normalize-space(.)='" + label + "']")));
        click(browser.findElement(By.xpath(
                "//div[contains(@class,'fjs-container')]//label[normalize-space(.)='" + label + "']")));
    }

    private void complete() {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[normalize-space(.)='Complete']")));
        click(button);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
    }

    /** The form scrolls inside its pane; a button below the fold must be brought into view to be clicked. */
    private WebElement scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    /** Tasklist's "task completed" notices may lie over the form for a while: click through them. */
    private void click(WebElement element) {
        scrollTo(element);
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
    }

    private void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
    }
}
