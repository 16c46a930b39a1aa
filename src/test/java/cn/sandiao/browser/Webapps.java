package cn.sandiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda's webapps in headless Chromium from Debian's packages, in the browser language given, with the steps a
 * user takes in Tasklist. Button texts are read from the webapp's locale of that language, so the steps follow
 * the translation the user sees.
 */
final class Webapps implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** The name of dispute_case's start form in 发起流程's list. */
    static final String DISPUTE_START_FORM = "纠纷案件办理（三调联动）";

    final ChromeDriver browser;
    final WebDriverWait wait;
    private final int port;
    private final TaskService taskService;
    private final JsonNode labels;
    private final boolean chinese;
    private final Path profile;

    /** {@code language} as Chromium takes it: zh-CN or en. */
    Webapps(int port, String language, TaskService taskService) throws IOException {
        this.port = port;
        this.taskService = taskService;
        File chromedriver = new File("/usr/bin/chromedriver");
        assertThat(chromedriver).as("Debian's chromium-driver package must be installed (see README)").exists();
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--lang=" + language, "--accept-lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL")); // for consoleErrors()
        // a browser in China: Camunda's webapps show dates in the browser's time zone
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .withEnvironment(java.util.Map.of("TZ", "Asia/Shanghai")).build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        chinese = language.startsWith("zh");
        labels = tasklistLabels(chinese ? "zh" : "en");
        Files.createDirectories(SCREENSHOTS);
    }

    /** A text of Tasklist in the browser's language, by its key in the locale file. */
    String label(String key) {
        return labels.get(key).asText();
    }

    void logIn(String app, String user) {
        browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
        name.clear();
        name.sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(user);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=password]")));
    }

    void logOut() {
        ((JavascriptExecutor) browser).executeScript("document.cookie.split(';').forEach(function(c){"
                + "document.cookie=c.replace(/^ +/,'').replace(/=.*/,'=;expires=Thu, 01 Jan 1970 00:00:00 GMT;path=/');});");
        browser.manage().deleteAllCookies();
    }

    void chooseFilter(String filter) {
        clickWhenStill(By.xpath("//*[contains(@class,'task-filter')]"
                + "//h4[contains(@class,'name')]/a[contains(normalize-space(.),'" + filter + "')]"), Duration.ofSeconds(30));
    }

    /**
     * Clicks what {@code target} finds once it is shown, finding it again if the page redrew it between finding and
     * clicking (Tasklist redraws its lists as the data arrives; on a busy machine that is often right then).
     */
    private void clickWhenStill(By target, Duration timeout) {
        new WebDriverWait(browser, timeout).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = d.findElement(target);
                    if (!element.isDisplayed() || !element.isEnabled()) {
                        return false;
                    }
                    click(element);
                    return true;
                });
    }

    /**
     * Picks the filter and clicks the case's task in the list. The list is ordered by due date and a test database
     * holds many cases due the same day, so the task may be on a later page: then it is opened by its address in
     * the filter, as a link to it would; the form must then show the case's number.
     */
    void openTask(String filter, String taskName, String caseNo) {
        openTask(filter, taskName, caseNo, "caseSummary");
    }

    /** The same for a form whose read-only summary field ({@code summaryKey}) names the case or petition. */
    void openTask(String filter, String taskName, String caseNo, String summaryKey) {
        // a closed case may have several processes under its number (signing, confirmation): the step by its name
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskName(taskName).singleResult();
        if (task == null) { // a dispute_mediation task: the called instance carries the same business key
            task = taskService.createTaskQuery().processVariableValueEquals("caseNo", caseNo).singleResult();
        }
        assertThat(task.getName()).isEqualTo(taskName);
        chooseFilter(filter);
        By link = By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(@href,'task=" + task.getId() + "')]"
                + "[normalize-space(.)='" + taskName + "']");
        try {
            // the footer may lie over the last task of the list: scrolled into view and clicked through
            clickWhenStill(link, Duration.ofSeconds(5));
        } catch (org.openqa.selenium.TimeoutException notOnThisPage) {
            // opened by its address; a task opened before is dropped from it, else the page would hold two
            browser.get(browser.getCurrentUrl().replaceAll("[&?]task=[^&]*", "") + "&task=" + task.getId());
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
        wait.until(d -> textOf(summaryKey).contains(caseNo));
    }

    void claim() {
        By claim = button(label("CLAIM_TASK"), label("Claim"));
        click(wait.until(ExpectedConditions.elementToBeClickable(claim)));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
    }

    void complete() {
        pressComplete();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-container")));
    }

    /** Presses 提交 on a form that cannot be submitted yet: the form stays, with its messages. */
    String completeRefused() {
        pressComplete();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form-field-error"))).getText();
    }

    private void pressComplete() {
        click(wait.until(ExpectedConditions.elementToBeClickable(button(label("COMPLETE"), label("Complete")))));
    }

    String textOf(String key) {
        return field(key).getAttribute("value");
    }

    /** 发起流程, then the process named {@code name}: its start form is open. */
    void openStartForm(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//a[@ng-click='selectProcessDefinition(processDefinition)'][normalize-space(.)='" + name + "']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-container")));
    }

    /** The dispute registration form filled for a neighbour dispute in {@code village}. */
    void fillDisputeStartForm(String applicantId, String village) {
        chooseOption("source", "电话/12345热线");
        chooseOption("disputeType", "邻里纠纷");
        fill("regionCode", village);
        fill("description", "邻居装修噪音扰民");
        fill("applicantName", "王五");
        fill("applicantIdNumber", applicantId);
        fill("applicantPhone", "13800138000");
        fill("respondentName", "赵六");
        fill("respondentIdNumber", cn.sandiao.dispute.DisputeRequests.RESPONDENT_ID);
        fill("respondentPhone", "13812345678");
    }

    /** A form-js dropdown: opened, then the option with {@code label} picked. */
    void chooseOption(String key, String label) {
        WebElement display = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(
                ".fjs-container [id$='Field_" + key + "-display']")));
        display.click();
        WebElement option = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']")));
        option.click();
    }

    /** 发起 on an open start form. */
    void pressStart() {
        WebElement button = browser.findElement(By.cssSelector("button[ng-click='startProcessInstance()']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", button);
    }

    /** Types into a form field; retyped if a conditional re-render of the form dropped what was typed. */
    void fill(String key, String value) {
        wait.until(d -> {
            WebElement input = scrollTo(field(key));
            if (!value.equals(input.getAttribute("value"))) {
                input.clear();
                input.sendKeys(value, Keys.TAB); // leaving the field hands the debounced input to the form
            }
            return value.equals(field(key).getAttribute("value"));
        });
    }

    /**
     * form-js date fields are a date picker that takes typed dates as YYYY-MM-DD in Chinese, MM/DD/YYYY in English.
     * Types the date until the field keeps it: form-js draws a field again when the form's state changes (a field
     * shown by a condition, a value just typed into another), and a date typed into the field being replaced is lost
     * (CI, 2026-12-06: 答复日期 empty, 提交 disabled), as a user would type it again.
     */
    void fillDate(String key, LocalDate date) {
        String text = date.format(DateTimeFormatter.ofPattern(chinese ? "yyyy-MM-dd" : "MM/dd/yyyy"));
        wait.until(d -> {
            try {
                WebElement input = dateInput(key);
                if (!text.equals(input.getAttribute("value"))) {
                    input.clear();
                    input.sendKeys(text, Keys.ENTER);
                }
                return text.equals(dateInput(key).getAttribute("value"));
            } catch (StaleElementReferenceException replacedMeanwhile) {
                return false;
            }
        });
    }

    /** The text box of a form-js date field. */
    WebElement dateInput(String key) {
        return scrollTo(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".fjs-container input[id$='Field_" + key + "-date']"))));
    }

    /** What the browser's console said at level error (SEVERE) since the last call: failed loads, script errors. */
    java.util.List<String> consoleErrors() {
        return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    void chooseRadio(String label) {
        By radio = By.xpath("//div[contains(@class,'fjs-container')]//label[normalize-space(.)='" + label + "']");
        click(wait.until(ExpectedConditions.elementToBeClickable(radio)));
    }

    void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource());
    }

    /** The text the user sees on the page (not the markup). */
    String visibleText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** The text the user sees, leaving out the elements {@code selector} finds. */
    String visibleTextWithout(String selector) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "var copy = document.body.cloneNode(true);"
                        + "copy.querySelectorAll(arguments[0]).forEach(function (e) { e.remove(); });"
                        + "document.body.appendChild(copy); var text = copy.innerText; copy.remove(); return text;",
                selector);
    }

    @Override
    public void close() {
        browser.quit();
        // a profile is a few megabytes; 29 browser tests a run would otherwise pile them up in /tmp
        org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
    }

    private WebElement field(String key) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                ".fjs-container [id$='Field_" + key + "'], .fjs-container [name='" + key + "']")));
    }

    private static By button(String... texts) {
        StringBuilder xpath = new StringBuilder("//button[");
        for (int i = 0; i < texts.length; i++) {
            xpath.append(i == 0 ? "" : " or ").append("normalize-space(.)='").append(texts[i]).append("'");
        }
        return By.xpath(xpath.append("]").toString());
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

    private static JsonNode tasklistLabels(String locale) throws IOException {
        String path = "META-INF/resources/webjars/camunda/app/tasklist/locales/" + locale + ".json";
        try (InputStream in = Webapps.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ObjectMapper().readTree(text.startsWith("\uFEFF") ? text.substring(1) : text).get("labels");
        }
    }
}
