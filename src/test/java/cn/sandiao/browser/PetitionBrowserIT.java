package cn.sandiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.petition.PetitionCategory;
import cn.sandiao.petition.PetitionForm;
import cn.sandiao.petition.PetitionService;
import cn.sandiao.petition.PetitionStatus;
import cn.sandiao.petition.PetitionViews;
import cn.sandiao.petition.RegisterPetitionRequest;
import cn.sandiao.support.IntegrationTest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo petition officer works a petition in Camunda Tasklist, in headless Chromium: the written notice of
 * acceptance and then the written reply, both through the Camunda Forms of the petition process; the acceptance
 * notice printed from the panel above the next task's form.
 */
@IntegrationTest
class PetitionBrowserIT {

    @LocalServerPort int port;
    @Autowired PetitionService petitions;
    @Autowired TaskService taskService;

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
    void shouldAcceptAPetitionAndRecordItsReplyInTasklist() throws IOException {
        try {
            acceptAndReply();
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("petition-failure");
            throw e;
        }
    }

    private void acceptAndReply() throws IOException {
        PetitionViews.Registered registered = petitions.register(new RegisterPetitionRequest(PetitionForm.LETTER,
                PetitionCategory.CLAIM, List.of(new RegisterPetitionRequest.PetitionerInput("陈七", "11010519491231002X",
                "13700137000")), "城关镇村镇建设服务中心", "990101001", "来信反映自家门前道路塌陷无人修复",
                "要求修复门前道路", null), "petition");

        web.logIn("tasklist", "petition");
        web.openTask("本组待领", "受理告知", registered.petitionNo(), "petitionSummary");
        web.claim();
        assertThat(web.textOf("petitionSummary")).contains("陈七").contains("要求修复门前道路");
        web.chooseRadio("受理（属于本机关职权范围，第三十一条第六项）");
        web.fill("noticeContent", "您反映的道路塌陷问题已收到，本机关决定受理，将在60日内办结并书面答复。");
        web.screenshot("petition-1-acceptance");
        web.complete();

        web.openTask("本组待领", "办理并书面答复", registered.petitionNo(), "petitionSummary");
        web.claim();
        assertThat(web.textOf("deadlineBasis")).contains("第三十四条");
        // the acceptance notice, printed from the panel above the handling task's form
        WebElement panel = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sandiao-case-panel")));
        web.wait.until(d -> panel.getText().contains("生成受理告知书"));
        assertThat(panel.getText()).contains("信访事项 " + registered.petitionNo(), "文书");
        panel.findElement(By.xpath(".//button[normalize-space(.)='生成受理告知书']")).click();
        WebElement link = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[@id='sandiao-case-panel']//a[starts-with(normalize-space(.), '受理告知书（')]")));
        assertThat(link.getAttribute("href")).endsWith(".pdf").contains("/api/petitions/" + registered.id());
        assertThat(link.getText()).contains("和信访字", "第1版");
        web.chooseRadio("出具信访处理意见书，书面答复");
        web.fill("replyContent", "经实地核查，道路塌陷属实，已安排于本月内修复。");
        web.fillDate("replyDate", LocalDate.now(ZoneId.of("Asia/Shanghai")));
        web.screenshot("petition-2-reply");
        web.complete();

        PetitionViews.Detail replied = petitions.detail(registered.id());
        assertThat(replied.status()).isEqualTo(PetitionStatus.REPLIED);
        assertThat(replied.replyContent()).contains("已安排于本月内修复");
        assertThat(replied.acceptedOn()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        assertThat(petitions.timeline(registered.id())).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("petition");
            assertThat(e.type()).isEqualTo(cn.sandiao.petition.PetitionEventType.REPLIED);
        });
        web.logOut();
    }
}
