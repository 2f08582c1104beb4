package org.opencities.testbench.orchestrator.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** Process-level wiring every test-bench process needs, whichever modules it runs. */
@Configuration(proxyBeanMethods = false)
@Import({PrometheusEndpoint.class, LanguageSelection.class, PlatformSecurity.class})
@EnableConfigurationProperties(Platform.WebLimits.class)
public class Platform {

    /** @param maxRequestSize largest request body any endpoint accepts */
    @ConfigurationProperties("testbench.web")
    record WebLimits(@DefaultValue("1MB") DataSize maxRequestSize) {
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(WebLimits limits) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimit(limits.maxRequestSize()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
