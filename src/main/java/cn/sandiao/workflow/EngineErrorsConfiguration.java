package cn.sandiao.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineErrorsConfiguration {

    /** Around engine-rest and the webapps' engine API (Tasklist, Cockpit). */
    @Bean
    FilterRegistrationBean<EngineErrorsInChinese> engineErrorsInChinese(ObjectMapper json, FormLabels labels) {
        FilterRegistrationBean<EngineErrorsInChinese> registration =
                new FilterRegistrationBean<>(new EngineErrorsInChinese(json, labels));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setName("engine-errors-in-chinese");
        return registration;
    }
}
