package org.opencities.testbench.registry.organisation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the organisation and app paths, by role. Which organisation an SME may see is
 * decided per request by {@link OrganisationAccess}, since it depends on the path.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationSecurity {

    @Bean
    @Order(21)
    SecurityFilterChain organisationChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/v1/organisations", "/api/v1/organisations/**", "/api/v1/apps/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/organisations/*/apps", "/api/v1/apps/*")
                        .hasAnyRole("ADMIN", "SME", "LAB_MANAGER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/organisations/*").hasAnyRole("ADMIN", "SME")
                        .requestMatchers(HttpMethod.GET, "/api/v1/organisations/*/users").hasAnyRole("ADMIN", "SME")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/organisations/*", "/api/v1/apps/*").hasAnyRole("ADMIN", "SME")
                        .requestMatchers(HttpMethod.POST, "/api/v1/organisations/*/apps").hasAnyRole("ADMIN", "SME")
                        .anyRequest().hasRole("ADMIN"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }
}
