package org.opencities.testbench.probes;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.opencities.testbench.probes.metrics.ProbeMetrics;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * Everything the network probes contribute to a process: their routes, controllers, pages,
 * security rules and their own migration set. The single-node assembly and the probes' own
 * application both import this class; neither scans the other's packages.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.opencities\\.testbench\\.probes\\.standalone\\..*"))
@EnableConfigurationProperties(ProbesProperties.class)
public class ProbesModule {

    /** The probes' tables live in their own schema with their own migration history. */
    public static final String SCHEMA = "probes";

    @Bean(initMethod = "migrate")
    Flyway probesFlyway(DataSource dataSource) {
        return migrations(dataSource);
    }

    /** The probes' migration set on the given database, with its history in the probes' schema. */
    public static Flyway migrations(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/probes")
                .load();
    }

    /** The probes' Prometheus metrics (history, SLA) in simpleclient's default registry. */
    @Bean
    ProbeMetrics probeMetrics() {
        return new ProbeMetrics();
    }

    /** This module's part of the API documentation: {@code /v3/api-docs/probes}, a page of Swagger UI. */
    @Bean
    GroupedOpenApi probesApi() {
        return GroupedOpenApi.builder().group("probes").displayName("Network probes").pathsToMatch("/api/v1/probes/**",
                "/api/v1/probe-tasks/**", "/api/v1/probe-runs/**", "/api/v1/measurements/**").build();
    }
}
