package org.opencities.testbench.orchestrator.platform;

import jakarta.jms.ConnectionFactory;

import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.hotspot.DefaultExports;
import io.prometheus.client.servlet.jakarta.exporter.MetricsServlet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /metrics} in the Prometheus text format from simpleclient's default registry: JVM
 * metrics, build info, Camel route counters, dead letters, and whatever the modules register.
 */
@Configuration(proxyBeanMethods = false)
public class PrometheusEndpoint {

    @Bean
    ServletRegistrationBean<MetricsServlet> prometheusMetricsServlet() {
        DefaultExports.initialize();
        return new ServletRegistrationBean<>(new MetricsServlet(CollectorRegistry.defaultRegistry), "/metrics");
    }

    @Bean
    CamelRouteMetrics camelRouteMetrics() {
        return new CamelRouteMetrics();
    }

    @Bean
    BuildInfoMetric buildInfoMetric(ObjectProvider<BuildProperties> build) {
        return new BuildInfoMetric(build.getIfAvailable());
    }

    @Bean
    DeadLetterMetric deadLetterMetric(ConnectionFactory connectionFactory) {
        return new DeadLetterMetric(connectionFactory);
    }
}
