package cn.sandiao.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A login to the Camunda webapps as a browser makes it: the page's CSRF token, the form, the new session. */
public final class WebappLogin {

    /** The cookies (name → name=value) the browser holds. */
    private final Map<String, String> jar = new HashMap<>();
    private final TestRestTemplate rest;

    /** The process engine whose webapps are asked ({@code default} but in the ldap profile's test). */
    private final String engine;

    private WebappLogin(TestRestTemplate rest) {
        this(rest, "default");
    }

    private WebappLogin(TestRestTemplate rest, String engine) {
        this.rest = rest;
        this.engine = engine;
    }

    /** The answer to the login form of webapp {@code app} (tasklist, cockpit, admin) of the engine {@code engine}. */
    public static ResponseEntity<String> login(TestRestTemplate rest, String engine, String app, String user,
                                               String password) {
        return new WebappLogin(rest, engine).login(app, user, password);
    }

    /** The answer to the Tasklist login form of {@code user} with {@code password}. */
    public static ResponseEntity<String> tasklist(TestRestTemplate rest, String user, String password) {
        return new WebappLogin(rest).login(user, password);
    }

    /** Headers of a logged-in Tasklist session of {@code user} (password = user name), ready for the engine API. */
    public static HttpHeaders tasklistSession(TestRestTemplate rest, String user) {
        WebappLogin browser = new WebappLogin(rest);
        ResponseEntity<String> login = browser.login(user, user);
        if (login.getStatusCode() != HttpStatus.OK) {
            throw new AssertionError(user + " could not log in: " + login.getStatusCode() + " " + login.getBody());
        }
        // the login opens a new session; its CSRF token comes with the next page, as in the browser
        browser.remember(rest.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
                new HttpEntity<>(browser.cookies()), String.class));
        HttpHeaders session = browser.cookies();
        session.set("X-XSRF-TOKEN", browser.jar.get("XSRF-TOKEN").substring("XSRF-TOKEN=".length()));
        return session;
    }

    private ResponseEntity<String> login(String user, String password) {
        return login("tasklist", user, password);
    }

    private ResponseEntity<String> login(String app, String user, String password) {
        remember(rest.getForEntity("/camunda/app/" + app + "/" + engine + "/", String.class));
        HttpHeaders headers = cookies();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", jar.get("XSRF-TOKEN").substring("XSRF-TOKEN=".length()));
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        ResponseEntity<String> answer = rest.exchange("/camunda/api/admin/auth/user/" + engine + "/login/" + app,
                HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
        remember(answer);
        return answer;
    }

    private void remember(ResponseEntity<String> answer) {
        List<String> set = answer.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (set != null) {
            set.forEach(cookie -> {
                String pair = cookie.split(";")[0];
                jar.put(pair.substring(0, pair.indexOf('=')), pair);
            });
        }
    }

    private HttpHeaders cookies() {
        HttpHeaders headers = new HttpHeaders();
        jar.values().forEach(pair -> headers.add(HttpHeaders.COOKIE, pair));
        return headers;
    }
}
