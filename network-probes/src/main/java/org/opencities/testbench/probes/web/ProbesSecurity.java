package org.opencities.testbench.probes.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the probes' paths. How callers authenticate (local users in single-node mode, JWT
 * in production) is the process's choice, applied to every chain by its
 * {@code Customizer<HttpSecurity>}; this chain only scopes and authorises.
 */
@Configuration(proxyBeanMethods = false)
class ProbesSecurity {

    @Bean
    @Order(40)
    SecurityFilterChain probesChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/v1/probes/**", "/api/v1/probe-tasks/**", "/api/v1/probe-runs/**", "/probes/**",
                        "/api/v1/measurements", "/api/v1/measurements/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/probes/testbench.css").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/probes/**", "/api/v1/probe-tasks/**", "/api/v1/probe-runs/**",
                                "/probes/**", "/api/v1/measurements", "/api/v1/measurements/**").hasAnyRole("OPERATOR", "ADMIN")
                        // Agents will register and send heartbeats under a role of their own.
                        .requestMatchers(HttpMethod.PUT, "/api/v1/probes/**").hasAnyRole("ADMIN", "OPERATOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/probes/**").hasAnyRole("ADMIN", "OPERATOR")
                        .anyRequest().hasRole("ADMIN"))
                // API callers present credentials on every request; CSRF protects the pages' forms.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }
}
