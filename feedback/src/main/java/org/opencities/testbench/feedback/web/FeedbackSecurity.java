package org.opencities.testbench.feedback.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may use the feedback module's paths. How callers authenticate (local users in single-node
 * mode, JWT in production) is the process's choice, applied to every chain by its
 * {@code Customizer<HttpSecurity>}; this chain only scopes and authorises.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackSecurity {

    @Bean
    @Order(30)
    SecurityFilterChain feedbackChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/v1/instruments/**", "/feedback/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/instruments/**", "/feedback/**").permitAll()
                        // Scoring stores nothing and reveals nothing beyond the published rules.
                        .requestMatchers(HttpMethod.POST, "/api/v1/instruments/*/score").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                // API callers present credentials on every request; CSRF protects the pages' forms.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .build();
    }
}
