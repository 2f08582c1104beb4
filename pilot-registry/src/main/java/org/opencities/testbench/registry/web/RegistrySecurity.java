package org.opencities.testbench.registry.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the registry's paths. How callers authenticate (local users in single-node mode,
 * JWT in production) is the process's choice, applied to every chain by its
 * {@code Customizer<HttpSecurity>}; this chain only scopes and authorises.
 */
@Configuration(proxyBeanMethods = false)
class RegistrySecurity {

    @Bean
    @Order(20)
    SecurityFilterChain registryChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/", "/cities/**", "/api/v1/cities/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/", "/cities/**", "/api/v1/cities/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                // API callers present credentials on every request; CSRF protects the pages' forms.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }
}
