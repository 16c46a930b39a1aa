package cn.sandiao.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the API answer a page of the Camunda webapps (a Tasklist form's case panel, its document links) as the
 * user logged in there, without a second password: a request without HTTP Basic credentials that carries the
 * webapp's session runs as that session's user and groups. A request that changes something must also carry the
 * webapp's anti-forgery token ({@code X-XSRF-TOKEN}), as the webapps' own calls do, or come from a page of this
 * site by its {@code Origin} header (our own pages, which cannot read the webapps' token cookie); a page of another
 * site can do neither.
 */
class WebappSessionBridge extends OncePerRequestFilter {

    private static final String ENGINE = "default";
    /** The webapps' login: /camunda/api/admin/auth/user/{engine}/login/{app}. */
    private static final Pattern LOGIN_PATH = Pattern.compile("/auth/user/([^/]+)/login/");
    private static final byte[] FORGED = ("{\"status\":403,\"message\":\"请求缺少有效的防伪令牌，请刷新页面后重试\","
            + "\"fieldErrors\":[]}").getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UserAuthentication user = request.getHeader("Authorization") == null ? sessionUser(request) : null;
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!isSafe(request.getMethod()) && !tokenMatches(request) && !sameOrigin(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(FORGED);
            return;
        }
        List<SimpleGrantedAuthority> authorities = user.getGroupIds().stream()
                .map(group -> new SimpleGrantedAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + group))
                .toList();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, authorities));
        chain.doFilter(request, response);
    }

    private static UserAuthentication sessionUser(HttpServletRequest request) {
        return userOf(request, ENGINE);
    }

    /** The user a webapp session is logged in as for {@code engine} (the webapps' own record), or null. */
    static UserAuthentication userOf(HttpServletRequest request, String engine) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications == null ? null
                : (UserAuthentication) authentications.getAuthenticationForProcessEngine(engine);
    }

    /** Who a webapp login that just succeeded logged in: its session says, whatever read the form before. */
    static String loggedIn(HttpServletRequest request) {
        Matcher engine = LOGIN_PATH.matcher(request.getRequestURI());
        UserAuthentication user = engine.find() ? userOf(request, engine.group(1)) : null;
        return user == null ? null : user.getName();
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    /** The browser names the page's origin on every POST, PUT and DELETE; only this site's own pages match. */
    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        return origin != null && host != null && origin.equals(request.getScheme() + "://" + host);
    }

    private static boolean tokenMatches(HttpServletRequest request) {
        Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected != null && sent != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
