package org.opencities.testbench.orchestrator.platform;

import javax.sql.DataSource;

import io.micrometer.observation.ObservationRegistry;
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
@EnableConfigurationProperties({Platform.WebLimits.class, H2Housekeeping.Settings.class})
public class Platform {

    /** @param maxRequestSize largest request body any endpoint accepts */
    @ConfigurationProperties("testbench.web")
    record WebLimits(@DefaultValue("1MB") DataSize maxRequestSize) {
    }

    /**
     * No Micrometer observations: the test bench's metrics are Prometheus collectors of its own and it
     * exports no traces, so the timers Spring Security, Spring MVC and Spring JMS would start around
     * every filter, request and message would only cost CPU.
     */
    @Bean
    ObservationRegistry observationRegistry() {
        return ObservationRegistry.NOOP;
    }

    /** Bounds the single node's H2 file, and does nothing on another database: see {@link H2Housekeeping}. */
    @Bean
    H2Housekeeping h2Housekeeping(DataSource dataSource, H2Housekeeping.Settings settings) {
        return new H2Housekeeping(dataSource, settings);
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(WebLimits limits) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimit(limits.maxRequestSize()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
