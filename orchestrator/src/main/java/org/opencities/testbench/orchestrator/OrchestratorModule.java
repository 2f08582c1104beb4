package org.opencities.testbench.orchestrator;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.opencities.testbench.orchestrator.messaging.V52__Outbox_ids_cached_on_h2;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * Everything the orchestrator contributes to a process: inventory, routes, controllers and its
 * own migration set. Process-level wiring (broker, users, metrics endpoint) lives in
 * {@code platform}, {@code singlenode} and {@code standalone}, which this scan leaves out.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "org\\.opencities\\.testbench\\.orchestrator\\.(platform|singlenode|standalone)\\..*"),
        // Application classes (the test application among them) assemble processes; they are never part of the module.
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class)})
@EnableConfigurationProperties(OrchestratorProperties.class)
public class OrchestratorModule {

    /** The orchestrator's tables live in their own schema with their own migration history. */
    public static final String SCHEMA = "orchestrator";

    @Bean(initMethod = "migrate")
    Flyway orchestratorFlyway(DataSource dataSource) {
        return migrations(dataSource);
    }

    /** The orchestrator's migration set on the given database, with its history in its own schema. */
    public static Flyway migrations(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/orchestrator")
                .javaMigrations(new V52__Outbox_ids_cached_on_h2())
                .load();
    }

    /** This module's part of the API documentation: {@code /v3/api-docs/orchestrator}, a page of Swagger UI. */
    @Bean
    GroupedOpenApi orchestratorApi() {
        return GroupedOpenApi.builder().group("orchestrator").displayName("Orchestrator")
                .pathsToMatch("/api/v1/segments/**", "/api/v1/topology/**", "/api/v1/feasibility/**", "/api/v1/drivers/**",
                        "/tmf-api/serviceOrdering/**", "/tmf-api/serviceInventory/**")
                .build();
    }
}
