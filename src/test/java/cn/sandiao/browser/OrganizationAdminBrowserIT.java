package cn.sandiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The organisation's administrator at its page, in Chinese: the tree and the committees of a township; a workbook
 * with one renamed village tried (the change shown), one with a wrong parent refused at its sheet, row and column,
 * the good one applied and seen in the tree; one record edited back; a mediator's bad phone refused at its field.
 */
@IntegrationTest
class OrganizationAdminBrowserIT {

    @LocalServerPort int port;
    @Autowired TaskService taskService;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    private Webapps web;

    @BeforeEach
    void openBrowser() throws IOException {
        web = new Webapps(port, "zh-CN", taskService);
    }

    @AfterEach
    void closeBrowser() {
        jdbc.update("update region set name = '南村' where code = '990101002001'");
        if (web != null) {
            web.close();
        }
    }

    @Test
    void shouldLetTheAdministratorTryApplyAndEditTheOrganisationInChinese() throws IOException {
        byte[] export = rest.withBasicAuth("orgadmin", "orgadmin").getForObject("/api/organization/export.xlsx",
                byte[].class);
        Path renamed = workbook(export, "南村社区", "990101002");
        Path wrongParent = workbook(export, "南村社区", "990101009");
        try {
            web.logIn("tasklist", "orgadmin");
            web.browser.get("http://localhost:" + port + "/organization.html");
            web.wait.until(d -> "ready".equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
            assertThat(web.browser.findElement(By.id("tree")).getText()).contains("和美县", "城关镇", "乐安镇");

            treeNode("城关镇").click();
            web.wait.until(ExpectedConditions.textToBe(By.id("committees-title"), "城关镇的调委会"));
            assertThat(web.browser.findElement(By.id("committees")).getText())
                    .contains("东村人民调解委员会", "城关镇人民调解委员会").doesNotContain("南村人民调解委员会");

            tryWorkbook(wrongParent);
            WebElement refused = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refused")));
            assertThat(refused.getText()).contains("区划", "上级区划代码", "990101009");
            assertThat(web.browser.findElement(By.id("apply")).isEnabled()).as("nothing applied while a row is refused")
                    .isFalse();
            web.screenshot("organization-1-refused");

            tryWorkbook(renamed);
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "变更1条"));
            assertThat(web.browser.findElement(By.id("changes")).getText()).contains("南村 → 南村社区");
            assertThat(jdbc.queryForObject("select name from region where code = '990101002001'", String.class))
                    .as("a dry run stores nothing").isEqualTo("南村");
            web.screenshot("organization-2-dry-run");
            web.browser.findElement(By.id("apply")).click();
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "已导入"));
            treeNode("乐安镇").findElement(By.xpath("../button[contains(@class,'toggle')]")).click(); // its villages
            web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tree"), "南村社区"));

            // one record edited back through the page
            WebElement village = treeNode("南村社区").findElement(By.xpath(".."));
            village.findElement(By.xpath("./button[normalize-space(.)='编辑']")).click();
            WebElement name = web.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#editor-fields input[data-heading='名称']")));
            name.clear();
            name.sendKeys("南村");
            web.browser.findElement(By.id("editor-save")).click();
            web.wait.until(d -> "南村".equals(jdbc.queryForObject(
                    "select name from region where code = '990101002001'", String.class)));
            web.wait.until(d -> d.findElement(By.id("tree")).getText().contains("南村")
                    && !d.findElement(By.id("tree")).getText().contains("南村社区"));

            // a mediator's phone that is no phone: refused at its field, nothing stored
            web.browser.findElement(By.id("query")).sendKeys("王秀英");
            web.browser.findElement(By.id("find")).click();
            WebElement mediators = web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mediators")));
            web.wait.until(d -> mediators.getText().contains("王秀英"));
            mediators.findElement(By.xpath(".//tr[td[normalize-space(.)='王秀英']]//button[normalize-space(.)='编辑']"))
                    .click();
            WebElement phone = web.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#editor-fields input[data-heading='联系电话']")));
            phone.clear();
            phone.sendKeys("12345");
            web.browser.findElement(By.id("editor-save")).click();
            WebElement error = web.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#editor-fields [data-error-for='联系电话']")));
            web.wait.until(d -> !error.getText().isBlank());
            assertThat(error.getText()).containsPattern("\\p{IsHan}").doesNotContain("Exception");
            web.screenshot("organization-3-bad-phone");
            // no English outside the records' own data (logins such as 'mediator', the chosen file's name)
            assertThat(web.visibleTextWithout("#mediators tbody td:first-child, #workbook-name"))
                    .doesNotContainPattern("[A-Za-z]{3,}");
        } catch (RuntimeException | AssertionError e) {
            web.screenshot("failure-organization");
            throw e;
        } finally {
            Files.deleteIfExists(renamed);
            Files.deleteIfExists(wrongParent);
        }
    }

    private WebElement treeNode(String name) {
        return web.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//ul[@id='tree']//button[contains(@class,'node')][normalize-space(.)='" + name + "']")));
    }

    private void tryWorkbook(Path file) {
        WebElement input = web.browser.findElement(By.id("workbook"));
        input.sendKeys(file.toAbsolutePath().toString());
        web.browser.findElement(By.id("dry-run")).click();
        web.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
    }

    /** The export with 南村's row given another name and parent code. */
    private static Path workbook(byte[] export, String name, String parent) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet regions = workbook.getSheet("区划");
            for (Row row : regions) {
                if (row.getCell(0) != null && "990101002001".equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(1).setCellValue(name);
                    row.getCell(2).setCellValue(parent);
                }
            }
            workbook.write(out);
            Path file = Files.createTempFile("组织机构", ".xlsx");
            Files.write(file, out.toByteArray());
            return file;
        }
    }
}
