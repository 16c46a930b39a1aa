package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.WebappLogin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Logins end up in the audit trail: webapp logins (as Tasklist sends them) and refused API credentials. */
@IntegrationTest
class LoginAuditTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldAuditASuccessfulTasklistLogin() {
        ResponseEntity<String> login = WebappLogin.tasklist(rest, "court", "court");

        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(count("court", "LOGIN_SUCCEEDED")).isPositive();
    }

    @Test
    void shouldAuditARefusedApiCredential() {
        // a wrong password locks the user for a few seconds: leader is used by no other test
        assertThat(rest.withBasicAuth("leader", "wrong").getForEntity("/api/regions", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(count("leader", "LOGIN_FAILED")).isPositive();
    }

    private long count(String actor, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?", Long.class,
                actor, action);
    }
}
