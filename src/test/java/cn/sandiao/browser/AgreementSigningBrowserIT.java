package cn.sandiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A written agreement from print to file, where the mediator works, in Chinese Tasklist: 协议书签署 shows the case;
 * the mediator prints the 人民调解协议书 (its text is the agreement recorded), cannot finish before the signed copy
 * is in, is told in Chinese what an upload lacks, uploads the signed scan with the day it was signed, and finishes:
 * the agreement took effect that day.
 */
@IntegrationTest
class AgreementSigningBrowserIT {

    @LocalServerPort int port;
    @Autowired DisputeService disputes;
    @Autowired DisputeCaseRepository cases;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcTemplate jdbc;
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
    void shouldPrintTheAgreementHaveItSignedAndFileTheSignedCopyFromTheSigningStep() throws IOException {
        String caseNo = new CaseSetup(disputes, cases, taskService, runtimeService).agreedInWriting();
        DisputeCase closed = cases.findByCaseNo(caseNo).orElseThrow();
        LocalDate today = ChinaTime.today(clock);
        try {
            web.logIn("tasklist", "mediator");
            web.openTask("我的待办", "协议书签署", caseNo);
            assertThat(web.textOf("agreementContent")).isEqualTo("李四十日内拆除越界围墙");
            WebElement panel = web.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("sandiao-case-panel")));
            web.wait.until(d -> panel.getText().contains("材料"));

            // print: the agreement is issued and its PDF holds the agreement as recorded
            panel.findElement(By.xpath(".//button[normalize-space(.)='生成人民调解协议书']")).click();
            WebElement link = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                    "//*[@id='sandiao-case-panel']//a[starts-with(normalize-space(.), '人民调解协议书（')]")));
            String printed = pdfText(link.getAttribute("href"));
            assertThat(printed.replaceAll("\\s", "")).contains("人民调解协议书", "张三", "李四", "李四十日内拆除越界围墙");
            web.screenshot("signing-1-agreement-printed");

            // not yet signed: the step is refused in Chinese
            web.chooseRadio("已签署，签署的协议书已上传");
            assertThat(web.completeRefused()).contains("尚未上传签署的人民调解协议书");

            // an upload without the day of signing is refused at once, in Chinese, with nothing stored
            Path scan = signedScan();
            WebElement form = web.browser.findElement(By.cssSelector("#sandiao-case-panel form.sandiao-upload"));
            assertThat(web.browser.findElement(By.id("sandiao-case-panel")).getText().replace(caseNo, ""))
                    .as("the panel, its upload included, speaks Chinese").doesNotContainPattern("[A-Za-z]{3,}")
                    .contains("选择文件", "未选择文件");
            new Select(form.findElement(By.name("category"))).selectByVisibleText("签署的人民调解协议书");
            form.findElement(By.name("file")).sendKeys(scan.toString());
            assertThat(form.findElement(By.cssSelector(".sandiao-file-chosen")).getText())
                    .isEqualTo("signed-agreement.pdf");
            form.findElement(By.xpath(".//button[normalize-space(.)='上传']")).click();
            web.wait.until(d -> d.findElement(By.cssSelector("#sandiao-case-panel .sandiao-upload-result")).getText()
                    .contains("请填写协议的签署日期"));
            assertThat(attachments(closed.getId())).isZero();

            // with the day: taken in, listed, and the agreement took effect that day
            WebElement signedOn = web.browser.findElement(By.cssSelector("#sandiao-case-panel input[name='signedOn']"));
            ((JavascriptExecutor) web.browser).executeScript(
                    "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                    signedOn, today.toString());
            web.browser.findElement(By.cssSelector("#sandiao-case-panel form.sandiao-upload input[name='file']"))
                    .sendKeys(scan.toString());
            web.browser.findElement(By.xpath("//*[@id='sandiao-case-panel']//form//button[normalize-space(.)='上传']"))
                    .click();
            web.wait.until(d -> d.findElement(By.id("sandiao-case-panel")).getText()
                    .contains("签署的人民调解协议书：signed-agreement.pdf"));
            assertThat(attachments(closed.getId())).isOne();
            assertThat(jdbc.queryForObject("select agreement_signed_on from mediation where case_id = ?"
                    + " order by id desc fetch first 1 rows only", LocalDate.class, closed.getId())).isEqualTo(today);
            web.screenshot("signing-2-signed-copy-uploaded");

            web.chooseRadio("已签署，签署的协议书已上传");
            web.complete();
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskName("协议书签署").count())
                    .isZero();
            assertThat(disputes.timeline(closed.getId()))
                    .anySatisfy(e -> assertThat(e.summary()).isEqualTo("调解协议书已签署"));
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-agreement-signing");
            throw e;
        }
    }

    /** The PDF behind a link, fetched in the browser on the mediator's session, as text. */
    private String pdfText(String href) throws IOException {
        String base64 = (String) ((JavascriptExecutor) web.browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.blob(); })"
                        + ".then(function (b) { var reader = new FileReader();"
                        + " reader.onload = function () { done(reader.result.split(',')[1]); }; reader.readAsDataURL(b); });",
                href);
        byte[] pdf = Base64.getDecoder().decode(base64);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** A one-page PDF standing for the scan of the signed agreement. */
    private static Path signedScan() throws IOException {
        Path file = Files.createTempDirectory("scan").resolve("signed-agreement.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(file.toFile());
        }
        return file;
    }

    private int attachments(Long caseId) {
        return jdbc.queryForObject("select count(*) from attachment where case_id = ?", Integer.class, caseId);
    }
}
