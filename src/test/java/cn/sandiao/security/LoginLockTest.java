package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.TestClock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wrong passwords make a user wait, longer after each, but never lock it for good; every refused login is on the
 * audit trail, whatever name was typed. The clock is moved past each wait instead of waiting.
 */
@IntegrationTest
class LoginLockTest {

    @Autowired IdentityService identityService;
    @Autowired TestClock clock;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldLetAUserInAgainAfterItsWaitHoweverOftenThePasswordWasWrong() {
        String user = "medical-mediator"; // used by no other test's login
        LocalDateTime now = LocalDateTime.now(ChinaTime.ZONE);
        for (int failure = 1; failure <= 15; failure++) {
            assertThat(identityService.checkPassword(user, "wrong")).isFalse();
            now = now.plusMinutes(11); // the longest wait is 10 minutes
            clock.setTo(now);
        }
        assertThat(identityService.checkPassword(user, "wrong")).isFalse();
        // right after a failure the right password waits too
        assertThat(identityService.checkPassword(user, user)).isFalse();

        clock.setTo(now.plusSeconds(601));
        assertThat(identityService.checkPassword(user, user)).isTrue();
        assertThat(rest.withBasicAuth(user, user).getForEntity("/engine-rest/task/count", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldAuditEachWaitAndLetTheAdministratorLiftIt() {
        String user = "centre-mediator"; // logs in nowhere else
        LocalDateTime now = LocalDateTime.now(ChinaTime.ZONE);
        for (int failure = 1; failure <= 6; failure++) {
            clock.setTo(now = now.plusMinutes(11));
            assertThat(taskCount(user, "wrong")).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        // the sixth wrong password: a wait of 96 seconds, on the trail with its end
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'LOGIN_LOCKED' and actor = ?",
                String.class, user)).hasSize(6).allSatisfy(detail -> assertThat(detail).startsWith("密码错误，暂停登录至"));
        assertThat(taskCount(user, user)).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/user/" + user + "/unlock", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(taskCount(user, user)).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'ACCOUNT_UNLOCKED' and actor = 'demo'",
                String.class)).contains("解除用户 " + user + " 的登录暂停");
    }

    @Test
    void shouldMakeAnApiUserWaitAfterAWrongPasswordThoughItsLoginIsOneTransaction() {
        String user = "api-wait-test";
        User account = identityService.newUser(user);
        account.setPassword("Right-Pass-1");
        identityService.saveUser(account);
        LocalDateTime now = LocalDateTime.now(ChinaTime.ZONE);
        clock.setTo(now);

        assertThat(deadlineRules(user, "wrong")).isEqualTo(HttpStatus.UNAUTHORIZED);
        // the failure is kept (not rolled back with the refusal): right after it the right password waits too
        assertThat(deadlineRules(user, "Right-Pass-1")).isEqualTo(HttpStatus.UNAUTHORIZED);
        // both refusals are on the trail with the one wait the wrong password began
        assertThat(jdbc.queryForList("select distinct detail from audit_event where action = 'LOGIN_LOCKED' and actor = ?",
                String.class, user)).singleElement().asString().startsWith("密码错误，暂停登录至");

        clock.setTo(now.plusSeconds(4)); // the first wait is 3 seconds
        assertThat(deadlineRules(user, "Right-Pass-1")).isEqualTo(HttpStatus.OK);
    }

    private HttpStatus deadlineRules(String user, String password) {
        return statusOf("/api/deadlines/rules", user, password);
    }

    private HttpStatus taskCount(String user, String password) {
        return statusOf("/engine-rest/task/count", user, password);
    }

    private HttpStatus statusOf(String path, String user, String password) {
        return HttpStatus.valueOf(rest.withBasicAuth(user, password).getForEntity(path, String.class)
                .getStatusCode().value());
    }

    @Test
    void shouldAuditRefusedEngineRestLoginsWithTheNameCutToFit() {
        String longName = "x".repeat(100);
        assertThat(rest.withBasicAuth(longName, "whatever").getForEntity("/engine-rest/task/count", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED' and actor = ?",
                Long.class, "x".repeat(63) + "…")).isPositive();

        // an existing user with a wrong password (beicun-mediator logs in nowhere else)
        assertThat(rest.withBasicAuth("beicun-mediator", "wrong").getForEntity("/engine-rest/task/count", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_FAILED' and actor = ?",
                Long.class, "beicun-mediator")).isPositive();
    }
}
