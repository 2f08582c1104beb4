package org.opencities.testbench.orchestrator.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the orchestrator's paths. How callers authenticate is the process's choice,
 * applied to every chain by its {@code Customizer<HttpSecurity>}; this chain scopes and authorises.
 */
@Configuration(proxyBeanMethods = false)
class OrchestratorSecurity {

    @Bean
    @Order(50)
    SecurityFilterChain orchestratorChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/v1/segments/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/segments/**").hasAnyRole("OPERATOR", "LAB_MANAGER", "ADMIN")
                        .anyRequest().hasAnyRole("OPERATOR", "ADMIN"))
                // API callers present credentials on every request; CSRF protects the pages' forms.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }
}
