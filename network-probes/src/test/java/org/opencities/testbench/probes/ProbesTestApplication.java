package org.opencities.testbench.probes;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.servlet.jakarta.exporter.MetricsServlet;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The probes module in a process of its own for tests: real H2, real embedded Artemis, {@code /metrics}. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ProbesModule.class)
public class ProbesTestApplication {

    @Bean
    ServletRegistrationBean<MetricsServlet> prometheusMetrics() {
        return new ServletRegistrationBean<>(new MetricsServlet(CollectorRegistry.defaultRegistry), "/metrics");
    }

    @Bean
    Customizer<HttpSecurity> basicAuthentication() {
        return http -> http.httpBasic(Customizer.withDefaults());
    }

    @Bean
    InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("admin").password("{noop}admin").roles("ADMIN").build(),
                User.withUsername("operator").password("{noop}operator").roles("OPERATOR").build());
    }
}
