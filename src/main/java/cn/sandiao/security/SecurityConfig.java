package cn.sandiao.security;

import cn.sandiao.organization.Roles;
import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call what. {@code /api/**} (and its documentation) requires HTTP Basic against Camunda's users, or the
 * session of a user logged in to the webapps (WebappSessionBridge);
 * {@code /engine-rest/**} is guarded by Camunda's own authentication filter; the webapps under
 * {@code /camunda/**} have their own login and CSRF protection.
 */
@Configuration
class SecurityConfig {

    /**
     * Our own pages (dashboard, deadline calculator) load scripts only from this server, none inline; ECharts sets
     * element styles, so inline styles stay allowed. The Camunda webapps send their own policy.
     */
    static final String OWN_PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";
    private static final Set<String> DASHBOARD_PAGES = Set.of("/dashboard", "/dashboard.html", "/organization.html");

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, IdentityService identityService) throws Exception {
        return http
                .securityMatcher("/api/**", "/dashboard", "/dashboard.html", "/organization.html", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // the calculator page asks whether its user is logged in, to offer the login instead of a 401
                        .requestMatchers(HttpMethod.GET, "/api/deadlines/session").permitAll()
                        // the case view (/cases.html) too; its cases are the supervisors' (and the administrators')
                        .requestMatchers(HttpMethod.GET, "/api/supervision/session").permitAll()
                        .requestMatchers("/api/supervision/**")
                        .hasAnyAuthority(group(Roles.SUPERVISOR), group(Roles.CAMUNDA_ADMIN))
                        .requestMatchers("/api/audit", "/api/audit/**", "/api/admin/**", "/actuator/prometheus")
                        .hasAuthority(group(Roles.CAMUNDA_ADMIN))
                        .requestMatchers("/api/organization/**", "/organization.html")
                        .hasAnyAuthority(group(Roles.ORG_ADMIN), group(Roles.CAMUNDA_ADMIN))
                        .requestMatchers(HttpMethod.PUT, "/api/calendar/**")
                        .hasAuthority(group(Roles.CAMUNDA_ADMIN))
                        .requestMatchers(HttpMethod.POST, "/api/petitions", "/api/petitions/*/evaluation",
                                "/api/petitions/*/review-requests", "/api/petitions/*/re-review-requests")
                        .hasAnyAuthority(group(Roles.PETITION_OFFICER), group(Roles.CAMUNDA_ADMIN))
                        .requestMatchers(HttpMethod.POST, "/api/statistics/**")
                        .hasAnyAuthority(group(Roles.SUPERVISOR), group(Roles.CAMUNDA_ADMIN))
                        .requestMatchers("/api/statistics/**", "/dashboard", "/dashboard.html")
                        .hasAnyAuthority(group(Roles.SUPERVISOR), group(Roles.STATISTICIAN), group(Roles.CAMUNDA_ADMIN))
                        .requestMatchers(HttpMethod.POST, "/api/disputes")
                        .hasAnyAuthority(group(Roles.INTAKE), group(Roles.CAMUNDA_ADMIN))
                        .requestMatchers(HttpMethod.POST, "/api/court/**")
                        .hasAnyAuthority(group(Roles.COURT), group(Roles.CAMUNDA_ADMIN))
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized()))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                // a webapp session the API runs under (WebappSessionBridge) keeps its id: Tasklist's other calls use it
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        request -> DASHBOARD_PAGES.contains(request.getRequestURI()),
                        new StaticHeadersWriter("Content-Security-Policy", OWN_PAGES_POLICY))))
                .addFilterBefore(new WebappSessionBridge(), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationBridge(identityService), BasicAuthenticationFilter.class)
                .addFilterAfter(FirstPasswordGate.forApi(), EngineAuthenticationBridge.class)
                .build();
    }

    /** The deadline calculator: open to read (it asks /api, which requires a login), under the same policy. */
    @Bean
    @Order(2)
    SecurityFilterChain ownPages(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/deadlines.html", "/deadlines/**", "/dashboard/**", "/password.html", "/password/**",
                        "/organization/**", "/cases.html", "/cases/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(OWN_PAGES_POLICY)))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webapps(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.cacheControl(c -> c.disable()).frameOptions(f -> f.sameOrigin()))
                .requestCache(withDefaults())
                .build();
    }

    /**
     * No Micrometer observation around each security filter, each authentication and each authorization decision
     * (spring.security.* timers): nobody reads them, and every request paid for their contexts and tags. The
     * request's own timer (http.server.requests) stays.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("engine-rest-authentication");
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> engineRestFirstPasswordGate(IdentityService identityService,
                                                                           StaffAccounts accounts) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(FirstPasswordGate.forEngineRest(identityService, accounts));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("engine-rest-first-password");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // before engine-rest's own authentication
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappFirstPasswordGate(StaffAccounts accounts) {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(FirstPasswordGate.forWebappLogin(accounts));
        registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
        registration.setName("webapp-first-password");
        return registration;
    }

    private static String group(String groupId) {
        return CamundaIdentityAuthenticationProvider.GROUP_PREFIX + groupId;
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write("{\"status\":403,\"message\":\"您所在的岗位无权执行此操作\",\"fieldErrors\":[]}"
                    .getBytes(StandardCharsets.UTF_8));
        };
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"sandiao\", charset=\"UTF-8\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(
                    "{\"status\":401,\"message\":\"请先登录（用户名或密码错误）\",\"fieldErrors\":[]}"
                            .getBytes(StandardCharsets.UTF_8));
        };
    }
}
