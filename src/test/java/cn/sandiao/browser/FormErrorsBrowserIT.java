package cn.sandiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.RuntimeService;
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
 * A clerk and a mediator type wrong values into Tasklist's forms, in Chinese: each wrong value is refused next to
 * its field in a Chinese sentence (the ID number's check digit in the browser, an unknown village and a session
 * date in the future by the server), with no English, regular expression, class name or engine code anywhere.
 */
@IntegrationTest
class FormErrorsBrowserIT {

    /** 11010519491231002X with a wrong check digit. */
    private static final String WRONG_CHECK_DIGIT = "110105194912310021";
    private static final String START_FORM = Webapps.DISPUTE_START_FORM;

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
    void shouldRefuseAWrongIdCheckDigitAndAnUnknownVillageAtTheirFieldsInChinese() throws IOException {
        long before = cases.count();
        try {
            web.logIn("tasklist", "intake");
            web.openStartForm(START_FORM);
            assertThat(web.visibleText()).as("dropdowns").contains("请选择").doesNotContain("Select");
            web.fillDisputeStartForm(WRONG_CHECK_DIGIT, "990101001001");
            web.pressStart();
            assertThat(errorAt("applicantIdNumber")).contains("身份证号码无效").contains("校验位");
            assertThat(web.visibleText()).as("checked in the browser, not sent").doesNotContain("流程未能发起");
            web.screenshot("errors-1-id-check-digit");

            web.fill("applicantIdNumber", DisputeRequests.APPLICANT_ID);
            web.fill("regionCode", "990101009999"); // twelve digits, but no such village: the server says so
            web.pressStart();
            assertThat(errorAt("regionCode")).contains("区划代码不存在");
            web.screenshot("errors-2-unknown-village");
            assertNoTechnicalText();

            web.fill("applicantPhone", "12345");
            web.fill("regionCode", "9901");
            web.pressStart();
            assertThat(errorAt("regionCode")).contains("请填写12位数字的村（社区）区划代码");
            assertThat(errorAt("applicantPhone")).contains("11位手机号码");
            assertThat(web.visibleText()).as("the refusal of what was sent goes once the field is changed")
                    .doesNotContain("区划代码不存在");
            web.screenshot("errors-3-patterns");
            assertNoTechnicalText();
            assertThat(cases.count()).isEqualTo(before);
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-form-errors-start");
            throw e;
        }
    }

    @Test
    void shouldRefuseAFutureSessionDateInChinese() throws IOException {
        String caseNo = preparedCase();
        try {
            web.logIn("tasklist", "mediator");
            web.openTask("我的待办", "调解并记录", caseNo);
            web.fillDate("sessionDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5));
            web.fill("sessionPlace", "东村村委会调解室");
            web.fill("participants", "张三、李四、调解员王秀英");
            web.fill("sessionSummary", "双方陈述意见");
            web.chooseRadio("不需要，登记调解结果");
            pressComplete();
            String error = errorAt("sessionDate");
            assertThat(error).contains("调解日期");
            web.screenshot("errors-4-future-session");
            assertNoTechnicalText();
            assertThat(taskService.createTaskQuery().processVariableValueEquals("caseNo", caseNo).singleResult()
                    .getName()).isEqualTo("调解并记录");
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-form-errors-session");
            throw e;
        }
    }

    /** Nothing in English from the form library, no regular expression, class name or engine code. */
    private void assertNoTechnicalText() {
        assertThat(web.visibleText()).doesNotContain("Field must", "须符合", "Cannot ", "Exception", "ENGINE-",
                "cn.sandiao", "Select", "^[");
    }

    private void pressComplete() {
        WebElement button = web.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[ng-click='complete()']")));
        ((JavascriptExecutor) web.browser).executeScript("arguments[0].click();", button);
    }

    /** The message shown by the field of {@code key}, waited for. */
    private String errorAt(String key) {
        By error = By.xpath("//*[contains(@class,'fjs-form-field')][.//*[substring(@id, string-length(@id) - "
                + ("Field_" + key).length() + " + 1)='Field_" + key + "' or substring(@id, string-length(@id) - "
                + ("Field_" + key + "-date").length() + " + 1)='Field_" + key + "-date']]"
                + "//*[contains(@class,'fjs-form-field-error')]");
        return web.wait.until(d -> {
            String text = d.findElements(error).stream().map(WebElement::getText).reduce("", String::concat);
            return text.isBlank() ? null : text;
        });
    }

    /** A 东村 case accepted and prepared (through the API): its mediator's session form is open. */
    private String preparedCase() {
        return new CaseSetup(disputes, cases, taskService, runtimeService).prepared();
    }
}
