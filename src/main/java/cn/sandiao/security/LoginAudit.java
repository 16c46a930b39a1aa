package cn.sandiao.security;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.common.ChinaTime;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Logins into the audit trail: every webapp login (Tasklist, Cockpit, Admin), successful or not, and every
 * refused API credential. (An accepted API credential is a request, not a login: stateless Basic sends it each time.)
 */
@Configuration
class LoginAudit {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss").withZone(ChinaTime.ZONE);

    private final AuditLog auditLog;
    private final AccountLocks locks;

    LoginAudit(AuditLog auditLog, AccountLocks locks) {
        this.auditLog = auditLog;
        this.locks = locks;
    }

    @EventListener
    public void apiCredentialRefused(AbstractAuthenticationFailureEvent event) {
        failed(String.valueOf(event.getAuthentication().getName()), "接口认证失败");
    }

    /** A failure, and the wait it put on an existing user (each wrong password makes the next wait longer). */
    private void failed(String user, String detail) {
        auditLog.recordAlone(user, AuditAction.LOGIN_FAILED, detail);
        if (!"?".equals(user) && user.length() <= 64) {
            locks.lockedUntil(user).ifPresent(until -> auditLog.recordAlone(user, AuditAction.LOGIN_LOCKED,
                    "密码错误，暂停登录至" + UNTIL.format(until) + "；到时自动恢复，管理员也可在账户管理中解锁"));
        }
    }

    private static String usernameOf(String form) {
        for (String pair : form.split("&")) {
            if (pair.startsWith("username=")) {
                return URLDecoder.decode(pair.substring("username=".length()), StandardCharsets.UTF_8);
            }
        }
        return "?";
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappLoginAudit() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/")) {
                    chain.doFilter(request, response);
                    return;
                }
                // the login form is read by the webapp; keep a copy to learn who tried
                ContentCachingRequestWrapper cached = new ContentCachingRequestWrapper(request, 4096);
                ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
                chain.doFilter(cached, answer);
                String user = usernameOf(new String(cached.getContentAsByteArray(), StandardCharsets.UTF_8));
                String detail = "登录 " + request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
                String loggedIn = WebappSessionBridge.loggedIn(request);
                if (answer.getStatus() == HttpServletResponse.SC_OK) {
                    auditLog.recordAlone(loggedIn != null ? loggedIn : user, AuditAction.LOGIN_SUCCEEDED, detail);
                } else {
                    failed(user, detail);
                }
                // the answer leaves only now: whoever sees it finds the login in the trail
                answer.copyBodyToResponse();
            }
        });
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setName("webapp-login-audit");
        // around the first-password gate, so that a login it refuses is recorded as refused
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** engine-rest checks its Basic credentials itself: a refusal (401) is a failed login too. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineRestLoginAudit() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String credentials = request.getHeader("Authorization");
                if (credentials == null || !credentials.regionMatches(true, 0, "Basic ", 0, 6)) {
                    chain.doFilter(request, response);
                    return;
                }
                // recorded as the refusal is set, before its answer can reach the caller
                chain.doFilter(request, new HttpServletResponseWrapper(response) {
                    private boolean recorded;

                    @Override
                    public void setStatus(int status) {
                        refused(status);
                        super.setStatus(status);
                    }

                    @Override
                    public void sendError(int status) throws IOException {
                        refused(status);
                        super.sendError(status);
                    }

                    @Override
                    public void sendError(int status, String message) throws IOException {
                        refused(status);
                        super.sendError(status, message);
                    }

                    private void refused(int status) {
                        if (status == HttpServletResponse.SC_UNAUTHORIZED && !recorded) {
                            recorded = true;
                            failed(basicUser(credentials.substring(6)), "接口认证失败（engine-rest）");
                        }
                    }
                });
            }
        });
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("engine-rest-login-audit");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // around engine-rest's own authentication
        return registration;
    }

    private static String basicUser(String encoded) {
        String[] credentials = basicCredentials("Basic " + encoded);
        return credentials == null ? "?" : credentials[0];
    }

    /** User and password of an HTTP Basic {@code Authorization} header; null when there is none or it is malformed. */
    static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
