package org.opencities.testbench.feedback;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.opencities.testbench.feedback.messaging.V42__Outstanding_publications_to_outbox;
import org.opencities.testbench.feedback.messaging.V43__Outbox_ids_cached_on_h2;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * Everything the feedback module contributes to a process: its routes, controllers, pages,
 * security rules and its own migration set. The single-node assembly and the module's own
 * application both import this class; neither scans the other's packages.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.opencities\\.testbench\\.feedback\\.standalone\\..*"))
@EnableConfigurationProperties(FeedbackProperties.class)
public class FeedbackModule {

    /** The module's tables live in their own schema with their own migration history. */
    public static final String SCHEMA = "feedback";

    @Bean(initMethod = "migrate")
    Flyway feedbackFlyway(DataSource dataSource) {
        return migrations(dataSource);
    }

    /** The feedback migration set on the given database, with its history in the feedback schema. */
    public static Flyway migrations(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/feedback")
                .javaMigrations(new V42__Outstanding_publications_to_outbox(), new V43__Outbox_ids_cached_on_h2())
                .load();
    }

    /** This module's part of the API documentation: {@code /v3/api-docs/feedback}, a page of Swagger UI. */
    @Bean
    GroupedOpenApi feedbackApi() {
        return GroupedOpenApi.builder().group("feedback").displayName("Feedback").pathsToMatch("/api/v1/instruments/**",
                "/api/v1/questionnaires/**", "/api/v1/campaigns/**", "/api/v1/pilots/*/report", "/api/v1/pilots/*/report/**",
                "/api/v1/tester", "/api/v1/tester/**", "/api/v1/pilots/*/qoe-qos")
                .build();
    }
}
