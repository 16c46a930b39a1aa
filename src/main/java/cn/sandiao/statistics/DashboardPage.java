package cn.sandiao.statistics;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The supervisors' dashboard (统计看板) at {@code /dashboard}: a static page that reads {@code /api/statistics}.
 * Both addresses are behind HTTP Basic (SecurityConfig), so the browser asks for a login and its fetches reuse it.
 * Camunda's webapps live under {@code /camunda}, so the address is free. No {@code /dashboard/} alias: SecurityConfig
 * guards exactly {@code /dashboard} and {@code /dashboard.html}.
 */
@Configuration
class DashboardPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/dashboard").setViewName("forward:/dashboard.html");
    }
}
