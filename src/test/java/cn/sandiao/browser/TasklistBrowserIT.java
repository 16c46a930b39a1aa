package cn.sandiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.support.IntegrationTest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case worked end to end in Camunda Tasklist, in headless Chromium from Debian's packages: the intake clerk
 * triages it through the Camunda Form, the village mediator prepares, records a session and a successful outcome,
 * and the court accepts the parties' application and confirms the written agreement (司法确认).
 */
@IntegrationTest
class TasklistBrowserIT {

    @LocalServerPort int port;
    @Autowired DisputeService disputes;
    @Autowired TaskService taskService;
    @Autowired RepositoryService repositoryService;
    @Autowired cn.sandiao.agreement.JudicialConfirmationRepository confirmations;

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
    void shouldTriageMediateAndConfirmACaseInTasklist() throws IOException {
        try {
            triageAndMediate();
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure"); // what the browser showed, for whoever reads the CI log
            throw e;
        }
    }

    private void triageAndMediate() throws IOException {
        DisputeViews.Registered registered =
                disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");

        web.logIn("tasklist", "intake");
        web.openTask("本组待领", "受理审查与分流", registered.caseNo());
        web.claim();
        assertThat(web.textOf("caseSummary")).contains("张三").contains("邻里纠纷");
        web.chooseRadio("受理");
        web.screenshot("1-triage");
        web.complete();
        web.logOut();

        web.logIn("tasklist", "mediator");
        web.openTask("我的待办", "调解准备", registered.caseNo());
        web.chooseRadio("各方同意调解");
        web.screenshot("2-preparation");
        web.complete();

        web.openTask("我的待办", "调解并记录", registered.caseNo());
        web.fillDate("sessionDate", LocalDate.now(ZoneId.of("Asia/Shanghai")));
        web.fill("sessionPlace", "东村村委会调解室");
        web.fill("participants", "张三、李四、调解员王秀英");
        web.fill("sessionSummary", "双方陈述意见，调解员释法说理，双方同意重新确定围墙位置");
        web.chooseRadio("不需要，登记调解结果");
        web.screenshot("3-session");
        web.complete();

        web.openTask("我的待办", "登记调解结果", registered.caseNo());
        web.chooseRadio("调解成功（达成协议）");
        web.chooseRadio("书面协议");
        web.fill("agreementContent", "李四于十日内拆除越界部分围墙，张三放弃其他请求");
        web.screenshot("4-outcome");
        web.complete();

        DisputeViews.Detail closed = disputes.detail(registered.id());
        assertThat(closed.status()).hasToString("CLOSED");
        assertThat(closed.result()).hasToString("SUCCEEDED");
        List<DisputeViews.TimelineEntry> timeline = disputes.timeline(registered.id());
        assertThat(timeline).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("mediator");
            assertThat(e.summary()).contains("东村村委会调解室");
        });
        assertThat(timeline).anySatisfy(e -> assertThat(e.actor()).isEqualTo("intake"));
        web.logOut();

        web.logIn("tasklist", "court");
        web.openTask("本组待领", "受理司法确认申请", registered.caseNo());
        web.claim();
        assertThat(web.textOf("agreementContent")).contains("拆除越界部分围墙");
        web.complete();
        web.openTask("本组待领", "司法确认裁定", registered.caseNo());
        web.claim();
        web.chooseRadio("确认调解协议有效");
        web.screenshot("5-court-confirms");
        web.complete();

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
            web.logIn("cockpit", "supervisor");
            web.browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/"
                    + definitionId + "/runtime");
            web.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".djs-container g[data-element-id='Task_Triage']")));
            WebElement triageBadge = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                    ".djs-overlays[data-container-id='Task_Triage'] .badge")));
            assertThat(Integer.parseInt(triageBadge.getText().trim())).isPositive();
            web.screenshot("6-cockpit-supervisor");
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-cockpit");
            throw e;
        }
    }

    /** Markup typed into a description is shown as text: nothing of it runs in Tasklist or Cockpit. */
    @Test
    void shouldShowTypedMarkupAsTextInTasklistAndCockpit() throws IOException {
        String typed = "围墙纠纷<script>window.__xss='script'</script><img src=x onerror=\"window.__xss='img'\">";
        DisputeViews.Registered registered = disputes.register(DisputeRequests.withDescription(typed), "intake");
        try {
            web.logIn("tasklist", "intake");
            web.openTask("本组待领", "受理审查与分流", registered.caseNo());
            assertThat(web.textOf("caseSummary")).contains(typed);
            assertNothingRan();
            web.logOut();

            String instanceId = taskService.createTaskQuery().processInstanceBusinessKey(registered.caseNo())
                    .singleResult().getProcessInstanceId();
            web.logIn("cockpit", "supervisor");
            web.browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/"
                    + instanceId + "/runtime?tab=variables-tab");
            web.wait.until(d -> d.getPageSource().contains("caseSummary"));
            assertNothingRan();
            web.screenshot("7-markup-as-text");
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-markup");
            throw e;
        }
    }

    private void assertNothingRan() {
        JavascriptExecutor page = (JavascriptExecutor) web.browser;
        assertThat(page.executeScript("return window.__xss === undefined")).isEqualTo(true);
        assertThat(page.executeScript("return document.querySelectorAll('img[src=\"x\"]').length")).isEqualTo(0L);
    }
}
