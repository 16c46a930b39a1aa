package cn.sandiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.support.IntegrationTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a mediator (preparation, session, outcome), an intake clerk (triage, registration) and a statistician read,
 * in a Chinese browser: no English word (three letters or more) anywhere on the page outside the case's own data
 * (its number). The supervisor's pages: {@link CaseViewBrowserIT}.
 */
@IntegrationTest
class NoEnglishBrowserIT {

    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");

    @LocalServerPort int port;
    @Autowired DisputeService disputes;
    @Autowired DisputeCaseRepository cases;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;

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
    void shouldShowNoEnglishToTheMediatorTheClerkAndTheStatistician() throws IOException {
        CaseSetup setup = new CaseSetup(disputes, cases, taskService, runtimeService);
        DisputeViews.Registered accepted = setup.accepted();
        String prepared = setup.prepared();
        String heard = setup.sessionHeld();
        DisputeViews.Registered registered =
                disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");
        try {
            web.logIn("tasklist", "mediator");
            web.openTask("我的待办", "调解准备", accepted.caseNo());
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sandiao-case-panel"), "办理经过"));
            assertNoEnglish("mediator's preparation", accepted.caseNo());
            web.openTask("我的待办", "调解并记录", prepared);
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sandiao-case-panel"), prepared));
            assertNoEnglish("mediator's session", prepared);
            web.openTask("我的待办", "登记调解结果", heard);
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sandiao-case-panel"), heard));
            assertNoEnglish("mediator's outcome", heard);
            web.logOut();

            web.logIn("tasklist", "intake");
            web.openTask("本组待领", "受理审查与分流", registered.caseNo());
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sandiao-case-panel"),
                    registered.caseNo()));
            assertNoEnglish("clerk's triage", registered.caseNo());
            web.openStartForm(Webapps.DISPUTE_START_FORM);
            web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("select[aria-label='乡镇（街道）']")));
            assertNoEnglish("intake's start form", accepted.caseNo());
            web.logOut();

            web.logIn("tasklist", "stats");
            web.browser.get("http://localhost:" + port + "/dashboard.html");
            web.wait.until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
            assertNoEnglish("statistician's dashboard", accepted.caseNo());
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-no-english");
            throw e;
        }
    }

    private void assertNoEnglish(String page, String caseNo) throws IOException {
        String text = web.visibleText().replace(caseNo, "");
        List<String> words = new ArrayList<>();
        Matcher matcher = ENGLISH_WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        web.screenshot("no-english-" + page.replace(' ', '-').replace("'", ""));
        assertThat(words).as("English on the %s", page).isEmpty();
    }
}
