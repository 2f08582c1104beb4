package org.opencities.testbench.registry;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * Everything the pilot registry contributes to a process: its routes, controllers, pages,
 * security rules and its own migration set. The single-node assembly and the registry's own
 * application both import this class; neither scans the other's packages.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = {@ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.opencities\\.testbench\\.registry\\.standalone\\..*"),
        // Applications and test configurations import the module; the module never picks them up.
        @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)})
@EnableConfigurationProperties(RegistryProperties.class)
public class RegistryModule {

    /** The registry's tables live in their own schema with their own migration history. */
    public static final String SCHEMA = "registry";

    @Bean(initMethod = "migrate")
    Flyway registryFlyway(DataSource dataSource) {
        return migrations(dataSource);
    }

    /** The registry's migration set on the given database, with its history in the registry's schema. */
    public static Flyway migrations(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/registry")
                .load();
    }

    /** This module's part of the API documentation: {@code /v3/api-docs/registry}, a page of Swagger UI. */
    @Bean
    GroupedOpenApi registryApi() {
        return GroupedOpenApi.builder().group("registry").displayName("Pilot registry").pathsToMatch("/api/v1/cities/**",
                "/api/v1/organisations/**", "/api/v1/apps/**", "/api/v1/pilots/**", "/api/v1/calls/**",
                "/api/v1/registrations/**", "/api/v1/consents/**", "/api/v1/enrolments/**").build();
    }
}
