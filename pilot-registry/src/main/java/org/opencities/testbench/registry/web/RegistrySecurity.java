package org.opencities.testbench.registry.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the registry's paths. How callers authenticate (local users in single-node mode,
 * JWT in production) is the process's choice, applied to every chain by its
 * {@code Customizer<HttpSecurity>}; this chain only scopes and authorises.
 */
@Configuration(proxyBeanMethods = false)
class RegistrySecurity {

    /** Creating POSTs of the registry honour Idempotency-Key; runs after security, so it knows the caller. */
    @Bean
    FilterRegistrationBean<IdempotencyKeys> registryIdempotencyKeys(JdbcClient jdbc) {
        var registration = new FilterRegistrationBean<>(new IdempotencyKeys(jdbc));
        registration.addUrlPatterns("/api/v1/organisations", "/api/v1/organisations/*", "/api/v1/pilots",
                "/api/v1/pilots/*", "/api/v1/calls", "/api/v1/calls/*", "/api/v1/consents");
        registration.addUrlPatterns("/api/v1/registrations");
        return registration;
    }

    @Bean
    @Order(20)
    SecurityFilterChain registryChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/", "/cities/**", "/pilots", "/api/v1/cities/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/", "/cities/**", "/pilots", "/api/v1/cities/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                // API callers present credentials on every request; CSRF protects the pages' forms.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }
}
