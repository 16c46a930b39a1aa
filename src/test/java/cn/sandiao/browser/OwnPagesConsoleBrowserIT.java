package cn.sandiao.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.support.IntegrationTest;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Our own pages, opened as their users open them and before anyone logs in: the browser's console shows no error
 * (no failed request, no script error) once each page has settled.
 */
@IntegrationTest
class OwnPagesConsoleBrowserIT {

    @LocalServerPort int port;
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
    void shouldAskForTheLoginWithoutAnErrorInTheConsole() throws IOException {
        settled("/deadlines.html", "login");
        settled("/cases.html", "login");
        settled("/password.html", null);
    }

    @Test
    void shouldShowEachPageToItsUserWithoutAnErrorInTheConsole() throws IOException {
        web.logIn("tasklist", "intake");
        settled("/deadlines.html", "ready");
        web.logOut();

        web.logIn("cockpit", "supervisor");
        settled("/cases.html", "ready");
        web.logOut();

        web.logIn("tasklist", "stats");
        settled("/dashboard.html", "ready");
        web.logOut();

        web.logIn("tasklist", "orgadmin");
        settled("/organization.html", "ready");
    }

    /** Opens our page {@code path}, waits until its body says {@code state} (null: loaded), and reads the console. */
    private void settled(String path, String state) throws IOException {
        web.consoleErrors(); // what earlier pages left is not this page's
        web.browser.get("http://localhost:" + port + path);
        String name = path.substring(1, path.indexOf('.'));
        try {
            if (state == null) {
                web.wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
            } else {
                web.wait.until((WebDriver d) -> state.equals(d.findElement(By.tagName("body")).getAttribute("data-state")));
            }
        } catch (RuntimeException e) {
            web.screenshot("failure-console-" + name);
            throw e;
        }
        List<String> errors = web.consoleErrors();
        web.screenshot("console-" + name + "-" + state);
        assertThat(errors).as("console of %s (%s)", path, state).isEmpty();
    }
}
