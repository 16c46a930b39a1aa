package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.WebappLogin;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A page of Tasklist asks the API as the user logged in there (no second password); what changes something needs
 * the webapp's anti-forgery token too.
 */
@IntegrationTest
class WebappSessionApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;

    @Test
    void shouldAnswerTheApiToAWebappSessionAsItsUser() throws Exception {
        HttpHeaders intake = WebappLogin.tasklistSession(rest, "intake");
        ResponseEntity<String> cases = rest.exchange("/api/disputes", HttpMethod.GET, new HttpEntity<>(intake), String.class);
        assertThat(cases.getStatusCode()).isEqualTo(HttpStatus.OK);

        HttpHeaders mediator = WebappLogin.tasklistSession(rest, "mediator");
        assertThat(rest.exchange("/api/statistics/today", HttpMethod.GET, new HttpEntity<>(mediator), String.class)
                .getStatusCode()).as("the session's groups decide, as Basic's do").isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(rest.exchange("/api/disputes", HttpMethod.GET, HttpEntity.EMPTY, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldChangeNothingForASessionWithoutTheAntiForgeryToken() throws Exception {
        HttpHeaders intake = WebappLogin.tasklistSession(rest, "intake");
        intake.setContentType(MediaType.APPLICATION_JSON);
        String body = json.writeValueAsString(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));

        HttpHeaders forged = new HttpHeaders();
        forged.putAll(intake);
        forged.remove("X-XSRF-TOKEN");
        ResponseEntity<String> refused = rest.exchange("/api/disputes", HttpMethod.POST, new HttpEntity<>(body, forged),
                String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("防伪令牌");
        forged.set("X-XSRF-TOKEN", "guessed");
        assertThat(rest.exchange("/api/disputes", HttpMethod.POST, new HttpEntity<>(body, forged), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        forged.remove("X-XSRF-TOKEN");
        forged.set("Origin", "https://elsewhere.example");
        assertThat(rest.exchange("/api/disputes", HttpMethod.POST, new HttpEntity<>(body, forged), String.class)
                .getStatusCode()).as("a page of another site").isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> registered = rest.exchange("/api/disputes", HttpMethod.POST,
                new HttpEntity<>(body, intake), String.class);
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = json.readTree(registered.getBody()).get("id").asLong();
        assertThat(registered.getHeaders().get(HttpHeaders.SET_COOKIE)).as("the session keeps its id").isNull();
        ResponseEntity<String> detail = rest.exchange("/api/disputes/" + id, HttpMethod.GET, new HttpEntity<>(intake),
                String.class);
        assertThat(detail.getStatusCode()).as(detail.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(detail.getBody()).contains("\"registeredBy\":\"intake\"");
    }
}
