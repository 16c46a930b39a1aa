package cn.sandiao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Until its holder has replaced the first password, an account may do one thing: change it. The API answers every
 * other call 403 with the way out; a webapp login is refused with the same sentence (so no Tasklist session starts
 * on a password someone else has seen); engine-rest likewise.
 */
class FirstPasswordGate {

    static final String PASSWORD_CHANGE_PATH = "/api/account/password";
    static final String REQUIRED = "PASSWORD_CHANGE_REQUIRED";
    static final String MESSAGE = "首次登录须先修改初始密码：请打开 /password.html 修改后再登录办理。";
    private static final byte[] BODY = ("{\"status\":403,\"code\":\"" + REQUIRED + "\",\"message\":\"" + MESSAGE
            + "\",\"fieldErrors\":[]}").getBytes(StandardCharsets.UTF_8);

    private FirstPasswordGate() {
    }

    /** In the API's chain, after the login: the provider marks such a login with the {@link #REQUIRED} authority. */
    static OncePerRequestFilter forApi() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                boolean mustChange = authentication != null && authentication.getAuthorities().stream()
                        .anyMatch(a -> REQUIRED.equals(a.getAuthority()));
                boolean changing = "POST".equals(request.getMethod())
                        && PASSWORD_CHANGE_PATH.equals(request.getRequestURI());
                if (mustChange && !changing) {
                    refuse(response);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** Around a webapp login: a correct first password does not open a session. */
    static OncePerRequestFilter forWebappLogin(StaffAccounts accounts) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/")) {
                    chain.doFilter(request, response);
                    return;
                }
                ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
                chain.doFilter(request, answer);
                // a login that succeeded left its user in the session
                String user = answer.getStatus() == HttpServletResponse.SC_OK ? WebappSessionBridge.loggedIn(request) : null;
                if (user != null && accounts.loginState(user) == StaffAccounts.LoginState.MUST_CHANGE_PASSWORD) {
                    HttpSession session = request.getSession(false);
                    if (session != null) {
                        session.invalidate();
                    }
                    answer.resetBuffer();
                    refuse(answer);
                }
                answer.copyBodyToResponse();
            }
        };
    }

    /**
     * Before engine-rest's own Basic check: a holder of a first password is refused once the password is known to
     * be right (a wrong one is left to engine-rest's 401), whatever order the servlet filters run in.
     */
    static OncePerRequestFilter forEngineRest(IdentityService identityService, StaffAccounts accounts) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String[] credentials = LoginAudit.basicCredentials(request.getHeader("Authorization"));
                if (credentials != null
                        && accounts.loginState(credentials[0]) == StaffAccounts.LoginState.MUST_CHANGE_PASSWORD
                        && identityService.checkPassword(credentials[0], credentials[1])) {
                    refuse(response);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(BODY);
    }
}
