package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** Logins end up in the audit trail: webapp logins (as Tasklist sends them) and refused API credentials. */
@IntegrationTest
class LoginAuditTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldAuditASuccessfulTasklistLogin() {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                .split(";")[0].substring("XSRF-TOKEN=".length());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", token);
        cookies.forEach(c -> headers.add(HttpHeaders.COOKIE, c.split(";")[0]));
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "court");
        form.add("password", "court");

        ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>(form, headers), String.class);

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
