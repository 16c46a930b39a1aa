package cn.sandiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.support.IntegrationTest;
import java.io.IOException;
import java.util.Comparator;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case in front of whoever works it, in Chinese Tasklist: the clerk who starts a case reads its number; the
 * mediator sees, above the form, the case with the parties' phones, its history and its papers, and prints the
 * acceptance register from there.
 */
@IntegrationTest
class CaseInFrontBrowserIT {

    @LocalServerPort int port;
    @Autowired DisputeService disputes;
    @Autowired DisputeCaseRepository cases;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;

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
    void shouldShowTheCaseNumberOnceTheClerkStartsACase() throws IOException {
        long before = cases.count();
        try {
            web.logIn("tasklist", "intake");
            web.openStartForm(Webapps.DISPUTE_START_FORM);
            web.fillDisputeStartForm(DisputeRequests.APPLICANT_ID, "");
            // the village is picked: 城关镇, then 东村; the code goes into the field
            pick("乡镇（街道）", "城关镇");
            pick("村（社区）", "东村");
            assertThat(web.browser.findElement(By.cssSelector(".fjs-container input[id$='Field_regionCode']"))
                    .getAttribute("value")).isEqualTo(DisputeRequests.DONGCUN);
            web.screenshot("village-picked");
            web.pressStart();
            WebElement notice = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sandiao-started")));
            assertThat(cases.count()).isEqualTo(before + 1);
            DisputeCase started = cases.findAll().stream().max(Comparator.comparing(DisputeCase::getId)).orElseThrow();
            assertThat(notice.getText()).contains("已发起，案号：" + started.getCaseNo());
            assertThat(started.getRegionCode()).isEqualTo(DisputeRequests.DONGCUN);
            web.screenshot("case-number-after-start");
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-case-number");
            throw e;
        }
    }

    /** 乐安镇's clerk is offered 乐安镇's villages only. */
    @Test
    void shouldOfferTheVillagesOfTheClerksOwnTownship() throws IOException {
        try {
            web.logIn("tasklist", "lean-intake");
            web.openStartForm(Webapps.DISPUTE_START_FORM);
            WebElement towns = web.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("select[aria-label='乡镇（街道）']")));
            assertThat(new Select(towns).getOptions()).extracting(WebElement::getText)
                    .containsExactly("请选择乡镇（街道）", "乐安镇");
            pick("乡镇（街道）", "乐安镇");
            assertThat(new Select(web.browser.findElement(By.cssSelector("select[aria-label='村（社区）']")))
                    .getOptions()).extracting(WebElement::getText).containsExactly("请选择村（社区）", "南村", "北村");
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-village-picker");
            throw e;
        }
    }

    private void pick(String list, String name) {
        new Select(web.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("select[aria-label='" + list + "']")))).selectByVisibleText(name);
    }

    @Test
    void shouldShowTheCaseAboveTheMediatorsFormAndPrintItsRegister() throws IOException {
        DisputeViews.Registered accepted = new CaseSetup(disputes, cases, taskService, runtimeService).accepted();
        try {
            web.logIn("tasklist", "mediator");
            web.openTask("我的待办", "调解准备", accepted.caseNo());
            WebElement panel = web.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("sandiao-case-panel")));
            web.wait.until(d -> panel.getText().contains("办理经过"));
            String text = panel.getText();
            assertThat(text).contains("案件 " + accepted.caseNo(), "邻里纠纷", "东村", "登记于",
                    "申请人", "张三", "13800138000", "被申请人", "李四", "0791-86001234", "办理经过", "文书");
            assertThat(text.replace(accepted.caseNo(), "")).as("no English word, code or class name")
                    .doesNotContainPattern("[A-Za-z]{3,}");
            assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'mediator'"
                    + " and action = 'PERSONAL_DATA_VIEWED' and subject_id = ?", Integer.class, accepted.id()))
                    .as("the phones seen are on the audit trail").isPositive();
            web.screenshot("case-panel-1");

            panel.findElement(By.xpath(".//button[normalize-space(.)='生成人民调解受理登记表']")).click();
            WebElement link = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//*[@id='sandiao-case-panel']//a[starts-with(normalize-space(.), '人民调解受理登记表（')]")));
            assertThat(link.getAttribute("href")).endsWith(".pdf").contains("/api/disputes/" + accepted.id());
            assertThat(link.getText()).contains("第1版");
            assertThat(jdbc.queryForObject("select count(*) from issued_document where case_id = ?", Integer.class,
                    accepted.id())).isOne();
            web.screenshot("case-panel-2-register-issued");
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-case-panel");
            throw e;
        }
    }
}
